import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, TEMPORAL_CLIENT, type Clock } from '../core/tokens';
import { decodeKeyset, encodeKeyset } from '../nominations/keyset';
import { ResourceNotFoundError } from '../errors/api-error';
import { FAILING_ATTEMPTS, failingWorkflows, workflowFailures } from './stuck.failures';
import { stuckRowActions } from './stuck.actions';
import { presentStuckRow, selectStuckRows } from './stuck.query';
import type { AgingCell, AgingQuery, StuckPage, StuckQuery } from './stuck.schemas';
import { adminScopeOf, scopeSql } from './stuck.scope';

const CURSOR_TAG = 'admin-stuck';

/**
 * The administrators' desk: open tasks that are stuck and why, and how long tasks wait per level
 * and unit. Reads the read models (inbox_tasks joined to nominations), one open task per
 * nomination, so the cost follows the open work; only the rows of the page shown are described
 * to Temporal, to say which workflows are failing.
 */
@Injectable()
export class StuckService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  /** Stuck open tasks in the caller's scope, oldest task first, each with its reasons. */
  async list(user: Principal, q: StuckQuery): Promise<StuckPage> {
    const now = this.clock();
    const adminScope = await adminScopeOf(this.db, user, now);
    const scope = scopeSql(adminScope, q.unitId);
    const after = q.cursor ? decodeKeyset(CURSOR_TAG, q.cursor) : null;
    const rows = await selectStuckRows(this.db, now, q, { scope, after, limit: q.limit + 1 });
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const failures = await workflowFailures(
      this.db,
      this.temporal,
      page.map((r) => r.nomination_id),
    );
    // On the first page only: a failing workflow may have no open task to be listed by.
    const failing = q.cursor ? [] : await failingWorkflows(this.db, adminScope);
    return {
      failing: q.unitId ? failing.filter((f) => f.unitId === q.unitId) : failing,
      items: page.map((r) => {
        const row = {
          ...presentStuckRow(r, now, q),
          allowedActions: stuckRowActions(user, { route: r.route, taskLevel: r.level, taskUnitId: r.unit_id }),
        };
        const failure = failures.get(r.nomination_id);
        return failure ? { ...row, reasons: [...row.reasons, 'failing'], failure } : row;
      }),
      nextCursor:
        rows.length > q.limit && last
          ? encodeKeyset(CURSOR_TAG, { at: last.opened_exact, id: last.nomination_id })
          : null,
      asOf: now.toISOString(),
    };
  }

  /**
   * Ends a workflow whose append keeps failing (a system admin's last resort when the fault cannot
   * be repaired): Temporal terminates it with the reason and the operator, and the desk forgets it.
   * Nothing is written to the nomination's stream: the failing command never was.
   */
  async terminateFailing(user: Principal, workflowId: string, reason: string): Promise<{ workflowId: string }> {
    const { rows } = await sql<{ attempt: number }>`
      select attempt from workflow_failures where workflow_id = ${workflowId}`.execute(this.db);
    if ((rows[0]?.attempt ?? 0) < FAILING_ATTEMPTS) {
      throw new ResourceNotFoundError('FAILING_WORKFLOW', workflowId, 'quy trình đang lỗi');
    }
    await this.temporal.workflow
      .getHandle(workflowId)
      .terminate(`${reason} (${user.fullName})`)
      .catch((err: unknown) => {
        // Already ended: nothing left to terminate, the desk may forget it.
        if ((err as { name?: string }).name !== 'WorkflowNotFoundError') throw err;
      });
    await sql`delete from workflow_failures where workflow_id = ${workflowId}`.execute(this.db);
    return { workflowId };
  }

  /** Open tasks per level × unit bucketed by calendar days waiting (≤5, 6–10, 11–20, >20). */
  async aging(user: Principal, q: AgingQuery): Promise<{ items: AgingCell[]; asOf: string }> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const scope = scopeSql(await adminScopeOf(this.db, user, now), q.unitId);
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
}
