import { z } from 'zod';
import { IsoDate } from '../shared/dates';

/** What a listed date is: a public holiday, a compensatory day off, or a make-up working day. */
export const CalendarDayKind = z.enum(['holiday', 'compensatory', 'makeup_workday'], {
  error: 'kind must be "holiday", "compensatory" or "makeup_workday"',
});
/** What a listed date is. */
export type CalendarDayKind = z.infer<typeof CalendarDayKind>;

/** One date that differs from "Monday to Friday is worked". */
export const CalendarDayEntry = z.object({
  date: IsoDate,
  kind: CalendarDayKind,
  nameVi: z.string(),
  nameEn: z.string(),
  note: z.string().nullable(),
});
/** One date that differs from "Monday to Friday is worked". */
export type CalendarDayEntry = z.infer<typeof CalendarDayEntry>;

/** A system administrator set what a date is (new or replacing what it was). */
export const WorkingCalendarDaySet = z.object({
  type: z.literal('WorkingCalendarDaySet'),
  data: CalendarDayEntry.extend({ previousKind: CalendarDayKind.nullable() }),
});
/** A system administrator made a date an ordinary day again. */
export const WorkingCalendarDayCleared = z.object({
  type: z.literal('WorkingCalendarDayCleared'),
  data: z.object({ date: IsoDate, previousKind: CalendarDayKind }),
});
/** The year's listed dates as they stood before the calendar was recorded as events (seeded data). */
export const WorkingCalendarRecorded = z.object({
  type: z.literal('WorkingCalendarRecorded'),
  data: z.object({ year: z.number().int(), days: z.array(CalendarDayEntry) }),
});

/** Every event of a working-calendar year stream. */
export const WorkingCalendarEvent = z.discriminatedUnion('type', [
  WorkingCalendarDaySet,
  WorkingCalendarDayCleared,
  WorkingCalendarRecorded,
]);
/** Every event of a working-calendar year stream. */
export type WorkingCalendarEvent = z.infer<typeof WorkingCalendarEvent>;
