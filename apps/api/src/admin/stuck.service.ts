import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { loadOrgTree, type Database } from '@vinhdanh/db';
import { vietnamDateOf } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { hasRoleAt, unitsWithRole, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { decodeKeyset, encodeKeyset } from '../nominations/keyset';
import type { AgingCell, AgingQuery, StuckPage, StuckQuery, StuckReason, StuckRow } from './stuck.schemas';

const DAY_MS = 86_400_000;
const CURSOR_TAG = 'admin-stuck';

interface OpenTaskRow {
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
}

/**
 * The administrators' desk: open tasks that are stuck and why, and how long tasks wait per level
 * and unit. Reads only the read models (inbox_tasks joined to nominations), one open task per
 * nomination, so the cost follows the open work, never the event history.
 */
@Injectable()
export class StuckService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Stuck open tasks in the caller's scope, oldest task first, each with its reasons. */
  async list(user: Principal, q: StuckQuery): Promise<StuckPage> {
    const now = this.clock();
    const scope = await this.scopeFilter(user, q.unitId, now);
    const nowIso = now.toISOString();
    const idleBefore = new Date(now.getTime() - q.idleDays * DAY_MS).toISOString();
    const holdBefore = new Date(now.getTime() - q.holdDays * DAY_MS).toISOString();
    const reasonSql: Record<StuckReason, RawBuilder<unknown>> = {
      // The ladder's flag (NominationDeadlineMissed) or a due time already passed on the desk's clock.
      overdue: sql`(marked_overdue or (due_at is not null and due_at < ${nowIso}::timestamptz))`,
      stuck: sql`marked_stuck`,
      no_assignee: sql`no_assignee`,
      idle: sql`updated_at < ${idleBefore}::timestamptz`,
      on_hold: sql`(hold_at is not null and hold_at < ${holdBefore}::timestamptz)`,
    };
    const wanted = q.reason ? [reasonSql[q.reason]] : Object.values(reasonSql);
    const after = q.cursor ? decodeKeyset(CURSOR_TAG, q.cursor) : null;
    const { rows } = await sql<OpenTaskRow>`
      with open as (
        select t.nomination_id, t.nominee_name, t.award_code, t.campaign_id, t.status, t.level, t.unit_id,
               u.name as unit_name, t.kind, t.task_seq, t.opened_at, t.due_at, n.updated_at,
               to_char(t.opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as opened_exact,
               n.state -> 'openTask' ->> 'step' as step,
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
        where ${scope}
          ${q.level ? sql`and t.level = ${q.level}` : sql``}
          ${after ? sql`and (t.opened_at, t.nomination_id) > (${after.at}::timestamptz, ${after.id})` : sql``}
      )
      select * from open
      where ${sql.join(wanted, sql` or `)}
      order by opened_at, nomination_id
      limit ${q.limit + 1}`.execute(this.db);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => this.present(r, now, q)),
      nextCursor:
        rows.length > q.limit && last
          ? encodeKeyset(CURSOR_TAG, { at: last.opened_exact, id: last.nomination_id })
          : null,
      asOf: nowIso,
    };
  }

  /** Open tasks per level × unit bucketed by calendar days waiting (≤5, 6–10, 11–20, >20). */
  async aging(user: Principal, q: AgingQuery): Promise<{ items: AgingCell[]; asOf: string }> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const scope = await this.scopeFilter(user, q.unitId, now);
    const age = sql`(${nowIso}::timestamptz - t.opened_at)`;
    const { rows } = await sql<{
      level: number;
      unit_id: string;
      unit_name: string | null;
      total: number;
      overdue: number;
      b5: number;
      b10: number;
      b20: number;
      bmore: number;
    }>`
      select t.level, t.unit_id, max(u.name) as unit_name, count(*)::int as total,
             count(*) filter (
               where t.due_at < ${nowIso}::timestamptz or coalesce((n.state -> 'openTask' ->> 'overdue')::boolean, false)
             )::int as overdue,
             count(*) filter (where ${age} < interval '6 days')::int as b5,
             count(*) filter (where ${age} >= interval '6 days' and ${age} < interval '11 days')::int as b10,
             count(*) filter (where ${age} >= interval '11 days' and ${age} < interval '21 days')::int as b20,
             count(*) filter (where ${age} >= interval '21 days')::int as bmore
      from inbox_tasks t
      join nominations n on n.id = t.nomination_id
      left join units u on u.id = t.unit_id
      where ${scope} ${q.level ? sql`and t.level = ${q.level}` : sql``}
      group by t.level, t.unit_id
      order by t.level desc, total desc, t.unit_id`.execute(this.db);
    return {
      asOf: nowIso,
      items: rows.map((r) => ({
        level: r.level,
        unitId: r.unit_id,
        unitName: r.unit_name,
        total: r.total,
        overdue: r.overdue,
        buckets: { upTo5: r.b5, d6to10: r.b10, d11to20: r.b20, over20: r.bmore },
      })),
    };
  }

  private present(r: OpenTaskRow, now: Date, q: StuckQuery): StuckRow {
    const daysSince = (d: Date) => Math.floor((now.getTime() - d.getTime()) / DAY_MS);
    const duePassed = r.due_at !== null && r.due_at < now;
    const overdue = duePassed || r.marked_overdue;
    const idle = now.getTime() - r.updated_at.getTime() > q.idleDays * DAY_MS;
    const held = r.hold_at !== null && now.getTime() - r.hold_at.getTime() > q.holdDays * DAY_MS;
    const reasons: StuckReason[] = [];
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
    };
  }

  /**
   * System admins see every unit; unit admins their units and everything below them, as of today
   * (the ancestry includes the unit itself).
   */
  private async scopeFilter(user: Principal, unitId: string | undefined, now: Date): Promise<RawBuilder<unknown>> {
    if (hasRoleAt(user, ['system_admin'])) return unitId ? sql`t.unit_id = ${unitId}` : sql`true`;
    const units = await this.subtreeOf(unitsWithRole(user, ['unit_admin']), now);
    if (unitId) {
      if (!units.includes(unitId)) throw new ForbiddenError(['unit_admin', 'system_admin'], unitId);
      return sql`t.unit_id = ${unitId}`;
    }
    return sql`t.unit_id = any(${units}::text[])`;
  }

  private async subtreeOf(roots: string[], now: Date): Promise<string[]> {
    if (roots.length === 0) return [];
    const rootSet = new Set(roots);
    const today = vietnamDateOf(now.toISOString());
    const tree = await loadOrgTree(this.db, { asOf: today });
    return tree.data.units
      .filter((unit) => tree.ancestryAsOf(unit.id, today).some((a) => rootSet.has(a.id)))
      .map((unit) => unit.id);
  }
}
