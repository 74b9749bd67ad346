import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { createActivities } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  decideUpdate,
  getNominationStateQuery,
  nominationStreamId,
  nominationWorkflowId,
  nominationWorkflowInput,
  resubmitUpdate,
  withdrawUpdate,
  type DecideArgs,
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

const reviewer = (level: number): Actor => ({
  userId: `u-reviewer-${level}`,
  name: `Cán bộ cấp ${level}`,
  unitId: sampleRoute[level - 1].unitId,
});
const approve = (level: number, extra: Partial<DecideArgs> = {}): DecideArgs => ({
  actor: reviewer(level),
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '1234/QĐ-TLĐ' } : {}),
  ...extra,
});

describe('nominationWorkflow on the real dev server with the real event store', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let store: EventStore;
  let bundle: WorkflowBundleWithSourceMap;
  let worker: Worker;
  let taskQueue: string;
  let running: Promise<void>;

  beforeAll(async () => {
    [env, database, bundle] = await Promise.all([connectTestTemporal(), createTestDatabase(), bundleWorkflowsOnce()]);
    store = new EventStore(database.pool);
    taskQueue = uniqueTaskQueue('nomination');
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
      args: [nominationWorkflowInput(sampleSubmitNomination({ nominationId: id, now: new Date().toISOString() }))],
    });
    // The submission's events are written by the workflow's first activity; wait until they are in
    // (read from the store: a query needs a worker's turn and times out on a loaded machine).
    const until = Date.now() + 60_000;
    while ((await store.readStream(nominationStreamId(id))).length === 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 25));
    }
    return { id, handle };
  }
  const types = async (id: string) => (await store.readStream(nominationStreamId(id))).map((e) => e.type);

  it('climbs four levels to granted, every step an event with a verified hash chain', async () => {
    const { id, handle } = await start();
    for (const level of [1, 2, 3]) {
      const out = await handle.executeUpdate(decideUpdate, { args: [approve(level)] });
      expect(out.status).toBe('FORWARDED');
    }
    const granted = await handle.executeUpdate(decideUpdate, { args: [approve(4)] });
    expect(granted.status).toBe('GRANTED');
    expect(await handle.result()).toMatchObject({ nominationId: id, status: 'GRANTED', version: granted.version });
    expect(await types(id)).toEqual([
      'NominationSubmitted',
      'NominationReviewOpened',
      'NominationTaskDueSet',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationTaskDueSet',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationTaskDueSet',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationTaskDueSet',
      'NominationGranted',
    ]);
    const events = await store.readStream(nominationStreamId(id));
    expect(events[0].metadata).toMatchObject({ workflowId: nominationWorkflowId(id), ruleSetVersion: '2024.1' });
    expect((await store.verifyStream(nominationStreamId(id))).ok).toBe(true);
    const history = (await handle.fetchHistory()).events ?? [];
    // Started as the API starts it (the current history shape): no patch markers, one append marker
    // per command, one deadline timer kept across the levels (none cancelled). 36 events in all on a
    // quiet machine; workflow-task events are left out of the count, as a slow local activity on a
    // loaded machine adds a workflow task (bench:e2e reports the whole count).
    const count = (attr: keyof (typeof history)[number]) => history.filter((e) => e[attr]).length;
    expect(count('markerRecordedEventAttributes')).toBe(5);
    expect(count('timerStartedEventAttributes')).toBe(1);
    expect(count('timerCanceledEventAttributes')).toBe(0);
    expect(count('upsertWorkflowSearchAttributesEventAttributes')).toBe(5);
    const workflowTasks =
      count('workflowTaskScheduledEventAttributes') +
      count('workflowTaskStartedEventAttributes') +
      count('workflowTaskCompletedEventAttributes') +
      count('workflowTaskTimedOutEventAttributes') +
      count('workflowTaskFailedEventAttributes');
    expect(history.length - workflowTasks).toBeLessThanOrEqual(21);
  });

  it('returns to the level below, which resubmits, and the review reopens where it was returned', async () => {
    const { id, handle } = await start();
    await handle.executeUpdate(decideUpdate, { args: [approve(1)] });
    const returned = await handle.executeUpdate(decideUpdate, {
      args: [{ ...approve(2), decision: 'return', reason: 'Thiếu biên bản họp bình xét có chữ ký.' }],
    });
    expect(returned.status).toBe('RETURNED');
    const { state } = await handle.query(getNominationStateQuery);
    expect(state.status !== 'DRAFT' && state.openTask).toMatchObject({ kind: 'revision', level: 1 });
    const resubmitted = await handle.executeUpdate(resubmitUpdate, {
      args: [{ actor: reviewer(1), note: 'Đã bổ sung biên bản.' }],
    });
    expect(resubmitted.status).toBe('FORWARDED');
    const after = await handle.query(getNominationStateQuery);
    expect(after.state.status !== 'DRAFT' && after.state.openTask).toMatchObject({ kind: 'review', level: 2 });
    expect(await types(id)).toContain('NominationResubmitted');
  });

  it('ends rejected when a level rejects', async () => {
    const { id, handle } = await start();
    await handle.executeUpdate(decideUpdate, { args: [approve(1)] });
    await handle.executeUpdate(decideUpdate, {
      args: [{ ...approve(2), decision: 'reject', reason: 'Chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ.' }],
    });
    expect(await handle.result()).toMatchObject({ status: 'REJECTED' });
    expect((await types(id)).at(-1)).toBe('NominationRejected');
  });

  it('lets the nominating unit withdraw before the final decision', async () => {
    const { id, handle } = await start();
    await handle.executeUpdate(decideUpdate, { args: [approve(1)] });
    const nominator = sampleSubmitNomination().actor;
    await handle.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Cá nhân xin rút.' }] });
    expect(await handle.result()).toMatchObject({ status: 'WITHDRAWN' });
    expect((await types(id)).at(-1)).toBe('NominationWithdrawn');
  });

  it('refuses an invalid decision in the validator: nothing reaches history or the store', async () => {
    const { id, handle } = await start();
    const before = await store.readStream(nominationStreamId(id));
    const refused = handle.executeUpdate(decideUpdate, { args: [approve(3)], updateId: 'wrong-level' });
    await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(refused).rejects.toMatchObject({ cause: { type: 'NOMINATION.NOT_AT_THIS_LEVEL' } });
    const history = await handle.fetchHistory();
    const accepted = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
    expect(accepted).toHaveLength(0);
    expect(await store.readStream(nominationStreamId(id))).toHaveLength(before.length);
  });

  it('makes one decision of two concurrent approvals and tells the loser who decided', async () => {
    const { id, handle } = await start();
    const other: DecideArgs = approve(1, { actor: { ...reviewer(1), userId: 'u-chair-1', name: 'Phạm Thị Chủ tịch' } });
    const results = await Promise.allSettled([
      handle.executeUpdate(decideUpdate, { args: [approve(1)] }),
      handle.executeUpdate(decideUpdate, { args: [other] }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ cause: { type: 'NOMINATION.ALREADY_DECIDED' } });
    expect((await types(id)).filter((t) => t === 'NominationForwarded')).toHaveLength(1);
  });

  it('treats the same update id twice as one decision', async () => {
    const { id, handle } = await start();
    const first = await handle.executeUpdate(decideUpdate, { args: [approve(1)], updateId: 'idem-1' });
    const again = await handle.executeUpdate(decideUpdate, { args: [approve(1)], updateId: 'idem-1' });
    expect(again).toEqual(first);
    expect((await types(id)).filter((t) => t === 'NominationForwarded')).toHaveLength(1);
  });
});
