import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { EventStore } from '@vinhdanh/event-store';
import { Projector, createProjections } from '@vinhdanh/projections';
import { getFreePort, startDevServer } from '@vinhdanh/temporal';
import { createSmokeActivities } from '../src/activities/smoke.activities';
import { TOOL_WORKFLOWS_PATH } from '../src';
import { ensureTemporalCli } from '../src/temporal-build/ensure-cli';
import { createBenchDatabase, type BenchDatabase } from './bench-database';

/** A throwaway dev server, database, running worker (and projector) for end-to-end benchmarks. */
export interface TemporalBenchEnv {
  address: string;
  client: Client;
  taskQueue: string;
  database: BenchDatabase;
  store: EventStore;
  projector: Projector;
  /** Called after each activity the worker ran, with its duration (per-stage timings of a decision). */
  onActivity: ((name: string, ms: number) => void) | null;
  close(): Promise<void>;
}

let runtimeInstalled = false;

export async function createTemporalBenchEnv(what: string): Promise<TemporalBenchEnv> {
  // Benchmarks print JSON lines on stdout; the SDK's info logs would mix into them.
  if (!runtimeInstalled) Runtime.install({ logger: new DefaultLogger('WARN') });
  runtimeInstalled = true;
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const server = await startDevServer({
    executable: await ensureTemporalCli({ log }),
    ip: '127.0.0.1',
    port: await getFreePort(),
    namespace: 'default',
    searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    log,
  });
  const database = await createBenchDatabase(what, 16);
  const store = new EventStore(database.pool);
  const projector = new Projector({ pool: database.pool, db: database.db, store, projections: createProjections() });
  await projector.start();
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  const taskQueue = `bench-${randomUUID()}`;
  const activities: Record<string, (...args: never[]) => Promise<unknown>> = {
    ...createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store }),
    ...createSmokeActivities({ clock: { now: () => new Date() } }),
  };
  const timed = Object.fromEntries(
    Object.entries(activities).map(([name, fn]) => [
      name,
      async (...args: never[]) => {
        const started = performance.now();
        try {
          return await fn(...args);
        } finally {
          env.onActivity?.(name, performance.now() - started);
        }
      },
    ]),
  );
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowsPath: TOOL_WORKFLOWS_PATH,
    activities: timed,
  });
  const running = worker.run();
  const env: TemporalBenchEnv = {
    onActivity: null,
    address: server.address,
    client,
    taskQueue,
    database,
    store,
    projector,
    async close() {
      worker.shutdown();
      await running;
      await projector.stop();
      await connection.close();
      await nativeConnection.close();
      await database.destroy();
      await server.stop();
    },
  };
  return env;
}

/** Runs `fn(i)` for i in [0, n) with at most `concurrency` in flight; returns elapsed ms. */
export async function runPool(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
  return performance.now() - started;
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
