import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { normaliseSearchText, type Database, type InboxTask, type NominationSummary, type Page } from '@vinhdanh/db';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '@vinhdanh/domain';
import type { InboxScope } from './access';
import { containsPattern, decodeKeyset, encodeKeyset, exactInstant } from './keyset';
import type { InboxRequest, ListNominationsRequest } from './nominations.schemas';

// The repository's listNominations filters by nominating unit only and listInbox takes one unit
// set for every kind; the API's scopes (route units; reviews vs revisions) need these queries.

const iso = (d: Date): string => d.toISOString();

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('nominations')
    .select([
      'id',
      'version',
      'status',
      'award_code',
      'campaign_id',
      'nominating_unit_id',
      'nominee_kind',
      'nominee_name',
      'current_level',
      'current_unit_id',
      'current_task_kind',
      'current_task_seq',
      'task_opened_at',
      'submitted_at',
      'updated_at',
      'final_at',
      'decision_number',
      'rule_set_version',
      exactInstant('submitted_at').as('submitted_key'),
    ]);
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function currentTaskOf(r: SummaryRow): NominationSummary['currentTask'] {
  const { current_task_kind: kind, current_level: level, current_unit_id: unitId } = r;
  const { current_task_seq: taskSeq, task_opened_at: openedAt } = r;
  if (kind === null || level === null || unitId === null || taskSeq === null || openedAt === null) return null;
  return { kind, level, unitId, taskSeq, openedAt: iso(openedAt) };
}

function toSummary(r: SummaryRow): NominationSummary {
  const status = r.status as NominationStatus;
  return {
    id: r.id,
    version: r.version,
    status,
    statusLabel: NOMINATION_STATUS_LABELS[status],
    awardCode: r.award_code,
    campaignId: r.campaign_id,
    nominatingUnitId: r.nominating_unit_id,
    nominee: { kind: r.nominee_kind, name: r.nominee_name },
    currentTask: currentTaskOf(r),
    submittedAt: iso(r.submitted_at),
    updatedAt: iso(r.updated_at),
    finalAt: r.final_at ? iso(r.final_at) : null,
    decisionNumber: r.decision_number,
    ruleSetVersion: r.rule_set_version,
  };
}

/** Nominations touching `unitIds` (nominating, current or on the route); `null` = every nomination. */
function touchesUnits(unitIds: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'nominations'>): Expression<SqlBool> => {
    const onRoute = unitIds.map((u) => JSON.stringify([{ unitId: u }]));
    return eb.or([
      eb('nominating_unit_id', 'in', unitIds),
      eb('current_unit_id', 'in', unitIds),
      sql<SqlBool>`route @> any(${onRoute}::jsonb[])`,
    ]);
  };
}

/** Newest submitted first, keyset-paginated, within the caller's units (or all for oversight roles). */
export async function listScopedNominations(
  db: Kysely<Database>,
  unitIds: readonly string[] | null,
  q: ListNominationsRequest,
): Promise<Page<NominationSummary>> {
  if (unitIds !== null && unitIds.length === 0) return { items: [], nextCursor: null };
  let select = summaryQuery(db);
  if (unitIds !== null) select = select.where(touchesUnits(unitIds));
  if (q.status) select = select.where('status', '=', q.status);
  if (q.campaignId) select = select.where('campaign_id', '=', q.campaignId);
  if (q.awardCode) select = select.where('award_code', '=', q.awardCode);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) select = select.where('nominee_search', 'like', containsPattern(folded));
  if (q.cursor) {
    const after = decodeKeyset('nominations', q.cursor);
    select = select.where(sql<SqlBool>`(submitted_at, id) < (${after.at}::timestamptz, ${after.id})`);
  }
  const rows = await select
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > q.limit && last ? encodeKeyset('nominations', { at: last.submitted_key, id: last.id }) : null,
  };
}

type ScopedTable = 'inbox_tasks' | 'inbox_counts';
function inScope(scope: InboxScope) {
  return (eb: ExpressionBuilder<Database, ScopedTable>): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [];
    if (scope.reviewUnitIds.length)
      parts.push(eb.and([eb('kind', '=', 'review'), eb('unit_id', 'in', scope.reviewUnitIds)]));
    if (scope.revisionUnitIds.length)
      parts.push(eb.and([eb('kind', '=', 'revision'), eb('unit_id', 'in', scope.revisionUnitIds)]));
    return eb.or(parts);
  };
}
const emptyScope = (s: InboxScope) => s.reviewUnitIds.length === 0 && s.revisionUnitIds.length === 0;

/** Open tasks the caller may act on, oldest first (keyset on opened_at, nomination id). */
export async function listScopedInbox(
  db: Kysely<Database>,
  scope: InboxScope,
  q: InboxRequest,
): Promise<Page<InboxTask>> {
  if (emptyScope(scope)) return { items: [], nextCursor: null };
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
      sql<boolean>`coalesce(due_at < now(), false)`.as('overdue'),
      exactInstant('opened_at').as('opened_key'),
    ])
    .where(inScope(scope));
  if (q.kind) select = select.where('kind', '=', q.kind);
  if (q.awardCode) select = select.where('award_code', '=', q.awardCode);
  if (q.campaignId) select = select.where('campaign_id', '=', q.campaignId);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) select = select.where('nominee_search', 'like', containsPattern(folded));
  if (q.cursor) {
    const after = decodeKeyset('inbox', q.cursor);
    select = select.where(sql<SqlBool>`(opened_at, nomination_id) > (${after.at}::timestamptz, ${after.id})`);
  }
  const rows = await select
    .orderBy('opened_at')
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
        openedAt: iso(r.opened_at),
        dueAt: r.due_at ? iso(r.due_at) : null,
        overdue: r.overdue,
        awardCode: r.award_code,
        campaignId: r.campaign_id,
        nomineeName: r.nominee_name,
        status,
        statusLabel: NOMINATION_STATUS_LABELS[status],
      };
    }),
    nextCursor:
      rows.length > q.limit && last ? encodeKeyset('inbox', { at: last.opened_key, id: last.nomination_id }) : null,
  };
}

/** Open tasks in the caller's inbox, per kind and unit, from the projection's counters. */
export interface ScopedInboxCounts {
  total: number;
  byKind: Record<'review' | 'revision', number>;
  byUnit: Record<string, number>;
}

/** Counts of the caller's whole inbox (filters aside), read from `inbox_counts`. */
export async function scopedInboxCounts(db: Kysely<Database>, scope: InboxScope): Promise<ScopedInboxCounts> {
  const counts: ScopedInboxCounts = { total: 0, byKind: { review: 0, revision: 0 }, byUnit: {} };
  if (emptyScope(scope)) return counts;
  const rows = await db
    .selectFrom('inbox_counts')
    .select(['unit_id', 'kind', 'open_tasks'])
    .where(inScope(scope))
    .where('open_tasks', '>', 0)
    .execute();
  for (const r of rows) {
    counts.total += r.open_tasks;
    counts.byKind[r.kind] += r.open_tasks;
    counts.byUnit[r.unit_id] = (counts.byUnit[r.unit_id] ?? 0) + r.open_tasks;
  }
  return counts;
}

/** Names of units, for showing a route. */
export async function unitNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
