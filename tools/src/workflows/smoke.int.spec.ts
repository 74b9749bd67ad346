import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createSmokeActivities } from '../activities/smoke.activities';
import { SMOKE_WORKFLOW_TYPE, smokeApproveUpdate, type SmokeWorkflowInput } from '../contracts/smoke.contract';
import { bundleToolWorkflowsOnce, connectTestTemporal, uniqueTaskQueue } from '@vinhdanh/testing';
import type { smokeWorkflow } from './index';

const now = new Date('2026-03-02T02:00:00.000Z');
const activities = createSmokeActivities({ clock: { now: () => now } });

describe('smokeWorkflow on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let workflowBundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    [env, workflowBundle] = await Promise.all([connectTestTemporal(), bundleToolWorkflowsOnce()]);
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function withWorker(test: (taskQueue: string) => Promise<void>): Promise<void> {
    const taskQueue = uniqueTaskQueue('smoke');
    const worker = await Worker.create({ connection: env.nativeConnection, workflowBundle, activities, taskQueue });
    await worker.runUntil(test(taskQueue));
  }

  function start(taskQueue: string, input: SmokeWorkflowInput) {
    return env.client.workflow.start<typeof smokeWorkflow>(SMOKE_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: `smoke:${randomUUID()}`,
      args: [input],
    });
  }

  it('runs the activity and completes once approved', async () => {
    await withWorker(async (taskQueue) => {
      const handle = await start(taskQueue, { name: 'Lan', approvalTimeoutMs: 60_000 });
      const reply = await handle.executeUpdate(smokeApproveUpdate, { args: [{ actor: 'chu-tich' }] });
      expect(reply).toEqual({ approvedBy: 'chu-tich' });
      expect(await handle.result()).toEqual({
        status: 'approved',
        greeting: 'Xin chào, Lan! (2026-03-02T02:00:00.000Z)',
        approvedBy: 'chu-tich',
      });
    });
  });

  it('refuses an update with an empty actor in the validator, leaving no trace in history', async () => {
    await withWorker(async (taskQueue) => {
      const handle = await start(taskQueue, { name: 'Minh', approvalTimeoutMs: 60_000 });
      const refused = handle.executeUpdate(smokeApproveUpdate, { args: [{ actor: '  ' }], updateId: 'bad-actor' });
      const error = await refused.then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (error as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect((cause as ApplicationFailure).type).toBe('SMOKE.EMPTY_ACTOR');

      await handle.executeUpdate(smokeApproveUpdate, { args: [{ actor: 'pho-chu-tich' }], updateId: 'good-actor' });
      expect(await handle.result()).toMatchObject({ status: 'approved', approvedBy: 'pho-chu-tich' });

      const { events } = await handle.fetchHistory();
      const acceptedIds = (events ?? [])
        .map((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId)
        .filter((id): id is string => Boolean(id));
      expect(acceptedIds).toEqual(['good-actor']);
    });
  });

  it('returns timed-out when nobody approves in time', async () => {
    await withWorker(async (taskQueue) => {
      const handle = await start(taskQueue, { name: 'Hoa', approvalTimeoutMs: 300 });
      expect(await handle.result()).toEqual({
        status: 'timed-out',
        greeting: 'Xin chào, Hoa! (2026-03-02T02:00:00.000Z)',
      });
    });
  });
});
