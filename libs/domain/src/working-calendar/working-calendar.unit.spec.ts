import { CalendarError } from '../calendar/calendar.errors';
import { foldEvents } from '../shared/aggregate';
import { weekdayOf, workingCalendarAggregate as calendar } from './working-calendar.decider';
import { WorkingCalendarEvent } from './working-calendar.events';

const now = '2026-06-15T03:00:00Z';
const set = (date: string, kind: 'holiday' | 'compensatory' | 'makeup_workday') => ({
  type: 'SetCalendarDay' as const,
  now,
  date,
  kind,
  nameVi: 'Ngày',
  nameEn: 'Day',
  note: null,
});
const refusal = (f: () => unknown): CalendarError => {
  try {
    f();
  } catch (err) {
    if (err instanceof CalendarError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

// Make-up working days and days off are administrators' data (domain.md "Deadlines"); source for the holiday list
// not found in domain-sources (the seed says "verify against the official notice").
describe('working calendar aggregate', () => {
  it('knows the weekday of a date', () => {
    expect(['2026-06-17', '2026-06-20', '2026-06-21'].map(weekdayOf)).toEqual([3, 6, 0]);
  });

  it('keeps make-up working days on weekends and compensatory days off on weekdays', () => {
    const weekday = refusal(() => calendar.decide(set('2026-06-17', 'makeup_workday'), calendar.initialState));
    expect([weekday.code, weekday.messageVi]).toEqual([
      'CALENDAR.INVALID_DAY',
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 2026-06-17 là thứ Tư.',
    ]);
    expect(refusal(() => calendar.decide(set('2026-06-21', 'compensatory'), calendar.initialState)).messageEn).toBe(
      'A compensatory day off must be a weekday; 2026-06-21 is a Sunday.',
    );
    expect(calendar.decide(set('2026-06-17', 'holiday'), calendar.initialState)).toHaveLength(1);
  });

  it('sets, replaces and clears a date; clearing an unlisted date is refused', () => {
    const recorded = {
      type: 'WorkingCalendarRecorded' as const,
      data: {
        year: 2026,
        days: [
          { date: '2026-09-02', kind: 'holiday' as const, nameVi: 'Quốc khánh', nameEn: 'National Day', note: null },
        ],
      },
    };
    let state = foldEvents(calendar, [recorded]);
    const replaced = calendar.decide(set('2026-09-02', 'compensatory'), state);
    expect(replaced[0]).toMatchObject({ type: 'WorkingCalendarDaySet', data: { previousKind: 'holiday' } });
    expect(replaced.map((e) => WorkingCalendarEvent.parse(e))).toEqual(replaced);
    state = foldEvents(calendar, [recorded, ...replaced]);
    const cleared = calendar.decide({ type: 'ClearCalendarDay', now, date: '2026-09-02' }, state);
    expect(cleared).toEqual([
      { type: 'WorkingCalendarDayCleared', data: { date: '2026-09-02', previousKind: 'compensatory' } },
    ]);
    state = foldEvents(calendar, [recorded, ...replaced, ...cleared]);
    expect(state.days).toEqual({});
    expect(refusal(() => calendar.decide({ type: 'ClearCalendarDay', now, date: '2026-09-02' }, state)).code).toBe(
      'CALENDAR.DAY_NOT_LISTED',
    );
  });
});
