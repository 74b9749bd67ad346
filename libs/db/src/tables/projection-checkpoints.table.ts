import type { ColumnType, Generated, Selectable } from 'kysely';

/** How far each projection has applied the events, in (transaction_id, global_position) order. */
export interface ProjectionCheckpointsTable {
  name: string;
  /** xid8 as a decimal string; '0' before the first event. */
  transaction_id: ColumnType<string, string | undefined, string>;
  /** BIGINT as a decimal string; '0' before the first event. */
  global_position: ColumnType<string, string | undefined, string>;
  events_applied: ColumnType<string, string | number | undefined, string | number>;
  updated_at: Generated<Date>;
}

/** A checkpoint row as read. */
export type ProjectionCheckpointRow = Selectable<ProjectionCheckpointsTable>;
