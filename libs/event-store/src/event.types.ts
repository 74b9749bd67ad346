import type { JsonValue } from './canonical-json';

/** The version a stream must be at for an append: an exact version (0 = new stream), `'any'`, or `'no_stream'`. */
export type ExpectedVersion = number | 'any' | 'no_stream';

/** Who did what, on whose behalf and why; every key optional, extra JSON keys allowed. */
export interface EventMetadata {
  actor?: string;
  onBehalfOf?: string;
  reason?: string;
  correlationId?: string;
  causationId?: string;
  workflowId?: string;
  runId?: string;
  ruleSetVersion?: string;
  batchId?: string;
  [key: string]: JsonValue | undefined;
}

/** An event to append. `eventId` must be deterministic (e.g. from the workflow) so retries are no-ops. */
export interface NewEvent<T extends string = string, D extends object = Record<string, unknown>> {
  eventId: string;
  type: T;
  /** Version of `data`'s schema for this type; defaults to 1. */
  schemaVersion?: number;
  data: D;
  metadata?: EventMetadata;
  /** Business time, ISO 8601; stored with millisecond precision. */
  occurredAt: string;
}

/**
 * A place in the order readAll delivers events: by writing transaction, then position.
 * Both are BIGINT-sized and kept as decimal strings.
 */
export interface EventPosition {
  transactionId: string;
  globalPosition: string;
}

/** An event as stored (after upcasting when read through the store). */
export interface RecordedEvent<
  T extends string = string,
  D extends object = Record<string, unknown>,
> extends EventPosition {
  eventId: string;
  streamId: string;
  /** 1-based, contiguous within the stream. */
  streamVersion: number;
  type: T;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  occurredAt: string;
  /** When the store recorded it (the writing transaction's start), ISO 8601. */
  recordedAt: string;
  /** Hex SHA-256 of the previous event in the stream (64 zeros for version 1). */
  prevHash: string;
  /** Hex SHA-256 chaining this event; see `eventHashInput`. */
  hash: string;
}

/** What an append wrote, or found already written. */
export interface AppendResult {
  streamId: string;
  /** True when every event id was already stored: nothing was written this time. */
  alreadyWritten: boolean;
  /** Stream version of the last event appended: pass it as the next expected version. */
  nextExpectedVersion: number;
  /** One position per event, in the order given. */
  positions: (EventPosition & { streamVersion: number })[];
  /** Position of the last event, for `Projector.waitForCheckpoint` (read-your-writes). */
  lastPosition: EventPosition;
}

/** Options for `readStream`. */
export interface ReadStreamOptions {
  /** First version to return (inclusive), default 1. */
  fromVersion?: number;
  /** Last version to return (inclusive). */
  untilVersion?: number;
  /** Only events the store had recorded at this instant (ISO string or Date): the stream as it was known then. */
  asOf?: string | Date;
}
