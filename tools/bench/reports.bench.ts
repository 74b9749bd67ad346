/*
 * bench:reports — three figures, JSON lines with the goal beside each; exits 0 whatever they are.
 *
 * 1. summary: p95 of GET /api/reports/annual-summary (national, one year) ÷ p95 of
 *    GET /api/nominations/:id, same API, same data: 1M nominations in the read models (written with
 *    INSERT … SELECT generate_series as bench:inbox does), the statistics counters aggregated from
 *    those rows, and 20,758 bench units in the org tree. Goal ≤ 3.
 * 2. statistics-rebuild: events/s of rebuilding the `statistics` projection ÷ events/s of a raw
 *    keyset scan with JSON parsing of the same events (nomination streams of 5 events with valid
 *    hash chains; 100k nominations = 500k events by default). The rebuild reads lean (the fold's
 *    event types, a dossier cut to its nominee; `Projection.rebuildRead`), the raw scan every column
 *    of every event. Goal ≥ 0.5.
 * 3. xlsx-export: 100,000 rows of the nominations list written with the streaming .xlsx writer to a
 *    byte-counting sink: time, bytes, the peak live memory (heap+external after a full collection, every
 *    5,000 rows) above the start, and the sampled peaks of heap+external and RSS. Goal: ≤ 200 MB.
 *
 * `npm run bench:reports -- --nominations=100000 --event-nominations=20000 --rows=20000` for a quick run.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import type { Pool } from 'pg';
import { hashPassword } from '@vinhdanh/api';
import {
  decide,
  demoUnitIds as u,
  evolve,
  initialState,
  sampleDossier,
  sampleSubmitNomination,
} from '@vinhdanh/domain';
import { canonicalEventParts, EventStore, GENESIS_HASH } from '@vinhdanh/event-store';
import { createProjections, Projector } from '@vinhdanh/projections';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import { sheet, writeXlsx } from '@vinhdanh/spreadsheets';
import { startBenchApi } from './bench-api';
import { createBenchDatabase, rawEventScan, type BenchDatabase } from './bench-database';
import { generateReadModels } from './inbox.bench-data';
import { percentile, timed } from './inbox.bench-http';

const arg = (name: string, fallback: number): number => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isInteger(n) || n < 1000) throw new Error(`--${name} must be a whole number ≥ 1000`);
  return n;
};

function line(fields: Record<string, unknown>): void {
  console.log(JSON.stringify(fields));
}

/** The bench units of bench:inbox's data, in the org tree: 60 provinces, 698 districts, 20,000 grassroots unions. */
async function insertBenchUnits(bench: BenchDatabase): Promise<void> {
  await sql`
    insert into units (id, code, name, kind, level, member_count)
    select 'bench-tinh-' || i, 'B-T-' || i, 'Liên đoàn Lao động tỉnh thử ' || i, 'LDLD_TINH', 3, 50000 from generate_series(0, 59) i
    union all
    select 'bench-huyen-' || i, 'B-H-' || i, 'Liên đoàn Lao động huyện thử ' || i, 'LDLD_HUYEN', 2, 3000 from generate_series(0, 697) i
    union all
    select 'bench-cdcs-' || i, 'B-C-' || i, 'Công đoàn cơ sở thử ' || i, 'CDCS', 1, 40 from generate_series(0, 19999) i`.execute(
    bench.db,
  );
  await sql`
    insert into unit_parents (unit_id, parent_id, valid_from)
    select 'bench-tinh-' || i, ${u.tongLdld}, date '2000-01-01' from generate_series(0, 59) i
    union all
    select 'bench-huyen-' || i, 'bench-tinh-' || (i % 60), date '2000-01-01' from generate_series(0, 697) i
    union all
    select 'bench-cdcs-' || i, 'bench-huyen-' || (i % 698), date '2000-01-01' from generate_series(0, 19999) i`.execute(
    bench.db,
  );
}

/**
 * The statistics counters the projection would hold for the generated nominations, aggregated from
 * them in SQL (per nominating unit and for '*'): what the summary reads, on the same data as the
 * primary-key read.
 */
async function aggregateCounters(bench: BenchDatabase): Promise<number> {
  await sql`
    insert into stat_counts
    select s.scope, extract(year from (n.submitted_at at time zone 'Asia/Ho_Chi_Minh'))::smallint, n.campaign_id,
           n.award_code, (n.route -> -1 ->> 'level')::smallint, n.nominee_kind,
           case when n.status in ('GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED') then n.status else 'OPEN' end,
           count(*), count(*) filter (where n.status = 'RETURNED'), count(*) filter (where n.status = 'RETURNED'),
           count(*) filter (where get_byte(decode(md5(n.id), 'hex'), 0) % 2 = 0),
           count(*) filter (where get_byte(decode(md5(n.id), 'hex'), 1) % 3 <> 0),
           count(*) filter (where get_byte(decode(md5(n.id), 'hex'), 2) % 5 <> 0), 0, 0
      from nominations n cross join lateral (values (n.nominating_unit_id), ('*')) as s(scope)
     group by 1, 2, 3, 4, 5, 6, 7`.execute(bench.db);
  await sql`
    insert into stat_level_time
    select s.scope, 2026, n.campaign_id, l.level, count(*), sum(86400000 * (1 + l.level))
      from nominations n cross join lateral (values (n.nominating_unit_id), ('*')) as s(scope)
      cross join generate_series(1, 3) as l(level)
     where n.final_at is not null
     group by 1, 2, 3, 4`.execute(bench.db);
  await sql`analyze stat_counts`.execute(bench.db);
  await sql`analyze stat_level_time`.execute(bench.db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from stat_counts`.execute(bench.db);
  return rows[0]?.n ?? 0;
}

async function benchSummary(total: number): Promise<void> {
  const bench = await createBenchDatabase('reports', 12);
  try {
    await seedDemo(bench.db, { hashPassword, campaigns: signOffSpecCampaigns });
    const started = Date.now();
    await insertBenchUnits(bench);
    const state = decide(
      sampleSubmitNomination({ nominationId: 'bench', campaignId: demoCampaignIds.annual2026 }),
      initialState(),
    ).reduce(evolve, initialState());
    await generateReadModels(bench.db, total, state);
    const counterRows = await aggregateCounters(bench);
    console.error(
      `[bench:reports] ${total} nominations, ${counterRows} counter rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const { app, base } = await startBenchApi(bench.url);
    try {
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'tld.auditor', password: DEMO_PASSWORD }),
      });
      const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
      const { rows: ids } = await sql<{ id: string }>`
        select id from nominations order by md5(id) limit 500`.execute(bench.db);
      const summaryUrl = () => `${base}/reports/annual-summary?year=2026`;
      const detailUrl = (i: number) => `${base}/nominations/${ids[i % ids.length]!.id}`;
      const check = (await (await fetch(summaryUrl(), { headers })).json()) as { totals: { nominations: number } };
      // Warm-up, then interleaved rounds so both see the same machine load.
      await timed(30, 1, headers, summaryUrl);
      await timed(30, 1, headers, detailUrl);
      const summary: number[] = [];
      const detail: number[] = [];
      for (let round = 0; round < 5; round++) {
        summary.push(...(await timed(60, 1, headers, summaryUrl)).map((t) => t.ms));
        detail.push(...(await timed(60, 1, headers, detailUrl, round * 60)).map((t) => t.ms));
      }
      const p95 = { summary: percentile(summary, 95), detail: percentile(detail, 95) };
      const ratio = p95.summary / p95.detail;
      line({
        bench: 'reports-summary',
        nominations: total,
        summary_totals_nominations: check.totals.nominations,
        counter_rows: counterRows,
        units: 20_758 + 18,
        summary_p50_ms: percentile(summary, 50),
        summary_p95_ms: p95.summary,
        pk_read_p50_ms: percentile(detail, 50),
        pk_read_p95_ms: p95.detail,
        ratio: Math.round(ratio * 100) / 100,
        goal: '≤ 3',
        met: ratio <= 3,
        environment: bench.environment,
      });
    } finally {
      await app.close();
    }
  } finally {
    await bench.destroy();
  }
}

/** Nomination streams as the workflow writes them (submitted, reviews, forwarded, outcome), with valid hash chains. */
async function generateEvents(pool: Pool, nominations: number): Promise<number> {
  const dossier = sampleDossier();
  const routes = [
    { level: 1, unitId: 'bench-cdcs' },
    { level: 2, unitId: 'bench-huyen' },
  ];
  let written = 0;
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
    written += rows[0]!.length;
    for (const r of rows) r.length = 0;
  };
  for (let n = 0; n < nominations; n++) {
    const streamId = `nomination-bench-${n}`;
    const unit = `bench-cdcs-${n % 20000}`;
    const district = `bench-huyen-${n % 698}`;
    const t0 = Date.UTC(2026, 2, 1) + n * 1000;
    const person = dossier.nominee.kind === 'person' ? dossier.nominee : null;
    const nominee = person && {
      ...person,
      gender: n % 2 ? 'female' : 'male',
      isDirectWorker: n % 3 !== 0,
      isLeader: n % 5 === 0,
    };
    const events: { type: string; data: Record<string, unknown> }[] = [
      {
        type: 'NominationSubmitted',
        data: {
          nominatingUnitId: unit,
          awardCode: ['GK', 'BK_TINH', 'BK_TLD'][n % 3],
          campaignId: n % 3 ? demoCampaignIds.annual2026 : demoCampaignIds.gioiViecNuoc2026,
          dossier: { ...dossier, nominee },
          route: routes.map((r, i) => ({ level: r.level, unitId: i === 0 ? unit : district })),
        },
      },
      { type: 'NominationReviewOpened', data: { level: 1, unitId: unit, taskSeq: 1 } },
      { type: 'NominationForwarded', data: { from: { level: 1, unitId: unit }, to: { level: 2, unitId: district } } },
      { type: 'NominationReviewOpened', data: { level: 2, unitId: district, taskSeq: 2 } },
      n % 5 === 0
        ? { type: 'NominationRejected', data: { level: 2, unitId: district, reason: 'Chưa đủ tiêu chuẩn' } }
        : { type: 'NominationGranted', data: { level: 2, unitId: district, decisionNumber: `${n}/QĐ` } },
    ];
    let prevHash = GENESIS_HASH;
    events.forEach((e, k) => {
      const version = k + 1;
      const content = {
        data: e.data,
        eventId: randomUUID(),
        metadata: { actor: `user-${n % 5000}`, workflowId: `nomination:bench-${n}` },
        occurredAt: new Date(t0 + k * 2 * 86_400_000).toISOString(),
        schemaVersion: 1,
        streamId,
        type: e.type,
      };
      const { head, tail } = canonicalEventParts(content as never);
      const hash = createHash('sha256')
        .update(Buffer.from(prevHash, 'hex'))
        .update(`${head}${version}${tail}`)
        .digest('hex');
      const values = [
        content.eventId,
        streamId,
        version,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify(content.metadata),
        content.occurredAt,
        prevHash,
        hash,
      ];
      values.forEach((v, i) => rows[i]!.push(v));
      prevHash = hash;
    });
    if (rows[0]!.length >= 5000) await flush();
  }
  await flush();
  await pool.query('analyze events');
  return written;
}

async function benchRebuild(nominations: number): Promise<void> {
  const bench = await createBenchDatabase('reports_rebuild', 4);
  try {
    const started = Date.now();
    const events = await generateEvents(bench.pool, nominations);
    console.error(`[bench:reports] generated ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const page = 5000;
    const raw1 = (await rawEventScan(bench.pool, page, 'reports_raw_scan')).perSecond;
    const projector = new Projector({
      pool: bench.pool,
      db: bench.db,
      store: new EventStore(bench.pool, { notify: false }),
      projections: createProjections(),
      rebuildBatchSize: page,
    });
    const result = await projector.rebuild('statistics');
    const raw2 = (await rawEventScan(bench.pool, page, 'reports_raw_scan')).perSecond;
    const rawRate = (raw1 + raw2) / 2;
    const { rows } = await sql<{ n: number; granted: number }>`
      select sum(nominations)::int as n, sum(nominations) filter (where outcome = 'GRANTED')::int as granted
        from stat_counts where scope_unit_id = '*'`.execute(bench.db);
    const ratio = result.eventsPerSecond / rawRate;
    line({
      bench: 'reports-statistics-rebuild',
      events: result.eventsApplied,
      nominations_counted: rows[0]?.n,
      granted_counted: rows[0]?.granted,
      rebuild_events_per_s: result.eventsPerSecond,
      raw_scan_events_per_s: Math.round(rawRate),
      rebuild_seconds: Math.round(result.elapsedMs / 100) / 10,
      ratio: Math.round(ratio * 1000) / 1000,
      goal: '≥ 0.5',
      met: ratio >= 0.5,
      environment: bench.environment,
    });
  } finally {
    await bench.destroy();
  }
}

interface ListRow {
  name: string;
  kind: string;
  award: string;
  campaign: string;
  unit: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
  finalAt: string | null;
  decision: string | null;
}

/** The garbage collector, without --expose-gc on the command line (for the live-memory samples). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function benchXlsx(rows: number): Promise<void> {
  const gc = collector();
  gc();
  const base = process.memoryUsage();
  // Live memory: heap + external right after a full collection, every 5,000 rows. The 20 ms samples
  // also count garbage not yet collected (V8 lets the heap grow while there is room), which says
  // little about what the export holds.
  let peakLive = 0;
  const peak = { rss: base.rss, heapExternal: base.heapUsed + base.external };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapExternal = Math.max(peak.heapExternal, m.heapUsed + m.external);
  };
  const timer = setInterval(sample, 20);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  const finished = new Promise((resolve) => sink.on('finish', resolve));
  async function* generate(): AsyncIterable<ListRow> {
    for (let i = 0; i < rows; i++) {
      if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
      if (i % 5000 === 0) {
        gc();
        const m = process.memoryUsage();
        peakLive = Math.max(peakLive, m.heapUsed + m.external - (base.heapUsed + base.external));
      }
      yield {
        name: `Nguyễn Thị Người Thứ ${i}`,
        kind: 'Cá nhân',
        award: 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',
        campaign: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026',
        unit: `Công đoàn cơ sở thử ${i % 20000}`,
        status: 'Đã khen thưởng',
        submittedAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
        updatedAt: new Date(Date.UTC(2026, 8, 1) + i * 60_000).toISOString(),
        finalAt: i % 5 ? new Date(Date.UTC(2026, 9, 1)).toISOString() : null,
        decision: i % 5 ? `${i}/QĐ-TLĐ` : null,
      };
    }
  }
  const started = process.hrtime.bigint();
  await writeXlsx(sink, [
    sheet<ListRow>({
      name: 'Danh sách hồ sơ',
      columns: [
        { header: 'Họ tên / Tên tập thể', type: 'text', value: (r) => r.name },
        { header: 'Cá nhân / Tập thể', type: 'text', value: (r) => r.kind },
        { header: 'Hình thức khen thưởng', type: 'text', value: (r) => r.award },
        { header: 'Đợt thi đua', type: 'text', value: (r) => r.campaign },
        { header: 'Đơn vị đề nghị', type: 'text', value: (r) => r.unit },
        { header: 'Trạng thái', type: 'text', value: (r) => r.status },
        { header: 'Ngày gửi', type: 'date', value: (r) => r.submittedAt },
        { header: 'Cập nhật lúc', type: 'datetime', value: (r) => r.updatedAt },
        { header: 'Ngày kết thúc', type: 'date', value: (r) => r.finalAt },
        { header: 'Số quyết định', type: 'text', value: (r) => r.decision },
      ],
      rows: generate(),
    }),
  ]);
  await finished;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  sample();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const peakMb = mb(peak.heapExternal - (base.heapUsed + base.external));
  line({
    bench: 'reports-xlsx-export',
    rows,
    seconds: Math.round(seconds * 10) / 10,
    rows_per_s: Math.round(rows / seconds),
    file_mb: mb(bytes),
    peak_live_above_start_mb: mb(peakLive),
    peak_heap_external_above_start_mb: peakMb,
    peak_rss_mb: mb(peak.rss),
    rss_at_start_mb: mb(base.rss),
    goal: 'memory peak ≤ 200 MB (live, after collection)',
    met: mb(peakLive) <= 200,
  });
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  if (!only || only === 'xlsx') await benchXlsx(arg('rows', 100_000));
  if (!only || only === 'rebuild') await benchRebuild(arg('event-nominations', 100_000));
  if (!only || only === 'summary') await benchSummary(arg('nominations', 1_000_000));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`[bench:reports] ${err instanceof Error ? err.stack : String(err)}`);
      process.exit(1);
    },
  );
}
