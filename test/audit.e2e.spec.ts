import { randomUUID } from 'node:crypto';
import { generateSigningKeyPem } from '@vinhdanh/audit';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Black box over HTTP with the real worker and Temporal: the replay check replays the real history
// against the current workflow code and compares the workflow's state with the event store's fold.
describe('auditors’ replay check against Temporal', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem({ env: { AUDIT_SIGNING_KEY: generateSigningKeyPem() } });
  });
  afterAll(() => sys?.close());
  const http = () => sys.http;
  const as = (username: string) => sys.as(username);
  const store = () => sys.store;

  it('replays a real history without divergence, and reports when the store and the workflow disagree', async () => {
    const created = await http()
      .post('/api/nominations')
      .set(await as('bvdp.nominator'))
      .set('Idempotency-Key', `audit-${randomUUID()}`)
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
    expect(created.status).toBe(201);
    const id: string = created.body.nominationId;
    const decided = await http()
      .post(`/api/nominations/${id}/decisions`)
      .set(await as('bvdp.chair'))
      .set('Idempotency-Key', `audit-${randomUUID()}`)
      .send({ decision: 'approve', taskSeq: created.body.nomination.currentTask.taskSeq });
    expect(decided.status).toBe(200);

    const check = await http()
      .get(`/api/audit/nominations/${id}/replay-check`)
      .set(await as('tld.auditor'));
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      ok: true,
      workflowId: `nomination:${id}`,
      replay: { ok: true },
      stateComparison: { ok: true, storeStatus: 'FORWARDED', workflowStatus: 'FORWARDED' },
    });
    expect(check.body.historyEvents).toBeGreaterThan(5);
    expect(check.body.stateComparison.workflowVersion).toBe(check.body.stateComparison.storeVersion);

    // Someone writes to the stream behind the workflow's back: the fold no longer matches.
    const version = await store().streamVersion(nominationStreamId(id));
    const [last] = await store().readStream(nominationStreamId(id), { fromVersion: version });
    await store().append(nominationStreamId(id), version, [
      {
        eventId: randomUUID(),
        type: 'NominationReminderSent',
        data: {
          taskSeq: 2,
          dueAt: '2026-06-30T10:00:00.000Z',
          level: 2,
          unitId: demoUnitIds.ldldDanPhuong,
        },
        metadata: last!.metadata,
        occurredAt: new Date().toISOString(),
      },
    ]);
    const diverged = await http()
      .get(`/api/audit/nominations/${id}/replay-check`)
      .set(await as('tld.auditor'));
    expect(diverged.body).toMatchObject({ ok: false, replay: { ok: true }, stateComparison: { ok: false } });

    await http()
      .get(`/api/audit/nominations/${id}/replay-check`)
      .set(await as('bvdp.nominator'))
      .expect(403);
  });
});
