import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Client, type Pool } from 'pg';
import { createDb, createPool, dropDatabase, ensureDatabase, type Database } from '@vinhdanh/db';
import { migrateToLatest } from '@vinhdanh/migrations';

/** A throwaway database built from the real migrations; `destroy()` drops it. */
export interface TestDatabase {
  url: string;
  pool: Pool;
  db: Kysely<Database>;
  destroy(): Promise<void>;
}

/** The server tests run against; each test file gets its own database on it. */
export function testServerUrl(): string {
  return process.env.VINHDANH_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * Content every database of a kind starts with, built once per jest run into a template database and
 * copied from there (`CREATE DATABASE … TEMPLATE`, a fraction of a second) instead of rebuilt per
 * test file: the migrations take seconds and the demo seed many more on a loaded machine.
 */
export interface TestDatabaseContent {
  /** Names the content; one template per key and jest run. */
  key: string;
  /** Writes the content into a freshly migrated database. */
  build(db: Kysely<Database>): Promise<unknown>;
}

/** Environment variable naming the jest run (the global setup's pid), so every worker shares its templates. */
export const TEST_RUN_ENV = 'VINHDANH_TEST_RUN';

const MIGRATED: TestDatabaseContent = { key: 'migrated', build: async () => undefined };

/** Creates a fresh database for one test file: migrated (and holding `content`, if given). */
export async function createTestDatabase(
  options: { poolSize?: number; migrate?: boolean; content?: TestDatabaseContent } = {},
): Promise<TestDatabase> {
  const name = `vinhdanh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const dbUrl = urlOf(name);
  // Templates only inside a jest run (its teardown drops them); a script migrates its own database.
  const run = process.env[TEST_RUN_ENV];
  const inRun = run !== undefined;
  if (options.migrate !== false && inRun)
    await copyDatabase(await ensureTemplate(run, options.content ?? MIGRATED), name);
  else await ensureDatabase(dbUrl);
  const pool = createPool({ connectionString: dbUrl, max: options.poolSize ?? 10, applicationName: 'vinhdanh-test' });
  const db = createDb(pool);
  if (options.migrate !== false && !inRun) {
    await migrateToLatest(db);
    await options.content?.build(db);
  }
  let destroyed = false;
  return {
    url: dbUrl,
    pool,
    db,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await db.destroy();
      await dropDatabase(dbUrl);
    },
  };
}

function urlOf(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * The template database holding `content` for this jest run, built by the first worker that asks
 * (the others wait on an advisory lock). It is built under a scratch name and renamed when complete,
 * so a template that exists is whole. Its name carries the run's pid, so `dropStaleTestDatabases`
 * removes it once the run is gone.
 */
async function ensureTemplate(run: string, content: TestDatabaseContent): Promise<string> {
  const hash = createHash('sha256').update(content.key).digest('hex').slice(0, 12);
  const template = `vinhdanh_test_${run}_${hash}`;
  return withAdmin(async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rowCount) return template;
      const scratch = `vinhdanh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await ensureDatabase(urlOf(scratch));
      const pool = createPool({ connectionString: urlOf(scratch), max: 2, applicationName: 'vinhdanh-test-template' });
      const db = createDb(pool);
      try {
        await migrateToLatest(db);
        await content.build(db);
      } catch (err) {
        await db.destroy();
        await dropDatabase(urlOf(scratch));
        throw err;
      }
      await db.destroy();
      await admin.query(`alter database "${scratch}" rename to "${template}"`);
      return template;
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

async function copyDatabase(template: string, name: string): Promise<void> {
  await withAdmin(async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${template}"`);
        return;
      } catch (err) {
        // 55006: a session (autovacuum, a just-closed pool) is still on the template for a moment.
        if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  });
}

/** Drops this jest run's template databases (the global teardown). */
export async function dropTestTemplates(run: string): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname ~ $1', [
      `^vinhdanh_test_${run}_[0-9a-f]+$`,
    ]);
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops throwaway databases left by test processes that died before their `destroy()` (a killed
 * jest run); the pid in the name tells whether their owner is gone. Returns the names dropped.
 */
export async function dropStaleTestDatabases(): Promise<string[]> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname ~ '^vinhdanh_test_[0-9]+_[0-9a-f]+$'",
    );
    const stale = rows.map((r) => r.datname).filter((name) => !processIsAlive(Number(name.split('_')[2])));
    for (const name of stale) await admin.query(`drop database if exists "${name}" with (force)`);
    return stale;
  } finally {
    await admin.end();
  }
}
