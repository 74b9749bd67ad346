import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import type { BlocCommandPort } from './bloc-command-port';
import type { ComputeTaskDueAtInput, TaskDeadline } from './task-deadline.types';

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
  /**
   * Tests only: a task deadline to use instead of the calendar's (e.g. seconds away), or undefined
   * to compute it. Production wiring leaves it out.
   */
  taskDeadlines?: (input: ComputeTaskDueAtInput) => TaskDeadline | undefined;
  /** Runs the bloc-year workflow's bloc commands; by default the command runner with the bloc projection. */
  blocCommands?: BlocCommandPort;
}
