import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig } from '@vinhdanh/config';
import {
  bundleToolWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import { createSmokeActivities } from '../activities/smoke.activities';
import { SMOKE_WORKFLOW_TYPE, smokeApproveUpdate } from '../contracts/smoke.contract';
import type { smokeWorkflow } from './index';
import { ActivitiesFactory, createTemporalWorker, SystemClock, WORKER_CONFIG, WorkerModule } from '@vinhdanh/worker';

// The worker as main.ts assembles it (Nest DI resolving the activities' deps from decorator
// metadata, then the Temporal worker), against the run's dev server. The smoke workflow is tooling
// (tools/), so this worker runs the tool bundle and adds the smoke activity, on the DI-built clock.
describe('worker composition', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  beforeAll(async () => {
    [env, database] = await Promise.all([connectTestTemporal(), createTestDatabase()]);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.destroy();
  });

  it('runs the smoke workflow with activities built by the Nest module', async () => {
    const config = loadConfig({
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('worker'),
      DATABASE_URL: database.url,
    });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(WORKER_CONFIG)
      .useValue(config)
      .compile();
    const activities = {
      ...moduleRef.get(ActivitiesFactory).create(),
      ...createSmokeActivities({ clock: moduleRef.get(SystemClock) }),
    };
    const { worker, connection } = await createTemporalWorker({
      config,
      activities,
      log: () => undefined,
      workflowBundle: await bundleToolWorkflowsOnce(),
    });
    try {
      await worker.runUntil(async () => {
        const handle = await env.client.workflow.start<typeof smokeWorkflow>(SMOKE_WORKFLOW_TYPE, {
          taskQueue: config.TEMPORAL_TASK_QUEUE,
          workflowId: `smoke:${randomUUID()}`,
          args: [{ name: 'Tuấn', approvalTimeoutMs: 60_000 }],
        });
        await handle.executeUpdate(smokeApproveUpdate, { args: [{ actor: 'chu-tich' }] });
        const result = await handle.result();
        expect(result).toMatchObject({ status: 'approved', approvedBy: 'chu-tich' });
        // The system clock reached the activity, so DI supplied a real SystemClock.
        expect(result.greeting).toMatch(/^Xin chào, Tuấn! \(\d{4}-\d{2}-\d{2}T/);
      });
    } finally {
      await connection.close();
      await moduleRef.close();
    }
  });
});
