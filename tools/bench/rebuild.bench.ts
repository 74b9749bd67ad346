/*
 * B4: rebuild rate of a representative read model (stream_summaries: one upserted row per stream,
 * batched per 5,000 events) ÷ a raw keyset scan of the same events with JSON parsing and no writes.
 * The data set (1M events, 200k streams of 5, valid hash chains) is generated first and timed apart.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { canonicalEventParts, EventStore, GENESIS_HASH } from '@vinhdanh/event-store';
import { createProjections, Projector } from '@vinhdanh/projections';
import { createBenchDatabase, rawEventScan, report } from './bench-database';

const TYPES = [
  'NominationSubmitted',
  'NominationReviewOpened',
  'NominationReviewApproved',
  'NominationEscalated',
  'NominationGranted',
];
const PAGE = 5000;

/** Inserts `streams × 5` events with correct chains, a chunk of streams interleaved at a time (as nominations progress together). */
async function generate(pool: Pool, totalEvents: number, chunkStreams: number): Promise<number> {
  const started = Date.now();
  const streams = Math.ceil(totalEvents / TYPES.length);
  for (let first = 0; first < streams; first += chunkStreams) {
    const prev = new Map<string, string>();
    const rows: unknown[][] = [[], [], [], [], [], [], [], [], []];
    const flush = async () => {
      if (rows[0]!.length === 0) return;
      await pool.query(
        `insert into events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, prev_hash, hash)
         select id, s, v, t, 1, d, m, o, decode(p, 'hex'), decode(h, 'hex')
           from unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[], $8::text[], $9::text[])
             as u(id, s, v, t, d, m, o, p, h)`,
        rows,
      );
      for (const r of rows) r.length = 0;
    };
    for (let version = 1; version <= TYPES.length; version++) {
      for (let s = first; s < Math.min(first + chunkStreams, streams); s++) {
        const streamId = `nomination-${s}`;
        const content = {
          data: {
            unitId: `cdcs-${s % 977}`,
            level: version,
            awardCode: 'CSTD_CO_SO',
            comment: 'Hoàn thành xuất sắc nhiệm vụ',
          },
          eventId: randomUUID(),
          metadata: { actor: `user-${s % 5000}`, workflowId: `nomination:${s}` },
          occurredAt: new Date(Date.UTC(2026, 9, 1) + s * 1000 + version * 86_400_000).toISOString(),
          schemaVersion: 1,
          streamId,
          type: TYPES[version - 1]!,
        };
        const prevHash = prev.get(streamId) ?? GENESIS_HASH;
        const { head, tail } = canonicalEventParts(content);
        const hash = createHash('sha256')
          .update(Buffer.from(prevHash, 'hex'))
          .update(`${head}${version}${tail}`)
          .digest('hex');
        prev.set(streamId, hash);
        const values = [
          content.eventId,
          streamId,
          version,
          content.type,
          JSON.stringify(content.data),
          JSON.stringify(content.metadata),
          content.occurredAt,
          prevHash,
          hash,
        ];
        values.forEach((v, k) => rows[k]!.push(v));
        if (rows[0]!.length >= 5000) await flush();
      }
    }
    await flush();
  }
  await pool.query('analyze events');
  return Date.now() - started;
}

/** Runs the rebuild benchmark and prints its JSON lines. */
export async function benchRebuild(): Promise<void> {
  const total = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
  const bench = await createBenchDatabase('rebuild', 4);
  try {
    const generationMs = await generate(bench.pool, total, 1000);
    console.error(`[bench] generated ${total} events in ${(generationMs / 1000).toFixed(1)} s`);
    const store = new EventStore(bench.pool, { notify: false });
    const sample = await store.verifyStream('nomination-4242');
    const raw1 = await rawEventScan(bench.pool, PAGE, 'raw_scan');
    const projector = new Projector({
      pool: bench.pool,
      db: bench.db,
      store,
      projections: createProjections(),
      rebuildBatchSize: PAGE,
    });
    let lastPrinted = 0;
    const result = await projector.rebuild('stream_summaries', {
      onProgress: (p) => {
        if (p.elapsedMs - lastPrinted < 5000) return;
        lastPrinted = p.elapsedMs;
        console.error(`[bench] rebuild ${p.eventsApplied}/${p.eventsTotal} at ${p.eventsPerSecond} events/s`);
      },
    });
    const raw2 = await rawEventScan(bench.pool, PAGE, 'raw_scan');
    const rawRate = (raw1.perSecond + raw2.perSecond) / 2;
    const { rows } = await bench.pool.query<{ n: string }>('select count(*) as n from stream_summaries');
    report({
      bench: 'rebuild',
      ratio: result.eventsPerSecond / rawRate,
      goal: 0.5,
      events: result.eventsApplied,
      rebuild_events_per_s: result.eventsPerSecond,
      raw_scan_events_per_s: Math.round(rawRate),
      rebuild_seconds: Math.round(result.elapsedMs / 100) / 10,
      read_model_rows: Number(rows[0]!.n),
      page_size: PAGE,
      generation_seconds: Math.round(generationMs / 100) / 10,
      sample_chain_verified: sample.ok,
      ...bench.environment,
    });
  } finally {
    await bench.destroy();
  }
}
