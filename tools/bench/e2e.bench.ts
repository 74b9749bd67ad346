/*
 * bench:e2e — B1: nominations completed through all four levels per second (scripted approver)
 * against a baseline workflow with one no-op activity, same server, same run, same concurrency;
 * then B2 (decision-latency.bench.ts) on the same server.
 */
import { randomUUID } from 'node:crypto';
import {
  NOMINATION_WORKFLOW_TYPE,
  decideUpdate,
  getNominationStateQuery,
  nominationWorkflowId,
  nominationWorkflowInput,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination } from '@vinhdanh/domain';
import type { benchNoopWorkflow, nominationWorkflow } from '../src/workflows';
import { BENCH_NOOP_WORKFLOW_TYPE } from '../src/contracts/bench.contract';
import { benchDecisionLatency } from './decision-latency.bench';
import { createTemporalBenchEnv, runPool } from './temporal-bench-env';

const NOMINATIONS = Number(process.env.BENCH_E2E_N ?? 120);
const CONCURRENCY = Number(process.env.BENCH_E2E_CONCURRENCY ?? 16);

const decision = (level: number): DecideArgs => ({
  actor: { userId: `u-${level}`, name: `Cán bộ cấp ${level}`, unitId: sampleRoute[level - 1].unitId },
  decision: 'approve',
  level: level as DecideArgs['level'],
  unitId: sampleRoute[level - 1].unitId,
  ...(level === 4 ? { decisionNumber: '1/QĐ-TLĐ' } : {}),
});

export async function benchE2e(): Promise<void> {
  const env = await createTemporalBenchEnv('e2e');
  try {
    const { client, taskQueue } = env;
    const noop = async () => {
      await client.workflow.execute<typeof benchNoopWorkflow>(BENCH_NOOP_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: `bench-noop:${randomUUID()}`,
        args: [{ updates: 0 }],
      });
    };
    let lastId = '';
    const nominate = async () => {
      const id = randomUUID();
      lastId = id;
      const handle = await client.workflow.start<typeof nominationWorkflow>(NOMINATION_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: nominationWorkflowId(id),
        args: [nominationWorkflowInput(sampleSubmitNomination({ nominationId: id, now: new Date().toISOString() }))],
      });
      for (const level of [1, 2, 3, 4]) await handle.executeUpdate(decideUpdate, { args: [decision(level)] });
      await handle.result();
    };
    // Warm both paths (bundle caches, prepared statements) before measuring.
    await runPool(8, 4, noop);
    await runPool(8, 4, nominate);

    const baselineMs = await runPool(NOMINATIONS, CONCURRENCY, noop);
    const engineMs = await runPool(NOMINATIONS, CONCURRENCY, nominate);
    const baselinePerSec = (NOMINATIONS / baselineMs) * 1000;
    const enginePerSec = (NOMINATIONS / engineMs) * 1000;
    const history = await client.workflow.getHandle(nominationWorkflowId(lastId)).fetchHistory();
    const snapshot = await client.workflow.getHandle(nominationWorkflowId(lastId)).query(getNominationStateQuery);
    console.log(
      JSON.stringify({
        bench: 'B1',
        what: 'nominations completed through four levels per second ÷ no-op workflow (one no-op activity) per second',
        ratio: Number((enginePerSec / baselinePerSec).toFixed(3)),
        goal: '>= 0.5',
        nominationsPerSec: Number(enginePerSec.toFixed(2)),
        baselineWorkflowsPerSec: Number(baselinePerSec.toFixed(2)),
        historyEventsPerNomination: history.events?.length,
        historyGoal: '<= 36',
        domainEventsPerNomination: snapshot.version,
        nominations: NOMINATIONS,
        concurrency: CONCURRENCY,
        environment: env.database.environment,
      }),
    );
    await benchDecisionLatency(env);
  } finally {
    await env.close();
  }
}
