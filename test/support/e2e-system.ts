import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import request from 'supertest';
import { createActivities } from '@vinhdanh/activities';
import { createApp, type CreateAppOptions } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { EventStore } from '@vinhdanh/event-store';
import { DEMO_PASSWORD } from '@vinhdanh/seed';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import { DEMO_CONTENT, SPEC_CONTENT } from '../../apps/api/src/testing/api-test-context';

/** A running system: seeded database, Temporal dev server, an in-process worker and the HTTP API. */
export interface E2eSystem {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  database: TestDatabase;
  store: EventStore;
  /** The Temporal client the API uses (to look at a workflow). */
  temporal: Client;
  /** A bearer header for a demo user (logs in once per user). */
  /** Where the system listens, when started with `listen: true`. */
  baseUrl?: string;
  as(username: string): Promise<{ Authorization: string }>;
  /** The API's and worker's clock (shifted into the demo campaigns' year). */
  now(): Date;
  /** POST as a demo user with a fresh (or the given) Idempotency-Key. */
  post(username: string, path: string, body: object, key?: string): Promise<request.Response>;
  /**
   * The id of a just-submitted nomination once the read model shows it: the API answers 201, or 202
   * when its bounded wait ran out on a loaded machine, in which case this waits (up to 30 s) for it.
   */
  projected(res: { status: number; body: { nominationId: string } }): Promise<string>;
  close(): Promise<void>;
}

// The annual demo campaign runs through 2026: the API's clock starts inside it and ticks in real time,
// so the test does not depend on the machine's date.
const CLOCK_BASE = Date.parse('2026-06-15T02:00:00Z');

/** Options of {@link startE2eSystem}. */
export interface E2eSystemOptions {
  /** Listen on a random loopback port (for a browser); `baseUrl` then points at it. */
  listen?: boolean;
  /** Extra API modules, e.g. a feature module not yet in `FEATURE_MODULES`. */
  imports?: CreateAppOptions['imports'];
  /** Extra environment for the API's configuration (e.g. `AUDIT_SIGNING_KEY`). */
  env?: Record<string, string>;
  /** Start from `npm start`'s seed as shipped instead of the specs' content (the demo's own specs). */
  demo?: boolean;
}

/** Boots the whole system for one test file; call `close()` in `afterAll`. */
export async function startE2eSystem(options: E2eSystemOptions = {}): Promise<E2eSystem> {
  const [env, database, bundle] = await Promise.all([
    connectTestTemporal(),
    createTestDatabase({ poolSize: 6, content: options.demo ? DEMO_CONTENT : SPEC_CONTENT }),
    bundleWorkflowsOnce(),
  ]);
  const cleanups: Array<() => Promise<void>> = [() => database.destroy(), () => env.teardown()];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const store = new EventStore(database.pool);
    // One shifted clock for the API and the worker, so every event of a test shares one timeline.
    const started = Date.now();
    const now = () => new Date(CLOCK_BASE + (Date.now() - started));
    const taskQueue = uniqueTaskQueue('e2e');
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
      JWT_SECRET: 'e2e-secret-0123456789abcdef',
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'error',
      ...options.env,
    });
    const app = await createApp(config, {
      logger: false,
      shutdownHooks: false,
      temporal: { client: env.client },
      clock: now,
      ...(options.imports ? { imports: options.imports } : {}),
    });
    if (options.listen) await app.listen(0, '127.0.0.1');
    else await app.init();
    cleanups.push(() => app.close());
    const http = request(app.getHttpServer());
    const tokens = new Map<string, string>();
    const port = options.listen ? (app.getHttpServer().address() as { port: number }).port : undefined;
    async function as(username: string): Promise<{ Authorization: string }> {
      let token = tokens.get(username);
      if (!token) {
        const res = await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
        if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
        token = res.body.accessToken as string;
        tokens.set(username, token);
      }
      return { Authorization: `Bearer ${token}` };
    }
    return {
      app,
      http,
      baseUrl: port === undefined ? undefined : `http://127.0.0.1:${port}`,
      database,
      store,
      temporal: env.client,
      now,
      async post(username, path, body, key = `k-${randomUUID()}`) {
        return http
          .post(path)
          .set(await as(username))
          .set('Idempotency-Key', key)
          .send(body);
      },
      async projected(res) {
        if (res.status !== 201 && res.status !== 202) throw new Error(`submission answered ${res.status}`);
        const id = res.body.nominationId;
        for (let i = 0; i < 150 && res.status === 202; i++) {
          const got = await http.get(`/api/nominations/${id}`).set(await as('tld.auditor'));
          if (got.status === 200) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        return id;
      },
      as,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
