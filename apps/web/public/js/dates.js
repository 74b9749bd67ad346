/** Vietnamese dates as typed (dd/mm/yyyy) and as the API sends them (yyyy-mm-dd), converted strictly. */
export const pad = (n) => String(n).padStart(2, '0');

/** `yyyy-mm-dd` for dd/mm/yyyy text; '' when empty; null when not a real calendar date. */
export function parseVietnameseDate(text) {
  const s = String(text ?? '').trim();
  if (s === '') return '';
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** dd/mm/yyyy for `yyyy-mm-dd` ('' for nothing). */
export function isoToVietnamese(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
