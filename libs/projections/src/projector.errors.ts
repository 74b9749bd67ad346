/** The checkpoint moved under a batch: another holder applied it first, so this batch was rolled back. */
export class CheckpointFenceError extends Error {
  readonly code = 'PROJECTION.CHECKPOINT_FENCED';
  constructor(readonly projection: string) {
    super(`checkpoint of ${projection} moved during the batch; rolled back`);
    this.name = 'CheckpointFenceError';
  }
}

/** No projection with that name is registered. */
export class UnknownProjectionError extends Error {
  readonly code = 'PROJECTION.UNKNOWN';
  constructor(
    readonly projection: string,
    readonly known: string[],
  ) {
    super(`unknown projection ${projection}; known: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownProjectionError';
  }
}
