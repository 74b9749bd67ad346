import { defineUpdate } from '@temporalio/workflow';

// Baselines for the benchmarks: the cheapest workflow and Update the same server can run, so
// engine figures are reported as ratios to what Temporal itself costs on this machine.

/** Workflow type of the baseline workflow: one no-op activity, then waits for `benchNoopUpdate` or completes. */
export const BENCH_NOOP_WORKFLOW_TYPE = 'benchNoopWorkflow';

/** Input of the baseline workflow. */
export interface BenchNoopInput {
  /** Keep running to receive this many no-op Updates (0: complete after the activity). */
  updates: number;
}

/** A no-op Update: the baseline a decision's latency is compared with. */
export const benchNoopUpdate = defineUpdate<number, [number]>('benchNoopUpdate');
