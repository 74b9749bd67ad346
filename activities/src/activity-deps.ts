/** Source of the current time; injected so activities stay testable with a fixed clock. */
export interface Clock {
  now(): Date;
}

/**
 * Everything the activities need from the outside world, supplied by the worker's composition
 * root (apps/worker) or by a test. Later: the Kysely database, the event store, the mailer.
 */
export interface ActivityDeps {
  clock: Clock;
}
