import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import type { Database } from '@vinhdanh/db';
import { EventStore, storedEventUpcasters } from '@vinhdanh/event-store';
import { createProjections, Projector } from '@vinhdanh/projections';
import { DB, PG_POOL } from '../core/tokens';
import { EVENT_STORE, PROJECTOR } from './projector.tokens';
import { ReadYourWrites } from './read-your-writes';

/**
 * Starts the projector when the app boots and stops it when the app closes. Several API and
 * worker processes may each run one: the projector's advisory lock lets one apply a projection
 * at a time while the others stand by.
 */
@Injectable()
export class ProjectorLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
  }

  // onModuleDestroy runs before any onApplicationShutdown, so the pool (closed there) is still open.
  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
    await this.store.close();
  }
}

/** Provides `EVENT_STORE`, `PROJECTOR` (running in this process) and `ReadYourWrites`. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [PG_POOL],
      // Older event shapes are lifted on read, so the command handler and auditors see one schema per type.
      useFactory: (pool: Pool): EventStore => new EventStore(pool, { upcasters: storedEventUpcasters() }),
    },
    {
      provide: PROJECTOR,
      inject: [PG_POOL, DB, EVENT_STORE],
      useFactory: (pool: Pool, db: Kysely<Database>, store: EventStore): Projector => {
        const logger = new Logger('Projector');
        return new Projector({
          pool,
          db,
          store,
          projections: createProjections(),
          onError: (err, projection) => logger.warn(`${projection ?? 'projector'}: ${err.message}`),
        });
      },
    },
    ProjectorLifecycle,
    ReadYourWrites,
  ],
  exports: [EVENT_STORE, PROJECTOR, ReadYourWrites],
})
export class ProjectorModule {}
