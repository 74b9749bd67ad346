import { randomUUID } from 'node:crypto';
import { nominationStreamId, nominationWorkflowId } from '@vinhdanh/contracts';
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

  it('the final decision retried with its key after the workflow completed gets its outcome, not 409 final', async () => {
    // An API (or history instance) that dies after the Update is applied loses the answer; the
    // client retries with the same key, by which time the granted nomination's workflow has completed.
    const id = await nominate();
    const path = `/api/nominations/${id}/decisions`;
    const chain = ['bvdp.chair', 'dp.chair', 'hn.chair', 'tld.chair'];
    let granted: Awaited<ReturnType<E2eSystem['post']>> | undefined;
    const key = `grant-${randomUUID()}`;
    for (const [level, chair] of chain.entries()) {
      const final = level === chain.length - 1;
      const body = { decision: 'approve', ...(final ? { decisionNumber: '17/QĐ-TLĐ' } : {}) };
      const res = await sys.post(chair, path, body, final ? key : undefined);
      expect(res.status).toBe(200);
      if (final) granted = res;
    }
    expect(granted?.body.outcome.status).toBe('GRANTED');
    const handle = sys.temporal.workflow.getHandle(nominationWorkflowId(id));
    await handle.result();
    expect((await handle.describe()).status.name).toBe('COMPLETED');

    const retried = await sys.post('tld.chair', path, { decision: 'approve', decisionNumber: '17/QĐ-TLĐ' }, key);
    expect(retried.status).toBe(200);
    expect(retried.body.outcome).toEqual(granted?.body.outcome);
    // Another request (another key) on the granted nomination is refused as before.
    const late = await sys.post('tld.chair', path, { decision: 'approve', decisionNumber: '17/QĐ-TLĐ' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('NOMINATION.ALREADY_FINAL');
    const events = await sys.store.readStream(nominationStreamId(id));
    expect(events.filter((e) => e.type === 'NominationGranted')).toHaveLength(1);
  });
});
