import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@vinhdanh/testing';
import { listQuotaUsage, quotaSlotsOf, releaseQuotaSlots, reserveQuotaSlots } from '@vinhdanh/db';

describe('quota slots (real PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 12 });
  });
  afterAll(async () => {
    await database?.destroy();
  });
  const reserve = (nominationId: string, key: string, limit: number) =>
    database.db.transaction().execute((trx) => reserveQuotaSlots(trx, nominationId, [{ key, limit }]));

  it('takes at most the limit under concurrency, keeps a retried reservation once, and releases', async () => {
    const key = 'BK_CD|unit:ldld-ha-noi|theme:T1';
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => reserve(`n-${i}`, key, 3)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, key, limit: 3, used: 3 });
    const winner = `n-${outcomes.findIndex((o) => o.ok)}`;
    // A retry of a committed reservation holds the slot, it does not take a second one.
    expect(await reserve(winner, key, 3)).toEqual({ ok: true, reserved: [], alreadyHeld: [key] });
    expect(await listQuotaUsage(database.db, [key])).toEqual([{ bucketKey: key, limit: 3, used: 3 }]);
    expect(await database.db.transaction().execute((trx) => releaseQuotaSlots(trx, winner))).toEqual([key]);
    expect(await quotaSlotsOf(database.db, winner)).toEqual([]);
    expect((await listQuotaUsage(database.db, [key]))[0]?.used).toBe(2);
  });

  it('makes over-allocation impossible even for a direct write (check constraint)', async () => {
    const key = 'BK_CD|national|theme:T2';
    await reserve('n-x', key, 1);
    await expect(
      sql`update quota_usage set used = used + 1 where bucket_key = ${key}`.execute(database.db),
    ).rejects.toThrow(/quota_usage_within_limit/);
  });

  it('never lowers a stored limit below the slots already taken', async () => {
    const key = 'BK_CD|unit:ldld-ha-noi|theme:T3';
    await reserve('a', key, 2);
    await reserve('b', key, 2);
    expect(await reserve('c', key, 1)).toEqual({ ok: false, key, limit: 1, used: 2 });
    expect(await listQuotaUsage(database.db, [key])).toEqual([{ bucketKey: key, limit: 2, used: 2 }]);
  });
});
