import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { RowReason, StuckFilter, StuckReason, StuckRow } from './stuck.schemas';

const DAY_MS = 86_400_000;

/** One open task joined to its nomination, with the facts the desk's reasons are computed from. */
export interface OpenTaskRow {
  nomination_id: string;
  nominee_name: string;
  award_code: string;
  campaign_id: string;
  status: string;
  level: number;
  unit_id: string;
  unit_name: string | null;
  kind: 'review' | 'revision';
  task_seq: number;
  step: string | null;
  opened_at: Date;
  opened_exact: string;
  due_at: Date | null;
  updated_at: Date;
  marked_stuck: boolean;
  marked_overdue: boolean;
  no_assignee: boolean;
  hold_at: Date | null;
  /** The route's levels and units (who may read the nomination, who may extend its task). */
  route: Array<{ level: number; unitId: string }>;
}

/** Where a query starts and how much it returns: a keyset page of the desk, or a fixed set of ids. */
export interface StuckSelection {
  scope: RawBuilder<unknown>;
  after?: { at: string; id: string } | null;
  /** Only these nominations (a bulk run re-checking the ids its dry-run saw). */
  ids?: readonly string[];
  limit: number;
}

/**
 * Open tasks in scope that match the filter and have at least one stuck reason (the one asked
 * for, or any), oldest task first. Reads only the read models, one open task per nomination.
 */
export async function selectStuckRows(
  db: Kysely<Database>,
  now: Date,
  filter: StuckFilter,
  selection: StuckSelection,
): Promise<OpenTaskRow[]> {
  const nowIso = now.toISOString();
  const idleBefore = new Date(now.getTime() - filter.idleDays * DAY_MS).toISOString();
  const holdBefore = new Date(now.getTime() - filter.holdDays * DAY_MS).toISOString();
  const reasonSql: Record<StuckReason, RawBuilder<unknown>> = {
    // The ladder's flag (NominationDeadlineMissed) or a due time already passed on the desk's clock.
    overdue: sql`(marked_overdue or (due_at is not null and due_at < ${nowIso}::timestamptz))`,
    stuck: sql`marked_stuck`,
    no_assignee: sql`no_assignee`,
    idle: sql`updated_at < ${idleBefore}::timestamptz`,
    on_hold: sql`(hold_at is not null and hold_at < ${holdBefore}::timestamptz)`,
  };
  const wanted = filter.reason ? [reasonSql[filter.reason]] : Object.values(reasonSql);
  const { after, ids } = selection;
  const { rows } = await sql<OpenTaskRow>`
    with open as (
      select t.nomination_id, t.nominee_name, t.award_code, t.campaign_id, t.status, t.level, t.unit_id,
             u.name as unit_name, t.kind, t.task_seq, t.opened_at, t.due_at, n.updated_at,
             to_char(t.opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as opened_exact,
             n.state -> 'openTask' ->> 'step' as step, coalesce(n.route, '[]'::jsonb) as route,
             coalesce((n.state -> 'openTask' ->> 'stuck')::boolean, false) as marked_stuck,
             coalesce((n.state -> 'openTask' ->> 'overdue')::boolean, false) as marked_overdue,
             case when t.status = 'ON_HOLD' then (n.state -> 'hold' ->> 'at')::timestamptz end as hold_at,
             -- Who must act: the nominator on a revision back at the nominating unit, else an approver.
             not exists (
               select 1 from user_roles r
               where r.unit_id = t.unit_id
                 and r.role::text = any(case when t.kind = 'revision' and t.unit_id = n.nominating_unit_id
                                        then array['nominator'] else array['reviewer', 'chair'] end)
                 and r.valid_from <= ${nowIso}::timestamptz
                 and (r.valid_to is null or r.valid_to > ${nowIso}::timestamptz)
             ) as no_assignee
      from inbox_tasks t
      join nominations n on n.id = t.nomination_id
      left join units u on u.id = t.unit_id
      where ${selection.scope}
        ${filter.level ? sql`and t.level = ${filter.level}` : sql``}
        ${filter.campaignId ? sql`and t.campaign_id = ${filter.campaignId}` : sql``}
        ${filter.awardCode ? sql`and t.award_code = ${filter.awardCode}` : sql``}
        ${ids ? sql`and t.nomination_id = any(${[...ids]}::text[])` : sql``}
        ${after ? sql`and (t.opened_at, t.nomination_id) > (${after.at}::timestamptz, ${after.id})` : sql``}
    )
    select * from open
    where ${sql.join(wanted, sql` or `)}
    order by opened_at, nomination_id
    limit ${selection.limit}`.execute(db);
  return rows;
}

/** A row as the desk shows it, with every reason that applies on the desk's clock. */
export function presentStuckRow(r: OpenTaskRow, now: Date, filter: StuckFilter): Omit<StuckRow, 'allowedActions'> {
  const daysSince = (d: Date) => Math.floor((now.getTime() - d.getTime()) / DAY_MS);
  const duePassed = r.due_at !== null && r.due_at < now;
  const overdue = duePassed || r.marked_overdue;
  const idle = now.getTime() - r.updated_at.getTime() > filter.idleDays * DAY_MS;
  const held = r.hold_at !== null && now.getTime() - r.hold_at.getTime() > filter.holdDays * DAY_MS;
  const reasons: RowReason[] = [];
  if (overdue) reasons.push('overdue');
  if (r.marked_stuck) reasons.push('stuck');
  if (r.no_assignee) reasons.push('no_assignee');
  if (idle) reasons.push('idle');
  if (held) reasons.push('on_hold');
  return {
    nominationId: r.nomination_id,
    nomineeName: r.nominee_name,
    awardCode: r.award_code,
    campaignId: r.campaign_id,
    status: r.status,
    level: r.level,
    unitId: r.unit_id,
    unitName: r.unit_name,
    taskKind: r.kind,
    taskSeq: r.task_seq,
    step: r.step,
    openedAt: r.opened_at.toISOString(),
    dueAt: r.due_at?.toISOString() ?? null,
    lastEventAt: r.updated_at.toISOString(),
    daysWaiting: daysSince(r.opened_at),
    reasons,
    daysLate: duePassed && r.due_at ? daysSince(r.due_at) : null,
    daysIdle: idle ? daysSince(r.updated_at) : null,
    heldSince: held && r.hold_at ? r.hold_at.toISOString() : null,
    failure: null,
  };
}
