import { Pool } from 'pg';

/** Options for a PostgreSQL connection pool. */
export interface PoolOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
}

/** A pg pool; BIGINT stays a string (pg's default) so positions never lose precision. */
export function createPool({ connectionString, max = 10, applicationName = 'vinhdanh' }: PoolOptions): Pool {
  const pool = new Pool({ connectionString, max, application_name: applicationName });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on('error', (err) => {
    process.stderr.write(`[db] idle client error: ${err.message}\n`);
  });
  return pool;
}
