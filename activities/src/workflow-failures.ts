import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

// The append is a local activity, whose failed attempts Temporal's server never sees; the stuck
// desk reads them from `workflow_failures` instead (migration 0710). Both calls are best-effort:
// a failure to record must never change what the activity itself reports.

/** Records the latest failed attempt of `activityType` for a nomination's workflow. */
export async function recordWorkflowFailure(
  db: Kysely<Database>,
  failure: { workflowId: string; nominationId: string; activityType: string; attempt: number; error: unknown },
): Promise<void> {
  const message = (failure.error instanceof Error ? failure.error.message : String(failure.error)).slice(0, 2000);
  await sql`
    insert into workflow_failures (workflow_id, nomination_id, activity_type, attempt, message)
    values (${failure.workflowId}, ${failure.nominationId}, ${failure.activityType}, ${failure.attempt}, ${message})
    on conflict (workflow_id) do update set activity_type = excluded.activity_type, attempt = excluded.attempt,
      message = excluded.message, last_failed_at = now()`
    .execute(db)
    .catch(() => undefined);
}

/** Clears a workflow's failure once an attempt succeeded (only called after a retry, so rarely). */
export async function clearWorkflowFailure(db: Kysely<Database>, workflowId: string): Promise<void> {
  await sql`delete from workflow_failures where workflow_id = ${workflowId}`.execute(db).catch(() => undefined);
}
