import * as path from 'node:path';
import {
  cliBinaryName,
  cliCacheDir,
  findOnPath,
  findTemporalCli,
  TemporalLibError,
  type FindTemporalCliOptions,
  type TemporalCliExecutable,
  type TemporalLog,
} from '@vinhdanh/temporal';
import { buildTemporalCliWithGo } from './go-build';

// Provisioning the Temporal CLI for development, tests and benchmarks (a Go build or the SDK's
// download): tooling, kept out of the production libraries. Production only connects to a server.

/** Options of {@link ensureTemporalCli}. */
export interface EnsureTemporalCliOptions extends FindTemporalCliOptions {
  log?: TemporalLog;
  /** How long to wait for another process's build to finish; default 30 minutes. */
  lockTimeoutMs?: number;
}

/**
 * Returns a runnable Temporal CLI, provisioning it when missing: builds the pinned release with
 * `go install` into the shared cache where Go is installed (minutes, once per machine; a lock
 * file keeps concurrent callers from building twice), otherwise returns `{ type: 'cached-download' }`
 * when the SDK's download site is reachable. Throws `TEMPORAL.CLI_NOT_FOUND` when neither works.
 */
export async function ensureTemporalCli(options: EnsureTemporalCliOptions = {}): Promise<TemporalCliExecutable> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const found = findTemporalCli(options);
  if (found) return { type: 'existing-path', path: found.path };

  const go = findOnPath(process.platform === 'win32' ? 'go.exe' : 'go', env);
  if (go) {
    const built = await buildTemporalCliWithGo({
      go,
      cacheDir: cliCacheDir(env),
      env,
      log,
      lockTimeoutMs: options.lockTimeoutMs ?? 30 * 60_000,
    });
    return { type: 'existing-path', path: built };
  }

  if (await isDownloadSiteReachable()) {
    log('Temporal CLI not found and Go is not installed; @temporalio/testing will download the CLI.');
    return { type: 'cached-download' };
  }
  throw new TemporalLibError(
    'TEMPORAL.CLI_NOT_FOUND',
    'Temporal CLI not found (looked at $TEMPORAL_CLI, PATH, ' +
      `${path.join(cliCacheDir(env), cliBinaryName())}, <repo>/.tools/temporal), Go is not installed ` +
      'and temporal.download is unreachable. Install Go, or put a Temporal CLI v1.5.1 binary at one of those paths.',
  );
}

async function isDownloadSiteReachable(): Promise<boolean> {
  try {
    await fetch('https://temporal.download/', { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}
