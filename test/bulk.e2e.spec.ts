import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Bulk decisions over HTTP with the real worker: each item takes the single-decision path.
describe('bulk decisions (duyệt hàng loạt)', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const projected = (res: { status: number; body: { nominationId: string } }) => sys.projected(res);

  async function nominate(fullName: string): Promise<string> {
    const dossier = sampleDossier();
    const res = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', `n-${randomUUID()}`)
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `P-${randomUUID()}` } },
      });
    return projected(res);
  }

  async function bulk(username: string, items: unknown[], key = `bulk-${randomUUID()}`) {
    return sys.http
      .post('/api/inbox/bulk-decisions')
      .set(await sys.as(username))
      .set('Idempotency-Key', key)
      .send({ items });
  }

  const eventsOf = async (id: string) => sys.store.readStream(nominationStreamId(id));

  it('decides each item on its own: mixed outcomes in one 200, a shared correlation id, and a retry decides nothing twice', async () => {
    const [approved, returned, stale] = await Promise.all([
      nominate('Lê Thị A'),
      nominate('Lê Văn B'),
      nominate('Lê C'),
    ]);
    const unknown = randomUUID();
    const items = [
      { nominationId: approved, taskSeq: 1, decision: 'approve' },
      { nominationId: returned, taskSeq: 1, decision: 'return', reason: 'Thiếu biên bản họp.' },
      { nominationId: stale, taskSeq: 7, decision: 'approve' },
      { nominationId: approved, taskSeq: 1, decision: 'reject', reason: 'Không được phép trong duyệt hàng loạt.' },
      { nominationId: returned, taskSeq: 1, decision: 'return' },
      { nominationId: unknown, taskSeq: 1, decision: 'approve' },
    ];
    const key = `bulk-${randomUUID()}`;
    const res = await bulk('bvdp.chair', items, key);
    expect(res.status).toBe(200);
    const batchId: string = res.body.batchId;
    expect(batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.summary).toEqual({ total: 6, succeeded: 2, failed: 4, unknown: 0 });
    const [a, b, c, d, e, f] = res.body.items;
    expect(a).toMatchObject({ index: 0, nominationId: approved, ok: true, status: 'FORWARDED' });
    expect(b).toMatchObject({ index: 1, nominationId: returned, ok: true, status: 'RETURNED' });
    // The same refusals a single decision gets: stale task 409, bad items 400 naming the field, unknown 404.
    expect(c).toMatchObject({ ok: false, problem: { status: 409, code: 'NOMINATION.TASK_NOT_OPEN' } });
    expect(c.problem.detail).toMatch(/Không có nhiệm vụ xét duyệt/);
    expect(c.problem.detail_en).toMatch(/No review task is open/);
    expect(d).toMatchObject({ ok: false, problem: { status: 400, code: 'REQUEST.VALIDATION_FAILED' } });
    expect(d.problem.errors).toContainEqual(expect.objectContaining({ field: 'items[3].decision' }));
    expect(e.problem.errors).toContainEqual(expect.objectContaining({ field: 'items[4].reason' }));
    expect(f).toMatchObject({
      ok: false,
      nominationId: unknown,
      problem: { status: 404, code: 'NOMINATION.NOT_FOUND' },
    });

    // Every event the batch wrote (after each submission's) carries its id as correlationId.
    // (The deadline ladder's own events, e.g. a reminder, or a late arrival recorded when the demo
    // cut-offs have passed on the machine's date, are the workflow's, not the batch's.)
    const ladder = [
      'NominationReminderSent',
      'NominationDeadlineMissed',
      'NominationMarkedStuck',
      'NominationSubmittedAfterCutOff',
    ];
    const ofBatch = (ev: { streamVersion: number; type: string }) => ev.streamVersion > 3 && !ladder.includes(ev.type);
    const written = [...(await eventsOf(approved)), ...(await eventsOf(returned))].filter(ofBatch);
    expect(written.map((ev) => ev.type).sort()).toEqual(
      [
        'NominationForwarded',
        'NominationReturned',
        'NominationReviewOpened',
        'NominationTaskDueSet',
        'NominationTaskDueSet',
      ].sort(),
    );
    expect(new Set(written.map((ev) => ev.metadata['correlationId']))).toEqual(new Set([batchId]));
    expect((await eventsOf(stale)).map((ev) => ev.type)).not.toContain('NominationForwarded');

    // The retried request (same key): same batch, same answers, no second decision.
    const count = async (id: string, type: string) => (await eventsOf(id)).filter((ev) => ev.type === type).length;
    const retry = await bulk('bvdp.chair', items, key);
    expect(retry.status).toBe(200);
    expect(retry.body.batchId).toBe(batchId);
    expect(retry.body.items[0]).toMatchObject({ ok: true, status: 'FORWARDED', version: a.version });
    expect(retry.body.items[1]).toMatchObject({ ok: true, status: 'RETURNED', version: b.version });
    expect(await count(approved, 'NominationForwarded')).toBe(1);
    expect(await count(returned, 'NominationReturned')).toBe(1);
    expect(await count(approved, 'NominationReviewOpened')).toBe(2);

    // Another approver's request: the domain says who already decided.
    const other = await bulk('bvdp.reviewer', [items[0]]);
    expect(other.body.items[0]).toMatchObject({
      ok: false,
      problem: { status: 409, code: 'NOMINATION.ALREADY_DECIDED' },
    });
    expect(other.body.items[0].problem.detail).toMatch(/đã được .* quyết định/);
    // The per-item problem reads like a thrown one: Vietnam time, never an ISO stamp.
    expect(other.body.items[0].problem.detail).toMatch(/lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/);
  });

  it('refuses a malformed request as a whole (400) and callers who approve nowhere (403)', async () => {
    const empty = await bulk('bvdp.chair', []);
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toContainEqual(expect.objectContaining({ field: 'items' }));
    const tooMany = await bulk(
      'bvdp.chair',
      Array.from({ length: 501 }, () => ({ nominationId: randomUUID(), taskSeq: 1, decision: 'approve' })),
    );
    expect(tooMany.status).toBe(400);
    const noKey = await sys.http
      .post('/api/inbox/bulk-decisions')
      .set(await sys.as('bvdp.chair'))
      .send({ items: [{ nominationId: randomUUID(), taskSeq: 1, decision: 'approve' }] });
    expect(noKey.status).toBe(400);
    const nominator = await bulk('bvdp.nominator', [{ nominationId: randomUUID(), taskSeq: 1, decision: 'approve' }]);
    expect(nominator.status).toBe(403);
  });

  it('an approver of another unit gets each item’s 403 while the rest proceed', async () => {
    const id = await nominate('Trần Thị D');
    const res = await bulk('ctk.chair', [{ nominationId: id, taskSeq: 1, decision: 'approve' }]);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ ok: false, problem: { status: 403, code: 'AUTH.FORBIDDEN' } });
  });
});
