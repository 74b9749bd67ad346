/** Vietnamese first, English as a switch (remembered in localStorage). Dates dd/mm/yyyy, money in VND. */
import { MESSAGES } from './messages.js';

const STORAGE_KEY = 'vinhdanh.lang';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
let lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
document.documentElement.lang = lang;

/** The current language: 'vi' or 'en'. */
export function currentLang() {
  return lang;
}

/** Switches language and remembers it. */
export function setLang(next) {
  lang = next === 'en' ? 'en' : 'vi';
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const entry = MESSAGES[key];
  const text = entry ? (entry[lang] ?? entry.vi) : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`).toString());
}

/** Picks the language's side of a `{ vi, en }` label (as the API sends statuses). */
export function pick(label) {
  if (!label) return '';
  return label[lang] ?? label.vi ?? '';
}

/** Picks the Vietnamese or English text of an API problem (`detail` / `detail_en`, `message` / `message_en`). */
export function pickProblem(vi, en) {
  return lang === 'en' && en ? en : vi;
}

// en-GB also writes dd/mm/yyyy, which is what Vietnamese offices expect in either language.
const dateFmt = () =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  });
const timeFmt = () =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE });

/** dd/mm/yyyy in Vietnam time ('' for nothing). Plain `yyyy-mm-dd` dates are not shifted. */
export function formatDate(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return dateFmt().format(new Date(value));
}

/** dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value) {
  if (!value) return '';
  const date = new Date(value);
  return `${dateFmt().format(date)} ${timeFmt().format(date)}`;
}

const moneyFmt = new Intl.NumberFormat('vi-VN');
/** Money in VND with Vietnamese thousands separators: 80.000.000 ₫. */
export function formatVnd(amount) {
  return `${moneyFmt.format(amount)} ₫`;
}

/** A whole number with Vietnamese thousands separators. */
export function formatNumber(n) {
  return moneyFmt.format(n);
}

/** File sizes as offices read them: 245 KB, 1,2 MB. */
export function formatBytes(bytes) {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${nf.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes / (1024 * 1024))} MB`;
}
