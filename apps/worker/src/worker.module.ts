import { Injectable, Module } from '@nestjs/common';
import { createActivities } from '@vinhdanh/activities';
import type { Activities, Clock } from '@vinhdanh/activities';
import { loadConfig } from '@vinhdanh/config';

/** Injection token of the worker's frozen {@link Config}. */
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** The wall clock activities use in production (tests pass a fixed one). */
@Injectable()
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** Builds the activities from the dependencies Nest resolved; the worker's composition root. */
@Injectable()
export class ActivitiesFactory {
  // SystemClock is resolved from emitted decorator metadata (no @Inject), so this class also
  // proves the metadata survives the swc-node and @swc/jest transforms.
  constructor(private readonly clock: SystemClock) {}

  create(): Activities {
    if (!(this.clock instanceof SystemClock)) {
      // Without decorator metadata Nest passes undefined silently; fail at boot, not mid-workflow.
      throw new Error('Nest did not inject SystemClock: compile with decoratorMetadata (emitDecoratorMetadata)');
    }
    return createActivities({ clock: this.clock });
  }
}

/** Nest application context of the worker process: config and the activities' dependencies. */
@Module({
  providers: [{ provide: WORKER_CONFIG, useFactory: () => loadConfig() }, SystemClock, ActivitiesFactory],
})
export class WorkerModule {}
