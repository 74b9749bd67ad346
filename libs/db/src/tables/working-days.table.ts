import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** What a calendar row says about its date: a day off, or a weekend day that is worked. */
export type CalendarDayKind = 'holiday' | 'compensatory' | 'makeup_workday';

/** A date that differs from "Monday to Friday is worked", edited by administrators. */
export interface WorkingCalendarDaysTable {
  /** `YYYY-MM-DD`; select as `date::text` (node-pg turns `date` into a local Date). */
  date: ColumnType<string, string, string>;
  kind: CalendarDayKind;
  name_vi: string;
  name_en: string;
  note: string | null;
  updated_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A calendar row as read. */
export type WorkingCalendarDayRow = Selectable<WorkingCalendarDaysTable>;
/** A calendar row to insert. */
export type NewWorkingCalendarDayRow = Insertable<WorkingCalendarDaysTable>;
/** A calendar row update. */
export type WorkingCalendarDayUpdate = Updateable<WorkingCalendarDaysTable>;
