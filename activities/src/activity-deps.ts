import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';

/** Source of the current time; injected so activities stay testable with a fixed clock. */
export interface Clock {
  now(): Date;
}

/**
 * Everything the activities need from the outside world, supplied by the worker's composition
 * root (apps/worker) or by a test.
 */
export interface ActivityDeps {
  clock: Clock;
  db: Kysely<Database>;
  eventStore: EventStore;
}
