/**
 * Puts names where a sentence for people still carries codes: award codes, attachment kinds,
 * role codes, event types and status codes become their Vietnamese names, known unit, campaign
 * and user ids become the name of what they identify, and ISO instants and dates become Vietnam
 * time (dd/mm/yyyy HH:mm, dd/mm/yyyy). Only the human text changes; `code` and the structured
 * extension members of a problem stay as they are for clients.
 */

/** Names to put in place of codes and ids. */
export interface NameBook {
  /** Award codes, attachment kinds, event types, status codes, role codes → Vietnamese name. */
  readonly codes: ReadonlyMap<string, string>;
  /** Unit, campaign and user ids → name. */
  readonly ids: ReadonlyMap<string, string>;
}

const VIETNAM = 'Asia/Ho_Chi_Minh';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-10-31T10:00:00.000Z` → `31/10/2026 17:00` (Vietnam time). */
export function vietnamDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    DATE_TIME.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** `2026-10-31` → `31/10/2026` (a calendar date has no time zone). */
export function vietnamDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** ISO instants: a date, `T`, a time and a zone (`Z` or an offset). */
export const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})/g;
/** ISO calendar dates not followed by a time. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b(?!T\d)/g;
/** A uuid, optionally behind a stream-id prefix (`campaign:`), or a slug id (`ldld-dan-phuong`). */
const ID_TOKEN =
  /(?:\b[a-z][a-z-]*:)?(\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b)/g;
/** Code-shaped words: `BK_CD`, `GK`, `TO_TRINH`, `unit_admin`, `NominationReturned`, `FORWARDED`, `chair`. */
const CODE_TOKEN = /\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[a-z]+(?:_[a-z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)+)\b/g;

/** Ids (uuids and slugs) a text mentions, for looking their names up. */
export function idCandidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ID_TOKEN)) if (m[1] && !/^\d{4}-\d{2}-\d{2}$/.test(m[1])) out.add(m[1]);
  return [...out];
}

/**
 * The text with names in place of known codes and ids, and Vietnam time in place of ISO stamps.
 * A quoted id loses its quotes with its id (`đơn vị "ldld-dan-phuong"` → `đơn vị Liên đoàn …`),
 * and a stream prefix goes with it (`campaign:<uuid>` → the campaign's name).
 */
export function humaniseText(text: string, book: NameBook): string {
  let out = text.replace(ISO_INSTANT, (iso) => vietnamDateTime(iso)).replace(ISO_DATE, (d) => vietnamDate(d));
  out = out.replace(
    /(["']?)((?:\b[a-z][a-z-]*:)?)(\b[0-9a-f-]{36}\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b)\1/g,
    (whole, _q, _p, id: string) => {
      const name = book.ids.get(id);
      return name ?? whole;
    },
  );
  return out.replace(/(["']?)(\b[A-Za-z][A-Za-z0-9_]*\b)\1/g, (whole, _q, token: string) => {
    const name = book.codes.get(token);
    return name ?? whole;
  });
}

/**
 * What in a text for people is still a code, an id or a machine stamp: ISO instants, uuids,
 * the book's codes and ids. Empty when the text is clean. Tests walk refusals with it.
 */
export function leaks(text: string, book: NameBook): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ISO_INSTANT)) found.add(m[0]);
  for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g)) found.add(m[0]);
  for (const m of text.matchAll(ID_TOKEN)) if (m[1] && book.ids.has(m[1])) found.add(m[1]);
  for (const m of text.matchAll(CODE_TOKEN)) if (book.codes.has(m[0])) found.add(m[0]);
  return [...found];
}
