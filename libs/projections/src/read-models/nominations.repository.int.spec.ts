import { sql } from 'kysely';
import {
  getNomination,
  inboxCounts,
  listInbox,
  listNominations,
  NominationQueryError,
  nominationVersion,
  normaliseSearchText,
} from '@vinhdanh/db';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';

// The spec of @vinhdanh/db's nominations repository. It lives here because @vinhdanh/testing
// depends on @vinhdanh/db, so a spec inside libs/db using it would close a dependency cycle.
// Rows as the projection writes them; the projection's own spec covers how events become rows.
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 8, minute)).toISOString();
const people = ['Nguyễn Văn An', 'Đặng Thị Bích', 'Trần Quốc Tuấn', 'Nguyễn Thị Lan', 'Lê Văn Bình', 'Đỗ Minh Châu'];

async function seed(t: TestDatabase): Promise<void> {
  const rows = people.map((name, i) => {
    const unit = i % 2 === 0 ? 'unit-a' : 'unit-b';
    const open = i < 5;
    return {
      id: `n-${i}`,
      version: i + 2,
      status: open ? (i === 4 ? 'RETURNED' : 'FORWARDED') : 'GRANTED',
      award_code: i === 1 ? 'GK' : 'BK_TLD',
      campaign_id: i === 3 ? 'c-2' : 'c-1',
      nominating_unit_id: `cdcs-${i % 3}`,
      nominee_kind: 'person',
      nominee_name: name,
      nominee_search: normaliseSearchText(name),
      current_level: open ? 2 : null,
      current_unit_id: open ? unit : null,
      current_task_kind: open ? (i === 4 ? 'revision' : 'review') : null,
      current_task_seq: open ? 2 : null,
      task_opened_at: open ? at(i % 3) : null,
      route: [{ level: 1, unitId: `cdcs-${i % 3}` }],
      state: { status: 'x', nominationId: `n-${i}` },
      submitted_at: at(i),
      updated_at: at(i + 10),
      final_at: open ? null : at(30),
      decision_number: open ? null : '12/QĐ',
      rule_set_version: '2024.1',
    };
  });
  await sql`insert into nominations select * from jsonb_populate_recordset(null::nominations, ${JSON.stringify(rows)}::jsonb)`.execute(
    t.db,
  );
  await sql`insert into inbox_tasks (nomination_id, unit_id, level, kind, task_seq, opened_at, award_code, campaign_id, nominee_name, nominee_search, status)
    select id, current_unit_id, current_level, current_task_kind, current_task_seq, task_opened_at, award_code, campaign_id,
           nominee_name, nominee_search, status from nominations where current_unit_id is not null`.execute(t.db);
  await sql`insert into inbox_counts select unit_id, kind, status, count(*) from inbox_tasks group by 1, 2, 3`.execute(
    t.db,
  );
  await sql`update inbox_tasks set due_at = ${at(1)} where nomination_id = 'n-0'`.execute(t.db);
}

describe('nominations repository', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 2 });
    await seed(t);
  });
  afterAll(() => t.destroy());

  it('reads one nomination with its state, and its folded version', async () => {
    const n = await getNomination(t.db, 'n-5');
    expect(n).toMatchObject({
      id: 'n-5',
      version: 7,
      status: 'GRANTED',
      statusLabel: { vi: 'Đã khen thưởng', en: 'Granted' },
      currentTask: null,
      nominee: { kind: 'person', name: 'Đỗ Minh Châu' },
      finalAt: at(30),
      decisionNumber: '12/QĐ',
      submittedAt: at(5),
      state: { nominationId: 'n-5' },
      route: [{ level: 1, unitId: 'cdcs-2' }],
    });
    expect((await getNomination(t.db, 'n-0'))?.currentTask).toEqual({
      kind: 'review',
      level: 2,
      unitId: 'unit-a',
      taskSeq: 2,
      openedAt: at(0),
    });
    expect(await getNomination(t.db, 'missing')).toBeUndefined();
    expect(await nominationVersion(t.db, 'n-3')).toBe(5);
    expect(await nominationVersion(t.db, 'missing')).toBeNull();
  });

  it('filters the inbox by unit, kind, award, campaign and name, and flags overdue tasks', async () => {
    const ids = async (q: Partial<Parameters<typeof listInbox>[1]>) =>
      (await listInbox(t.db, { unitIds: ['unit-a', 'unit-b'], limit: 50, ...q })).items.map((i) => i.nominationId);
    expect(await ids({})).toEqual(['n-0', 'n-3', 'n-1', 'n-4', 'n-2']);
    expect(await ids({ unitIds: ['unit-b'] })).toEqual(['n-3', 'n-1']);
    expect(await ids({ kinds: ['revision'] })).toEqual(['n-4']);
    expect(await ids({ awardCode: 'GK' })).toEqual(['n-1']);
    expect(await ids({ campaignId: 'c-2' })).toEqual(['n-3']);
    expect(await ids({ search: 'NGUYEN' })).toEqual(['n-0', 'n-3']);
    expect(await ids({ search: 'đặng thi bich' })).toEqual(['n-1']);
    const [first] = (await listInbox(t.db, { unitIds: ['unit-a'], limit: 1 })).items;
    expect(first).toMatchObject({
      nominationId: 'n-0',
      overdue: true,
      dueAt: at(1),
      statusLabel: { vi: 'Đã chuyển cấp trên' },
    });
  });

  it('filters the inbox by step and overdue, and sorts by due time with keyset pages (undated tasks last)', async () => {
    const ids = async (q: Partial<Parameters<typeof listInbox>[1]>) =>
      (await listInbox(t.db, { unitIds: ['unit-a', 'unit-b'], limit: 50, ...q })).items.map((i) => i.nominationId);
    expect(await ids({ status: 'RETURNED' })).toEqual(['n-4']);
    expect(await ids({ overdue: true })).toEqual(['n-0']);
    expect(await ids({ overdue: false })).toEqual(['n-3', 'n-1', 'n-4', 'n-2']);
    // n-2 due soonest, then n-0; the rest have no due time and follow by id.
    await sql`update inbox_tasks set due_at = ${at(0)} where nomination_id = 'n-2'`.execute(t.db);
    try {
      expect(await ids({ sort: 'due' })).toEqual(['n-2', 'n-0', 'n-1', 'n-3', 'n-4']);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listInbox(t.db, { unitIds: ['unit-a', 'unit-b'], limit: 2, sort: 'due', cursor });
        seen.push(...page.items.map((i) => i.nominationId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(['n-2', 'n-0', 'n-1', 'n-3', 'n-4']);
      // A cursor of one order cannot page the other.
      const dueCursor = (await listInbox(t.db, { unitIds: ['unit-a'], limit: 1, sort: 'due' })).nextCursor ?? '';
      await expect(listInbox(t.db, { unitIds: ['unit-a'], limit: 1, cursor: dueCursor })).rejects.toThrow();
    } finally {
      await sql`update inbox_tasks set due_at = null where nomination_id = 'n-2'`.execute(t.db);
    }
  });

  it('filters the list by nominating units, campaign and status, newest submitted first', async () => {
    const ids = async (q: Partial<Parameters<typeof listNominations>[1]>) =>
      (await listNominations(t.db, { limit: 50, ...q })).items.map((i) => i.id);
    expect(await ids({})).toEqual(['n-5', 'n-4', 'n-3', 'n-2', 'n-1', 'n-0']);
    expect(await ids({ nominatingUnitIds: ['cdcs-0'] })).toEqual(['n-3', 'n-0']);
    expect(await ids({ status: 'GRANTED' })).toEqual(['n-5']);
    expect(await ids({ status: ['RETURNED', 'GRANTED'], campaignId: 'c-1' })).toEqual(['n-5', 'n-4']);
  });

  it('counts open tasks from the counters, per kind, status and unit', async () => {
    expect(await inboxCounts(t.db, { unitIds: ['unit-a', 'unit-b'] })).toEqual({
      total: 5,
      byKind: { review: 4, revision: 1 },
      byStatus: { FORWARDED: 4, RETURNED: 1 },
      byUnit: { 'unit-a': 3, 'unit-b': 2 },
    });
    expect((await inboxCounts(t.db, { unitIds: ['nobody'] })).total).toBe(0);
  });

  it('refuses bad limits, empty unit lists, unknown statuses and foreign cursors, naming the field', async () => {
    const refusal = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(NominationQueryError);
      expect((err as NominationQueryError).code).toBe('REQUEST.INVALID_QUERY');
      return (err as NominationQueryError).fieldErrors.map((f) => f.field);
    };
    expect(await refusal(listInbox(t.db, { unitIds: ['unit-a'], limit: 0 }))).toEqual(['limit']);
    expect(await refusal(listInbox(t.db, { unitIds: ['unit-a'], limit: 201 }))).toEqual(['limit']);
    expect(await refusal(listInbox(t.db, { unitIds: [], limit: 10 }))).toEqual(['unitIds']);
    expect(await refusal(listNominations(t.db, { status: 'LOST' as never, limit: 10 }))).toEqual(['status']);
    expect(await refusal(listInbox(t.db, { unitIds: ['unit-a'], limit: 10, cursor: 'not-a-cursor' }))).toEqual([
      'cursor',
    ]);
    const listCursor = (await listNominations(t.db, { limit: 1 })).nextCursor!;
    expect(await refusal(listInbox(t.db, { unitIds: ['unit-a'], limit: 10, cursor: listCursor }))).toEqual(['cursor']);
    expect(await refusal(inboxCounts(t.db, { unitIds: [] }))).toEqual(['unitIds']);
  });

  it('answers a name search from the trigram index', async () => {
    const plan = await t.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return (
        await sql<{
          'QUERY PLAN': string;
        }>`explain select nomination_id from inbox_tasks where nominee_search like '%nguyen van%'`.execute(trx)
      ).rows;
    });
    // Either trigram index answers it: the global one or (unit_id, nominee_search) of migration 0730.
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/inbox_tasks_(unit_search|search_trgm)_idx/);
  });
});
