import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import type { Config } from '@vinhdanh/config';
import { createDb, createPool, type Database } from '@vinhdanh/db';
import { CONFIG, DB, PG_POOL } from './tokens';

/** Provides `PG_POOL` and `DB` built from `CONFIG`; closes them when the app shuts down. */
@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [CONFIG],
      useFactory: (config: Config): Pool =>
        createPool({
          connectionString: config.DATABASE_URL,
          max: config.DATABASE_POOL_SIZE,
          applicationName: 'vinhdanh-api',
        }),
    },
    { provide: DB, inject: [PG_POOL], useFactory: (pool: Pool): Kysely<Database> => createDb(pool) },
  ],
  exports: [PG_POOL, DB],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  async onApplicationShutdown(): Promise<void> {
    // Kysely's destroy ends the pool as well.
    await this.db.destroy();
  }
}
