import { setTimeout as sleep } from 'node:timers/promises';
import { NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import type { Activities } from '@vinhdanh/activities';
import {
  databaseName,
  temporalConnectionOptions,
  type Config,
  type TemporalConnectionConfig,
  type TemporalConnectionOptions,
} from '@vinhdanh/config';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { activeTracing, type Tracing } from '@vinhdanh/telemetry';
import { ensureNamespace } from '@vinhdanh/temporal';
import { thisMachine, workerTuning } from './worker-tuning';

/** What {@link createTemporalWorker} needs. */
export interface CreateTemporalWorkerOptions {
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'TEMPORAL_NAMESPACE' | 'TEMPORAL_TASK_QUEUE'> &
    TemporalConnectionConfig;
  activities: Activities;
  log: (line: string) => void;
  /** A prebuilt bundle (`bundleWorkflowCode` output written to disk) for production; bundles at start otherwise. */
  workflowBundlePath?: string;
  /** An in-memory bundle (tests bundle once per file). */
  workflowBundle?: WorkflowBundle;
  /** How long to keep retrying the first connection (Temporal may still be starting); default 30 s. */
  connectTimeoutMs?: number;
  /**
   * The process's tracing (default: the one started by the entry point, if any). A prebuilt
   * bundle must then include TRACING_WORKFLOW_INTERCEPTOR_MODULES.
   */
  tracing?: Tracing | null;
}

/** A created (not yet running) worker and the connection it owns. */
export interface TemporalWorker {
  worker: Worker;
  connection: NativeConnection;
}

/**
 * Connects to Temporal and creates the worker for the nominations task queue, bundling
 * `@vinhdanh/workflows` (the single workflowsPath). The caller runs it and closes the connection.
 */
export async function createTemporalWorker(options: CreateTemporalWorkerOptions): Promise<TemporalWorker> {
  const { config, log } = options;
  const connection = await connectWithRetry(temporalConnectionOptions(config), options.connectTimeoutMs ?? 30_000, log);
  const tuning = workerTuning(thisMachine(config.DATABASE_POOL_SIZE));
  try {
    log(`Worker sized ${JSON.stringify(tuning)} (WORKER_MAX_* to change)`);
    // The deployment's own namespace: created on first start, refused if another database owns it.
    await ensureNamespace({
      services: connection,
      namespace: config.TEMPORAL_NAMESPACE,
      owner: databaseName(config.DATABASE_URL),
      searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
      log,
    });
    log(
      `${options.workflowBundlePath ? `Loading the workflow bundle ${options.workflowBundlePath}` : 'Bundling workflows'} ` +
        `and creating the worker for task queue "${config.TEMPORAL_TASK_QUEUE}"…`,
    );
    const tracing = options.tracing === undefined ? activeTracing() : options.tracing;
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      ...(options.workflowBundle
        ? { workflowBundle: options.workflowBundle }
        : options.workflowBundlePath
          ? { workflowBundle: { codePath: options.workflowBundlePath } }
          : { workflowsPath: require.resolve('@vinhdanh/workflows') }),
      activities: options.activities,
      // Activities continue the trace of the Update that scheduled them; workflow spans leave the
      // sandbox through a sink.
      ...(tracing ? tracedWorkerOptions(tracing, Boolean(options.workflowBundle ?? options.workflowBundlePath)) : {}),
      ...tuning,
    });
    return { worker, connection };
  } catch (err) {
    await connection.close();
    throw err;
  }
}

/** A prebuilt bundle carries the workflow interceptors already; naming them again only earns a warning. */
function tracedWorkerOptions(tracing: Tracing, prebuilt: boolean): Tracing['workerOptions'] {
  if (!prebuilt) return tracing.workerOptions;
  const { workflowModules: _inBundle, ...interceptors } = tracing.workerOptions.interceptors;
  return { ...tracing.workerOptions, interceptors };
}

async function connectWithRetry(
  target: TemporalConnectionOptions,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<NativeConnection> {
  const deadline = Date.now() + timeoutMs;
  const { address } = target;
  log(`Connecting to Temporal at ${address}${target.tls ? ' (TLS)' : ''}…`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await NativeConnection.connect(target);
    } catch (err) {
      if (Date.now() >= deadline) throw err;
      if (attempt === 1) log(`Temporal at ${address} is not reachable yet (${(err as Error).message}); retrying…`);
      await sleep(Math.min(500 * attempt, 3000));
    }
  }
}
