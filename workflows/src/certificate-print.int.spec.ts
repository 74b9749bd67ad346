import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { sql } from 'kysely';
import { createActivities, readAwardDecision, seedIssuedDecision } from '@vinhdanh/activities';
import { CERTIFICATE_PRINT_WORKFLOW_TYPE, certificatePrintWorkflowId } from '@vinhdanh/contracts';
import { EventStore } from '@vinhdanh/event-store';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { certificatePrintWorkflow } from './index';

describe('certificate print run (one certificate per annex line) across a worker restart', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let store: EventStore;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    [env, database, bundle] = await Promise.all([connectTestTemporal(), createTestDatabase(), bundleWorkflowsOnce()]);
    store = new EventStore(database.pool);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.destroy();
  });

  const newWorker = (taskQueue: string) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      // A short grace: the worker stops with a chunk in flight, as a restart would.
      shutdownGraceTime: '10 ms',
      activities: createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store }),
    });

  it('prints every line exactly once when the worker stops midway and another takes over', async () => {
    const decisionId = randomUUID();
    const user = await sql<{ id: string }>`
      insert into users (id, username, full_name, password_hash) values (${randomUUID()}, ${`printer-${decisionId}`}, 'Trần Văn Thành', 'x')
      returning id`.execute(database.db);
    const count = 40;
    await seedIssuedDecision(database.db, store, { decisionId, count, userId: user.rows[0]!.id });
    const taskQueue = uniqueTaskQueue('print');

    const first = await newWorker(taskQueue);
    const firstRun = first.run();
    const handle = await env.client.workflow.start<typeof certificatePrintWorkflow>(CERTIFICATE_PRINT_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: certificatePrintWorkflowId(decisionId),
      args: [{ decisionId, chunkSize: 5 }],
    });
    // Stop the first worker once some, not all, chunks are recorded.
    for (let i = 0; i < 600; i++) {
      const printed = (await readAwardDecision(store, decisionId)).state.printedChunks.length;
      if (printed >= 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.shutdown();
    await firstRun;
    const midway = (await readAwardDecision(store, decisionId)).state.printedChunks.length;
    expect(midway).toBeGreaterThanOrEqual(2);
    expect(midway).toBeLessThan(8);

    const second = await newWorker(taskQueue);
    const secondRun = second.run();
    const result = await handle.result();
    second.shutdown();
    await secondRun;

    expect(result).toEqual({ decisionId, certificates: count, chunks: 8 });
    const { state, events } = await readAwardDecision(store, decisionId);
    expect([...state.printedChunks].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const printedLines = events
      .filter((e) => e.type === 'AwardDecisionCertificatesPrinted')
      .flatMap((e) => (e.type === 'AwardDecisionCertificatesPrinted' ? e.data.certificates : []));
    // No gap, no duplicate: every annex line once, register numbers 125.001 … 125.040.
    expect(printedLines.map((c) => c.registerNumber)).toEqual(
      Array.from({ length: count }, (_, i) => `125.${String(i + 1).padStart(3, '0')}`),
    );
    const files = await sql<{ n: number; distinct_lines: number }>`
      select count(*)::int as n, count(distinct (nomination_id, format))::int as distinct_lines
      from generated_documents where decision_id = ${decisionId}`.execute(database.db);
    expect(files.rows[0]).toEqual({ n: count * 2, distinct_lines: count * 2 });
    // The recorded checksums are the stored files'.
    const mismatched = await sql<{ n: number }>`
      select count(*)::int as n from generated_documents g
      where g.decision_id = ${decisionId} and g.sha256 <> encode(sha256(g.content), 'hex')`.execute(database.db);
    expect(mismatched.rows[0]!.n).toBe(0);
  });
});
