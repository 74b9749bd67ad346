import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ToolActivities } from '../activities/smoke.activities';
import { benchNoopUpdate, type BenchNoopInput } from '../contracts/bench.contract';

const { benchNoop } = proxyActivities<ToolActivities>({ startToCloseTimeout: '10 seconds' });

/** Baseline for benchmarks: one no-op activity, then as many no-op Updates as asked for. */
export async function benchNoopWorkflow(input: BenchNoopInput): Promise<number> {
  let received = 0;
  setHandler(benchNoopUpdate, (n) => {
    received++;
    return n;
  });
  await benchNoop();
  await condition(() => received >= input.updates);
  await condition(allHandlersFinished);
  return received;
}
