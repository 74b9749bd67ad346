import type { ExpectedVersion } from './event.types';

/** The stream was not at the expected version (another writer got there first). Retry after reloading. */
export class StreamVersionConflictError extends Error {
  readonly code = 'EVENT_STORE.VERSION_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's version when the append was refused; undefined when a concurrent append won inside a caller's transaction. */
    readonly actual: number | undefined,
  ) {
    super(`stream ${streamId} is at version ${actual ?? '(concurrently changed)'}, expected ${expected}`);
    this.name = 'StreamVersionConflictError';
  }
}

/** An event id is already stored with different content or in another stream: a bug in id derivation, never retried. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_STORE.EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
  ) {
    super(
      `event ids ${eventIds.join(', ')} are already stored with other content, other batch or in another stream than ${streamId}`,
    );
    this.name = 'EventIdConflictError';
  }
}

/** An event handed to the store does not have the envelope the store requires. */
export class InvalidEventError extends Error {
  readonly code = 'EVENT_STORE.INVALID_EVENT';
  constructor(readonly issues: string[]) {
    super(`invalid event: ${issues.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}
