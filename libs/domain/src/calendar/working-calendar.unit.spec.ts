import { WorkingCalendar } from './working-calendar';
import { vietnamHolidays2025to2027 } from './vietnam-holidays';
import type { WorkingCalendarData } from './calendar.schema';
import { type CalendarError } from './calendar.errors';

const calendar = new WorkingCalendar(vietnamHolidays2025to2027);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as CalendarError).code;
  }
  return undefined;
};

// Working days and public holidays: domain.md "Deadlines" (Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and its adjacent day);
// no [S…] source in domain-sources lists the holidays — the seed is marked "verify against the official notice".
// Processing limits in working days: [S23][S28]; a campaign's cut-off per level: [S30] (Bắc Ninh, before 10/12).
describe('WorkingCalendar [S23][S28][S30]', () => {
  it('given the seed, then weekends, Tết and holidays are not worked and a make-up Saturday is', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday before Tết
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false); // mùng 1 Tết Bính Ngọ
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false); // compensatory for Giỗ Tổ on a Sunday
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true); // make-up Saturday
    expect(calendar.dayOff('2027-02-06')).toEqual(
      expect.objectContaining({ kind: 'holiday', note: expect.stringContaining('verify') }),
    );
  });

  it('given a task opened the Thursday before Tết 2026, when 5 working days are allowed, then it is due at 17:00 on 26/02', () => {
    expect(calendar.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(calendar.dueAt('2026-02-12T02:00:00Z', 5)).toBe('2026-02-26T10:00:00.000Z');
  });

  it('given an opening after midnight in Hà Nội (still the evening before in UTC), then counting starts from the Vietnamese date', () => {
    expect(calendar.dueAt('2026-02-12T18:00:00Z', 5)).toBe('2026-02-27T10:00:00.000Z');
  });

  it('given a Friday, when one working day is allowed, then the task is due on Monday', () => {
    expect(calendar.dueAt('2026-03-06T03:00:00Z', 1)).toBe('2026-03-09T10:00:00.000Z');
  });

  it('given the default 10 working days over Giỗ Tổ and 30/4 – 1/5 of 2026, then seven days off are skipped', () => {
    expect(calendar.addWorkingDays('2026-04-22', 10)).toBe('2026-05-11');
  });

  it('given a make-up Saturday, then it counts as a working day', () => {
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
  });

  it('given the adjacent day of Quốc khánh is moved in the table, then the due date moves with the data', () => {
    expect(calendar.addWorkingDays('2026-08-31', 1)).toBe('2026-09-03');
    const moved: WorkingCalendarData = {
      ...vietnamHolidays2025to2027,
      daysOff: vietnamHolidays2025to2027.daysOff.map((d) =>
        d.date === '2026-09-01' ? { ...d, date: '2026-09-03' } : d,
      ),
    };
    expect(new WorkingCalendar(moved).addWorkingDays('2026-08-31', 1)).toBe('2026-09-01');
  });

  it('given a campaign cut-off earlier than the working-day limit, then the cut-off wins; a later one does not', () => {
    expect(calendar.dueAt('2026-11-16T02:00:00Z', 10)).toBe('2026-11-30T10:00:00.000Z');
    expect(calendar.dueAt('2026-11-16T02:00:00Z', 10, '2026-11-25')).toBe('2026-11-25T10:00:00.000Z');
    expect(calendar.dueAt('2026-11-16T02:00:00Z', 10, '2026-12-15')).toBe('2026-11-30T10:00:00.000Z');
  });

  it('counts working days between two dates and starts a zero-day count on the next working day', () => {
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
  });

  it('refuses bad data and bad arguments with a stable code', () => {
    const clash = {
      ...vietnamHolidays2025to2027,
      makeUpWorkingDays: [{ date: '2026-02-17', nameVi: 'x', nameEn: 'x' }],
    };
    expect(codeOf(() => new WorkingCalendar(clash))).toBe('CALENDAR.INVALID');
    expect(codeOf(() => calendar.addWorkingDays('2026-02-12', -1))).toBe('CALENDAR.INVALID_DAYS');
    expect(codeOf(() => calendar.dueAt('soon', 1))).toBe('CALENDAR.INVALID_DATE');
    const neverWorks = { ...vietnamHolidays2025to2027, daysOff: [] };
    const allOff = new WorkingCalendar({
      ...neverWorks,
      daysOff: Array.from({ length: 30 }, (_, i) => ({
        date: `2030-01-${String(i + 1).padStart(2, '0')}`,
        nameVi: 'x',
        nameEn: 'x',
        kind: 'holiday' as const,
      })),
    });
    expect(allOff.addWorkingDays('2029-12-31', 1)).toBe('2030-01-31');
  });
});
