import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TypedSearchAttributes } from '@temporalio/common';
import type { SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';
import type { TemporalCliExecutable, TemporalLog } from './cli';
import { TemporalLibError } from './errors';
import { forEachLine } from './lines';
import { isPortFree } from './ports';
import { waitForFrontend } from './readiness';

/** Options of {@link startDevServer}. */
export interface StartDevServerOptions {
  /** Path of the CLI binary, or what {@link ensureTemporalCli} returned. */
  executable: string | TemporalCliExecutable;
  /** SQLite file to persist to; in-memory (lost on exit) when omitted. */
  dbFilename?: string;
  ip: string;
  port: number;
  /** Web UI port; the server runs `--headless` when omitted. */
  uiPort?: number;
  namespace: string;
  /** Custom search attributes to register (the project's list lives in `@vinhdanh/contracts`). */
  searchAttributes: readonly SearchAttributeKey<SearchAttributeType>[];
  log?: TemporalLog;
  /** Forward the server's own output to `log` (the CLI script); otherwise kept for error reports. */
  echoServerOutput?: boolean;
  /** Server log level; default `warn` (the CLI's own default for start-dev). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** How long to wait for the frontend and search attributes; default 60 s. */
  readyTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL; default 5 s. */
  stopGraceMs?: number;
}

/** A running dev server. */
export interface RunningDevServer {
  /** gRPC address for `Connection.connect` / `NativeConnection.connect`, e.g. `127.0.0.1:7233`. */
  address: string;
  /** Web UI URL, when the UI runs. */
  uiUrl?: string;
  namespace: string;
  /** Operating-system pid of the server process (undefined when the SDK runs it). */
  pid?: number;
  /** Stops the server: SIGTERM, then SIGKILL after the grace period. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `temporal server start-dev` and resolves once its frontend answers and the given search
 * attributes are registered. Rejects with `TEMPORAL.PORT_IN_USE` when a port is taken and with
 * `TEMPORAL.DEV_SERVER_START_FAILED` (including the server's last output) when it exits or hangs.
 */
export async function startDevServer(options: StartDevServerOptions): Promise<RunningDevServer> {
  const log = options.log ?? (() => undefined);
  if (typeof options.executable !== 'string' && options.executable.type === 'cached-download') {
    return startWithSdkDownload(options);
  }
  const executable = typeof options.executable === 'string' ? options.executable : options.executable.path;
  const ports = [options.port, ...(options.uiPort === undefined ? [] : [options.uiPort])];
  for (const port of ports) {
    if (!(await isPortFree(options.ip, port))) {
      throw new TemporalLibError('TEMPORAL.PORT_IN_USE', `${options.ip}:${port} is already in use (another Temporal?)`);
    }
  }
  if (options.dbFilename) fs.mkdirSync(path.dirname(path.resolve(options.dbFilename)), { recursive: true });

  const args = devServerArgs(options);
  log(`Starting Temporal dev server: ${executable} ${args.join(' ')}`);
  const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let stopping = false;
  const onLine = (line: string) => {
    output.push(line);
    if (output.length > 60) output.shift();
    // The server logs a burst of connection warnings while it shuts down; they mean nothing.
    if (options.echoServerOutput && !stopping) log(line);
  };
  forEachLine(child.stdout, onLine);
  forEachLine(child.stderr, onLine);
  // A server left behind by a crashed parent holds its ports; take it down with us.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited with ${signal ?? code}`));
    child.once('error', (err) => resolve(`failed to spawn: ${err.message}`));
  });

  const address = `${options.ip}:${options.port}`;
  const stop = onceAsync(() => {
    stopping = true;
    return stopChild(child, exited, options.stopGraceMs ?? 5000).finally(() => {
      process.removeListener('exit', killOnExit);
    });
  });
  try {
    await waitForFrontend({
      address,
      namespace: options.namespace,
      searchAttributeNames: options.searchAttributes.map((key) => key.name),
      timeoutMs: options.readyTimeoutMs ?? 60_000,
      exited,
    });
  } catch (err) {
    await stop();
    throw new TemporalLibError(
      'TEMPORAL.DEV_SERVER_START_FAILED',
      `Temporal dev server at ${address} did not become ready: ${(err as Error).message}\n` +
        `Last server output:\n${output.join('\n')}`,
    );
  }
  const uiUrl = options.uiPort === undefined ? undefined : `http://${options.ip}:${options.uiPort}`;
  log(`Temporal dev server ready at ${address}${uiUrl ? ` (UI ${uiUrl})` : ''}`);
  return { address, uiUrl, namespace: options.namespace, pid: child.pid, stop };
}

/** The `temporal` arguments for the options (exported for the CLI script's dry-run output). */
export function devServerArgs(options: StartDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', options.ip, '--port', String(options.port)];
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.dbFilename) args.push('--db-filename', options.dbFilename);
  // `default` always exists; asking the CLI to create it again is not needed.
  if (options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const key of options.searchAttributes) {
    args.push('--search-attribute', `${key.name}=${TypedSearchAttributes.toMetadataType(key.type)}`);
  }
  // start-dev defaults to warn and then hides its routine shutdown warnings; an explicit
  // --log-level (even `warn`) turns that filter off, so pass it only when it differs.
  if (options.logLevel && options.logLevel !== 'warn') args.push('--log-level', options.logLevel);
  return args;
}

async function stopChild(child: ChildProcess, exited: Promise<string>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

// Without the CLI on disk, the SDK downloads it and supervises the process itself.
async function startWithSdkDownload(options: StartDevServerOptions): Promise<RunningDevServer> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  options.log?.('Starting Temporal dev server through @temporalio/testing (downloads the CLI on first use)…');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      dbFilename: options.dbFilename,
      ip: options.ip,
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      namespace: options.namespace,
      searchAttributes: [...options.searchAttributes],
    },
  });
  const uiUrl = options.uiPort === undefined ? undefined : `http://${options.ip}:${options.uiPort}`;
  return { address: env.address, uiUrl, namespace: options.namespace, stop: onceAsync(() => env.teardown()) };
}

function onceAsync(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
