import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** The Temporal worker options sized from the machine (or set by environment variables). */
export interface WorkerTuning {
  /** Workflow runs kept in memory between tasks; the others are replayed from history when needed. */
  maxCachedWorkflows: number;
  maxConcurrentWorkflowTaskExecutions: number;
  /** Local activities (the appends, the due-time computation): bounded by what the database pool can serve. */
  maxConcurrentLocalActivityExecutions: number;
  maxConcurrentActivityTaskExecutions: number;
}

/** What the defaults are sized from. */
export interface Machine {
  cpus: number;
  /** The V8 heap limit of this process, in MiB (cached workflows live in it). */
  heapLimitMiB: number;
  databasePoolSize: number;
}

/** Heap a cached nomination workflow may take (its state, dossier and SDK bookkeeping), with margin, in MiB. */
const MIB_PER_CACHED_WORKFLOW = 1;
/**
 * The SDK's default workflow-task slots. A decision's workflow task keeps its slot while its local
 * activity (the append) waits on the database, so fewer slots cap concurrent decisions, not CPU.
 */
const SDK_WORKFLOW_TASK_SLOTS = 40;
/** Share of the heap given to the workflow cache; the rest is the projector, activities and headroom. */
const CACHE_SHARE_OF_HEAP = 0.4;

export function thisMachine(databasePoolSize: number): Machine {
  return {
    cpus: availableParallelism(),
    heapLimitMiB: Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20),
    databasePoolSize,
  };
}

const positive = (env: NodeJS.ProcessEnv, name: string): number | undefined => {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${raw}")`);
  return n;
};

/**
 * Worker options from the machine. The SDK's default workflow cache is sized for a large heap; with
 * thousands of open nominations (a bulk approval of 4,000) it outgrew a 2-core, 8 GB machine's heap.
 * Here the cache takes at most 40 % of the heap at ~1 MiB a run; workflow-task slots stay at the SDK's
 * 40 (more on many cores: a slot is held while the task's local activity waits); local activities
 * wait on the database, so twice its pool. Each can be set:
 * WORKER_MAX_CACHED_WORKFLOWS, WORKER_MAX_WORKFLOW_TASKS, WORKER_MAX_LOCAL_ACTIVITIES, WORKER_MAX_ACTIVITIES.
 */
export function workerTuning(machine: Machine, env: NodeJS.ProcessEnv = process.env): WorkerTuning {
  const cache = Math.max(100, Math.floor((machine.heapLimitMiB * CACHE_SHARE_OF_HEAP) / MIB_PER_CACHED_WORKFLOW));
  return {
    maxCachedWorkflows: positive(env, 'WORKER_MAX_CACHED_WORKFLOWS') ?? cache,
    maxConcurrentWorkflowTaskExecutions:
      positive(env, 'WORKER_MAX_WORKFLOW_TASKS') ?? Math.max(SDK_WORKFLOW_TASK_SLOTS, machine.cpus * 4),
    maxConcurrentLocalActivityExecutions:
      positive(env, 'WORKER_MAX_LOCAL_ACTIVITIES') ?? Math.max(4, machine.databasePoolSize * 2),
    maxConcurrentActivityTaskExecutions: positive(env, 'WORKER_MAX_ACTIVITIES') ?? Math.max(4, machine.cpus * 4),
  };
}
