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
  // Nor may a checked-out one: pg emits 'error' on a client whose socket dies even while it is
  // lent out (pg-pool listens only while it is idle), and an unhandled 'error' ends the process.
  // Its query, if any, fails with the error; the pool then discards the broken client.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}
