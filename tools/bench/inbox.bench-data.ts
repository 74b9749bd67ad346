/*
 * Data side of bench:inbox: nominations written straight into the read models with
 * INSERT … SELECT generate_series (the read path is what is measured, not the workflow).
 */
import { sql, type Kysely } from 'kysely';
import { normaliseSearchText, type Database } from '@vinhdanh/db';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Hữu', 'Thu', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Tuấn',
  'Vân',
  'Yến',
  'Hương',
  'Khánh',
  'Loan',
];

/** Open tasks per level at 1M nominations: national ~70k, 63 provinces ~4k, 700 districts ~300, grassroots. */
function segments(total: number) {
  const scale = total / 1_000_000;
  const provinces = [
    u.ldldHaNoi,
    u.ldldCaoBang,
    u.ldldHauGiang,
    ...Array.from({ length: 60 }, (_, i) => `bench-tinh-${i}`),
  ];
  const districts = [u.ldldDanPhuong, u.ldldChauThanhA, ...Array.from({ length: 698 }, (_, i) => `bench-huyen-${i}`)];
  const grassroots = Array.from({ length: 20_000 }, (_, i) => `bench-cdcs-${i}`);
  return [
    { level: 4, units: [u.tongLdld], perUnit: Math.round(70_000 * scale) },
    { level: 3, units: provinces, perUnit: Math.max(1, Math.round(4_000 * scale)) },
    { level: 2, units: districts, perUnit: Math.max(1, Math.round(300 * scale)) },
    { level: 1, units: grassroots.slice(0, Math.max(1, Math.round(20_000 * scale))), perUnit: 5 },
  ];
}

/** Fills nominations, inbox_tasks and inbox_counts; returns how many open tasks it wrote. */
export async function generateReadModels(
  db: Kysely<Database>,
  total: number,
  state: unknown,
): Promise<{ openTasks: number }> {
  const names = {
    family: FAMILY,
    familyF: FAMILY.map(normaliseSearchText),
    middle: MIDDLE,
    middleF: MIDDLE.map(normaliseSearchText),
    given: GIVEN,
    givenF: GIVEN.map(normaliseSearchText),
  };
  let from = 0;
  for (const seg of segments(total)) {
    const count = seg.units.length * seg.perUnit;
    await insertNominations(db, from, count, { level: seg.level, units: seg.units }, names, state);
    from += count;
  }
  const openTasks = from;
  if (from < total) await insertNominations(db, from, total - from, null, names, state);
  await sql`
    insert into inbox_tasks (nomination_id, unit_id, level, kind, task_seq, opened_at, due_at, award_code,
                             campaign_id, nominee_name, nominee_search, status)
    select id, current_unit_id, current_level, current_task_kind, current_task_seq, task_opened_at,
           task_opened_at + interval '10 days', award_code, campaign_id, nominee_name, nominee_search, status
    from nominations where current_unit_id is not null`.execute(db);
  await sql`
    insert into inbox_counts (unit_id, kind, status, open_tasks)
    select unit_id, kind, status, count(*) from inbox_tasks group by unit_id, kind, status`.execute(db);
  await sql`analyze nominations`.execute(db);
  await sql`analyze inbox_tasks`.execute(db);
  await sql`analyze inbox_counts`.execute(db);
  return { openTasks };
}

/** Rows `from … from+count-1`: open at `open.units` (round-robin, level `open.level`) or final when `open` is null. */
async function insertNominations(
  db: Kysely<Database>,
  from: number,
  count: number,
  open: { level: number; units: string[] } | null,
  n: Record<string, string[]>,
  state: unknown,
): Promise<void> {
  const units = open?.units ?? [];
  // One nomination in 20 waits on a revision (returned), the rest on a review.
  const kind = sql`case when i % 20 = 0 then 'revision' else 'review' end`;
  await sql`
    insert into nominations (id, version, status, award_code, campaign_id, nominating_unit_id, nominee_kind,
      nominee_name, nominee_search, current_level, current_unit_id, current_task_kind, current_task_seq,
      task_opened_at, route, state, submitted_at, updated_at, final_at, decision_number, rule_set_version)
    select overlay(overlay(md5('bench-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, 6,
      ${open ? sql`case when i % 20 = 0 then 'RETURNED' else 'FORWARDED' end` : sql`case when i % 5 = 0 then 'REJECTED' else 'GRANTED' end`},
      (array['BK_TLD', 'BK_TINH', 'GK', 'LDST', 'CSTD_TLD'])[1 + i % 5],
      case when i % 3 = 0 then ${demoCampaignIds.gioiViecNuoc2026} else ${demoCampaignIds.annual2026} end,
      'bench-cdcs-' || (i % 20000), 'person',
      (${n.family}::text[])[1 + i % 14] || ' ' || (${n.middle}::text[])[1 + (i / 14) % 10] || ' ' || (${n.given}::text[])[1 + (i / 140) % 26],
      (${n.familyF}::text[])[1 + i % 14] || ' ' || (${n.middleF}::text[])[1 + (i / 14) % 10] || ' ' || (${n.givenF}::text[])[1 + (i / 140) % 26],
      ${open ? sql`${open.level}::smallint` : sql`null`},
      ${open ? sql`(${units}::text[])[1 + (i - ${from}::int) % ${units.length}::int]` : sql`null`},
      ${open ? kind : sql`null`},
      ${open ? sql`${open.level}::int` : sql`null`},
      ${open ? sql`timestamptz '2026-09-01T00:00:00Z' + (i % 86400) * interval '1 minute'` : sql`null`},
      jsonb_build_array(
        jsonb_build_object('level', 1, 'unitId', 'bench-cdcs-' || (i % 20000)),
        jsonb_build_object('level', 2, 'unitId', ${open?.level === 2 ? sql`(${units}::text[])[1 + (i - ${from}::int) % ${units.length}::int]` : sql`'bench-huyen-' || (i % 698)`}),
        jsonb_build_object('level', 3, 'unitId', ${open?.level === 3 ? sql`(${units}::text[])[1 + (i - ${from}::int) % ${units.length}::int]` : sql`'bench-tinh-' || (i % 60)`}),
        jsonb_build_object('level', 4, 'unitId', ${u.tongLdld}::text)),
      ${JSON.stringify(state)}::jsonb,
      timestamptz '2026-03-01T00:00:00Z' + (i % 200000) * interval '1 minute',
      timestamptz '2026-09-01T00:00:00Z' + (i % 86400) * interval '1 minute',
      ${open ? sql`null` : sql`timestamptz '2026-10-01T00:00:00Z'`}, null, '2024.1'
    from generate_series(${from}::int, ${from + count - 1}::int) as i`.execute(db);
}
