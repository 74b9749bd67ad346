import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Kysely } from 'kysely';
import request from 'supertest';
import { loadConfig, type Config } from '@vinhdanh/config';
import type { Database } from '@vinhdanh/db';
import { createTestDatabase, type TestDatabase, type TestDatabaseContent } from '@vinhdanh/testing';
import { demoOrgTreeWithout, demoUnitsOf2026Map } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoUsers, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import { createApp, type CreateAppOptions } from '../app';
import { hashPassword } from '../auth/password';

/**
 * What the engine's specs start from, built once per jest run and copied into each test database:
 * the demo tree without the 2025 reorganisation events (`npm start` records those through the API)
 * and without the units only the 2026 map needs (and their users), and the annual 2026 campaign
 * pinned to 2024.1 (`signOffSpecCampaigns`), so specs written for single sign-off levels and
 * four-level routes keep their meaning.
 */
export const SPEC_CONTENT: TestDatabaseContent = {
  key: 'spec',
  build: (db) =>
    seedDemo(db, {
      hashPassword,
      campaigns: signOffSpecCampaigns,
      orgTree: demoOrgTreeWithout(demoUnitsOf2026Map),
      users: demoUsers.filter((user) => !demoUnitsOf2026Map.includes(user.unitId)),
    }),
};

/** `npm start`'s seed as shipped (the annual round under 2025.1), for the specs of the demo itself. */
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
  options: CreateAppOptions & { seed?: boolean; content?: TestDatabaseContent; env?: Record<string, string> } = {},
): Promise<ApiTestContext> {
  const { seed = true, content = SPEC_CONTENT, env = {}, ...appOptions } = options;
  const database = await createTestDatabase({ poolSize: 3, ...(seed ? { content } : {}) });
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
