/*
 * bench:bulk — bulk decisions over HTTP. N nominations (BENCH_BULK_N, default 4000; or the first CLI
 * argument) wait at the nominating unit's review as real running workflows; the chair approves
 * them with POST /api/inbox/bulk-decisions in batches of 500 (each item a real decideUpdate, 8 at
 * a time on the server). Reported against N no-op Updates, one per no-op workflow, at the same
 * concurrency, and with the projector's lag (append → read model) sampled during the run.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { sql } from 'kysely';
import { createApp, hashPassword } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { BENCH_NOOP_WORKFLOW_TYPE, benchNoopUpdate } from '../src/contracts/bench.contract';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import type { benchNoopWorkflow } from '../src/workflows';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { EventStore } from '@vinhdanh/event-store';
import { getFreePort, startDevServer } from '@vinhdanh/temporal';
import { createSmokeActivities } from '../src/activities/smoke.activities';
import { TOOL_WORKFLOWS_PATH } from '../src';
import { ensureTemporalCli } from '../src/temporal-build/ensure-cli';
import { thisMachine, workerTuning } from '@vinhdanh/worker';
import { createBenchDatabase } from './bench-database';
import { percentile, runPool } from './temporal-bench-env';

const N = Number(process.argv[2] ?? process.env.BENCH_BULK_N ?? 4000);
const BATCH = 500;
/** The server decides 8 items of a bulk request at a time (BULK_CONCURRENCY). */
const CONCURRENCY = 8;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export async function benchBulk(): Promise<void> {
  Logger.overrideLogger(['error']);
  const env = await startBenchSystem();
  const { client, taskQueue, database } = env;
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '16',
    TEMPORAL_ADDRESS: env.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    JWT_SECRET: `bench-${randomUUID()}`,
    LOG_LEVEL: 'error',
  });
  await seedDemo(database.db, { hashPassword, campaigns: signOffSpecCampaigns });
  const app = await createApp(config, { logger: false, shutdownHooks: false });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api`;
  try {
    const token = async (username: string) => {
      const res = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
    };
    const post = async (auth: string, path: string, body: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth, 'idempotency-key': `b-${randomUUID()}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    // Set-up (not measured): N real nominations through the API, each a running workflow at level 1.
    const nominator = await token('bvdp.nominator');
    const ids: string[] = [];
    const dossier = sampleDossier();
    const started = performance.now();
    await runPool(N, 16, async (i) => {
      const res = await post(nominator, '/nominations', {
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...dossier, nominee: { ...dossier.nominee, fullName: `Người ${i}`, personKey: `B-${i}` } },
      });
      if (res.status !== 201 && res.status !== 202) throw new Error(`submit ${i}: ${JSON.stringify(res.body)}`);
      ids.push(res.body['nominationId'] as string);
    });
    log(`${N} nominations submitted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The baseline's N no-op workflows (one Update each, as each decision hits its own nomination),
    // started now so both measured phases run with the same open workflows and idle queues.
    const handles = new Array<ReturnType<typeof client.workflow.getHandle>>(N);
    await runPool(N, 16, async (i) => {
      handles[i] = await client.workflow.start<typeof benchNoopWorkflow>(BENCH_NOOP_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: `bench-noop:${randomUUID()}`,
        args: [{ updates: 1 }],
      });
    });
    await new Promise((r) => setTimeout(r, 5_000)); // let the set-up's workflow tasks and activities drain

    // Memory of this process (worker, API and projector together), sampled through the measured phases.
    let rssMaxMiB = 0;
    let heapUsedMaxMiB = 0;
    const memory = setInterval(() => {
      const m = process.memoryUsage();
      rssMaxMiB = Math.max(rssMaxMiB, Math.round(m.rss / 2 ** 20));
      heapUsedMaxMiB = Math.max(heapUsedMaxMiB, Math.round(m.heapUsed / 2 ** 20));
    }, 250);

    // Projector lag: every 25 ms, which approvals the read model shows, and how long after the append.
    const unseen = new Set(ids);
    const lags: number[] = [];
    let stopAt = Number.POSITIVE_INFINITY;
    const sampler = (async () => {
      while (unseen.size > 0 && Date.now() < stopAt) {
        const { rows } = await sql<{ id: string; lag_ms: number }>`
          select n.id, extract(epoch from (clock_timestamp() - e.recorded_at)) * 1000 as lag_ms
            from nominations n join events e on e.stream_id = 'nomination-' || n.id and e.type = 'NominationForwarded'
           where n.status = 'FORWARDED' and n.id = any(${[...unseen]}::text[])`.execute(database.db);
        for (const r of rows) {
          unseen.delete(r.id);
          lags.push(Number(r.lag_ms));
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    })();

    const chair = await token('bvdp.chair');
    let ok = 0;
    const bulkStarted = performance.now();
    for (let from = 0; from < ids.length; from += BATCH) {
      const items = ids
        .slice(from, from + BATCH)
        .map((nominationId) => ({ nominationId, taskSeq: 1, decision: 'approve' }));
      const res = await post(chair, '/inbox/bulk-decisions', { items });
      if (res.status !== 200) throw new Error(`bulk: ${res.status} ${JSON.stringify(res.body)}`);
      ok += (res.body['summary'] as { succeeded: number }).succeeded;
    }
    const bulkMs = performance.now() - bulkStarted;
    stopAt = Date.now() + 30_000; // the last approvals still to be projected, bounded
    await sampler;

    // Baseline: N no-op Updates, one per no-op workflow (started during set-up), same concurrency.
    const baselineMs = await runPool(N, CONCURRENCY, async (i) => {
      await handles[i]?.executeUpdate(benchNoopUpdate, { args: [i] });
    });

    clearInterval(memory);
    const decisionsPerSec = (ok / bulkMs) * 1000;
    const noopPerSec = (N / baselineMs) * 1000;
    const ratio = Number((decisionsPerSec / noopPerSec).toFixed(3));
    const lagP95 = Math.round(percentile(lags, 95));
    console.log(
      JSON.stringify({
        bench: 'bulk',
        what: 'bulk-approved decisions per second over HTTP ÷ no-op Updates per second (same concurrency)',
        ratio,
        goal: { ratio: '>= 0.5', projectorLagP95Ms: '<= 1000' },
        met: { ratio: ratio >= 0.5, projectorLagP95: lagP95 <= 1000 },
        decisionsPerSec: Number(decisionsPerSec.toFixed(1)),
        noopUpdatesPerSec: Number(noopPerSec.toFixed(1)),
        decided: ok,
        nominations: N,
        batch: BATCH,
        concurrency: CONCURRENCY,
        projectorLagMs: {
          p50: Math.round(percentile(lags, 50)),
          p95: lagP95,
          max: Math.round(Math.max(...lags)),
          samples: lags.length,
        },
        memoryMiB: {
          rssMax: rssMaxMiB,
          heapUsedMax: heapUsedMaxMiB,
          rssEnd: Math.round(process.memoryUsage().rss / 2 ** 20),
        },
        worker: env.tuning,
        environment: database.environment,
      }),
    );
  } finally {
    await app.close();
    await env.close();
  }
}

/**
 * The dev server, database and worker, sized as the production worker is (`workerTuning`: the SDK's
 * default workflow cache outgrew the heap with N open nominations on a 2-core, 8 GB machine; the
 * tuned cache is bounded by the heap and runs beyond it are replayed on demand; WORKER_MAX_* override).
 * The API started below runs the projector.
 */
async function startBenchSystem() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const server = await startDevServer({
    executable: await ensureTemporalCli({ log }),
    ip: '127.0.0.1',
    port: await getFreePort(),
    namespace: 'default',
    searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    log,
  });
  const database = await createBenchDatabase('bulk', 16);
  const store = new EventStore(database.pool);
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  const taskQueue = `bench-${randomUUID()}`;
  const tuning = workerTuning(thisMachine(16));
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowsPath: TOOL_WORKFLOWS_PATH,
    ...tuning,
    activities: {
      ...createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store }),
      ...createSmokeActivities({ clock: { now: () => new Date() } }),
    },
  });
  const running = worker.run();
  return {
    address: server.address,
    client,
    taskQueue,
    database,
    tuning,
    async close() {
      worker.shutdown();
      await running;
      await store.close();
      await connection.close();
      await nativeConnection.close();
      await database.destroy();
      await server.stop();
    },
  };
}

if (require.main === module) {
  benchBulk().then(
    () => process.exit(0),
    (err: unknown) => {
      // A benchmark that cannot run at all is an error; a poor ratio is not.
      console.error(`[bench] ${err instanceof Error ? err.stack : String(err)}`);
      process.exit(1);
    },
  );
}
