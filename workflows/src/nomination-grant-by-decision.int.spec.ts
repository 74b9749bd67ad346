import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { createActivities } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  decideUpdate,
  getNominationStateQuery,
  grantByDecisionUpdate,
  grantByDecisionUpdateId,
  nominationStreamId,
  nominationWorkflowId,
  type DecideArgs,
  type GrantByDecisionArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination, type Actor } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { nominationWorkflow } from './index';

const at = (level: number): Actor => ({
  userId: `u-chair-${level}`,
  name: `Chủ tịch cấp ${level}`,
  unitId: sampleRoute[level - 1]!.unitId,
});
const approve = (level: number): DecideArgs => ({
  actor: at(level),
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1]!.unitId,
});
const grant = (decisionId: string, decisionNumber = '125/QĐ-TLĐ'): GrantByDecisionArgs => ({
  actor: at(4),
  decisionId,
  decisionNumber,
  unitId: sampleRoute[3]!.unitId,
});

describe('nominationWorkflow granted by a quyết định (grantByDecisionUpdate)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let store: EventStore;
  let bundle: WorkflowBundleWithSourceMap;
  let worker: Worker;
  let running: Promise<void>;
  let taskQueue: string;

  beforeAll(async () => {
    [env, database, bundle] = await Promise.all([connectTestTemporal(), createTestDatabase(), bundleWorkflowsOnce()]);
    store = new EventStore(database.pool);
    taskQueue = uniqueTaskQueue('grant-by-decision');
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store }),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await database?.destroy();
  });

  async function start(): Promise<{ id: string; handle: WorkflowHandle<typeof nominationWorkflow> }> {
    const id = randomUUID();
    const handle = await env.client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: nominationWorkflowId(id),
      args: [{ submit: sampleSubmitNomination({ nominationId: id, now: new Date().toISOString() }) }],
    });
    for (let i = 0; i < 200 && (await handle.query(getNominationStateQuery)).version === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return { id, handle };
  }

  async function refusal(promise: Promise<unknown>): Promise<{ type?: string; message: string }> {
    const err = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (err as WorkflowUpdateFailedError).cause as { type?: string; message: string };
    return cause;
  }

  it('is refused, naming why, while the nomination is below the granting level', async () => {
    const { id, handle } = await start();
    await handle.executeUpdate(decideUpdate, { args: [approve(1)] });
    const cause = await refusal(
      handle.executeUpdate(grantByDecisionUpdate, {
        args: [grant('d-early')],
        updateId: grantByDecisionUpdateId('d-early', id),
      }),
    );
    expect(cause.type).toBe('NOMINATION.NOT_READY_FOR_DECISION');
    expect((await store.readStream(nominationStreamId(id))).map((e) => e.type)).not.toContain('NominationGranted');
  });

  it('grants once at the granting level; a repeat of the same decision is a no-op, another decision is refused', async () => {
    const { id, handle } = await start();
    for (const level of [1, 2, 3]) await handle.executeUpdate(decideUpdate, { args: [approve(level)] });
    const decisionId = randomUUID();
    const updateId = grantByDecisionUpdateId(decisionId, id);
    const granted = await handle.executeUpdate(grantByDecisionUpdate, { args: [grant(decisionId)], updateId });
    expect(granted.status).toBe('GRANTED');
    expect(granted.events).toEqual([{ type: 'NominationGranted', streamVersion: granted.version }]);
    // The workflow has completed; the same Update id is answered from history, nothing new written.
    const again = await handle.executeUpdate(grantByDecisionUpdate, { args: [grant(decisionId)], updateId });
    expect(again.version).toBe(granted.version);
    const events = await store.readStream(nominationStreamId(id));
    const grants = events.filter((e) => e.type === 'NominationGranted');
    expect(grants).toHaveLength(1);
    expect(grants[0]!.data).toMatchObject({ decisionId, decisionNumber: '125/QĐ-TLĐ', level: 4 });
    expect(await handle.result()).toMatchObject({ status: 'GRANTED' });
  });

  it('two decisions racing for one nomination: one grants it, the other is refused as final', async () => {
    const { id, handle } = await start();
    for (const level of [1, 2, 3]) await handle.executeUpdate(decideUpdate, { args: [approve(level)] });
    const [a, b] = await Promise.allSettled([
      handle.executeUpdate(grantByDecisionUpdate, {
        args: [grant('d-a', '1/QĐ-TLĐ')],
        updateId: grantByDecisionUpdateId('d-a', id),
      }),
      handle.executeUpdate(grantByDecisionUpdate, {
        args: [grant('d-b', '2/QĐ-TLĐ')],
        updateId: grantByDecisionUpdateId('d-b', id),
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const grants = (await store.readStream(nominationStreamId(id))).filter((e) => e.type === 'NominationGranted');
    expect(grants).toHaveLength(1);
  });
});
