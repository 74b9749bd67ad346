/*
 * B3: event-store append rate ÷ raw single-row INSERT rate into an identically shaped table
 * (same columns, indexes and pool), at concurrency 1, 8 and 32, plus the bulk and 5-in-a-row shapes.
 * Raw and store run in alternating short segments so drift on a shared machine hits both alike.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { EventStore, type NewEvent } from '@vinhdanh/event-store';
import { createBenchDatabase, measure, measurePair, report } from './bench-database';

const RAW_INSERT = `insert into raw_events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, prev_hash, hash)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
const RAW_INSERT_NOTIFY = `with i as (${RAW_INSERT} returning 1) select pg_notify('bench', '') from i`;

/** About 360 bytes of JSONB, like a nomination decision. */
function payload(i: number): Record<string, unknown> {
  return {
    nominationId: randomUUID(),
    unitId: `cdcs-${i % 977}`,
    level: 2,
    decision: 'approved',
    awardCode: 'CSTD_CO_SO',
    votes: { for: 7, against: 1, abstain: 0 },
    comment: 'Đạt tiêu chuẩn, hoàn thành xuất sắc nhiệm vụ năm 2026',
    decidedAt: '2026-11-22T08:00:00.000Z',
  };
}
const metadata = {
  actor: 'user-42',
  workflowId: 'nomination:abc',
  runId: 'run-1',
  correlationId: 'c-1',
  ruleSetVersion: '2026.1',
};
const newEvent = (i: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'NominationReviewApproved',
  data: payload(i),
  metadata,
  occurredAt: new Date().toISOString(),
});

/** Runs the append benchmark and prints its JSON lines. */
export async function benchAppend(): Promise<void> {
  const bench = await createBenchDatabase('append', 34);
  const { pool } = bench;
  try {
    await pool.query('create table raw_events (like events including all)');
    const store = new EventStore(pool);
    const hash = randomBytes(32);
    let seq = 0;
    const raw = (text: string) => (i: number) => {
      const e = newEvent(i);
      return pool.query({
        name: text === RAW_INSERT ? 'raw' : 'raw_notify',
        text,
        values: [
          e.eventId,
          `raw-${seq++}`,
          1,
          e.type,
          1,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          e.occurredAt,
          hash,
          hash,
        ],
      });
    };
    const append = (i: number) => store.append(`bench-${seq++}`, 0, [newEvent(i)]);

    for (const [concurrency, n] of [
      [1, 1000],
      [8, 2500],
      [32, 3000],
    ] as const) {
      await measure(300, concurrency, raw(RAW_INSERT));
      await measure(300, concurrency, append);
      const [rawRate, storeRate] = await measurePair(2 * n, concurrency, raw(RAW_INSERT), append);
      const notifyInTx = await measure(n, concurrency, raw(RAW_INSERT_NOTIFY));
      report({
        bench: 'append',
        concurrency,
        ratio: storeRate / rawRate,
        goal: concurrency >= 32 ? 0.6 : 0.8,
        store_events_per_s: Math.round(storeRate),
        raw_insert_per_s: Math.round(rawRate),
        raw_insert_with_notify_in_tx_per_s: Math.round(notifyInTx),
        ops_each: 2 * n,
        shape: 'new stream, 1 event per append',
        ...bench.environment,
      });
    }

    // Five appends in a row to one stream with the expected version (a nomination's life), 8 streams at once.
    const streams = 400;
    let fiveSeq = 0;
    const [fiveRaw, fiveStore] = await measurePair(
      streams,
      8,
      async (s) => {
        for (let v = 1; v <= 5; v++) await raw(RAW_INSERT)(s * 5 + v);
      },
      async () => {
        const stream = `five-${fiveSeq++}`;
        for (let v = 0; v < 5; v++) await store.append(stream, v, [newEvent(v)]);
      },
    );
    report({
      bench: 'append_5_sequential',
      concurrency: 8,
      ratio: fiveStore / fiveRaw,
      goal: 0.8,
      store_events_per_s: Math.round(fiveStore * 5),
      raw_insert_per_s: Math.round(fiveRaw * 5),
      ...bench.environment,
    });

    // Bulk: 100 events in one append vs one 100-row INSERT.
    const rows = 100;
    const bulkRaw = await measure(60, 4, async (b) => {
      const es = Array.from({ length: rows }, (_, k) => newEvent(k));
      await pool.query(
        `insert into raw_events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, prev_hash, hash)
         select id, $2, v, $3, 1, d, $4, now(), $5, $5 from unnest($1::uuid[], $6::jsonb[], $7::int[]) as u(id, d, v)`,
        [
          es.map((e) => e.eventId),
          `bulk-raw-${b}`,
          es[0]!.type,
          JSON.stringify(metadata),
          hash,
          es.map((e) => JSON.stringify(e.data)),
          es.map((_, k) => k + 1),
        ],
      );
    });
    const bulkStore = await measure(60, 4, (b) =>
      store.append(
        `bulk-${b}`,
        0,
        Array.from({ length: rows }, (_, k) => newEvent(k)),
      ),
    );
    report({
      bench: 'append_bulk',
      concurrency: 4,
      events_per_append: rows,
      ratio: bulkStore / bulkRaw,
      goal: 0.5,
      store_events_per_s: Math.round(bulkStore * rows),
      raw_insert_per_s: Math.round(bulkRaw * rows),
      ...bench.environment,
    });
    await store.close();
  } finally {
    await bench.destroy();
  }
}
