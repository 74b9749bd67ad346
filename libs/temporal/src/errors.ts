/** Stable codes of the errors this library throws. */
export type TemporalLibErrorCode =
  | 'TEMPORAL.CLI_NOT_FOUND'
  | 'TEMPORAL.CLI_BUILD_FAILED'
  | 'TEMPORAL.CLI_BUILD_LOCK_TIMEOUT'
  | 'TEMPORAL.DEV_SERVER_START_FAILED'
  | 'TEMPORAL.PORT_IN_USE'
  | 'TEMPORAL.NAMESPACE_TAKEN'
  | 'TEMPORAL.NAMESPACE_TIMEOUT';

/** Any failure to provision or run the Temporal CLI, with a stable `code`. */
export class TemporalLibError extends Error {
  constructor(
    readonly code: TemporalLibErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TemporalLibError';
  }
}
