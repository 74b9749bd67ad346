import * as path from 'node:path';

// Tooling kept out of the production packages (Nx tag `type:tool`; no production project may
// import it): the smoke and benchmark workflows' contracts and activities, and the Temporal CLI and
// server build used by development, tests and benchmarks.
export { SMOKE_WORKFLOW_TYPE, smokeApproveUpdate } from './contracts/smoke.contract';
export type {
  SmokeWorkflowInput,
  SmokeWorkflowResult,
  SmokeApproveInput,
  SmokeApproveResult,
} from './contracts/smoke.contract';
export { BENCH_NOOP_WORKFLOW_TYPE, benchNoopUpdate } from './contracts/bench.contract';
export type { BenchNoopInput } from './contracts/bench.contract';
export { createSmokeActivities } from './activities/smoke.activities';
export type { ToolActivities } from './activities/smoke.activities';
export { ensureTemporalCli } from './temporal-build/ensure-cli';
export type { EnsureTemporalCliOptions } from './temporal-build/ensure-cli';
export { ensureTemporalServer, TEMPORAL_SERVER_VERSION } from './temporal-build/server-build';
export type { TemporalServerBinaries } from './temporal-build/server-build';

/** The tool workers' workflowsPath: the production workflows plus the smoke and benchmark ones. */
export const TOOL_WORKFLOWS_PATH = path.join(__dirname, 'workflows', 'index.ts');
