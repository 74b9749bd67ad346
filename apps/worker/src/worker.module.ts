import { Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { createActivities } from '@vinhdanh/activities';
import type { Activities, Clock } from '@vinhdanh/activities';
import { loadConfig, type Config } from '@vinhdanh/config';
import { createDb, createPool, type Database } from '@vinhdanh/db';
import { EventStore } from '@vinhdanh/event-store';
import { Projector, createProjections } from '@vinhdanh/projections';

/** Injection token of the worker's frozen {@link Config}. */
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** The wall clock activities use in production (tests pass a fixed one). */
@Injectable()
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** The worker's PostgreSQL pool, Kysely, event store and projector; closed with the application context. */
@Injectable()
export class WorkerDatabase implements OnModuleDestroy {
  readonly db: Kysely<Database>;
  readonly eventStore: EventStore;
  /**
   * Runs the read-model projections beside the API's: the advisory lock lets one instance apply
   * each projection and another take over when it dies, so read models keep up even if every API
   * instance is down.
   */
  readonly projector: Projector;

  constructor(@Inject(WORKER_CONFIG) config: Config) {
    const pool = createPool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      applicationName: 'vinhdanh-worker',
    });
    this.db = createDb(pool);
    this.eventStore = new EventStore(pool);
    this.projector = new Projector({ pool, db: this.db, store: this.eventStore, projections: createProjections() });
  }

  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
    await this.db.destroy();
  }
}

/** Builds the activities from the dependencies Nest resolved; the worker's composition root. */
@Injectable()
export class ActivitiesFactory {
  // Resolved from emitted decorator metadata (no @Inject), so this class also proves the
  // metadata survives the swc-node and @swc/jest transforms.
  constructor(
    private readonly clock: SystemClock,
    private readonly database: WorkerDatabase,
  ) {}

  create(): Activities {
    if (!(this.clock instanceof SystemClock)) {
      // Without decorator metadata Nest passes undefined silently; fail at boot, not mid-workflow.
      throw new Error('Nest did not inject SystemClock: compile with decoratorMetadata (emitDecoratorMetadata)');
    }
    const { db, eventStore } = this.database;
    // The bloc-year workflow's facts take the API's command path (the shared runner and bloc projection).
    return createActivities({ clock: this.clock, db, eventStore });
  }
}

/** Nest application context of the worker process: config and the activities' dependencies. */
@Module({
  providers: [
    { provide: WORKER_CONFIG, useFactory: () => loadConfig() },
    SystemClock,
    WorkerDatabase,
    ActivitiesFactory,
  ],
})
export class WorkerModule {}
