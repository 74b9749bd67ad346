// Local Temporal for development:
//   npm run temporal -- ensure   prints the CLI binary path (builds it with Go on first use)
//   npm run temporal -- start    dev server, SQLite at .data/temporal.sqlite, gRPC :7233, UI :8233
// scripts/start.ts imports startLocalTemporal() to run the same server next to the api and worker.
import * as path from 'node:path';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { TemporalLibError, isPortFree, repoRoot, startDevServer, waitForFrontend } from '@vinhdanh/temporal';
import type { RunningDevServer, TemporalCliExecutable, TemporalLog } from '@vinhdanh/temporal';
import { ensureTemporalCli } from '@vinhdanh/tools';

/** Options of {@link startLocalTemporal}; defaults are the documented development ports. */
export interface LocalTemporalOptions {
  log?: TemporalLog;
  ip?: string;
  port?: number;
  uiPort?: number;
  dbFilename?: string;
  /** When something already answers as Temporal on the port, use it instead of failing. */
  reuseExisting?: boolean;
  /** Forward the server's own log lines to `log`. */
  echoServerOutput?: boolean;
}

/** A local Temporal, started here or found already running (then stop() leaves it alone). */
export interface LocalTemporal extends RunningDevServer {
  reused: boolean;
}

const stderrLog: TemporalLog = (line) => process.stderr.write(`[temporal] ${line}\n`);

/** Makes sure a Temporal CLI is available (building it if needed) and returns what to run. */
export function ensureLocalTemporalCli(log: TemporalLog = stderrLog): Promise<TemporalCliExecutable> {
  return ensureTemporalCli({ log });
}

/** Starts the persistent development server (or reuses one already on the port, if asked). */
export async function startLocalTemporal(options: LocalTemporalOptions = {}): Promise<LocalTemporal> {
  const log = options.log ?? stderrLog;
  const ip = options.ip ?? '127.0.0.1';
  const port = options.port ?? 7233;
  const address = `${ip}:${port}`;
  if (options.reuseExisting && !(await isPortFree(ip, port))) {
    await waitForFrontend({
      address,
      namespace: 'default',
      searchAttributeNames: VINHDANH_SEARCH_ATTRIBUTES.map((key) => key.name),
      timeoutMs: 5000,
    }).catch((err: Error) => {
      throw new TemporalLibError(
        'TEMPORAL.PORT_IN_USE',
        `${address} is taken by something that is not a usable Temporal (${err.message})`,
      );
    });
    log(`Reusing the Temporal server already running at ${address}`);
    return { address, namespace: 'default', reused: true, stop: async () => undefined };
  }
  const executable = await ensureLocalTemporalCli(log);
  const server = await startDevServer({
    executable,
    ip,
    port,
    uiPort: options.uiPort ?? 8233,
    dbFilename: options.dbFilename ?? path.join(repoRoot(), '.data', 'temporal.sqlite'),
    namespace: 'default',
    searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    log,
    echoServerOutput: options.echoServerOutput,
  });
  return { ...server, reused: false };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = parseFlags(rest);
  if (command === 'ensure') {
    const executable = await ensureLocalTemporalCli();
    process.stdout.write(`${executable.type === 'existing-path' ? executable.path : 'cached-download'}\n`);
    return;
  }
  if (command === 'start') {
    const server = await startLocalTemporal({
      port: flags.port ? Number(flags.port) : undefined,
      uiPort: flags['ui-port'] ? Number(flags['ui-port']) : undefined,
      dbFilename: flags.db,
      echoServerOutput: true,
    });
    stderrLog(`gRPC ${server.address} · UI ${server.uiUrl ?? '(headless)'} · Ctrl-C to stop`);
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        stderrLog(`${signal} received, stopping the dev server…`);
        void server.stop().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    stderrLog('Temporal dev server stopped.');
    return;
  }
  process.stderr.write(
    'usage: npm run temporal -- ensure\n' +
      '       npm run temporal -- start [--port 7233] [--ui-port 8233] [--db .data/temporal.sqlite]\n',
  );
  process.exitCode = 2;
}

function parseFlags(args: string[]): Record<string, string | undefined> {
  const flags: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match?.[1]) throw new Error(`unexpected argument: ${args[i]}`);
    flags[match[1]] = match[2] ?? args[++i];
  }
  return flags;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    stderrLog(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
