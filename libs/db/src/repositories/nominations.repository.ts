import { sql, type Kysely } from 'kysely';
import {
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
  type RouteStep,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import type { Database } from '../database';
import { decodeCursor, encodeCursor, ListInboxQuery, ListNominationsQuery, parseQuery } from './nominations.query';
import { containsPattern, normaliseSearchText } from './search-text';
import type { InboxCounts, InboxTask, NominationDetail, NominationSummary, Page } from './nominations.views';

export type {
  CurrentTask,
  InboxCounts,
  InboxTask,
  NominationDetail,
  NominationSummary,
  Page,
} from './nominations.views';

export type { ListInboxQuery, ListNominationsQuery } from './nominations.query';

const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);
// The exact stored instant (microseconds) for cursors: a millisecond Date could skip or repeat rows.
const exactTime = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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
      exactTime('submitted_at').as('submitted_key'),
    ]);
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): NominationSummary {
  const status = r.status as NominationStatus;
  const { current_task_kind: kind, current_level: level, current_unit_id: unitId, current_task_seq: taskSeq } = r;
  const currentTask =
    kind !== null && level !== null && unitId !== null && taskSeq !== null && r.task_opened_at !== null
      ? { kind, level, unitId, taskSeq, openedAt: iso(r.task_opened_at) }
      : null;
  return {
    id: r.id,
    version: r.version,
    status,
    statusLabel: NOMINATION_STATUS_LABELS[status],
    awardCode: r.award_code,
    campaignId: r.campaign_id,
    nominatingUnitId: r.nominating_unit_id,
    nominee: { kind: r.nominee_kind, name: r.nominee_name },
    currentTask,
    submittedAt: iso(r.submitted_at),
    updatedAt: iso(r.updated_at),
    finalAt: isoOrNull(r.final_at),
    decisionNumber: r.decision_number,
    ruleSetVersion: r.rule_set_version,
  };
}

/** One nomination with its folded state, or undefined when the read model has no row for it (yet). */
export async function getNomination(db: Kysely<Database>, id: string): Promise<NominationDetail | undefined> {
  const row = await summaryQuery(db).select(['route', 'state']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...toSummary(row), route: row.route as RouteStep[], state: row.state as SubmittedNominationState };
}

/** The stream version the read model has folded for a nomination; null before its first event arrives. */
export async function nominationVersion(db: Kysely<Database>, id: string): Promise<number | null> {
  const row = await db.selectFrom('nominations').select('version').where('id', '=', id).executeTakeFirst();
  return row?.version ?? null;
}

/** Nominations, newest submitted first, filtered by nominating units, campaign, status and nominee name. */
export async function listNominations(
  db: Kysely<Database>,
  query: ListNominationsQuery,
): Promise<Page<NominationSummary>> {
  const q = parseQuery(ListNominationsQuery, query);
  let select = summaryQuery(db);
  if (q.nominatingUnitIds) select = select.where('nominating_unit_id', 'in', q.nominatingUnitIds);
  if (q.campaignId) select = select.where('campaign_id', '=', q.campaignId);
  if (q.status) select = select.where('status', 'in', Array.isArray(q.status) ? q.status : [q.status]);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) select = select.where('nominee_search', 'like', containsPattern(folded));
  if (q.cursor) {
    const after = decodeCursor('nominations', q.cursor);
    select = select.where(sql<boolean>`(submitted_at, id) < (${after.at}::timestamptz, ${after.id})`);
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
      rows.length > q.limit && last ? encodeCursor('nominations', { at: last.submitted_key, id: last.id }) : null,
  };
}

/** Open tasks at the given units, oldest first (keyset on opened_at, nomination id), with optional filters. */
export async function listInbox(db: Kysely<Database>, query: ListInboxQuery): Promise<Page<InboxTask>> {
  const q = parseQuery(ListInboxQuery, query);
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
      exactTime('opened_at').as('opened_key'),
    ])
    .where('unit_id', 'in', q.unitIds);
  if (q.kinds) select = select.where('kind', 'in', q.kinds);
  if (q.awardCode) select = select.where('award_code', '=', q.awardCode);
  if (q.campaignId) select = select.where('campaign_id', '=', q.campaignId);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) select = select.where('nominee_search', 'like', containsPattern(folded));
  if (q.cursor) {
    const after = decodeCursor('inbox', q.cursor);
    select = select.where(sql<boolean>`(opened_at, nomination_id) > (${after.at}::timestamptz, ${after.id})`);
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
        dueAt: isoOrNull(r.due_at),
        overdue: r.overdue,
        awardCode: r.award_code,
        campaignId: r.campaign_id,
        nomineeName: r.nominee_name,
        status,
        statusLabel: NOMINATION_STATUS_LABELS[status],
      };
    }),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor('inbox', { at: last.opened_key, id: last.nomination_id }) : null,
  };
}

/** Open-task counts at the given units, per kind, status and unit, read from the projection's counters. */
export async function inboxCounts(db: Kysely<Database>, query: { unitIds: readonly string[] }): Promise<InboxCounts> {
  const { unitIds } = parseQuery(ListInboxQuery.pick({ unitIds: true }), query);
  const rows = await db
    .selectFrom('inbox_counts')
    .select(['unit_id', 'kind', 'status', 'open_tasks'])
    .where('unit_id', 'in', unitIds)
    .where('open_tasks', '>', 0)
    .execute();
  const counts: InboxCounts = { total: 0, byKind: { review: 0, revision: 0 }, byStatus: {}, byUnit: {} };
  for (const r of rows) {
    const status = r.status as NominationStatus;
    counts.total += r.open_tasks;
    counts.byKind[r.kind] += r.open_tasks;
    counts.byStatus[status] = (counts.byStatus[status] ?? 0) + r.open_tasks;
    counts.byUnit[r.unit_id] = (counts.byUnit[r.unit_id] ?? 0) + r.open_tasks;
  }
  return counts;
}
