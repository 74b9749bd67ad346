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

/**
 * A string of an event holds what PostgreSQL cannot store (NUL) or UTF-8 cannot encode (a lone
 * surrogate). The same events would fail the same way on every retry: callers must refuse the
 * command, never retry it.
 */
export class UnencodableEventError extends Error {
  readonly code = 'EVENT_STORE.UNENCODABLE_TEXT';
  constructor(
    /** Where the character is, e.g. `events[0].data.reason`. */
    readonly path: string,
    /** `U+0000`, `U+D800`… */
    readonly codePoint: string,
  ) {
    super(`${path} holds ${codePoint}, which the event store cannot encode`);
    this.name = 'UnencodableEventError';
  }
}
