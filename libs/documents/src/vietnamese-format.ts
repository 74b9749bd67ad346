/** Dates, places and amounts as Vietnamese administrative documents write them (NĐ 30/2020). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): { y: string; m: string; d: string } {
  const match = DATE.exec(isoDate);
  if (!match) throw new Error(`Ngày không hợp lệ: ${isoDate}`);
  const [, y = '', m = '', d = ''] = match;
  return { y, m, d };
}

/** 2026-12-07 → 07/12/2026. */
export function ddmmyyyy(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  return `${d}/${m}/${y}`;
}

/**
 * "Cao Bằng, ngày 07 tháng 12 năm 2026": NĐ 30/2020 Phụ lục I writes days below 10 and months
 * below 3 with a leading zero; other months without.
 */
export function placeAndDate(place: string, isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  const month = Number(m) < 3 ? m : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

const VND = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1490000 → "1.490.000". */
export function amount(value: number): string {
  return VND.format(value);
}

/** "15 cá nhân và 2 tập thể" (leaves out a zero count). */
export function nomineeCount(persons: number, collectives: number): string {
  const text = [persons ? `${persons} cá nhân` : '', collectives ? `${collectives} tập thể` : ''].filter(Boolean);
  return text.length ? text.join(' và ') : '0 cá nhân';
}
