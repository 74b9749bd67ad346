import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const NOW = '2026-11-20T03:00:00.000Z';

interface Crafted {
  unitId: string;
  level: number;
  openedAt: string;
  updatedAt: string;
  dueAt?: string;
  kind?: 'review' | 'revision';
  status?: string;
  stuck?: boolean;
  overdue?: boolean;
  holdAt?: string;
  step?: string;
  route?: Array<{ level: number; unitId: string }>;
}

describe('admin stuck desk: GET /api/admin/stuck and /aging over the read models', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ids: Record<string, string> = {};

  // Rows shaped as the nominations projection writes them: the desk reads only these tables.
  async function craft(name: string, c: Crafted): Promise<void> {
    const id = randomUUID();
    ids[name] = id;
    const status = c.status ?? 'FORWARDED';
    const openTask = {
      kind: c.kind ?? 'review',
      level: c.level,
      unitId: c.unitId,
      taskSeq: 1,
      openedAt: c.openedAt,
      ...(c.dueAt ? { dueAt: c.dueAt } : {}),
      ...(c.stuck ? { stuck: true } : {}),
      ...(c.overdue ? { overdue: true } : {}),
      ...(c.step ? { step: c.step } : {}),
    };
    const hold = c.holdAt ? { kind: 'verification', reason: 'x', at: c.holdAt, statusBefore: 'FORWARDED' } : undefined;
    const common = {
      award_code: 'BK_TINH',
      campaign_id: demoCampaignIds.annual2026,
      nominee_name: `Nguyễn Văn ${name}`,
      nominee_search: `nguyen van ${name.toLowerCase()}`,
      status,
    };
    await t.db
      .insertInto('nominations')
      .values({
        ...common,
        id,
        version: 3,
        nominating_unit_id: u.cdcsSoNoiVuCaoBang,
        nominee_kind: 'person',
        current_level: c.level,
        current_unit_id: c.unitId,
        current_task_kind: openTask.kind,
        current_task_seq: 1,
        task_opened_at: c.openedAt,
        route: JSON.stringify(c.route ?? []),
        state: JSON.stringify({ status, openTask, route: c.route ?? [], ...(hold ? { hold } : {}) }),
        submitted_at: c.openedAt,
        updated_at: c.updatedAt,
        final_at: null,
        decision_number: null,
        rule_set_version: '2024.2',
      })
      .execute();
    await t.db
      .insertInto('inbox_tasks')
      .values({
        ...common,
        nomination_id: id,
        unit_id: c.unitId,
        level: c.level,
        kind: openTask.kind,
        task_seq: 1,
        opened_at: c.openedAt,
        due_at: c.dueAt ?? null,
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date(NOW) });
    await craft('Overdue', {
      unitId: u.ldldCaoBang,
      level: 3,
      openedAt: '2026-10-28T02:00:00Z',
      updatedAt: '2026-11-18T02:00:00Z',
      dueAt: '2026-11-10T10:00:00Z',
      step: 'council_vote',
    });
    await craft('Orphan', {
      unitId: u.cdcsThcsNamTuan,
      level: 1,
      openedAt: '2026-11-17T02:00:00Z',
      updatedAt: '2026-11-17T02:00:00Z',
    });
    await craft('Marked', {
      unitId: u.cdVienChucCaoBang,
      level: 2,
      openedAt: '2026-10-20T02:00:00Z',
      updatedAt: '2026-11-01T02:00:00Z',
      dueAt: '2026-12-01T10:00:00Z',
      stuck: true,
      route: [
        { level: 1, unitId: u.cdcsSoNoiVuCaoBang },
        { level: 2, unitId: u.cdVienChucCaoBang },
        { level: 3, unitId: u.ldldCaoBang },
      ],
    });
    await craft('Held', {
      unitId: u.ldldCaoBang,
      level: 3,
      openedAt: '2026-09-20T02:00:00Z',
      updatedAt: '2026-11-19T02:00:00Z',
      status: 'ON_HOLD',
      holdAt: '2026-10-01T02:00:00Z',
    });
    await craft('HaNoi', {
      unitId: u.ldldHaNoi,
      level: 3,
      openedAt: '2026-11-02T02:00:00Z',
      updatedAt: '2026-11-19T02:00:00Z',
      dueAt: '2026-11-12T10:00:00Z',
    });
    // Flagged by the ladder (NominationDeadlineMissed) although its stored due time is still ahead.
    await craft('Flagged', {
      unitId: u.ldldHaNoi,
      level: 3,
      openedAt: '2026-11-19T02:00:00Z',
      updatedAt: '2026-11-19T02:00:00Z',
      dueAt: '2026-11-25T10:00:00Z',
      overdue: true,
    });
    await craft('Healthy', {
      unitId: u.ldldCaoBang,
      level: 3,
      openedAt: '2026-11-18T02:00:00Z',
      updatedAt: '2026-11-18T02:00:00Z',
      dueAt: '2026-12-02T10:00:00Z',
    });
  });
  afterAll(() => t.close());

  const byName = (items: Array<{ nominationId: string; reasons: string[] }>) =>
    Object.fromEntries(
      Object.entries(ids)
        .map(([name, id]) => [name, items.find((i) => i.nominationId === id)?.reasons] as const)
        .filter(([, reasons]) => reasons !== undefined),
    );

  it('lists every stuck open task with each reason, oldest first; a healthy task is not listed', async () => {
    const res = await t.http.get('/api/admin/stuck').set(await auth('sysadmin'));
    expect(res.status).toBe(200);
    expect(byName(res.body.items)).toEqual({
      Held: ['on_hold'],
      Marked: ['stuck', 'idle'],
      Overdue: ['overdue'],
      HaNoi: ['overdue'],
      Orphan: ['no_assignee'],
      Flagged: ['overdue'],
    });
    expect(res.body.items.map((i: { nomineeName: string }) => i.nomineeName)).toEqual([
      'Nguyễn Văn Held',
      'Nguyễn Văn Marked',
      'Nguyễn Văn Overdue',
      'Nguyễn Văn HaNoi',
      'Nguyễn Văn Orphan',
      'Nguyễn Văn Flagged',
    ]);
    const flagged = res.body.items.find((i: { nominationId: string }) => i.nominationId === ids.Flagged);
    expect(flagged.daysLate).toBeNull();
    const overdue = res.body.items.find((i: { nominationId: string }) => i.nominationId === ids.Overdue);
    expect(overdue).toMatchObject({
      level: 3,
      unitId: u.ldldCaoBang,
      unitName: expect.stringContaining('Cao Bằng'),
      step: 'council_vote',
      awardCode: 'BK_TINH',
      dueAt: '2026-11-10T10:00:00.000Z',
      daysLate: 9,
      daysWaiting: 23,
    });
    const held = res.body.items.find((i: { nominationId: string }) => i.nominationId === ids.Held);
    expect(held.heldSince).toBe('2026-10-01T02:00:00.000Z');
  });

  it('filters by reason, level and unit, takes idleDays, and pages with a cursor', async () => {
    const admin = await auth('sysadmin');
    const idle = await t.http.get('/api/admin/stuck?reason=idle').set(admin);
    expect(byName(idle.body.items)).toEqual({ Marked: ['stuck', 'idle'] });
    expect(idle.body.items[0].daysIdle).toBe(19);
    const shortIdle = await t.http.get('/api/admin/stuck?reason=idle&idleDays=2').set(admin);
    expect(Object.keys(byName(shortIdle.body.items)).sort()).toEqual(['Healthy', 'Marked', 'Orphan', 'Overdue']);
    const level1 = await t.http.get('/api/admin/stuck?level=1').set(admin);
    expect(Object.keys(byName(level1.body.items))).toEqual(['Orphan']);
    const unit = await t.http.get(`/api/admin/stuck?unitId=${u.ldldHaNoi}`).set(admin);
    expect(Object.keys(byName(unit.body.items))).toEqual(['HaNoi', 'Flagged']);

    const first = await t.http.get('/api/admin/stuck?limit=2').set(admin);
    expect(first.body.items).toHaveLength(2);
    const second = await t.http.get(`/api/admin/stuck?limit=2&cursor=${first.body.nextCursor}`).set(admin);
    const third = await t.http.get(`/api/admin/stuck?limit=2&cursor=${second.body.nextCursor}`).set(admin);
    expect(third.body.nextCursor).toBeNull();
    const paged = [...first.body.items, ...second.body.items, ...third.body.items].map((i) => i.nominationId);
    expect(paged).toEqual([ids.Held, ids.Marked, ids.Overdue, ids.HaNoi, ids.Orphan, ids.Flagged]);

    const bad = await t.http.get('/api/admin/stuck?reason=lazy').set(admin);
    expect(bad.status).toBe(400);
  });

  it('limits a unit admin to their unit and below; other roles are refused', async () => {
    const cb = await auth('cb.admin');
    const mine = await t.http.get('/api/admin/stuck').set(cb);
    expect(mine.status).toBe(200);
    expect(Object.keys(byName(mine.body.items)).sort()).toEqual(['Held', 'Marked', 'Orphan', 'Overdue']);
    const elsewhere = await t.http.get(`/api/admin/stuck?unitId=${u.ldldHaNoi}`).set(cb);
    expect(elsewhere.status).toBe(403);
    for (const username of ['cb.reviewer', 'tld.auditor', 'snv.nominator']) {
      const refused = await t.http.get('/api/admin/stuck').set(await auth(username));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('AUTH.FORBIDDEN');
      expect((await t.http.get('/api/admin/stuck/aging').set(await auth(username))).status).toBe(403);
    }
  });

  it('offers on each row only what the caller may do there: open needs a role on the route, extend the unit admin of the task or above', async () => {
    const actionsOf = (items: Array<{ nominationId: string; allowedActions: string[] }>) =>
      Object.fromEntries(
        Object.entries(ids)
          .map(([name, id]) => [name, items.find((i) => i.nominationId === id)?.allowedActions] as const)
          .filter(([, actions]) => actions !== undefined),
      );
    const cb = await auth('cb.admin');
    const mine = await t.http.get('/api/admin/stuck').set(cb);
    expect(actionsOf(mine.body.items)).toEqual({
      // The task waits at the admin's own unit, but nothing on its route is theirs to read.
      Held: ['extend'],
      Overdue: ['extend'],
      // Waits below the admin's unit, which is on its route above the task.
      Marked: ['open', 'extend'],
      // In the admin's subtree, off every route of theirs: the desk lists it and offers nothing.
      Orphan: [],
    });
    // What the desk withholds the endpoints refuse.
    const open = await t.http.get(`/api/nominations/${ids.Orphan}`).set(cb);
    expect(open.status).toBe(403);
    const extend = await t.http
      .post(`/api/nominations/${ids.Orphan}/deadline`)
      .set(cb)
      .set('Idempotency-Key', randomUUID())
      .send({ dueAt: '2026-12-20T10:00:00+07:00', reason: 'Gia hạn thử' });
    expect(extend.status).toBe(403);
    const all = await t.http.get('/api/admin/stuck').set(await auth('sysadmin'));
    for (const item of all.body.items) expect(item.allowedActions).toEqual(['open', 'extend']);
  });

  it('counts open tasks by level × unit in age buckets, with the overdue among them', async () => {
    const res = await t.http.get('/api/admin/stuck/aging').set(await auth('cb.admin'));
    expect(res.status).toBe(200);
    const cell = (unitId: string) => res.body.items.find((i: { unitId: string }) => i.unitId === unitId);
    // Cao Bằng level 3: Overdue (23 days), Held (61 days), Healthy (2 days).
    expect(cell(u.ldldCaoBang)).toMatchObject({
      level: 3,
      total: 3,
      overdue: 1,
      buckets: { upTo5: 1, d6to10: 0, d11to20: 0, over20: 2 },
    });
    expect(cell(u.cdVienChucCaoBang)).toMatchObject({ level: 2, total: 1, buckets: { d11to20: 0, over20: 1 } });
    expect(cell(u.cdcsThcsNamTuan)).toMatchObject({ level: 1, total: 1, buckets: { upTo5: 1 } });
    expect(cell(u.ldldHaNoi)).toBeUndefined();
    expect(res.body.items[0].level).toBe(3);
  });
  it('lists workflows whose append keeps failing, even with nothing stored, and counts them in health and metrics', async () => {
    const orphan = randomUUID();
    // The append activity writes these rows (the table is not in the typed schema).
    const fail = (nominationId: string, attempt: number) =>
      sql`insert into workflow_failures (workflow_id, nomination_id, activity_type, attempt, message)
          values (${`nomination-${nominationId}`}, ${nominationId}, 'appendNominationEvents', ${attempt},
                  'unsupported Unicode escape sequence')`.execute(t.db);
    await fail(orphan, 7); // a submission whose first append never went through: no read-model row
    await fail(ids.Held as string, 4);
    await fail(ids.HaNoi as string, 5);
    await fail(ids.Overdue as string, 1); // one failed attempt is not yet "failing"
    try {
      const all = await t.http.get('/api/admin/stuck').set(await auth('sysadmin'));
      expect(all.status).toBe(200);
      const listed = all.body.failing.map((f: { nominationId: string }) => f.nominationId);
      expect(listed.sort()).toEqual([orphan, ids.Held, ids.HaNoi].sort());
      expect(all.body.failing.find((f: { nominationId: string }) => f.nominationId === orphan)).toMatchObject({
        workflowId: `nomination-${orphan}`,
        nomineeName: null,
        attempt: 7,
        activityType: 'appendNominationEvents',
        message: 'unsupported Unicode escape sequence',
      });
      const cb = await t.http.get('/api/admin/stuck').set(await auth('cb.admin'));
      expect(cb.body.failing.map((f: { nominationId: string }) => f.nominationId)).toEqual([ids.Held]);
      expect(cb.body.failing[0]).toMatchObject({ nomineeName: 'Nguyễn Văn Held', unitId: u.ldldCaoBang });

      const health = await t.http.get('/api/health');
      expect(health.body).toMatchObject({ status: 'degraded', failingWorkflows: 3 });
      const metrics = await t.http.get('/api/metrics').set(await auth('sysadmin'));
      expect(metrics.text).toMatch(/^vinhdanh_workflows_failing 3$/m);

      // Only a system admin may terminate, and only a workflow the desk lists as failing.
      const body = { reason: 'Lỗi ghi không khắc phục được.' };
      const key = { 'Idempotency-Key': `k-${randomUUID()}` };
      const notFailing = await t.http
        .post(`/api/admin/stuck/failing/nomination-${ids.Overdue}/termination`)
        .set({ ...(await auth('sysadmin')), ...key })
        .send(body);
      expect(notFailing.status).toBe(404);
      const unitAdmin = await t.http
        .post(`/api/admin/stuck/failing/nomination-${ids.Held}/termination`)
        .set({ ...(await auth('cb.admin')), ...key })
        .send(body);
      expect(unitAdmin.status).toBe(403);
    } finally {
      await sql`delete from workflow_failures`.execute(t.db);
    }
    expect((await t.http.get('/api/health')).body.failingWorkflows).toBe(0);
  });
});
