import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createAnchorActivities } from '@vinhdanh/activities';
import { createSigner, generateSigningKeyPem } from '@vinhdanh/audit';
import { DAILY_ANCHOR_CREATED_BY, DAILY_ANCHOR_SCHEDULE_ID, DAILY_ANCHOR_WORKFLOW_TYPE } from '@vinhdanh/contracts';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import { ensureDailyAnchorSchedule } from './anchor-schedule';

// The worker's daily anchor: a real Temporal Schedule on the run's dev server, triggered now
// instead of waiting for 00:10, starting the real workflow and activity against PostgreSQL.
describe('daily integrity anchor schedule', () => {
  // Its own id: the run's dev server is shared, and a real worker started by another spec creates
  // the production schedule there too.
  const scheduleId = `${DAILY_ANCHOR_SCHEDULE_ID}-${process.pid}-${Date.now()}`;
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  beforeAll(async () => {
    [env, database] = await Promise.all([connectTestTemporal(), createTestDatabase()]);
  });
  afterAll(async () => {
    await env?.client.schedule
      .getHandle(scheduleId)
      .delete()
      .catch(() => undefined);
    await env?.teardown();
    await database?.destroy();
  });

  const anchors = () =>
    database.db.selectFrom('integrity_anchors').select(['id', 'anchor_day', 'created_by']).execute();

  async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let waited = 0; waited < 30_000; waited += 200) {
      const value = await probe();
      if (done(value)) return value;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('timed out waiting for the schedule');
  }

  it('is created once (then updated), runs daily at 00:10 Vietnam time and creates that day’s anchor, once per day', async () => {
    const taskQueue = uniqueTaskQueue('anchor');
    expect(await ensureDailyAnchorSchedule(env.client, taskQueue, scheduleId)).toBe('created');
    expect(await ensureDailyAnchorSchedule(env.client, taskQueue, scheduleId)).toBe('updated');
    const handle = env.client.schedule.getHandle(scheduleId);
    const described = await handle.describe();
    expect(described.spec.calendars).toEqual([
      expect.objectContaining({ hour: [{ start: 0, end: 0, step: 1 }], minute: [{ start: 10, end: 10, step: 1 }] }),
    ]);
    expect(described.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(described.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: DAILY_ANCHOR_WORKFLOW_TYPE,
      taskQueue,
    });
    expect(described.policies.overlap).toBe('SKIP');

    const signer = createSigner(generateSigningKeyPem());
    const clock = { now: () => new Date() };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await bundleWorkflowsOnce(),
      activities: createAnchorActivities({ db: database.db, clock, signer }),
    });
    await worker.runUntil(async () => {
      await handle.trigger();
      const [anchor] = await until(anchors, (rows) => rows.length === 1);
      expect(anchor?.created_by).toBe(DAILY_ANCHOR_CREATED_BY);
      const firstRun = await until(
        () => handle.describe(),
        (d) => d.info.recentActions.length >= 1,
      );
      const first = firstRun.info.recentActions[0]?.action;
      expect(
        await env.client.workflow
          .getHandle(first?.workflow.workflowId ?? '', first?.workflow.firstExecutionRunId)
          .result(),
      ).toMatchObject({
        anchorId: anchor?.id,
        created: true,
      });

      // A second run the same day (a catch-up, a manual trigger) finds the day's anchor.
      await handle.trigger();
      const secondRun = await until(
        () => handle.describe(),
        (d) => d.info.recentActions.length >= 2,
      );
      const second = secondRun.info.recentActions[1]?.action;
      const result = await env.client.workflow
        .getHandle(second?.workflow.workflowId ?? '', second?.workflow.firstExecutionRunId)
        .result();
      expect(result).toMatchObject({ anchorId: anchor?.id, created: false });
      expect(await anchors()).toHaveLength(1);
    });
  });
});
