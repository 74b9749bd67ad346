import { sql, type Kysely } from 'kysely';
import { WorkingCalendar, type WorkingCalendarData } from '@vinhdanh/domain';
import type { Database } from '../database';
import type { CalendarDayKind } from '../tables/working-days.table';

/** Vietnam: a working day ends at 17:00, UTC+7 with no daylight saving. */
const WORKDAY_ENDS_AT = '17:00';
const UTC_OFFSET_MINUTES = 7 * 60;

/** A calendar row as the application reads and writes it. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  nameVi: string;
  nameEn: string;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

/** What an administrator sets for a date (upsert). */
export interface CalendarDayInput {
  date: string;
  kind: CalendarDayKind;
  nameVi: string;
  nameEn: string;
  note?: string | null;
  updatedBy: string;
}

/** Calendar rows in date order, optionally within `[from, to]` (`YYYY-MM-DD`). */
export async function listCalendarDays(
  db: Kysely<Database>,
  range: { from?: string; to?: string } = {},
): Promise<CalendarDay[]> {
  let q = db
    .selectFrom('working_calendar_days')
    .select([sql<string>`date::text`.as('date'), 'kind', 'name_vi', 'name_en', 'note', 'updated_by', 'updated_at'])
    .orderBy('date');
  if (range.from) q = q.where('date', '>=', range.from);
  if (range.to) q = q.where('date', '<=', range.to);
  return (await q.execute()).map((r) => ({
    date: r.date,
    kind: r.kind,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    note: r.note,
    updatedBy: r.updated_by,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** The calendar table as the domain's calendar data (days off, make-up working days, 17:00, UTC+7). */
export async function loadWorkingCalendarData(db: Kysely<Database>): Promise<WorkingCalendarData> {
  const days = await listCalendarDays(db);
  const base = (d: CalendarDay) => ({
    date: d.date,
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    ...(d.note ? { note: d.note } : {}),
  });
  return {
    daysOff: days
      .filter((d) => d.kind !== 'makeup_workday')
      .map((d) => ({ ...base(d), kind: d.kind as 'holiday' | 'compensatory' })),
    makeUpWorkingDays: days.filter((d) => d.kind === 'makeup_workday').map(base),
    workdayEndsAt: WORKDAY_ENDS_AT,
    utcOffsetMinutes: UTC_OFFSET_MINUTES,
  };
}

/** The working calendar built from the table: what due dates are computed with. */
export async function loadWorkingCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  return new WorkingCalendar(await loadWorkingCalendarData(db));
}

/** Sets what a date is (insert or replace), stamped with who changed it and when. */
export async function upsertCalendarDay(db: Kysely<Database>, day: CalendarDayInput): Promise<CalendarDay> {
  const values = {
    date: day.date,
    kind: day.kind,
    name_vi: day.nameVi,
    name_en: day.nameEn,
    note: day.note ?? null,
    updated_by: day.updatedBy,
    updated_at: sql<Date>`now()` as unknown as Date,
  };
  const { date: _date, ...change } = values;
  await db
    .insertInto('working_calendar_days')
    .values(values)
    .onConflict((oc) => oc.column('date').doUpdateSet(change))
    .execute();
  const [row] = await listCalendarDays(db, { from: day.date, to: day.date });
  if (!row) throw new Error(`calendar day ${day.date} vanished after its upsert`);
  return row;
}

/** Makes a date an ordinary day again; true when a row was removed. */
export async function deleteCalendarDay(db: Kysely<Database>, date: string): Promise<boolean> {
  const result = await db.deleteFrom('working_calendar_days').where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
