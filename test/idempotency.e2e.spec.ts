import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// One Idempotency-Key, one request: on every command (not just POST /nominations) a key sent again
// with another body or to another command is refused, never answered with the first outcome.
describe('Idempotency-Key reuse on commands', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  async function nominate() {
    const created = await sys.post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: sampleDossier(),
    });
    return sys.projected(created);
  }

  it('a decision key reused with another decision is 409 KEY_REUSED; the same body again is the first outcome', async () => {
    const id = await nominate();
    const key = `decide-${randomUUID()}`;
    const path = `/api/nominations/${id}/decisions`;
    const approved = await sys.post('bvdp.chair', path, { decision: 'approve' }, key);
    expect(approved.status).toBe(200);

    const changed = await sys.post('bvdp.chair', path, { decision: 'return', reason: 'Thiếu biên bản họp.' }, key);
    expect(changed.status).toBe(409);
    expect(changed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(changed.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
    expect(changed.body.detail).toMatch(/Idempotency-Key này đã được dùng/);

    const retried = await sys.post('bvdp.chair', path, { decision: 'approve' }, key);
    expect(retried.status).toBe(200);
    expect(retried.body.outcome).toEqual(approved.body.outcome);

    // The same key on another command of the same nomination is another request too.
    const hold = await sys.post('bvdp.chair', `/api/nominations/${id}/hold`, { reason: 'Chờ xác minh.' }, key);
    expect(hold.status).toBe(409);
    expect(hold.body.code).toBe('IDEMPOTENCY.KEY_REUSED');

    const events = await sys.store.readStream(nominationStreamId(id));
    expect(events.filter((e) => e.type === 'NominationReturned')).toHaveLength(0);
  });

  it('a refused request (4xx) leaves its key free for the corrected retry', async () => {
    const id = await nominate();
    const key = `decide-${randomUUID()}`;
    const path = `/api/nominations/${id}/decisions`;
    const refused = await sys.post('bvdp.chair', path, { decision: 'return' }, key);
    expect(refused.status).toBe(400);
    const corrected = await sys.post('bvdp.chair', path, { decision: 'return', reason: 'Thiếu biên bản họp.' }, key);
    expect(corrected.status).toBe(200);
  });
});
