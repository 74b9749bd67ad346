import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Kysely } from 'kysely';
import request from 'supertest';
import { loadConfig, type Config } from '@vinhdanh/config';
import type { Database } from '@vinhdanh/db';
import { createTestDatabase, type TestDatabase, type TestDatabaseContent } from '@vinhdanh/testing';
import { DEMO_PASSWORD, seedDemo } from '@vinhdanh/seed';
import { createApp, type CreateAppOptions } from '../app';
import { hashPassword } from '../auth/password';

/** The demo data (`npm start`'s seed), built once per jest run and copied into each test database. */
export const DEMO_CONTENT: TestDatabaseContent = {
  key: 'demo',
  build: (db) => seedDemo(db, { hashPassword }),
};

/** The JWT secret of test apps, so tests can forge expired or tampered tokens. */
export const TEST_JWT_SECRET = 'test-secret-0123456789abcdef';

/** A running API over its own throwaway database (seeded with the demo data by default). */
export interface ApiTestContext {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: Kysely<Database>;
  database: TestDatabase;
  config: Config;
  /** Logs a demo user in (shared demo password) and returns the bearer token. */
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the real app (real PostgreSQL; Temporal address unreachable unless overridden). */
export async function createApiTestContext(
  options: CreateAppOptions & { seed?: boolean; env?: Record<string, string> } = {},
): Promise<ApiTestContext> {
  const { seed = true, env = {}, ...appOptions } = options;
  const database = await createTestDatabase({ poolSize: 3, ...(seed ? { content: DEMO_CONTENT } : {}) });
  try {
    return await start(database, env, appOptions);
  } catch (err) {
    await database.destroy();
    throw err;
  }
}

async function start(
  database: TestDatabase,
  env: Record<string, string>,
  appOptions: CreateAppOptions,
): Promise<ApiTestContext> {
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    JWT_SECRET: TEST_JWT_SECRET,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'error',
    ...env,
  });
  const app = await createApp(config, { logger: false, shutdownHooks: false, ...appOptions });
  await app.init();
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    db: database.db,
    database,
    config,
    async tokenFor(username) {
      const res = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}
