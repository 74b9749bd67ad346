import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { canonicalEventParts, computeEventHash, GENESIS_HASH, type HashedEventContent } from './event-hash';

const content: HashedEventContent = {
  data: { unitId: 'u-1', votes: [3, 1], note: 'Chiến sĩ thi đua' },
  eventId: '0b9f5c1e-8a3d-4b7e-9c2a-1f2e3d4c5b6a',
  metadata: { actor: 'user-7', reason: 'đủ điều kiện' },
  occurredAt: '2026-11-22T08:00:00.000Z',
  schemaVersion: 2,
  streamId: 'nomination-42',
  streamVersion: 7,
  type: 'NominationSubmitted',
};

describe('event hash', () => {
  it('splits the canonical JSON around the stream version without changing it', () => {
    const { head, tail } = canonicalEventParts(content);
    expect(`${head}7${tail}`).toBe(canonicalJson({ ...content }));
  });

  it('is sha256(prev bytes ‖ canonical JSON), so an auditor can recompute it offline', () => {
    const prev = 'ab'.repeat(32);
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from(prev, 'hex'), Buffer.from(canonicalJson({ ...content }), 'utf8')]))
      .digest('hex');
    expect(computeEventHash(prev, content)).toBe(expected);
    expect(computeEventHash(GENESIS_HASH, content)).not.toBe(expected);
    expect(computeEventHash(prev, { ...content, data: { ...content.data, votes: [3, 2] } })).not.toBe(expected);
  });
});
