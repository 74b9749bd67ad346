// Test-only (named *.spec.ts for the lint rules, not matched by jest's testRegex): a worker on the real dev server and a throwaway database, shared by the workflow int specs.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { createActivities, type ComputeTaskDueAtInput, type TaskDeadline } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  nominationWorkflowInput,
  nominationStreamId,
  nominationWorkflowId,
} from '@vinhdanh/contracts';
import { awardRuleOf, computeProcedureRoute, ruleSet2024, sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import type { Actor, AwardCode, SubmitNomination } from '@vinhdanh/domain';
import { EventStore, type RecordedEvent } from '@vinhdanh/event-store';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { nominationWorkflow } from './index';

/** A running nomination workflow under test. */
export interface Started {
  id: string;
  handle: WorkflowHandle<typeof nominationWorkflow>;
}

/**
 * Deadlines seconds away for campaigns named `fast:<fromLevel>:<stuck|auto_return>` (tasks at
 * `fromLevel` or above): due in `dueMs`, reminded halfway, escalated `graceMs` after the due time.
 * Every other campaign gets the real computation from the calendar table.
 */
export function fastDeadlines(dueMs = 2000, graceMs = 1000) {
  return (input: ComputeTaskDueAtInput): TaskDeadline | undefined => {
    const [tag, fromLevel, mode] = input.campaignId.split(':');
    if (tag !== 'fast' || input.level < Number(fromLevel)) return undefined;
    const now = Date.now();
    const due = input.dueAt ? Date.parse(input.dueAt) : now + dueMs;
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      dueAt: iso(due),
      remindAt: iso(Math.max(now, due - dueMs / 2)),
      escalateAt: iso(due + graceMs),
      onEscalate: mode === 'auto_return' ? 'auto_return' : 'stuck',
    };
  };
}

/** The actor reviewing at a route level of the sample route. */
export const reviewer = (level: number): Actor => ({
  userId: `u-reviewer-${level}`,
  name: `Cán bộ cấp ${level}`,
  unitId: sampleRoute[level - 1].unitId,
});

/** A submission of `awardCode` along the sample route with the 2024.2 procedure at each level. */
export function submitWithSteps(nominationId: string, overrides: Partial<SubmitNomination> = {}): SubmitNomination {
  const awardCode: AwardCode = overrides.awardCode ?? 'BK_TLD';
  const { route, procedure } = computeProcedureRoute(ruleSet2024, awardRuleOf(ruleSet2024, awardCode), sampleRoute);
  return sampleSubmitNomination({
    nominationId,
    now: new Date().toISOString(),
    ruleSetVersion: ruleSet2024.version,
    route,
    procedure,
    ...overrides,
  });
}

/** Starts the worker and database a spec needs; call `stop()` in afterAll. */
export async function startHarness(options: { deadlines?: ReturnType<typeof fastDeadlines>; poolSize?: number } = {}) {
  const [env, database, bundle]: [
    TestWorkflowEnvironment,
    TestDatabase,
    Awaited<ReturnType<typeof bundleWorkflowsOnce>>,
  ] = await Promise.all([
    connectTestTemporal(),
    createTestDatabase({ poolSize: options.poolSize }),
    bundleWorkflowsOnce(),
  ]);
  const store = new EventStore(database.pool);
  const taskQueue = uniqueTaskQueue('nomination');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: createActivities({
      clock: { now: () => new Date() },
      db: database.db,
      eventStore: store,
      taskDeadlines: options.deadlines,
    }),
  });
  const running = worker.run();

  async function start(submit: (id: string) => SubmitNomination): Promise<Started> {
    const id = randomUUID();
    const handle = await env.client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: nominationWorkflowId(id),
      args: [nominationWorkflowInput(submit(id))],
    });
    // The submission is written when its stream has an event: read from the store, since a query
    // needs a worker's turn and times out on a loaded machine.
    const until = Date.now() + 60_000;
    while ((await store.readStream(nominationStreamId(id))).length === 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return { id, handle };
  }
  const events = (id: string): Promise<RecordedEvent[]> => store.readStream(nominationStreamId(id));
  const types = async (id: string) => (await events(id)).map((e) => e.type);
  /** Polls the stream (bounded) until `done` holds for its event types. */
  async function waitForEvents(id: string, done: (types: string[]) => boolean, timeoutMs = 15_000): Promise<string[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = await types(id);
      if (done(seen)) return seen;
      if (Date.now() > until) throw new Error(`timed out waiting for events; have ${seen.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function stop(): Promise<void> {
    worker.shutdown();
    await running;
    await env.teardown();
    await database.destroy();
  }
  return { env, database, store, taskQueue, start, events, types, waitForEvents, stop };
}

/** What {@link startHarness} returns. */
export type Harness = Awaited<ReturnType<typeof startHarness>>;
