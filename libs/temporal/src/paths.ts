import * as os from 'node:os';
import * as path from 'node:path';

/** The Temporal CLI release the project pins (newest whose go.mod `go install` accepts). */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

/** Go package path of the Temporal CLI, for `go install`. */
export const TEMPORAL_CLI_GO_PACKAGE = 'github.com/temporalio/cli/cmd/temporal';

/** Where the repository root is: this file lives in `<repo>/libs/temporal/src`. */
export function repoRoot(): string {
  return path.resolve(__dirname, '..', '..', '..');
}

/**
 * Directory the pinned CLI is cached in, shared by every checkout on the machine:
 * `$VINHDANH_CACHE_DIR/temporal-v1.5.1`, by default under `~/.cache/vinhdanh`.
 */
export function cliCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.VINHDANH_CACHE_DIR || path.join(os.homedir(), '.cache', 'vinhdanh');
  return path.join(base, `temporal-${TEMPORAL_CLI_VERSION}`);
}

/** File name of the CLI binary on this platform. */
export function cliBinaryName(): string {
  return process.platform === 'win32' ? 'temporal.exe' : 'temporal';
}
