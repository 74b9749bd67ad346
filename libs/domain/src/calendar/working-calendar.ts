import type { IsoDate, IsoDateTime } from '../shared/dates';
import { WorkingCalendarData, type DayOff } from './calendar.schema';
import { CalendarError } from './calendar.errors';

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtcMidnight(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms))
    throw new CalendarError('CALENDAR.INVALID_DATE', `Ngày không hợp lệ: ${date}.`, `Not a date: ${date}.`, { date });
  return ms;
}
const fromUtcMidnight = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/**
 * Working days in Vietnam's sense: Monday to Friday, minus public holidays and compensatory days
 * off, plus make-up Saturdays. Built from data (the calendar table), so moving a holiday is a data
 * change; pure, so the workflow's activities and the API compute the same due dates.
 */
export class WorkingCalendar {
  private readonly daysOff: ReadonlyMap<IsoDate, DayOff>;
  private readonly makeUp: ReadonlySet<IsoDate>;
  private readonly endMinutes: number;
  private readonly offsetMinutes: number;

  constructor(data: WorkingCalendarData) {
    const parsed = WorkingCalendarData.safeParse(data);
    if (!parsed.success) {
      const list = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new CalendarError(
        'CALENDAR.INVALID',
        `Lịch làm việc không hợp lệ — ${list}`,
        `Invalid working calendar — ${list}`,
        {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      );
    }
    this.daysOff = new Map(parsed.data.daysOff.map((d) => [d.date, d]));
    this.makeUp = new Set(parsed.data.makeUpWorkingDays.map((d) => d.date));
    const [h, m] = parsed.data.workdayEndsAt.split(':').map(Number);
    this.endMinutes = (h ?? 0) * 60 + (m ?? 0);
    this.offsetMinutes = parsed.data.utcOffsetMinutes;
  }

  /** The day off on a date, if the date is one. */
  dayOff(date: IsoDate): DayOff | undefined {
    return this.daysOff.get(date);
  }

  /** True when people work on `date`. */
  isWorkingDay(date: IsoDate): boolean {
    if (this.makeUp.has(date)) return true;
    if (this.daysOff.has(date)) return false;
    const weekday = new Date(toUtcMidnight(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The `n`-th working day after `date` (n ≥ 1); for n = 0, `date` itself if it is worked, else the next working day. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) {
      throw new CalendarError(
        'CALENDAR.INVALID_DAYS',
        `Số ngày làm việc phải là số nguyên không âm, nhận ${n}.`,
        `Working days must be a whole number ≥ 0, got ${n}.`,
        { n },
      );
    }
    let day = date;
    if (n === 0) {
      while (!this.isWorkingDay(day)) day = addCalendarDays(day, 1);
      return day;
    }
    let left = n;
    // A year holds ~250 working days; a bound keeps a calendar with no working day from looping forever.
    for (let guard = 0; guard < n * 7 + 400; guard++) {
      day = addCalendarDays(day, 1);
      if (this.isWorkingDay(day) && --left === 0) return day;
    }
    throw new CalendarError(
      'CALENDAR.NO_WORKING_DAYS',
      `Không tìm thấy đủ ${n} ngày làm việc sau ${date}.`,
      `Could not find ${n} working days after ${date}.`,
      { date, n },
    );
  }

  /** The calendar date, in this calendar's time zone, of an instant. */
  localDateOf(instant: IsoDateTime): IsoDate {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms))
      throw new CalendarError(
        'CALENDAR.INVALID_DATE',
        `Thời điểm không hợp lệ: ${instant}.`,
        `Not an instant: ${instant}.`,
        { instant },
      );
    return fromUtcMidnight(Math.floor((ms + this.offsetMinutes * 60_000) / DAY_MS) * DAY_MS);
  }

  /** The instant a working day ends (17:00 in Vietnam), as a UTC ISO string. */
  endOfDay(date: IsoDate): IsoDateTime {
    return new Date(toUtcMidnight(date) + (this.endMinutes - this.offsetMinutes) * 60_000).toISOString();
  }

  /**
   * When a task opened at `openedAt` is due: the end of the `workingDays`-th working day after
   * the day it opened, or the end of the level's campaign cut-off date when that is earlier.
   */
  dueAt(openedAt: IsoDateTime, workingDays: number, cutOffDate?: IsoDate): IsoDateTime {
    const limit = this.endOfDay(this.addWorkingDays(this.localDateOf(openedAt), workingDays));
    if (cutOffDate === undefined) return limit;
    const cutOff = this.endOfDay(cutOffDate);
    return Date.parse(cutOff) < Date.parse(limit) ? cutOff : limit;
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1))
      if (this.isWorkingDay(day)) count++;
    return count;
  }
}
