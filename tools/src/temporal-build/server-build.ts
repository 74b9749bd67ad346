import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { findOnPath, TemporalLibError } from '@vinhdanh/temporal';
import { buildTemporalCliWithGo } from './go-build';

/** The Temporal server release the project runs as a cluster: the one CLI v1.5.1 embeds. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';

const SERVER_MODULE = 'go.temporal.io/server';

/** The built server and its SQL schema tool, and where the module's schema files are. */
export interface TemporalServerBinaries {
  server: string;
  sqlTool: string;
  /** `<module>/schema/postgresql/v12`: `temporal/versioned` and `visibility/versioned` below it. */
  postgresSchemaDir: string;
}

/**
 * Builds `temporal-server` and `temporal-sql-tool` (`go install`, their go.mod has no `replace`)
 * into `$VINHDANH_CACHE_DIR/temporal-server-v1.29.1` unless they are already there, with the same
 * lock, progress lines and heartbeat as the CLI build. Takes 10–30 minutes on 2 busy cores, once.
 */
export async function ensureTemporalServer(
  options: { log?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<TemporalServerBinaries> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`[temporal-server] ${line}\n`));
  const go = findOnPath(process.platform === 'win32' ? 'go.exe' : 'go', env);
  if (!go) {
    throw new TemporalLibError(
      'TEMPORAL.CLI_NOT_FOUND',
      'Go is needed to build the Temporal server (go install go.temporal.io/server/cmd/server); install Go first',
    );
  }
  const base = env.VINHDANH_CACHE_DIR || path.join(os.homedir(), '.cache', 'vinhdanh');
  const cacheDir = path.join(base, `temporal-server-${TEMPORAL_SERVER_VERSION}`);
  const server = await buildTemporalCliWithGo({
    go,
    cacheDir,
    env,
    log,
    lockTimeoutMs: 90 * 60_000,
    what: `Temporal server ${TEMPORAL_SERVER_VERSION}`,
    packages: [
      `${SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`,
      `${SERVER_MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    ],
    binaries: ['server', 'sql'],
  });
  // `go install pkg@version` leaves the module (with its schema files) in the module cache.
  const moduleCache = execFileSync(go, ['env', 'GOMODCACHE'], { env, encoding: 'utf8' }).trim();
  return {
    server,
    sqlTool: path.join(cacheDir, 'sql'),
    postgresSchemaDir: path.join(
      moduleCache,
      `${SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`,
      'schema',
      'postgresql',
      'v12',
    ),
  };
}
