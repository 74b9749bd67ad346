/*
 * bench:tracing — what OpenTelemetry tracing costs a request: p95 of API reads (the inbox and a
 * nomination's detail: HTTP server span + the PostgreSQL query spans under it) with tracing on and
 * exporting over OTLP to a collector in another process, against the same reads with the
 * instrumentation switched off, in one process, in alternating segments so other load on the
 * machine falls on both sides alike.
 *
 * Tracing starts before anything loads `http` or `pg` (as apps/api/src/tracing.ts does), so this
 * file's imports come after it.
 */
import { COLLECTOR_PORT, tracing } from './tracing.bench-setup';
import { spawn, type ChildProcess } from 'node:child_process';
import { hashPassword } from '@vinhdanh/api';
import { decide, evolve, initialState, sampleSubmitNomination } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import { startBenchApi } from './bench-api';
import { createBenchDatabase } from './bench-database';
import { generateReadModels } from './inbox.bench-data';
import { percentile, timed } from './inbox.bench-http';

const COLLECTOR = `
const http = require('node:http');
let spans = 0, bytes = 0;
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => {
    if (req.url === '/stats') { res.end(JSON.stringify({ requests: spans, bytes })); return; }
    spans++; bytes += n;
    res.writeHead(200, { 'content-type': 'application/x-protobuf' });
    res.end();
  });
});
server.listen(Number(process.argv[1]), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** A stand-in OTLP/HTTP collector in its own process: answers every export with 200 and counts them. */
async function startCollector(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', COLLECTOR, String(COLLECTOR_PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`collector exited (${code}); port ${COLLECTOR_PORT} taken?`)));
  });
  return { url: `http://127.0.0.1:${COLLECTOR_PORT}`, child };
}

async function main(): Promise<void> {
  const collector = await startCollector();
  const rows = Number(process.env.BENCH_TRACING_ROWS ?? 20_000);
  const perSegment = Number(process.env.BENCH_TRACING_REQUESTS ?? 100);
  const segments = 10;
  const bench = await createBenchDatabase('tracing', 12);
  try {
    await seedDemo(bench.db, { hashPassword, campaigns: signOffSpecCampaigns });
    const template = decide(
      sampleSubmitNomination({ nominationId: 'bench', campaignId: demoCampaignIds.annual2026 }),
      initialState(),
    ).reduce(evolve, initialState());
    await generateReadModels(bench.db, rows, template);
    const { app, base } = await startBenchApi(bench.url);
    try {
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'tld.chair', password: DEMO_PASSWORD }),
      });
      const token = ((await login.json()) as { accessToken: string }).accessToken;
      const headers = { authorization: `Bearer ${token}` };
      const first = (await (await fetch(`${base}/inbox?limit=50`, { headers })).json()) as {
        items: { nominationId: string }[];
      };
      const ids = first.items.map((i) => i.nominationId);
      if (ids.length === 0) throw new Error('the national inbox is empty: nothing to read');
      const url = (i: number) =>
        i % 2 === 0 ? `${base}/inbox?limit=50&sort=due` : `${base}/nominations/${ids[i % ids.length]}`;
      const toggle = (on: boolean) => tracing.instrumentations.forEach((x) => (on ? x.enable() : x.disable()));

      await timed(60, 1, headers, url); // warm-up with tracing on
      toggle(false);
      await timed(60, 1, headers, url);
      const on: number[] = [];
      const off: number[] = [];
      const failed: number[] = [];
      for (let seg = 0; seg < segments; seg++) {
        for (const traced of seg % 2 === 0 ? [true, false] : [false, true]) {
          toggle(traced);
          const out = await timed(perSegment, 1, headers, url, seg * perSegment);
          (traced ? on : off).push(...out.map((t) => t.ms));
          failed.push(...out.filter((t) => t.status !== 200).map((t) => t.status));
        }
      }
      toggle(true);
      await tracing.flush();
      const stats = (await (await fetch(`${collector.url}/stats`)).json()) as { requests: number; bytes: number };
      const p95On = percentile(on, 95);
      const p95Off = percentile(off, 95);
      console.log(
        JSON.stringify({
          bench: 'T1',
          what: 'p95 of API reads (inbox, nomination detail) with tracing exported over OTLP ÷ p95 with the instrumentation off, one process, alternating segments',
          ratio: Math.round((p95On / p95Off) * 1000) / 1000,
          goal: '<= 1.15',
          p50OnMs: percentile(on, 50),
          p50OffMs: percentile(off, 50),
          p95OnMs: p95On,
          p95OffMs: p95Off,
          requestsEachSide: on.length,
          failedRequests: failed.length,
          otlpExports: stats.requests,
          otlpBytes: stats.bytes,
          sampler:
            `${process.env.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on'} ${process.env.OTEL_TRACES_SAMPLER_ARG ?? ''}`.trim(),
          rows,
          environment: bench.environment,
        }),
      );
    } finally {
      await app.close();
    }
  } finally {
    await bench.destroy();
    await tracing.shutdown();
    collector.child.kill();
  }
}

main().catch((err) => {
  // A benchmark that cannot run at all is an error; a poor ratio is not.
  console.error(`[bench:tracing] ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
