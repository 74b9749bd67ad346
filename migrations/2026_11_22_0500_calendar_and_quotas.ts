import { sql, type Kysely } from 'kysely';

/*
 * Working-day calendar and quota reservations (issue 4).
 *
 * working_calendar_days: the days that differ from "Monday to Friday is worked" — public holidays,
 * compensatory days off and make-up working Saturdays. Administrators edit it; task due dates are
 * computed from it, so moving a holiday is a data change. Seeded for 2025–2027 with the data below
 * (copied, not imported: this migration is frozen), every seeded row to be verified against the
 * government's notice.
 *
 * quota_usage / quota_reservations: a slot is taken in the same transaction as the event that uses
 * it. `used <= quota_limit` is a check constraint, so no interleaving of writers can over-allocate;
 * a reservation row per (nomination, bucket) makes a retried append take its slot once.
 * quota_overrides: an administrator's limit for a campaign × bucket, with who, when and why; it
 * wins over the rule set's limit.
 * Frozen: never edit after it has shipped, add a new migration.
 */

const VERIFY = 'verify against the official notice';
const SEED: readonly (readonly [string, string, string, string])[] = [
  ['2025-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day"],
  ['2025-01-27', 'compensatory', 'Nghỉ hoán đổi dịp Tết Nguyên Đán', 'Day off swapped around Lunar New Year'],
  ['2025-01-28', 'holiday', 'Tết Nguyên Đán 2025', 'Lunar New Year 2025'],
  ['2025-01-29', 'holiday', 'Tết Nguyên Đán 2025', 'Lunar New Year 2025'],
  ['2025-01-30', 'holiday', 'Tết Nguyên Đán 2025', 'Lunar New Year 2025'],
  ['2025-01-31', 'holiday', 'Tết Nguyên Đán 2025', 'Lunar New Year 2025'],
  ['2025-02-01', 'holiday', 'Tết Nguyên Đán 2025', 'Lunar New Year 2025'],
  ['2025-02-08', 'makeup_workday', 'Làm bù ngày 27/01/2025', 'Make-up for 27 Jan 2025'],
  ['2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'],
  ['2025-04-26', 'makeup_workday', 'Làm bù ngày 02/05/2025', 'Make-up for 2 May 2025'],
  ['2025-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2025-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day'],
  ['2025-05-02', 'compensatory', 'Nghỉ hoán đổi dịp 30/4 – 1/5', 'Day off swapped around 30 April – 1 May'],
  ['2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'],
  ['2025-09-02', 'holiday', 'Quốc khánh', 'National Day'],
  ['2026-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day"],
  ['2026-02-16', 'holiday', 'Tết Nguyên Đán 2026', 'Lunar New Year 2026'],
  ['2026-02-17', 'holiday', 'Tết Nguyên Đán 2026', 'Lunar New Year 2026'],
  ['2026-02-18', 'holiday', 'Tết Nguyên Đán 2026', 'Lunar New Year 2026'],
  ['2026-02-19', 'holiday', 'Tết Nguyên Đán 2026', 'Lunar New Year 2026'],
  ['2026-02-20', 'holiday', 'Tết Nguyên Đán 2026', 'Lunar New Year 2026'],
  ['2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'],
  [
    '2026-04-27',
    'compensatory',
    'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)',
    'Compensatory day off for Hung Kings Day (a Sunday)',
  ],
  ['2026-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2026-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day'],
  ['2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'],
  ['2026-09-02', 'holiday', 'Quốc khánh', 'National Day'],
  ['2027-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day"],
  ['2027-02-05', 'holiday', 'Tết Nguyên Đán 2027', 'Lunar New Year 2027'],
  ['2027-02-06', 'holiday', 'Tết Nguyên Đán 2027', 'Lunar New Year 2027'],
  ['2027-02-07', 'holiday', 'Tết Nguyên Đán 2027', 'Lunar New Year 2027'],
  ['2027-02-08', 'holiday', 'Tết Nguyên Đán 2027', 'Lunar New Year 2027'],
  ['2027-02-09', 'holiday', 'Tết Nguyên Đán 2027', 'Lunar New Year 2027'],
  [
    '2027-02-10',
    'compensatory',
    'Nghỉ bù Tết Nguyên Đán (trùng cuối tuần)',
    'Compensatory day off for Lunar New Year (weekend)',
  ],
  [
    '2027-02-11',
    'compensatory',
    'Nghỉ bù Tết Nguyên Đán (trùng cuối tuần)',
    'Compensatory day off for Lunar New Year (weekend)',
  ],
  ['2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'],
  ['2027-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'],
  ['2027-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day'],
  [
    '2027-05-03',
    'compensatory',
    'Nghỉ bù Quốc tế Lao động (trùng thứ Bảy)',
    'Compensatory day off for Labour Day (a Saturday)',
  ],
  ['2027-09-02', 'holiday', 'Quốc khánh', 'National Day'],
  ['2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table working_calendar_days (
      date date primary key,
      kind text not null check (kind in ('holiday', 'compensatory', 'makeup_workday')),
      name_vi text not null check (length(name_vi) > 0),
      name_en text not null check (length(name_en) > 0),
      note text,
      updated_by text not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await db
    .insertInto('working_calendar_days')
    .values(
      SEED.map(([date, kind, nameVi, nameEn]) => ({
        date,
        kind,
        name_vi: nameVi,
        name_en: nameEn,
        note: VERIFY,
        updated_by: 'seed',
      })),
    )
    .execute();

  await sql`
    create table quota_usage (
      bucket_key text primary key,
      quota_limit integer not null check (quota_limit >= 0),
      used integer not null default 0 check (used >= 0),
      updated_at timestamptz not null default now(),
      constraint quota_usage_within_limit check (used <= quota_limit)
    )`.execute(db);
  await sql`
    create table quota_reservations (
      nomination_id text not null,
      bucket_key text not null references quota_usage (bucket_key),
      reserved_at timestamptz not null default now(),
      primary key (nomination_id, bucket_key)
    )`.execute(db);
  await sql`create index quota_reservations_bucket_idx on quota_reservations (bucket_key)`.execute(db);
  await sql`
    create table quota_overrides (
      campaign_id uuid not null references campaigns (id),
      bucket_key text not null,
      quota_limit integer not null check (quota_limit >= 0),
      reason text not null check (length(reason) > 0),
      changed_by text not null,
      changed_at timestamptz not null default now(),
      primary key (campaign_id, bucket_key)
    )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['quota_overrides', 'quota_reservations', 'quota_usage', 'working_calendar_days']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
