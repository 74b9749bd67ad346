import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createActivities } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  answerObjectionUpdate,
  decideUpdate,
  getNominationStateQuery,
  nominationStreamId,
  nominationWorkflowId,
  recordObjectionUpdate,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination, type Actor, type SubmitNomination } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { nominationWorkflow } from './index';
import { PUBLIC_DISCLOSURE_PATCH } from './patches';

const DISCLOSURE_MS = 3000;
const unit1 = sampleRoute[0].unitId;
const nominator: Actor = { userId: 'u-nominator', name: 'Lê Văn Bình', unitId: unit1 };
const chair: Actor = { userId: 'u-chair-1', name: 'Phạm Thị Lan', unitId: unit1 };
const approve1: DecideArgs = { actor: chair, decision: 'approve', level: 1, unitId: unit1 };

/** The refusal code of a failed Update (the domain code travels as the ApplicationFailure type). */
async function refusedWith(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure)
      return err.cause.type ?? undefined;
    throw err;
  }
  return undefined;
}

describe('public disclosure in the workflow (real dev server, real event store, a 3-second period)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let store: EventStore;
  let worker: Worker;
  let taskQueue: string;
  let running: Promise<void>;

  beforeAll(async () => {
    const [e, d, bundle] = await Promise.all([connectTestTemporal(), createTestDatabase(), bundleWorkflowsOnce()]);
    [env, database] = [e, d];
    store = new EventStore(database.pool);
    taskQueue = uniqueTaskQueue('disclosure');
    const real = createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store });
    // The real activity counts working days (≥ one day); this test ends the period seconds after posting.
    const computeDisclosureEndsAt: typeof real.computeDisclosureEndsAt = async ({ postedAt }) => ({
      endsAt: new Date(Date.parse(postedAt) + DISCLOSURE_MS).toISOString(),
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: { ...real, computeDisclosureEndsAt },
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await database?.destroy();
  });

  async function start(overrides: Partial<SubmitNomination>): Promise<{ id: string; handle: WorkflowHandle }> {
    const id = randomUUID();
    const submit = sampleSubmitNomination({ nominationId: id, now: new Date().toISOString(), ...overrides });
    const handle = await env.client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: nominationWorkflowId(id),
      args: [{ submit }],
    });
    return { id, handle };
  }
  const types = async (id: string) => (await store.readStream(nominationStreamId(id))).map((e) => e.type);
  async function waitFor(id: string, type: string, timeoutMs = 15_000): Promise<string[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = await types(id);
      if (seen.includes(type)) return seen;
      if (Date.now() > until) throw new Error(`no ${type}; have ${seen.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('posts, refuses forwarding while open and with an unanswered objection, ends on its timer, then forwards', async () => {
    const { id, handle } = await start({ disclosure: { workingDays: 5 } });
    await waitFor(id, 'NominationDisclosurePosted');
    const posted = (await store.readStream(nominationStreamId(id))).find(
      (e) => e.type === 'NominationDisclosurePosted',
    );
    expect(posted?.data).toMatchObject({ level: 1, unitId: unit1, workingDays: 5 });

    expect(await refusedWith(handle.executeUpdate(decideUpdate, { args: [approve1] }))).toBe(
      'NOMINATION.DISCLOSURE_OPEN',
    );
    const objection = { actor: nominator, objectionId: 'obj-1', text: 'Chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ.' };
    await handle.executeUpdate(recordObjectionUpdate, { args: [objection] });
    // A reviewer of the level above cannot record one for the unit.
    const outsider = { ...objection, objectionId: 'obj-2', actor: { ...nominator, unitId: sampleRoute[1].unitId } };
    expect(await refusedWith(handle.executeUpdate(recordObjectionUpdate, { args: [outsider] }))).toBe(
      'NOMINATION.NOT_NOMINATING_UNIT',
    );

    const seen = await waitFor(id, 'NominationDisclosureEnded');
    expect(seen.filter((t) => t === 'NominationDisclosureEnded')).toHaveLength(1);
    expect(await refusedWith(handle.executeUpdate(decideUpdate, { args: [approve1] }))).toBe(
      'NOMINATION.OBJECTION_UNANSWERED',
    );
    const late = { ...objection, objectionId: 'obj-3' };
    expect(await refusedWith(handle.executeUpdate(recordObjectionUpdate, { args: [late] }))).toBe(
      'NOMINATION.DISCLOSURE_NOT_OPEN',
    );
    await handle.executeUpdate(answerObjectionUpdate, {
      args: [{ actor: chair, objectionId: 'obj-1', answer: 'Đã đối chiếu: đủ hai năm.', upheld: false }],
    });
    const outcome = await handle.executeUpdate(decideUpdate, { args: [approve1] });
    expect(outcome.events.map((e) => e.type).slice(0, 2)).toEqual(['NominationForwarded', 'NominationReviewOpened']);
    const { state } = await handle.query(getNominationStateQuery);
    expect(state.status !== 'DRAFT' && state.disclosure?.objections[0]?.answer?.upheld).toBe(false);
    await handle.terminate('test done');
  });

  it('a nomination without a pinned disclosure never asks for the patch and forwards at once', async () => {
    const { id, handle } = await start({});
    const outcome = await handle.executeUpdate(decideUpdate, { args: [approve1] });
    expect(outcome.events[0]?.type).toBe('NominationForwarded');
    expect(await types(id)).not.toContain('NominationDisclosurePosted');
    const history = await handle.fetchHistory();
    const markers = JSON.stringify(history.events?.filter((e) => e.markerRecordedEventAttributes) ?? []);
    expect(markers).not.toContain(PUBLIC_DISCLOSURE_PATCH);
    expect(
      await refusedWith(
        handle.executeUpdate(recordObjectionUpdate, {
          args: [{ actor: nominator, objectionId: 'x', text: 'Phản ánh' }],
        }),
      ),
    ).toBe('NOMINATION.NO_DISCLOSURE');
    await handle.terminate('test done');
  });
});
