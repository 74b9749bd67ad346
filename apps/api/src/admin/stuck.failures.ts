import { sql, type Kysely } from 'kysely';
import type { Client } from '@temporalio/client';
import { nominationWorkflowId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import type { AdminScope } from './stuck.scope';
import type { FailingWorkflow, WorkflowFailure } from './stuck.schemas';

export type { FailingWorkflow } from './stuck.schemas';

/** Per describe call: the desk answers in time even when Temporal is slow or down. */
const DESCRIBE_TIMEOUT_MS = 1_500;
/** Describe calls in flight at once (a page is at most 200 rows). */
const DESCRIBE_CONCURRENCY = 16;

type Described = Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['describe']>>;

const failureMessage = (f: { message?: string | null } | null | undefined) =>
  f?.message?.trim() || '(không rõ / unknown)';
const isoOf = (t: Date | undefined | null) => (t ? t.toISOString() : null);

/** What `describe()` says fails: a pending activity past its first attempt, or a retried workflow task. */
function failureOf(d: Described): WorkflowFailure | null {
  const activity = (d.raw.pendingActivities ?? []).find((a) => (a.attempt ?? 0) > 1 || a.lastFailure);
  if (activity) {
    const last = activity.lastAttemptCompleteTime?.seconds;
    return {
      source: 'activity',
      activityType: activity.activityType?.name ?? null,
      attempt: activity.attempt ?? 1,
      message: failureMessage(activity.lastFailure),
      since: last ? new Date(Number(last) * 1000).toISOString() : null,
    };
  }
  const task = d.raw.pendingWorkflowTask;
  if (task && (task.attempt ?? 0) > 1) {
    return {
      source: 'workflow_task',
      activityType: null,
      attempt: task.attempt ?? 2,
      message: 'Mã quy trình lỗi khi xử lý (workflow task failing); xem lịch sử Temporal.',
      since: null,
    };
  }
  return null;
}

/**
 * Why the workflows of these nominations cannot move, for the rows of one desk page only: the
 * append's recorded failures (a local activity, invisible to the server) and `describe()` of each
 * workflow (pending activities retrying, workflow tasks failing), each call bounded by a timeout.
 * A workflow that cannot be described (gone, timeout, Temporal down) reports nothing.
 */
export async function workflowFailures(
  db: Kysely<Database>,
  temporal: Client,
  nominationIds: readonly string[],
): Promise<Map<string, WorkflowFailure>> {
  const failures = new Map<string, WorkflowFailure>();
  if (nominationIds.length === 0) return failures;
  const { rows } = await sql<{
    nomination_id: string;
    activity_type: string;
    attempt: number;
    message: string;
    first_failed_at: Date;
  }>`select nomination_id, activity_type, attempt, message, first_failed_at from workflow_failures
      where nomination_id = any(${[...nominationIds]}::text[])`.execute(db);
  for (const r of rows) {
    failures.set(r.nomination_id, {
      source: 'append',
      activityType: r.activity_type,
      attempt: r.attempt,
      message: r.message,
      since: isoOf(r.first_failed_at),
    });
  }
  const pending = nominationIds.filter((id) => !failures.has(id));
  let next = 0;
  const lane = async () => {
    while (next < pending.length) {
      const id = pending[next++] as string;
      const handle = temporal.workflow.getHandle(nominationWorkflowId(id));
      const described = await temporal
        .withDeadline(Date.now() + DESCRIBE_TIMEOUT_MS, () => handle.describe())
        .catch(() => null);
      const failure = described ? failureOf(described) : null;
      if (failure) failures.set(id, failure);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DESCRIBE_CONCURRENCY, pending.length) }, lane));
  return failures;
}

/** From this attempt on, a failing append counts as a failing workflow (desk, health, metrics). */
export const FAILING_ATTEMPTS = 3;

/**
 * Every workflow whose append has failed at least `FAILING_ATTEMPTS` times, oldest first: the
 * desk lists them even when their nomination has no open task or no read-model row at all. A unit
 * admin sees those of nominations at or under their units; only a system admin sees the ones
 * nothing was stored for.
 */
export async function failingWorkflows(
  db: Kysely<Database>,
  scope: AdminScope,
  limit = 100,
): Promise<FailingWorkflow[]> {
  const unit = sql`coalesce(n.current_unit_id, n.nominating_unit_id)`;
  const inScope = scope.all ? sql`true` : sql`${unit} = any(${[...scope.adminUnitOf.keys()]}::text[])`;
  const { rows } = await sql<{
    workflow_id: string;
    nomination_id: string;
    nominee_name: string | null;
    unit_id: string | null;
    status: string | null;
    activity_type: string;
    attempt: number;
    message: string;
    first_failed_at: Date;
    last_failed_at: Date;
  }>`select f.workflow_id, f.nomination_id, n.nominee_name, ${unit} as unit_id, n.status, f.activity_type,
            f.attempt, f.message, f.first_failed_at, f.last_failed_at
       from workflow_failures f left join nominations n on n.id = f.nomination_id
      where f.attempt >= ${FAILING_ATTEMPTS} and ${inScope}
      order by f.first_failed_at, f.workflow_id
      limit ${limit}`.execute(db);
  return rows.map((r) => ({
    workflowId: r.workflow_id,
    nominationId: r.nomination_id,
    nomineeName: r.nominee_name,
    unitId: r.unit_id,
    status: r.status,
    activityType: r.activity_type,
    attempt: r.attempt,
    message: failureMessage(r),
    since: r.first_failed_at.toISOString(),
    lastFailedAt: r.last_failed_at.toISOString(),
  }));
}

/** How many workflows are failing (health and metrics). */
export async function countFailingWorkflows(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from workflow_failures where attempt >= ${FAILING_ATTEMPTS}`.execute(db);
  return rows[0]?.n ?? 0;
}
