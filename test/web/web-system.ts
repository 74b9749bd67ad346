import type { NestExpressApplication } from '@nestjs/platform-express';
import { Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import { createApp, hashPassword } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { EventStore } from '@vinhdanh/event-store';
import { seedDemo } from '@vinhdanh/seed';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
// Relative until @vinhdanh/api exports it (see the web report).
import { WebModule } from '../../apps/api/src/web/web.module';

/** The whole system listening on a random port: seeded database, Temporal, worker, API and the web UI. */
export interface WebSystem {
  app: NestExpressApplication;
  baseUrl: string;
  database: TestDatabase;
  store: EventStore;
  close(): Promise<void>;
}

// The annual demo campaign runs through 2026; the API's and the worker's clock start inside it and tick in real time.
const CLOCK_BASE = Date.parse('2026-06-15T02:00:00Z');

/** Boots the system for one browser test file; call `close()` in `afterAll`. */
export async function startWebSystem(): Promise<WebSystem> {
  const [env, database, bundle] = await Promise.all([
    connectTestTemporal(),
    createTestDatabase({ poolSize: 6 }),
    bundleWorkflowsOnce(),
  ]);
  const cleanups: Array<() => Promise<void>> = [() => database.destroy(), () => env.teardown()];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // The demo seed has an approver at every unit of the Đan Phượng route, CĐCS included.
    await seedDemo(database.db, { hashPassword });
    const store = new EventStore(database.pool);
    const started = Date.now();
    const now = () => new Date(CLOCK_BASE + (Date.now() - started));
    const taskQueue = uniqueTaskQueue('web');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ clock: { now }, db: database.db, eventStore: store }),
    });
    const running = worker.run();
    cleanups.push(async () => {
      worker.shutdown();
      await running;
    });
    const config = loadConfig({
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '6',
      JWT_SECRET: 'web-e2e-secret-0123456789abcdef',
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'error',
    });
    const app = await createApp(config, {
      logger: false,
      shutdownHooks: false,
      openApi: false,
      temporal: { client: env.client },
      clock: now,
      imports: [WebModule],
    });
    await app.listen(0, '127.0.0.1');
    cleanups.push(() => app.close());
    const address = app.getHttpServer().address() as { port: number };
    return { app, baseUrl: `http://127.0.0.1:${address.port}`, database, store, close };
  } catch (err) {
    await close();
    throw err;
  }
}
