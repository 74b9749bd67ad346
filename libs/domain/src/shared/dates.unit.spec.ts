import { IsoDate, IsoDateTime, isWithinPeriod, periodsOverlap, vietnamDateOf } from './dates';

describe('dates', () => {
  it('given an instant late in the UTC evening, then the Vietnamese date is already the next day', () => {
    expect(vietnamDateOf('2025-06-30T16:59:59Z')).toBe('2025-06-30');
    expect(vietnamDateOf('2025-06-30T17:00:00Z')).toBe('2025-07-01');
    expect(vietnamDateOf('2025-07-01T06:00:00+07:00')).toBe('2025-07-01');
  });

  it('refuses a string that is not an instant', () => {
    expect(() => vietnamDateOf('yesterday')).toThrow(RangeError);
  });

  it('treats periods as half-open', () => {
    expect(isWithinPeriod('2025-07-01', '2015-01-01', '2025-07-01')).toBe(false);
    expect(isWithinPeriod('2025-06-30', '2015-01-01', '2025-07-01')).toBe(true);
    expect(isWithinPeriod('2099-01-01', '2015-01-01', null)).toBe(true);
    expect(
      periodsOverlap({ validFrom: '2020-01-01', validTo: '2025-07-01' }, { validFrom: '2025-07-01', validTo: null }),
    ).toBe(false);
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: null }, { validFrom: '2025-07-01', validTo: null })).toBe(
      true,
    );
  });

  it('validates dates and instants with a message that shows the expected form', () => {
    expect(IsoDate.safeParse('2025-02-30').success).toBe(false);
    expect(IsoDate.safeParse('01/07/2025').error?.issues[0]?.message).toContain('YYYY-MM-DD');
    expect(IsoDateTime.safeParse('2026-03-02T08:00:00Z').success).toBe(true);
    expect(IsoDateTime.safeParse('2026-03-02T08:00:00+07:00').success).toBe(true);
    expect(IsoDateTime.safeParse('2026-03-02').success).toBe(false);
  });
});
