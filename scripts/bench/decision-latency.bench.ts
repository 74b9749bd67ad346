/*
 * bench:e2e B2: p95 of a decision over HTTP until the next level's inbox shows the task, against
 * p95 of a no-op Workflow Update on the same server in the same run (both sequential).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp, hashPassword } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { BENCH_NOOP_WORKFLOW_TYPE, benchNoopUpdate } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo } from '@vinhdanh/seed';
import type { benchNoopWorkflow } from '@vinhdanh/workflows';
import { percentile, type TemporalBenchEnv } from './temporal-bench-env';

const DECISIONS = Number(process.env.BENCH_B2_N ?? 60);
// The demo annual campaign is open through 2026; the API's clock starts inside it.
const CLOCK_BASE = Date.parse('2026-06-15T02:00:00Z');

export async function benchDecisionLatency(env: TemporalBenchEnv): Promise<void> {
  await seedDemo(env.database.db, { hashPassword });
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
      return (await res.json()) as Record<string, unknown>;
    };

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
    for (const [i, id] of ids.entries()) {
      const t0 = performance.now();
      await call('POST', `/nominations/${id}/decisions`, 'bvdp.chair', { decision: 'approve' });
      if (i >= 5) postMs.push(performance.now() - t0);
      const inbox = await call('GET', '/inbox?limit=200', 'dp.chair');
      if (!(inbox.items as { nominationId: string }[]).some((t) => t.nominationId === id)) {
        throw new Error(`the district inbox does not show ${id} after the decision returned`);
      }
      if (i >= 5) decisionMs.push(performance.now() - t0); // the first five warm up
    }

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
        environment: env.database.environment,
      }),
    );
  } finally {
    await app.close();
  }
}
