import type { DayOff, MakeUpWorkingDay, WorkingCalendarData } from './calendar.schema';

// Seeded from Labour Code Art. 112 and the government's yearly notices as recalled at seeding time;
// each year's swaps (hoán đổi) are announced late, so administrators confirm them in the table.
const VERIFY = 'verify against the official notice';

const off = (date: string, nameVi: string, nameEn: string, kind: DayOff['kind'] = 'holiday'): DayOff => ({
  date,
  nameVi,
  nameEn,
  kind,
  note: VERIFY,
});
const tet = (dates: string[], year: number): DayOff[] =>
  dates.map((d) => off(d, `Tết Nguyên Đán ${year}`, `Lunar New Year ${year}`));
const swapped = (date: string, nameVi: string, nameEn: string): DayOff => off(date, nameVi, nameEn, 'compensatory');

const daysOff: DayOff[] = [
  // 2025
  off('2025-01-01', 'Tết Dương lịch', "New Year's Day"),
  swapped('2025-01-27', 'Nghỉ hoán đổi dịp Tết Nguyên Đán', 'Day off swapped around Lunar New Year'),
  ...tet(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01'], 2025),
  off('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'),
  off('2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
  off('2025-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
  swapped('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 – 1/5', 'Day off swapped around 30 April – 1 May'),
  off('2025-09-01', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
  off('2025-09-02', 'Quốc khánh', 'National Day'),
  // 2026
  off('2026-01-01', 'Tết Dương lịch', "New Year's Day"),
  ...tet(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], 2026),
  off('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'),
  swapped(
    '2026-04-27',
    'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)',
    'Compensatory day off for Hung Kings Day (a Sunday)',
  ),
  off('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
  off('2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
  off('2026-09-01', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
  off('2026-09-02', 'Quốc khánh', 'National Day'),
  // 2027
  off('2027-01-01', 'Tết Dương lịch', "New Year's Day"),
  ...tet(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'], 2027),
  swapped(
    '2027-02-10',
    'Nghỉ bù Tết Nguyên Đán (trùng cuối tuần)',
    'Compensatory day off for Lunar New Year (weekend)',
  ),
  swapped(
    '2027-02-11',
    'Nghỉ bù Tết Nguyên Đán (trùng cuối tuần)',
    'Compensatory day off for Lunar New Year (weekend)',
  ),
  off('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'),
  off('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
  off('2027-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
  swapped('2027-05-03', 'Nghỉ bù Quốc tế Lao động (trùng thứ Bảy)', 'Compensatory day off for Labour Day (a Saturday)'),
  off('2027-09-02', 'Quốc khánh', 'National Day'),
  off('2027-09-03', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
];

const makeUpWorkingDays: MakeUpWorkingDay[] = [
  { date: '2025-02-08', nameVi: 'Làm bù ngày 27/01/2025', nameEn: 'Make-up for 27 Jan 2025', note: VERIFY },
  { date: '2025-04-26', nameVi: 'Làm bù ngày 02/05/2025', nameEn: 'Make-up for 2 May 2025', note: VERIFY },
];

/**
 * Seed of the working-day calendar for 2025–2027: Tết Dương lịch, Tết Nguyên Đán, Giỗ Tổ Hùng
 * Vương, 30/4, 1/5 and Quốc khánh with its adjacent day, plus known swaps. Every row is marked
 * "verify against the official notice"; administrators edit the table, not this file.
 */
export const vietnamHolidays2025to2027: WorkingCalendarData = {
  daysOff,
  makeUpWorkingDays,
  workdayEndsAt: '17:00',
  utcOffsetMinutes: 7 * 60,
};
