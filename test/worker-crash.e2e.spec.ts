import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import {
  NOMINATION_WORKFLOW_TYPE,
  decideUpdate,
  nominationStreamId,
  nominationWorkflowId,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import {
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { nominationWorkflow } from '@vinhdanh/workflows';

const root = join(__dirname, '..');
const approve = (level: number): DecideArgs => ({
  actor: { userId: `u-${level}`, name: `Cán bộ cấp ${level}`, unitId: sampleRoute[level - 1].unitId },
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '77/QĐ-TLĐ' } : {}),
});

/** The real worker process, exactly as `npm start` runs it. */
function startWorker(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Polling task queue')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${out.slice(-2000)}`)));
  });
  return { child, ready };
}

describe('a worker killed in the middle of decisions', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    [env, database] = await Promise.all([connectTestTemporal(), createTestDatabase()]);
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await env?.teardown();
    await database?.destroy();
  });

  it('loses nothing and duplicates nothing once a new worker takes over', async () => {
    const workerEnv = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: testTemporalAddress(),
      // The test's client starts the workflows in the shared server's default namespace.
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('crash'),
    };
    const first = startWorker(workerEnv);
    workers.push(first.child);
    await first.ready;

    const handles: WorkflowHandle<typeof nominationWorkflow>[] = [];
    for (let i = 0; i < 6; i++) {
      const id = randomUUID();
      handles.push(
        await env.client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
          taskQueue: workerEnv.TEMPORAL_TASK_QUEUE,
          workflowId: nominationWorkflowId(id),
          args: [{ submit: sampleSubmitNomination({ nominationId: id, now: new Date().toISOString() }) }],
        }),
      );
    }
    // Each nomination climbs all four levels; the worker dies while these are in flight.
    const climbs = handles.map(async (h) => {
      for (const level of [1, 2, 3, 4]) {
        await h.executeUpdate(decideUpdate, { args: [approve(level)], updateId: `${h.workflowId}:${level}` });
      }
      return h.result();
    });
    await new Promise((r) => setTimeout(r, 150));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = startWorker(workerEnv);
    workers.push(second.child);
    await second.ready;
    const results = await Promise.all(climbs);
    second.child.kill('SIGTERM');

    expect(results.map((r) => r.status)).toEqual(handles.map(() => 'GRANTED'));
    const store = new EventStore(database.pool);
    for (const h of handles) {
      const id = h.workflowId.replace(/^nomination:/, '');
      const events = await store.readStream(nominationStreamId(id));
      // Deadline bookkeeping (due dates, reminders, missed deadlines) interleaves; decisions are checked.
      const bookkeeping = /^Nomination(TaskDueSet|ReminderSent|DeadlineMissed|MarkedStuck)$/;
      expect(events.map((e) => e.type).filter((t) => !bookkeeping.test(t))).toEqual([
        'NominationSubmitted',
        'NominationReviewOpened',
        ...[1, 2, 3].flatMap(() => ['NominationForwarded', 'NominationReviewOpened']),
        'NominationGranted',
      ]);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      expect((await store.verifyStream(nominationStreamId(id))).ok).toBe(true);
    }
  }, 120_000);
});
