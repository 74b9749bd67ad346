// Wire API: workflow ids and stream ids are stored in Temporal and in the event store.
// Changing a scheme orphans existing nominations, so each is defined here and nowhere else.

/** Workflow id of the one workflow that walks a nomination's route: `nomination:<id>`. */
export function nominationWorkflowId(nominationId: string): string {
  assertNonEmptyId(nominationId);
  return `nomination:${nominationId}`;
}

/** Event-store stream id of a nomination: `nomination-<id>`. */
export function nominationStreamId(nominationId: string): string {
  assertNonEmptyId(nominationId);
  return `nomination-${nominationId}`;
}

/** Thrown when an id builder is given an empty id (it would collide across nominations). */
export class InvalidIdError extends Error {
  readonly code = 'CONTRACTS.INVALID_ID';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidIdError';
  }
}

function assertNonEmptyId(id: string): void {
  if (id.trim() === '') throw new InvalidIdError('nomination id must not be empty');
}
