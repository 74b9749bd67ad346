import type { RecordedEvent } from './event.types';
import { storedEventUpcasters, UpcasterRegistry } from './upcasters';

const stored = (type: string, schemaVersion: number, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e',
  streamId: 's',
  streamVersion: 1,
  type,
  schemaVersion,
  data,
  metadata: {},
  occurredAt: '2026-01-01T00:00:00.000Z',
  recordedAt: '2026-01-01T00:00:00.000Z',
  transactionId: '1',
  globalPosition: '1',
  prevHash: '00',
  hash: '11',
});

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry()
    .register('NominationSubmitted', 1, (d) => ({ ...d, awardCode: d.award, award: undefined }))
    .register('NominationSubmitted', 2, (d) => ({ nomineeIds: [d.nomineeId], awardCode: d.awardCode }));

  it('lifts old versions step by step to the latest', () => {
    const up = registry.upcast(stored('NominationSubmitted', 1, { nomineeId: 'n1', award: 'CSTĐ' }));
    expect(up.schemaVersion).toBe(3);
    expect(up.data).toEqual({ nomineeIds: ['n1'], awardCode: 'CSTĐ' });
    expect(registry.upcast(stored('NominationSubmitted', 2, { nomineeId: 'n2', awardCode: 'BK' })).data).toEqual({
      nomineeIds: ['n2'],
      awardCode: 'BK',
    });
  });

  it('returns latest and unknown types untouched, and refuses a duplicate step', () => {
    const latest = stored('NominationSubmitted', 3, { nomineeIds: [], awardCode: 'x' });
    expect(registry.upcast(latest)).toBe(latest);
    const other = stored('NominationRejected', 1, {});
    expect(registry.upcast(other)).toBe(other);
    expect(() => registry.register('NominationSubmitted', 1, (d) => d)).toThrow('registered twice');
  });
});

describe('storedEventUpcasters', () => {
  it('lifts a version-1 quota change with who changed it from the metadata, keeping the stored hash', () => {
    const old = {
      ...stored('QuotaLimitChanged', 1, { campaignId: 'c', bucketKey: 'BK_TLD|national|2026', limit: 4 }),
      metadata: { actor: 'u-9', actorName: 'Hà Thị Mai', actorUsername: 'cb.admin', reason: 'Bổ sung chỉ tiêu' },
    };
    const lifted = storedEventUpcasters().upcast(old);
    expect(lifted).toMatchObject({
      schemaVersion: 2,
      hash: '11',
      data: {
        limit: 4,
        reason: 'Bổ sung chỉ tiêu',
        previousLimit: null,
        previousOverride: null,
        changedBy: 'cb.admin (Hà Thị Mai)',
      },
    });
    const current = stored('QuotaLimitChanged', 2, { changedBy: 'sysadmin (Lê Minh Tuấn)' });
    expect(storedEventUpcasters().upcast(current)).toBe(current);
  });
});
