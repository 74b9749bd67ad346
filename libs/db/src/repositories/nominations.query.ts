import { sql } from 'kysely';
import { z } from 'zod';
import { NominationStatus } from '@vinhdanh/domain';

/** One refused query parameter, shaped like the API's problem+json field errors. */
export interface QueryFieldError {
  field: string;
  in: 'query';
  rule: string;
  message: string;
  message_en: string;
}

/**
 * A list or inbox query the read model refuses (bad limit, unknown status, malformed cursor …).
 * Its code maps to 400 in the API, and `fieldErrors` name each field and rule broken.
 */
export class NominationQueryError extends Error {
  readonly code = 'REQUEST.INVALID_QUERY';
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details: Readonly<Record<string, unknown>> = {};
  constructor(readonly fieldErrors: readonly QueryFieldError[]) {
    const en = fieldErrors.map((f) => `${f.field}: ${f.message_en}`).join('; ');
    super(`invalid query: ${en}`);
    this.name = 'NominationQueryError';
    this.messageVi = `Tham số truy vấn không hợp lệ: ${fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
    this.messageEn = `Invalid query: ${en}`;
  }
}

const id = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(128, { error: 'must be at most 128 characters' });
const limit = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(200, { error: 'must be at most 200' });
const search = z.string().max(200, { error: 'must be at most 200 characters' });
const cursor = z.string().max(512, { error: 'is not a cursor this API issued' });

/**
 * Filters of `listNominations`; every filter is optional and they combine with AND.
 * `touchingUnitIds` is an access scope (nominating, current or on the route); an empty scope sees nothing.
 */
export const ListNominationsQuery = z.object({
  nominatingUnitIds: z.array(id).min(1, { error: 'must name at least one unit' }).max(1000).optional(),
  touchingUnitIds: z.array(id).max(1000).optional(),
  campaignId: id.optional(),
  awardCode: id.optional(),
  status: z.union([NominationStatus, z.array(NominationStatus).min(1)]).optional(),
  search: search.optional(),
  limit,
  cursor: cursor.optional(),
});
/** Filters of `listNominations`. */
export type ListNominationsQuery = z.input<typeof ListNominationsQuery>;

/** Which open tasks an inbox holds: reviews at some units, revisions at others. An empty scope holds none. */
export const InboxScope = z.object({
  reviewUnitIds: z.array(id).max(1000),
  revisionUnitIds: z.array(id).max(1000),
});
/** Which open tasks an inbox holds. */
export type InboxScope = z.input<typeof InboxScope>;

const unitIds = z.array(id).min(1, { error: 'must name at least one unit' }).max(1000);
/** Where an inbox looks: `unitIds` (every kind of task there) or an access `scope`, exactly one of them. */
const inboxWhere = z.object({ unitIds: unitIds.optional(), scope: InboxScope.optional() });
const oneOfUnitsOrScope = (q: z.output<typeof inboxWhere>, ctx: z.RefinementCtx) => {
  if ((q.unitIds === undefined) === (q.scope === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['unitIds'], message: 'give either unitIds or scope' });
  }
};

/**
 * Filters of `listInbox`: where to look (units or scope), then optional narrowing that combines
 * with AND. A new filter is a field here plus one entry in the repository's `inboxFilters`.
 */
export const ListInboxQuery = inboxWhere
  .extend({
    kinds: z
      .array(z.enum(['review', 'revision'], { error: 'must be "review" or "revision"' }))
      .min(1)
      .optional(),
    awardCode: id.optional(),
    campaignId: id.optional(),
    /** Who holds the task: a user id, or 'unassigned'. */
    holder: id.optional(),
    /** The step the nomination waits at (its status: đang thẩm định, chờ bình xét, …). */
    status: z.string().min(1).max(40).optional(),
    /** Only tasks past (true) or not past (false) their due time. */
    overdue: z.boolean().optional(),
    /** "Now" for `overdue` (the API's clock, so the flag agrees with the deadlines it enforces); the database's by default. */
    now: z.date().optional(),
    /** 'opened' (oldest first, the default) or 'due' (soonest due first; tasks without a due time last). */
    sort: z.enum(['opened', 'due'], { error: 'sort must be "opened" or "due"' }).optional(),
    search: search.optional(),
    limit,
    cursor: cursor.optional(),
  })
  .superRefine(oneOfUnitsOrScope);
/** Filters of `listInbox`. */
export type ListInboxQuery = z.input<typeof ListInboxQuery>;

/** Where `inboxCounts` counts: `unitIds` or an access `scope`. */
export const InboxCountsQuery = inboxWhere.superRefine(oneOfUnitsOrScope);
/** Where `inboxCounts` counts. */
export type InboxCountsQuery = z.input<typeof InboxCountsQuery>;

/** Parses a query, turning zod issues into a `NominationQueryError` that names each field. */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new NominationQueryError(
    parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(root)';
      return {
        field,
        in: 'query',
        rule: issue.code,
        message: `${field} ${issue.message}`,
        message_en: `${field} ${issue.message}`,
      };
    }),
  );
}

/** A keyset position: the sort timestamp (exact, microseconds) and the id that breaks ties. */
export interface KeysetPosition {
  at: string;
  id: string;
}

/** The exact stored instant of a timestamptz column as text, for cursors: a millisecond Date could skip or repeat rows. */
export const exactInstant = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Encodes a keyset position as an opaque base64url cursor, tagged so a list cursor cannot page an inbox. */
export function encodeCursor(tag: string, position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([tag, position.at, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor issued by `encodeCursor` with the same tag, or refuses it as a query error. */
export function decodeCursor(tag: string, value: string): KeysetPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    decoded[0] === tag &&
    typeof decoded[1] === 'string' &&
    !Number.isNaN(Date.parse(decoded[1])) &&
    typeof decoded[2] === 'string'
  ) {
    return { at: decoded[1], id: decoded[2] };
  }
  throw new NominationQueryError([
    {
      field: 'cursor',
      in: 'query',
      rule: 'invalid_cursor',
      message: 'cursor không hợp lệ: hãy dùng nextCursor của trang trước',
      message_en: 'cursor is not one this list issued: pass the previous page’s nextCursor',
    },
  ]);
}
