import type { ColumnType, Generated, JSONColumnType, Selectable } from 'kysely';

/**
 * The append-only event store. Write it only through `@vinhdanh/event-store` (`append_events()`
 * computes the hash chain); a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
export interface EventsTable {
  /** BIGINT, as a decimal string. */
  global_position: ColumnType<string, never, never>;
  /** xid8 of the writing transaction, as a decimal string. */
  transaction_id: ColumnType<string, never, never>;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: Generated<number>;
  data: JSONColumnType<Record<string, unknown>, string, never>;
  metadata: JSONColumnType<Record<string, unknown>, string, never>;
  occurred_at: ColumnType<Date, string, never>;
  recorded_at: ColumnType<Date, never, never>;
  prev_hash: ColumnType<Buffer, never, never>;
  hash: ColumnType<Buffer, never, never>;
}

/** An event row as read. */
export type EventRow = Selectable<EventsTable>;
