/*
 * bench:e2e B2: p95 of a decision over HTTP until the next level's inbox shows the task, against
 * p95 of a no-op Workflow Update on the same server in the same run (both sequential). Then one
 * JSON line per stage of a decision (B2.stage: the API's Server-Timing stages, the worker's
 * activities, the projector's wake-up, the inbox GET), so a regression names its stage.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp, hashPassword, parseServerTiming } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { BENCH_NOOP_WORKFLOW_TYPE, benchNoopUpdate } from '../src/contracts/bench.contract';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo, signOffSpecCampaigns } from '@vinhdanh/seed';
import type { benchNoopWorkflow } from '../src/workflows';
import { percentile, type TemporalBenchEnv } from './temporal-bench-env';

const DECISIONS = Number(process.env.BENCH_B2_N ?? 60);
// The demo annual campaign is open through 2026; the API's clock starts inside it.
const CLOCK_BASE = Date.parse('2026-06-15T02:00:00Z');

export async function benchDecisionLatency(env: TemporalBenchEnv): Promise<void> {
  await seedDemo(env.database.db, { hashPassword, campaigns: signOffSpecCampaigns });
  const config = loadConfig({
    DATABASE_URL: env.database.url,
    TEMPORAL_ADDRESS: env.address,
    TEMPORAL_TASK_QUEUE: env.taskQueue,
    LOG_LEVEL: 'error',
  });
  const started = Date.now();
  const app = await createApp(config, {
    logger: false,
    shutdownHooks: false,
    serverTiming: true,
    temporal: { client: env.client },
    clock: () => new Date(CLOCK_BASE + (Date.now() - started)),
  });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  try {
    const tokens = new Map<string, string>();
    const call = async (method: string, path: string, as: string, body?: unknown) => {
      let token = tokens.get(as);
      if (!token) {
        const res = await fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: as, password: DEMO_PASSWORD }),
        });
        token = ((await res.json()) as { accessToken: string }).accessToken;
        tokens.set(as, token);
      }
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'idempotency-key': randomUUID(),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      lastTiming = parseServerTiming(res.headers.get('server-timing'));
      return (await res.json()) as Record<string, unknown>;
    };
    let lastTiming: Record<string, number> = {};

    // Nominations waiting at their CĐCS; each measured decision forwards one to the district.
    const ids: string[] = [];
    for (let i = 0; i < DECISIONS + 5; i++) {
      const created = await call('POST', '/nominations', 'bvdp.nominator', {
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
      ids.push(created.nominationId as string);
    }
    const decisionMs: number[] = [];
    const postMs: number[] = [];
    const stages = new Map<string, number[]>();
    let readModelLate = 0;
    let inboxRetried = 0;
    const record = (stage: string, ms: number) => stages.set(stage, [...(stages.get(stage) ?? []), ms]);
    // The worker's activities and the projector's wake-up (append committed → batch applied) per decision.
    let activityMs: Record<string, number> = {};
    env.onActivity = (name, ms) => (activityMs[name] = (activityMs[name] ?? 0) + ms);
    let appendedAt = 0;
    let appliedAt = 0;
    const offAppended = env.store.onAppended(() => (appendedAt = performance.now()));
    const offApplied = env.projector.onApplied((name) => {
      if (name === 'nominations' && appendedAt > 0 && appliedAt === 0) appliedAt = performance.now();
    });
    for (const [i, id] of ids.entries()) {
      activityMs = {};
      appendedAt = 0;
      appliedAt = 0;
      const t0 = performance.now();
      const decided = await call('POST', `/nominations/${id}/decisions`, 'bvdp.chair', { decision: 'approve' });
      const postServer = lastTiming;
      const t1 = performance.now();
      if (i >= 5) postMs.push(t1 - t0);
      // What the approver waits for: the next level's inbox showing the task. When read-your-writes
      // gave up (readModelCaughtUp false: on a shared server another database's long transaction
      // holds back the snapshot horizon every projector reads below), the inbox is polled until it does.
      let inboxGets = 0;
      for (;;) {
        inboxGets++;
        const inbox = await call('GET', '/inbox?limit=200', 'dp.chair');
        if ((inbox.items as { nominationId: string }[]).some((t) => t.nominationId === id)) break;
        if (performance.now() - t1 > 120_000) {
          throw new Error(`the district inbox does not show ${id} two minutes after the decision returned`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!decided.readModelCaughtUp) readModelLate++;
      if (inboxGets > 1) inboxRetried++;
      if (i < 5) continue; // the first five warm up
      decisionMs.push(performance.now() - t0);
      for (const [stage, ms] of Object.entries(postServer)) record(`post.${stage}`, ms);
      record('post.client', t1 - t0);
      for (const [name, ms] of Object.entries(activityMs)) record(`worker.${name}`, ms);
      if (appendedAt > 0 && appliedAt >= appendedAt) record('projector.wakeUp', appliedAt - appendedAt);
      for (const [stage, ms] of Object.entries(lastTiming)) record(`inbox.${stage}`, ms);
      record('inbox.client', performance.now() - t1);
    }
    offAppended();
    offApplied();
    env.onActivity = null;

    const handle = await env.client.workflow.start<typeof benchNoopWorkflow>(BENCH_NOOP_WORKFLOW_TYPE, {
      taskQueue: env.taskQueue,
      workflowId: `bench-noop-updates:${randomUUID()}`,
      args: [{ updates: DECISIONS + 5 }],
    });
    const updateMs: number[] = [];
    for (let i = 0; i < DECISIONS + 5; i++) {
      const t0 = performance.now();
      await handle.executeUpdate(benchNoopUpdate, { args: [i] });
      if (i >= 5) updateMs.push(performance.now() - t0);
    }
    await handle.result();

    const p95Decision = percentile(decisionMs, 95);
    const p95Update = percentile(updateMs, 95);
    console.log(
      JSON.stringify({
        bench: 'B2',
        what: 'p95 of an approval over HTTP until the next inbox shows it ÷ p95 of a no-op Workflow Update',
        ratio: Number((p95Decision / p95Update).toFixed(3)),
        goal: '<= 2.5',
        // Where the time goes: the decision POST (Update + read-your-writes) and, after it, the inbox GET.
        p50PostMs: Math.round(percentile(postMs, 50) * 10) / 10,
        p95PostMs: Math.round(percentile(postMs, 95) * 10) / 10,
        p95DecisionMs: Number(p95Decision.toFixed(1)),
        p50DecisionMs: Number(percentile(decisionMs, 50).toFixed(1)),
        p95NoopUpdateMs: Number(p95Update.toFixed(1)),
        p50NoopUpdateMs: Number(percentile(updateMs, 50).toFixed(1)),
        decisions: decisionMs.length,
        readModelLate,
        inboxRetried,
        environment: env.database.environment,
      }),
    );
    // post.update is the Update round trip (it contains worker.* and the workflow task); post.ryw
    // waits for the projector (projector.wakeUp runs inside it); post.auth contains principal and
    // session; post.idempotency binds the key. post.total minus the named stages is what runs
    // unnamed: body parsing, validation, serialisation, and the event loop shared with the worker
    // and projector in this one process.
    for (const [stage, values] of [...stages].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(
        JSON.stringify({
          bench: 'B2.stage',
          stage,
          p50Ms: Number(percentile(values, 50).toFixed(2)),
          p95Ms: Number(percentile(values, 95).toFixed(2)),
          samples: values.length,
        }),
      );
    }
  } finally {
    await app.close();
  }
}
