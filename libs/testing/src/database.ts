import { randomBytes } from 'node:crypto';
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

/** Creates and migrates a fresh database for one test file. */
export async function createTestDatabase(
  options: { poolSize?: number; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `vinhdanh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  await ensureDatabase(dbUrl);
  const pool = createPool({ connectionString: dbUrl, max: options.poolSize ?? 10, applicationName: 'vinhdanh-test' });
  const db = createDb(pool);
  if (options.migrate !== false) await migrateToLatest(db);
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
