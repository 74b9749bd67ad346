import { Pool, types } from 'pg';

// A `date` is a calendar day (deadlines, effective dates): keep it as 'YYYY-MM-DD', never a
// local-midnight Date that shifts with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** Options for a PostgreSQL connection pool. */
export interface PoolOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
}

/** A pg pool; BIGINT stays a string (pg's default) so positions never lose precision. */
export function createPool({ connectionString, max = 10, applicationName = 'vinhdanh' }: PoolOptions): Pool {
  // A connect that hangs (server unreachable, not refusing) fails after 5 s, so requests answer 503
  // and activity retries come round instead of waiting on a dead socket.
  const pool = new Pool({ connectionString, max, application_name: applicationName, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on('error', (err) => {
    process.stderr.write(`[db] idle client error: ${err.message}\n`);
  });
  return pool;
}
