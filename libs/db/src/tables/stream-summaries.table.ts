import type { ColumnType, Selectable } from 'kysely';

/** Read model: one row per event stream (its current version, last event and time span), for audit lists. */
export interface StreamSummariesTable {
  stream_id: string;
  /** Text before the first '-' of the stream id, e.g. `nomination`. */
  category: string;
  version: number;
  event_count: number;
  first_event_type: string;
  last_event_type: string;
  first_occurred_at: ColumnType<Date, string, string>;
  last_occurred_at: ColumnType<Date, string, string>;
  last_global_position: ColumnType<string, string, string>;
}

/** A stream summary row as read. */
export type StreamSummaryRow = Selectable<StreamSummariesTable>;
