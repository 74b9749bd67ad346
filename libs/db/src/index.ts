export { createPool } from './pool';
export type { PoolOptions } from './pool';
export { createDb } from './db';
export type { Database } from './database';
export { ensureDatabase, dropDatabase, parseDatabaseUrl } from './ensure-database';
