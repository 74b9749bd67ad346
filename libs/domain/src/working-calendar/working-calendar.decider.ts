import { CalendarError } from '../calendar/calendar.errors';
import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { WorkingCalendarEvent, type CalendarDayEntry, type CalendarDayKind } from './working-calendar.events';

/** Set what a date is. */
export interface SetCalendarDay extends TimedCommand {
  type: 'SetCalendarDay';
  date: string;
  kind: CalendarDayKind;
  nameVi: string;
  nameEn: string;
  note: string | null;
}

/** Make a date an ordinary day again. */
export interface ClearCalendarDay extends TimedCommand {
  type: 'ClearCalendarDay';
  date: string;
}

/** Every command of the working calendar. */
export type WorkingCalendarCommand = SetCalendarDay | ClearCalendarDay;

/** The listed dates of one year, by date. */
export interface WorkingCalendarState {
  days: Readonly<Record<string, CalendarDayEntry>>;
}

const WEEKDAYS_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 0 = Sunday … 6 = Saturday of a `YYYY-MM-DD` date (a calendar date has no time zone). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  // Date.UTC is arithmetic on the given fields: no clock, no time zone.
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/**
 * The weekend rule: a make-up working day replaces a weekend day, a compensatory day off replaces a
 * weekday (a holiday may fall on either).
 */
function checkWeekday(date: string, kind: CalendarDayKind): void {
  const weekday = weekdayOf(date);
  const weekend = weekday === 0 || weekday === 6;
  if (kind === 'makeup_workday' && !weekend) {
    throw new CalendarError(
      'CALENDAR.INVALID_DAY',
      `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${date} là ${WEEKDAYS_VI[weekday]}.`,
      `A make-up working day must be a Saturday or Sunday; ${date} is a ${WEEKDAYS_EN[weekday]}.`,
      { date, kind, field: 'kind' },
    );
  }
  if (kind === 'compensatory' && weekend) {
    throw new CalendarError(
      'CALENDAR.INVALID_DAY',
      `Ngày nghỉ bù phải là ngày làm việc trong tuần; ${date} là ${WEEKDAYS_VI[weekday]}.`,
      `A compensatory day off must be a weekday; ${date} is a ${WEEKDAYS_EN[weekday]}.`,
      { date, kind, field: 'kind' },
    );
  }
}

/** Decides a calendar command against the year's listed dates. */
export function decideWorkingCalendar(
  command: WorkingCalendarCommand,
  state: WorkingCalendarState,
): WorkingCalendarEvent[] {
  const current = state.days[command.date];
  if (command.type === 'ClearCalendarDay') {
    if (!current) {
      throw new CalendarError(
        'CALENDAR.DAY_NOT_LISTED',
        `Ngày ${command.date} không có trong lịch.`,
        `${command.date} is not listed in the calendar.`,
        { date: command.date },
      );
    }
    return [{ type: 'WorkingCalendarDayCleared', data: { date: command.date, previousKind: current.kind } }];
  }
  checkWeekday(command.date, command.kind);
  const entry: CalendarDayEntry = {
    date: command.date,
    kind: command.kind,
    nameVi: command.nameVi,
    nameEn: command.nameEn,
    note: command.note,
  };
  return [{ type: 'WorkingCalendarDaySet', data: { ...entry, previousKind: current?.kind ?? null } }];
}

/** Applies a calendar event. */
export function evolveWorkingCalendar(state: WorkingCalendarState, event: WorkingCalendarEvent): WorkingCalendarState {
  switch (event.type) {
    case 'WorkingCalendarRecorded':
      return { days: Object.fromEntries(event.data.days.map((d) => [d.date, d])) };
    case 'WorkingCalendarDaySet': {
      const { previousKind: _previous, ...entry } = event.data;
      return { days: { ...state.days, [entry.date]: entry } };
    }
    case 'WorkingCalendarDayCleared': {
      const { [event.data.date]: _gone, ...days } = state.days;
      return { days };
    }
  }
}

/** The working calendar of one year (stream `working-calendar-<yyyy>`). */
export const workingCalendarAggregate: Aggregate<WorkingCalendarState, WorkingCalendarCommand, WorkingCalendarEvent> = {
  label: { vi: 'lịch làm việc', en: 'working calendar' },
  initialState: { days: {} },
  decide: decideWorkingCalendar,
  evolve: evolveWorkingCalendar,
  eventSchema: WorkingCalendarEvent,
};
