import { cpus } from 'node:os';
import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import { loadConfig } from '@vinhdanh/config';
import { createDb, createPool, dropDatabase, ensureDatabase, type Database } from '@vinhdanh/db';
import { migrateToLatest } from '@vinhdanh/migrations';

/** A throwaway, migrated database on the configured server; benchmarks never touch the real one. */
export interface BenchDatabase {
  url: string;
  pool: Pool;
  db: Kysely<Database>;
  environment: Record<string, unknown>;
  destroy(): Promise<void>;
}

/** Creates `vinhdanh_bench_<what>_<pid>` next to DATABASE_URL's database and migrates it. */
export async function createBenchDatabase(what: string, poolSize: number): Promise<BenchDatabase> {
  const url = new URL(loadConfig().DATABASE_URL);
  url.pathname = `/vinhdanh_bench_${what}_${process.pid}`;
  const dbUrl = url.toString();
  await dropDatabase(dbUrl);
  await ensureDatabase(dbUrl);
  const pool = createPool({ connectionString: dbUrl, max: poolSize, applicationName: `vinhdanh-bench-${what}` });
  const db = createDb(pool);
  await migrateToLatest(db);
  const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
  const environment = { cpus: cpus().length, node: process.version, postgres: rows[0]?.v, pool: poolSize };
  return {
    url: dbUrl,
    pool,
    db,
    environment,
    async destroy() {
      await db.destroy();
      await dropDatabase(dbUrl);
    },
  };
}

/** Prints one benchmark figure as a JSON line. */
export function report(line: { bench: string; ratio: number; goal: number } & Record<string, unknown>): void {
  console.log(JSON.stringify({ ...line, ratio: Math.round(line.ratio * 1000) / 1000, met: line.ratio >= line.goal }));
}

/** Runs `op(i)` `total` times with `concurrency` in flight; returns operations per second. */
export async function measure(
  total: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) await op(i);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

/**
 * Rates of two operations measured in alternating short segments (A B, B A, …), so load from other
 * processes on a shared machine falls on both sides alike. Returns ops/s for each.
 */
export async function measurePair(
  total: number,
  concurrency: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  segments = 8,
): Promise<[number, number]> {
  const per = Math.ceil(total / segments);
  let secondsA = 0;
  let secondsB = 0;
  for (let s = 0; s < segments; s++) {
    const order = s % 2 === 0 ? ([a, b] as const) : ([b, a] as const);
    for (const op of order) {
      const seconds = per / (await measure(per, concurrency, op));
      if (op === a) secondsA += seconds;
      else secondsB += seconds;
    }
  }
  return [(per * segments) / secondsA, (per * segments) / secondsB];
}

/**
 * Keyset pages over every event of the bench database with JSON parsed by pg, nothing written: the
 * denominator a rebuild or a report's scan is measured against. `name` names the prepared statement.
 */
export async function rawEventScan(
  pool: Pool,
  page: number,
  name: string,
): Promise<{ events: number; perSecond: number }> {
  const started = process.hrtime.bigint();
  let after = '0';
  let events = 0;
  for (;;) {
    const { rows } = await pool.query<{ global_position: string }>({
      name,
      text: `select global_position, transaction_id::text, event_id, stream_id, stream_version, type, schema_version, data, metadata,
                    occurred_at, recorded_at, prev_hash, hash
               from events where global_position > $1 order by global_position limit ${page}`,
      values: [after],
    });
    if (rows.length === 0) break;
    events += rows.length;
    after = rows[rows.length - 1]!.global_position;
  }
  return { events, perSecond: events / (Number(process.hrtime.bigint() - started) / 1e9) };
}
