import { randomUUID } from 'node:crypto';
import {
  demoUnitIds as u,
  sampleAttachment,
  sampleDossier,
  sampleSubmitNomination,
  type NominationCommand,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';

// Without Temporal (its address is unreachable here): everything the API refuses before it starts or
// updates a workflow, and the read side fed by events appended straight to the store.

describe('nominations API (no Temporal)', () => {
  let t: ApiTestContext;
  let store: EventStore;
  let forwarded: string;
  let returned: string;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    // Mid-February 2026: the annual campaign is open, the thematic one (from 1 March) is not yet.
    t = await createApiTestContext({ clock: () => new Date('2026-02-16T03:00:00Z') });
    store = new EventStore(t.database.pool);
    const submit = (id: string) =>
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        route: ROUTE,
      });
    const approve1 = (id: string): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: at(u.cdcsBvdkDanPhuong),
      now: '2026-03-02T09:00:00Z',
      decision: 'approve',
      level: 1,
      unitId: u.cdcsBvdkDanPhuong,
    });
    forwarded = await seedNomination(store, (id) => [submit(id), approve1(id)]);
    returned = await seedNomination(store, (id) => [
      submit(id),
      { ...approve1(id), decision: 'return', reason: 'Thiếu biên bản.' },
    ]);
    const deadline = Date.now() + 10_000;
    while ((await t.db.selectFrom('nominations').select('id').execute()).length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  afterAll(() => t?.close());

  const create = async (body: object, username = 'bvdp.nominator', key: string | null = `k-${randomUUID()}`) => {
    const req = t.http.post('/api/nominations').set(await auth(username));
    if (key !== null) req.set('Idempotency-Key', key);
    return req.send({
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: sampleDossier(),
      ...body,
    });
  };

  it('requires an Idempotency-Key, the nominator role at the unit and a well-formed body', async () => {
    const noKey = await create({}, 'bvdp.nominator', null);
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', rule: 'required' })]);
    expect((await create({}, 'bvdp.nominator', 'bad key!')).body.errors[0]).toMatchObject({ rule: 'format' });
    const other = await create({}, 'snv.nominator');
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'AUTH.FORBIDDEN', unitId: u.cdcsBvdkDanPhuong });
    const bad = await create({ awardCode: 'nope', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['awardCode', 'extra']);
  });

  it('refuses a campaign that is unknown, lacks the award or is not open today, with the dates', async () => {
    expect((await create({ campaignId: randomUUID() })).body).toMatchObject({ status: 422, code: 'CAMPAIGN.UNKNOWN' });
    const malformed = await create({ campaignId: 'no-such-campaign' });
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'campaignId', rule: 'format:uuid' })]);
    const notOffered = await create({ campaignId: demoCampaignIds.gioiViecNuoc2026 });
    expect(notOffered.body).toMatchObject({ status: 422, code: 'CAMPAIGN.AWARD_NOT_OFFERED' });
    const notOpen = await create({ campaignId: demoCampaignIds.gioiViecNuoc2026, awardCode: 'GK' });
    expect(notOpen.body).toMatchObject({
      status: 422,
      code: 'CAMPAIGN.NOT_OPEN',
      opensOn: '2026-03-01',
      today: '2026-02-16',
    });
  });

  it('refuses a dossier or route the rules do not allow, before starting anything', async () => {
    const dossier = { ...sampleDossier(), attachments: [sampleAttachment('TO_TRINH')] };
    const missing = await create({ dossier });
    expect(missing.body).toMatchObject({ status: 422, code: 'NOMINATION.MISSING_ATTACHMENTS' });
    expect(missing.body.missing).toContain('BAO_CAO_THANH_TICH');
    const route = await create({ awardCode: 'CO_TINH' });
    expect(route.body.status).toBe(422);
    expect(route.body.code).toMatch(/^ROUTE\./);
  });

  it('reads a nomination with its route and history; 404 unknown, 403 off the route, 400 bad id', async () => {
    const res = await t.http
      .get(`/api/nominations/${forwarded}`)
      .set(await auth('dp.reviewer'))
      .expect(200);
    expect(res.body).toMatchObject({
      id: forwarded,
      version: 4,
      status: 'FORWARDED',
      statusLabel: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
      currentTask: { kind: 'review', level: 2, unitId: u.ldldDanPhuong },
      readModelCaughtUp: true,
    });
    expect(res.body.route.map((s: { state: string }) => s.state)).toEqual(['done', 'current', 'pending', 'pending']);
    expect(res.body.route[1].unitName).toBe('Liên đoàn Lao động huyện Đan Phượng');
    expect(res.body.history).toHaveLength(4);
    expect(res.body.history[2]).toMatchObject({
      type: 'NominationForwarded',
      version: 3,
      actor: { name: `Cán bộ ${u.cdcsBvdkDanPhuong}` },
    });
    expect(res.body.dossier.nominee.fullName).toBe('Nguyễn Thị Hồng Nhung');
    await t.http
      .get(`/api/nominations/${forwarded}`)
      .set(await auth('tld.auditor'))
      .expect(200);
    expect((await t.http.get(`/api/nominations/${forwarded}`).set(await auth('cb.chair'))).status).toBe(403);
    expect((await t.http.get(`/api/nominations/${randomUUID()}`).set(await auth('dp.chair'))).body.code).toBe(
      'NOMINATION.NOT_FOUND',
    );
    const bad = await t.http
      .get('/api/nominations/nope')
      .set(await auth('dp.chair'))
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
  });

  it('lists only nominations touching the caller’s units, with filters and keyset pages', async () => {
    const mine = await t.http
      .get('/api/nominations?limit=1')
      .set(await auth('hn.reviewer'))
      .expect(200);
    expect(mine.body.items).toHaveLength(1);
    const next = await t.http
      .get(`/api/nominations?limit=1&cursor=${mine.body.nextCursor}`)
      .set(await auth('hn.reviewer'))
      .expect(200);
    expect([mine.body.items[0].id, next.body.items[0].id].sort()).toEqual([forwarded, returned].sort());
    expect(next.body.nextCursor).toBeNull();
    expect(
      (
        await t.http
          .get('/api/nominations')
          .set(await auth('cb.chair'))
          .expect(200)
      ).body.items,
    ).toEqual([]);
    const returnedOnly = await t.http
      .get('/api/nominations?status=RETURNED&search=hong nhung')
      .set(await auth('tld.auditor'))
      .expect(200);
    expect(returnedOnly.body.items.map((n: { id: string }) => n.id)).toEqual([returned]);
    const badQuery = await t.http
      .get('/api/nominations?limit=0&cursor=x&foo=1')
      .set(await auth('dp.chair'))
      .expect(400);
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['foo', 'limit']);
    const badCursor = await t.http
      .get('/api/nominations?cursor=abc')
      .set(await auth('dp.chair'))
      .expect(400);
    expect(badCursor.body.errors[0]).toMatchObject({ field: 'cursor' });
  });

  it('shows reviews to approvers and revisions to the nominating unit, with counts', async () => {
    const dp = await t.http
      .get('/api/inbox')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(dp.body.items).toEqual([expect.objectContaining({ nominationId: forwarded, kind: 'review', level: 2 })]);
    expect(dp.body.counts).toMatchObject({ total: 1, byKind: { review: 1, revision: 0 } });
    const nominator = await t.http
      .get('/api/inbox')
      .set(await auth('bvdp.nominator'))
      .expect(200);
    expect(nominator.body.items).toEqual([
      expect.objectContaining({ nominationId: returned, kind: 'revision', level: 1 }),
    ]);
    expect(nominator.body.counts.byKind).toEqual({ review: 0, revision: 1 });
    const filtered = await t.http
      .get('/api/inbox?kind=revision')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(filtered.body.items).toEqual([]);
    expect((await t.http.get('/api/inbox?kind=other').set(await auth('dp.chair'))).status).toBe(400);
    const byDue = await t.http
      .get('/api/inbox?sort=due&overdue=false&status=FORWARDED')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(byDue.body.items).toEqual([expect.objectContaining({ nominationId: forwarded })]);
    // Overdue is judged by the API's clock (16/02/2026 here), not the database's: a task due on
    // 01/06/2026 is not late yet, even though the real date is past it.
    await t.db
      .updateTable('inbox_tasks')
      .set({ due_at: '2026-06-01T03:00:00Z' })
      .where('nomination_id', '=', forwarded)
      .execute();
    const dueLater = await t.http
      .get('/api/inbox?sort=due')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(dueLater.body.items).toEqual([expect.objectContaining({ nominationId: forwarded, overdue: false })]);
    const late = await t.http
      .get('/api/inbox?overdue=true')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(late.body.items).toEqual([]);
    await t.db
      .updateTable('inbox_tasks')
      .set({ due_at: '2026-02-10T03:00:00Z' })
      .where('nomination_id', '=', forwarded)
      .execute();
    const lateNow = await t.http
      .get('/api/inbox?overdue=true')
      .set(await auth('dp.chair'))
      .expect(200);
    expect(lateNow.body.items).toEqual([expect.objectContaining({ nominationId: forwarded, overdue: true })]);
    const badSort = await t.http.get('/api/inbox?sort=name&overdue=maybe').set(await auth('dp.chair'));
    expect(badSort.status).toBe(400);
    expect(badSort.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['overdue', 'sort']);
    expect((await t.http.get('/api/inbox')).status).toBe(401);
  });

  it('refuses commands from callers who may not act, and on unknown nominations, before Temporal', async () => {
    const post = async (path: string, username: string, body: object) =>
      t.http
        .post(path)
        .set(await auth(username))
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .send(body);
    const outsider = await post(`/api/nominations/${forwarded}/decisions`, 'cb.chair', { decision: 'approve' });
    expect(outsider.status).toBe(403);
    expect((await post(`/api/nominations/${randomUUID()}/decisions`, 'dp.chair', { decision: 'approve' })).status).toBe(
      404,
    );
    const resubmit = await post(`/api/nominations/${returned}/resubmission`, 'dp.chair', {});
    expect(resubmit.body).toMatchObject({ status: 403, unitId: u.cdcsBvdkDanPhuong });
    expect((await post(`/api/nominations/${forwarded}/withdrawal`, 'dp.chair', { reason: 'x' })).status).toBe(403);
    const noReason = await post(`/api/nominations/${forwarded}/withdrawal`, 'bvdp.nominator', {});
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'required' })]);
  });

  it('documents every endpoint in OpenAPI, with the Idempotency-Key header and body examples', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/nominations',
        '/api/nominations/{id}',
        '/api/nominations/{id}/decisions',
        '/api/nominations/{id}/resubmission',
        '/api/nominations/{id}/withdrawal',
        '/api/inbox',
      ]),
    );
    const decisions = doc.paths['/api/nominations/{id}/decisions'].post;
    expect(decisions.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true })]),
    );
    expect(JSON.stringify(decisions.requestBody)).toContain('1234/QĐ-TLĐ');
    expect(Object.keys(decisions.responses)).toEqual(
      expect.arrayContaining(['200', '400', '403', '404', '409', '422']),
    );
  });
});
