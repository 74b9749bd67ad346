import { daysBetween, formatDate, formatDateTime, formatNumber } from './format';

describe('dates and numbers as people in Vietnam read them', () => {
  it('shows an instant as dd/mm/yyyy in Vietnam time, whatever the machine’s zone', () => {
    // 17:30 UTC on 31 October is already 1 November in Hà Nội.
    expect(formatDate('2026-10-31T17:30:00.000Z')).toBe('01/11/2026');
    expect(formatDateTime('2026-10-31T17:30:00.000Z')).toBe('01/11/2026 00:30');
    expect(formatDateTime('2026-10-31T10:00:00.000Z')).toBe('31/10/2026 17:00');
  });

  it('shows a calendar day as that day, and nothing as a dash', () => {
    expect(formatDate('2026-02-09')).toBe('09/02/2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('groups digits the Vietnamese way and counts whole days', () => {
    expect(formatNumber(85000000)).toBe('85.000.000');
    expect(daysBetween('2026-10-01T00:00:00Z', '2026-10-28T12:00:00Z')).toBe(27);
  });
});
