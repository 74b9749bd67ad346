import { join } from 'node:path';
import { Client, Connection, ScheduleAlreadyRunning, type ScheduleOptions } from '@temporalio/client';
import { loadOrCreateSigner, type AuditSigner } from '@vinhdanh/audit';
import { temporalConnectionOptions, type Config, type TemporalConnectionConfig } from '@vinhdanh/config';
import { DAILY_ANCHOR_SCHEDULE_ID, DAILY_ANCHOR_WORKFLOW_TYPE } from '@vinhdanh/contracts';

/**
 * The day's integrity anchor is created by a Temporal Schedule rather than a cron workflow or a
 * timer in the process: the server fires it whichever worker is up (several workers never anchor
 * twice, and an anchor is idempotent per day anyway), catches up a run missed while every worker
 * was down (catchup window), never overlaps (SKIP), and is visible, pausable and triggerable in
 * Temporal's UI and CLI. Cron workflows are the legacy way to the same end.
 */
export function dailyAnchorSchedule(taskQueue: string, scheduleId = DAILY_ANCHOR_SCHEDULE_ID): ScheduleOptions {
  return {
    scheduleId,
    // 00:10 in Vietnam: the day's anchor covers the store as it stood at the start of the day.
    spec: { calendars: [{ hour: 0, minute: 10, comment: 'daily integrity anchor' }], timezone: 'Asia/Ho_Chi_Minh' },
    action: {
      type: 'startWorkflow',
      workflowType: DAILY_ANCHOR_WORKFLOW_TYPE,
      taskQueue,
      workflowId: 'daily-integrity-anchor',
      workflowExecutionTimeout: '6 hours',
    },
    policies: { overlap: 'SKIP', catchupWindow: '1 day' },
    memo: { purpose: 'Neo toàn vẹn hằng ngày / daily integrity anchor' },
  };
}

/**
 * Creates the schedule when it is missing; when it exists (another worker, an earlier start) it
 * updates its spec and action to this worker's, so a changed task queue or time takes effect.
 */
export async function ensureDailyAnchorSchedule(
  client: Client,
  taskQueue: string,
  scheduleId = DAILY_ANCHOR_SCHEDULE_ID,
): Promise<'created' | 'updated'> {
  const options = dailyAnchorSchedule(taskQueue, scheduleId);
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle(scheduleId).update((previous) => ({
      ...previous,
      spec: options.spec,
      action: options.action,
      policies: { ...previous.policies, ...options.policies },
    }));
    return 'updated';
  }
}

/** The signer of the anchors: `AUDIT_SIGNING_KEY`, else the API's development key file (same path). */
export function anchorSigner(config: Pick<Config, 'AUDIT_SIGNING_KEY'>): AuditSigner {
  return config.AUDIT_SIGNING_KEY
    ? loadOrCreateSigner({ pem: config.AUDIT_SIGNING_KEY })
    : loadOrCreateSigner({ file: join('.data', 'audit-signing-key.pem') });
}

/** At worker start: make sure the schedule exists. A failure is logged, never fatal (the next start retries). */
export async function scheduleDailyAnchor(
  config: Pick<Config, 'TEMPORAL_NAMESPACE' | 'TEMPORAL_TASK_QUEUE'> & TemporalConnectionConfig,
  log: (line: string) => void,
): Promise<void> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect(temporalConnectionOptions(config));
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const how = await ensureDailyAnchorSchedule(client, config.TEMPORAL_TASK_QUEUE);
    log(`Daily integrity anchor schedule "${DAILY_ANCHOR_SCHEDULE_ID}" ${how} (00:10 Asia/Ho_Chi_Minh).`);
  } catch (err) {
    log(`Could not create the daily anchor schedule: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await connection?.close();
  }
}
