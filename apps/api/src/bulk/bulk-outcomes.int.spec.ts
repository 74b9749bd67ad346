import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleSubmitNomination, type NominationCommand } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';

// Temporal is unreachable here: an item whose Update could not be answered may or may not have been
// applied, so the bulk answer must call it unknown (retry with the same key), never failed.
describe('bulk decisions while Temporal does not answer', () => {
  let t: ApiTestContext;
  let forwarded: string;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-02-16T03:00:00Z') });
    const store = new EventStore(t.database.pool);
    const approve1 = (id: string): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: at(u.cdcsBvdkDanPhuong),
      now: '2026-03-02T09:00:00Z',
      decision: 'approve',
      level: 1,
      unitId: u.cdcsBvdkDanPhuong,
    });
    forwarded = await seedNomination(store, (id) => [
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        route: ROUTE,
      }),
      approve1(id),
    ]);
    // Until the read model shows the forwarding (version 4), the API would refuse before asking Temporal.
    const stream = await store.readStream(`nomination-${forwarded}`);
    const deadline = Date.now() + 30_000;
    const projected = () =>
      t.db.selectFrom('nominations').select('version').where('id', '=', forwarded).executeTakeFirst();
    while (((await projected())?.version ?? 0) < stream.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  afterAll(() => t?.close());

  it('reports the unanswered item as unknown with the advice to retry with the same key, a refusal as failed', async () => {
    const res = await t.http
      .post('/api/inbox/bulk-decisions')
      .set('Authorization', `Bearer ${await t.tokenFor('dp.chair')}`)
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({
        items: [
          { nominationId: forwarded, taskSeq: 2, decision: 'approve' },
          { nominationId: randomUUID(), taskSeq: 1, decision: 'approve' },
        ],
      })
      .expect(200);
    expect(res.body.summary).toEqual({ total: 2, succeeded: 0, failed: 1, unknown: 1 });
    const [unanswered, refused] = res.body.items;
    expect(unanswered).toMatchObject({
      ok: false,
      outcome: 'unknown',
      retryWithSameIdempotencyKey: true,
      problem: { status: 503, code: 'DEPENDENCY.TEMPORAL_UNAVAILABLE' },
    });
    expect(unanswered.advice).toContain('cùng Idempotency-Key');
    expect(refused).toMatchObject({ ok: false, outcome: 'refused', problem: { status: 404 } });
  });
});
