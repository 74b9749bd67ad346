import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '@vinhdanh/activities';
import { loadConfig, type Config } from '@vinhdanh/config';
import {
  NOMINATIONS_TASK_QUEUE,
  NOMINATION_WORKFLOW_TYPE,
  decideUpdate,
  nominationStreamId,
  nominationWorkflowId,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { demoUnitIds, sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  type TestDatabase,
} from '@vinhdanh/testing';
import type { nominationWorkflow } from '@vinhdanh/workflows';
import { createTemporalWorker, type TemporalWorker } from '../apps/worker/src/temporal-worker';

const approve = (level: number): DecideArgs => ({
  actor: { userId: `u-${level}`, name: `Cán bộ cấp ${level}`, unitId: sampleRoute[level - 1].unitId },
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '12/QĐ-TLĐ' } : {}),
});

/**
 * Two deployments (two databases) on ONE Temporal server, both on the default task queue and both
 * using the same deterministic workflow id — as two `npm start`s with demo data would. Each must run
 * only its own workflows, against its own database.
 */
describe('two deployments sharing one Temporal server', () => {
  let env: TestWorkflowEnvironment;
  const databases: TestDatabase[] = [];
  const workers: TemporalWorker[] = [];

  beforeAll(async () => {
    env = await connectTestTemporal();
    databases.push(await createTestDatabase(), await createTestDatabase());
  });
  afterAll(async () => {
    for (const { connection } of workers) await connection.close().catch(() => undefined);
    await env?.teardown();
    for (const database of databases) await database.destroy();
  });

  const configFor = (database: TestDatabase, extra: Record<string, string> = {}): Config =>
    loadConfig({ DATABASE_URL: database.url, TEMPORAL_ADDRESS: testTemporalAddress(), LOG_LEVEL: 'error', ...extra });

  it('each gets its own namespace and runs only its own workflows', async () => {
    const configs = databases.map((database) => configFor(database));
    // Unset TEMPORAL_NAMESPACE: derived from each database name, so they differ; the queue is shared.
    expect(configs[0].TEMPORAL_NAMESPACE).not.toBe(configs[1].TEMPORAL_NAMESPACE);
    expect(configs.map((c) => c.TEMPORAL_TASK_QUEUE)).toEqual([NOMINATIONS_TASK_QUEUE, NOMINATIONS_TASK_QUEUE]);

    const bundle = await bundleWorkflowsOnce();
    for (const [i, config] of configs.entries()) {
      const database = databases[i];
      const activities = createActivities({
        clock: { now: () => new Date() },
        db: database.db,
        eventStore: new EventStore(database.pool),
      });
      workers.push(await createTemporalWorker({ config, activities, log: () => undefined, workflowBundle: bundle }));
    }

    const nominationId = 'demo-same-id-in-both';
    const nominators = ['Nguyễn Thị Hạnh', 'Trần Văn Khoa'];
    const runs = Promise.all(workers.map(({ worker }) => worker.run()));
    try {
      const results = await Promise.all(
        configs.map(async (config, i) => {
          const client = new Client({ connection: env.connection, namespace: config.TEMPORAL_NAMESPACE });
          const handle = await client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
            taskQueue: config.TEMPORAL_TASK_QUEUE,
            workflowId: nominationWorkflowId(nominationId),
            args: [
              {
                submit: sampleSubmitNomination({
                  nominationId,
                  now: new Date().toISOString(),
                  actor: { userId: `u-nominator-${i}`, name: nominators[i], unitId: demoUnitIds.cdcsThcsTanHoi },
                }),
              },
            ],
          });
          for (const level of [1, 2, 3, 4]) {
            await handle.executeUpdate(decideUpdate, {
              args: [approve(level)],
              updateId: `${handle.workflowId}:${level}`,
            });
          }
          return handle.result();
        }),
      );
      expect(results.map((r) => r.status)).toEqual(['GRANTED', 'GRANTED']);
    } finally {
      for (const { worker } of workers) worker.shutdown();
      await runs;
    }

    // Each database holds exactly one submission: its own nominator's, once.
    for (const [i, database] of databases.entries()) {
      const events = await new EventStore(database.pool).readStream(nominationStreamId(nominationId));
      const submitted = events.filter((e) => e.type === 'NominationSubmitted');
      expect(submitted).toHaveLength(1);
      expect(JSON.stringify(submitted[0])).toContain(nominators[i]);
      expect(JSON.stringify(events)).not.toContain(nominators[1 - i]);
      expect(events.filter((e) => e.type === 'NominationGranted')).toHaveLength(1);
    }
  });

  it('refuses a namespace that another database created, naming TEMPORAL_NAMESPACE', async () => {
    const first = configFor(databases[0]);
    const intruder = configFor(databases[1], { TEMPORAL_NAMESPACE: first.TEMPORAL_NAMESPACE });
    const activities = createActivities({
      clock: { now: () => new Date() },
      db: databases[1].db,
      eventStore: new EventStore(databases[1].pool),
    });
    await expect(
      createTemporalWorker({
        config: intruder,
        activities,
        log: () => undefined,
        workflowBundle: await bundleWorkflowsOnce(),
      }),
    ).rejects.toThrow(/^TEMPORAL_NAMESPACE: .*belongs to the deployment on database/);
  });
});
