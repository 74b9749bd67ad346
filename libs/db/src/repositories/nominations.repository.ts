import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import {
  DISCLOSURE_STATE_LABELS,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
  type RouteStep,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import type { Database } from '../database';
import { decodeCursor, encodeCursor, exactInstant, ListNominationsQuery, parseQuery } from './nominations.query';
import { containsPattern, normaliseSearchText } from './search-text';
import type { NominationDetail, NominationSummary, Page } from './nominations.views';

export type {
  CurrentTask,
  InboxCounts,
  InboxTask,
  LateArrival,
  NominationDetail,
  NominationSummary,
  Page,
} from './nominations.views';

export type { InboxCountsQuery, InboxScope, ListInboxQuery, ListNominationsQuery } from './nominations.query';
export { inboxCounts, listInbox } from './nominations.inbox';

const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

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
      'disclosure_state',
      'disclosure_ends_at',
      exactInstant('submitted_at').as('submitted_key'),
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
    disclosure: r.disclosure_state
      ? {
          state: r.disclosure_state,
          label: DISCLOSURE_STATE_LABELS[r.disclosure_state],
          endsAt: isoOrNull(r.disclosure_ends_at),
        }
      : null,
  };
}

/** One nomination with its folded state, or undefined when the read model has no row for it (yet). */
export async function getNomination(db: Kysely<Database>, id: string): Promise<NominationDetail | undefined> {
  const row = await summaryQuery(db).select(['route', 'state']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...toSummary(row), route: row.route as RouteStep[], state: row.state as SubmittedNominationState };
}

/** Several nominations at once (the inbox page's, to say what the caller may do with each); unknown ids are left out. */
export async function getNominations(db: Kysely<Database>, ids: readonly string[]): Promise<NominationDetail[]> {
  if (ids.length === 0) return [];
  const rows = await summaryQuery(db).select(['route', 'state']).where('id', 'in', ids).execute();
  return rows.map((row) => ({
    ...toSummary(row),
    route: row.route as RouteStep[],
    state: row.state as SubmittedNominationState,
  }));
}

/** The stream version the read model has folded for a nomination; null before its first event arrives. */
export async function nominationVersion(db: Kysely<Database>, id: string): Promise<number | null> {
  const row = await db.selectFrom('nominations').select('version').where('id', '=', id).executeTakeFirst();
  return row?.version ?? null;
}

/** Nominations touching `unitIds`: nominating, current, or anywhere on the route. */
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

/**
 * Nominations, newest submitted first (keyset on submitted_at, id), within an optional access
 * scope (`touchingUnitIds`) and filtered by nominating units, campaign, award, status and nominee name.
 */
export async function listNominations(
  db: Kysely<Database>,
  query: ListNominationsQuery,
): Promise<Page<NominationSummary>> {
  const q = parseQuery(ListNominationsQuery, query);
  if (q.touchingUnitIds?.length === 0) return { items: [], nextCursor: null };
  let select = summaryQuery(db);
  if (q.touchingUnitIds) select = select.where(touchesUnits(q.touchingUnitIds));
  if (q.nominatingUnitIds) select = select.where('nominating_unit_id', 'in', q.nominatingUnitIds);
  if (q.campaignId) select = select.where('campaign_id', '=', q.campaignId);
  if (q.awardCode) select = select.where('award_code', '=', q.awardCode);
  if (q.status) select = select.where('status', 'in', Array.isArray(q.status) ? q.status : [q.status]);
  const folded = normaliseSearchText(q.search ?? '');
  if (folded) select = select.where('nominee_search', 'like', containsPattern(folded));
  if (q.cursor) {
    const after = decodeCursor('nominations', q.cursor);
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
      rows.length > q.limit && last ? encodeCursor('nominations', { at: last.submitted_key, id: last.id }) : null,
  };
}
