import { sql } from 'kysely';
import { createTestDatabase, dropStaleTestDatabases, type TestDatabase } from './database';
import { migrateToLatest } from '@vinhdanh/migrations';

describe('createTestDatabase + migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('records every migration file and is a no-op the second time', async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db);
    expect(applied.rows.length).toBeGreaterThan(0);
    expect(await migrateToLatest(t.db)).toEqual([]);
  });
});

describe('createTestDatabase isolation', () => {
  it('gives each caller its own database and drops it on destroy', async () => {
    const a = await createTestDatabase({ migrate: false });
    const b = await createTestDatabase({ migrate: false });
    expect(a.url).not.toEqual(b.url);
    const name = new URL(a.url).pathname.slice(1);
    await a.destroy();
    const left = await sql<{ n: string }>`select count(*) as n from pg_database where datname = ${name}`.execute(b.db);
    expect(left.rows[0].n).toBe('0');
    await b.destroy();
  });
});

describe('dropStaleTestDatabases', () => {
  it('drops databases of test processes that are gone and keeps those of live ones', async () => {
    const { spawnSync } = await import('node:child_process');
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const admin = await createTestDatabase({ migrate: false });
    const stale = `vinhdanh_test_${deadPid}_deadbeef`;
    await sql.raw(`create database ${stale}`).execute(admin.db);
    try {
      const dropped = await dropStaleTestDatabases();
      expect(dropped).toContain(stale);
      expect(dropped).not.toContain(new URL(admin.url).pathname.slice(1));
      const left = await sql<{ n: string }>`select count(*) as n from pg_database where datname = ${stale}`.execute(
        admin.db,
      );
      expect(left.rows[0].n).toBe('0');
    } finally {
      await sql.raw(`drop database if exists ${stale}`).execute(admin.db);
      await admin.destroy();
    }
  });
});
