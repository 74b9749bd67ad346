import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Kysely } from 'kysely';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '@vinhdanh/domain';
import type { Database } from '../database';
import {
  decodeCursor,
  encodeCursor,
  exactInstant,
  InboxCountsQuery,
  ListInboxQuery,
  parseQuery,
  type InboxScope,
} from './nominations.query';
import { containsPattern, normaliseSearchText } from './search-text';
import type { InboxCounts, InboxTask, Page } from './nominations.views';

type InboxTable = 'inbox_tasks' | 'inbox_counts';
type Where<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;
type ParsedInbox = ReturnType<typeof ListInboxQuery.parse>;

/**
 * Tasks without a due time sort after every dated one (a finite stand-in for infinity, so cursors
 * parse). A literal, not a parameter: the expression must equal the index's
 * (`inbox_tasks_unit_due_idx`, migration 2026_12_07_1750) for the planner to use it.
 */
const NO_DUE = '9999-12-31T23:59:59.999999Z';
/** How the inbox names a dossier that arrived after the level's cut-off. */
const LATE_ARRIVAL_LABEL = { vi: 'Nộp muộn', en: 'Submitted after the cut-off' } as const;
const dueKey = sql<Date>`coalesce(due_at, ${sql.lit(NO_DUE)}::timestamptz)`;

/**
 * The tasks of a scope: reviews at its review units, revisions at its revision units. The leading
 * `unit_id in (all of them)` lets the planner walk one unit's index in order (sorted by opened or
 * due time, stopping at the page's limit) instead of collecting the OR's two halves and sorting.
 */
function inScope(scope: InboxScope): Where<InboxTable> {
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (scope.reviewUnitIds.length)
      parts.push(eb.and([eb('kind', '=', 'review'), eb('unit_id', 'in', scope.reviewUnitIds)]));
    if (scope.revisionUnitIds.length)
      parts.push(eb.and([eb('kind', '=', 'revision'), eb('unit_id', 'in', scope.revisionUnitIds)]));
    const units = [...new Set([...scope.reviewUnitIds, ...scope.revisionUnitIds])];
    return eb.and([eb('unit_id', 'in', units), eb.or(parts)]);
  };
}

/** `unitIds` is shorthand for the scope holding every kind of task at those units. */
function scopeOf(q: { unitIds?: string[]; scope?: InboxScope }): InboxScope {
  const units = q.unitIds ?? [];
  return q.scope ?? { reviewUnitIds: units, revisionUnitIds: units };
}
const isEmpty = (s: InboxScope) => s.reviewUnitIds.length === 0 && s.revisionUnitIds.length === 0;

/** The query's "now": the API's clock when given, else the database's. */
const nowOf = (q: ParsedInbox) => (q.now ? sql<Date>`${q.now.toISOString()}::timestamptz` : sql<Date>`now()`);

/**
 * One where-clause per optional filter of the inbox, in one place so that a new filter (a field of
 * `ListInboxQuery`) is one more entry here. The counts ignore these: they cover the whole inbox.
 */
function inboxFilters(q: ParsedInbox): Where<'inbox_tasks'>[] {
  const filters: Where<'inbox_tasks'>[] = [];
  const { kinds, awardCode, campaignId } = q;
  if (kinds) filters.push((eb) => eb('kind', 'in', kinds));
  if (awardCode) filters.push((eb) => eb('award_code', '=', awardCode));
  if (campaignId) filters.push((eb) => eb('campaign_id', '=', campaignId));
  // Who holds the task; 'unassigned' = nobody (the unit's pool).
  const holder = q.holder;
  if (holder === 'unassigned') filters.push((eb) => eb('holder_user_id', 'is', null));
  else if (holder) filters.push((eb) => eb('holder_user_id', '=', holder));
  const { status, overdue } = q;
  if (status) filters.push((eb) => eb('status', '=', status));
  // On the due key (a task without a due time is never overdue), so the due-time index serves the filter.
  const now = nowOf(q);
  if (overdue === true) filters.push(() => sql<SqlBool>`${dueKey} < ${now}`);
  if (overdue === false) filters.push(() => sql<SqlBool>`${dueKey} >= ${now}`);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) filters.push((eb) => eb('nominee_search', 'like', containsPattern(folded)));
  return filters;
}

/**
 * Open tasks in an inbox (units or scope), filtered; oldest first (keyset on opened_at, nomination
 * id) or, with `sort: 'due'`, soonest due first (keyset on the due time, nomination id).
 */
export async function listInbox(db: Kysely<Database>, query: ListInboxQuery): Promise<Page<InboxTask>> {
  const q = parseQuery(ListInboxQuery, query);
  const scope = scopeOf(q);
  if (isEmpty(scope)) return { items: [], nextCursor: null };
  const byDue = q.sort === 'due';
  const tag = byDue ? 'inbox-due' : 'inbox';
  const key = byDue ? dueKey : sql<Date>`opened_at`;
  let select = db
    .selectFrom('inbox_tasks')
    .select([
      'nomination_id',
      'unit_id',
      'level',
      'kind',
      'task_seq',
      'opened_at',
      'due_at',
      'award_code',
      'campaign_id',
      'nominee_name',
      'status',
      'holder_user_id',
      'holder_name',
      'claimed_at',
      'late_cut_off_at',
      'late_sender_unit_id',
      'late_sender_name',
      sql<string | null>`(select u.name from units u where u.id = inbox_tasks.late_sender_unit_id)`.as(
        'late_sender_unit_name',
      ),
      sql<boolean>`coalesce(due_at < ${nowOf(q)}, false)`.as('overdue'),
      (byDue
        ? sql<string>`to_char(${dueKey} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
        : exactInstant('opened_at')
      ).as('opened_key'),
    ])
    .where(inScope(scope));
  for (const filter of inboxFilters(q)) select = select.where(filter);
  if (q.cursor) {
    const after = decodeCursor(tag, q.cursor);
    select = select.where(sql<SqlBool>`(${key}, nomination_id) > (${after.at}::timestamptz, ${after.id})`);
  }
  const rows = await select
    .orderBy(key)
    .orderBy('nomination_id')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => {
      const status = r.status as NominationStatus;
      return {
        nominationId: r.nomination_id,
        unitId: r.unit_id,
        level: r.level,
        kind: r.kind,
        taskSeq: r.task_seq,
        openedAt: r.opened_at.toISOString(),
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        overdue: r.overdue,
        awardCode: r.award_code,
        campaignId: r.campaign_id,
        nomineeName: r.nominee_name,
        status,
        statusLabel: NOMINATION_STATUS_LABELS[status],
        holder:
          r.holder_user_id && r.holder_name && r.claimed_at
            ? { userId: r.holder_user_id, name: r.holder_name, claimedAt: r.claimed_at.toISOString() }
            : null,
        lateArrival:
          r.late_cut_off_at && r.late_sender_unit_id
            ? {
                cutOffAt: r.late_cut_off_at.toISOString(),
                sender: {
                  unitId: r.late_sender_unit_id,
                  unitName: r.late_sender_unit_name ?? r.late_sender_unit_id,
                  name: r.late_sender_name,
                },
                label: LATE_ARRIVAL_LABEL,
              }
            : null,
      };
    }),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor(tag, { at: last.opened_key, id: last.nomination_id }) : null,
  };
}

/** Open-task counts of a whole inbox (units or scope), per kind, status and unit, from the projection's counters. */
export async function inboxCounts(db: Kysely<Database>, query: InboxCountsQuery): Promise<InboxCounts> {
  const scope = scopeOf(parseQuery(InboxCountsQuery, query));
  const counts: InboxCounts = { total: 0, byKind: { review: 0, revision: 0 }, byStatus: {}, byUnit: {} };
  if (isEmpty(scope)) return counts;
  const rows = await db
    .selectFrom('inbox_counts')
    .select(['unit_id', 'kind', 'status', 'open_tasks'])
    .where(inScope(scope))
    .where('open_tasks', '>', 0)
    .execute();
  for (const r of rows) {
    const status = r.status as NominationStatus;
    counts.total += r.open_tasks;
    counts.byKind[r.kind] += r.open_tasks;
    counts.byStatus[status] = (counts.byStatus[status] ?? 0) + r.open_tasks;
    counts.byUnit[r.unit_id] = (counts.byUnit[r.unit_id] ?? 0) + r.open_tasks;
  }
  return counts;
}
