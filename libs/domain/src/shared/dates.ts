import { z } from 'zod';

/** A calendar date `YYYY-MM-DD`; org links and rule sets are effective-dated with these. */
export const IsoDate = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant as an ISO-8601 string with an offset; `Date` objects do not survive Temporal's JSON payloads. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 date-time, e.g. 2026-03-02T08:30:00Z',
});
/** An instant as an ISO-8601 string. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

// Vietnam has used UTC+7 without daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam (UTC+7) of an instant: a command's `now` of 2025-06-30T18:00:00Z is
 * already 2025-07-01 in Hà Nội, which matters for effective-dated org links and rule sets.
 */
export function vietnamDateOf(instant: IsoDateTime): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO-8601 instant: ${instant}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when `date` lies in the half-open period [from, to); `to` null means open-ended. */
export function isWithinPeriod(date: IsoDate, from: IsoDate, to: IsoDate | null | undefined): boolean {
  // YYYY-MM-DD strings order lexicographically exactly as the dates do.
  return from <= date && (to == null || date < to);
}

/** True when two half-open periods [from, to) share at least one day. */
export function periodsOverlap(
  a: { validFrom: IsoDate; validTo: IsoDate | null },
  b: { validFrom: IsoDate; validTo: IsoDate | null },
): boolean {
  const aEndsAfterBStarts = a.validTo === null || a.validTo > b.validFrom;
  const bEndsAfterAStarts = b.validTo === null || b.validTo > a.validFrom;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}
