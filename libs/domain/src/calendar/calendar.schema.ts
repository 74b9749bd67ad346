import { z } from 'zod';
import { IsoDate } from '../shared/dates';

/** A weekday that is not worked: a public holiday, or a compensatory day off for one that fell on a weekend. */
export const DayOff = z.object({
  date: IsoDate,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(['holiday', 'compensatory'], { error: 'kind must be "holiday" or "compensatory"' }),
  /** Where the seed is unconfirmed: "verify against the official notice". */
  note: z.string().optional(),
});
/** A day that is not worked. */
export type DayOff = z.infer<typeof DayOff>;

/** A Saturday or Sunday that is worked, to make up for a day off swapped around a holiday. */
export const MakeUpWorkingDay = z.object({
  date: IsoDate,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  note: z.string().optional(),
});
/** A weekend day that is worked. */
export type MakeUpWorkingDay = z.infer<typeof MakeUpWorkingDay>;

/**
 * The data of a working calendar: days off and make-up working days (kept in a table that
 * administrators edit), the time a working day ends and the calendar's UTC offset.
 */
export const WorkingCalendarData = z
  .object({
    daysOff: z.array(DayOff),
    makeUpWorkingDays: z.array(MakeUpWorkingDay),
    /** Local end of a working day, `HH:MM`; a task is due at this time on its last day. */
    workdayEndsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'workdayEndsAt must be HH:MM' }),
    /** Minutes east of UTC; Vietnam is +420 (UTC+7, no daylight saving). */
    utcOffsetMinutes: z.number().int().min(-720).max(840),
  })
  .superRefine((data, ctx) => {
    const off = new Set<string>();
    data.daysOff.forEach((d, i) => {
      if (off.has(d.date))
        ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'date'], message: `${d.date} is listed twice` });
      off.add(d.date);
    });
    data.makeUpWorkingDays.forEach((d, i) => {
      if (off.has(d.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkingDays', i, 'date'],
          message: `${d.date} is also a day off`,
        });
      }
    });
  });
/** The data of a working calendar. */
export type WorkingCalendarData = z.infer<typeof WorkingCalendarData>;
