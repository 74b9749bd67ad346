import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, string, string>;
type Json<T> = ColumnType<T, string, string>;

/** An emulation bloc (khối / cụm thi đua) as its `bloc-<id>` events fold it; written by the bloc projection only. */
export interface BlocsTable {
  id: string;
  name: string;
  level: number;
  organiser_unit_id: string;
  /** The folded bloc state (`BlocState` of the domain). */
  state: Json<unknown>;
  /** The stream version the state was folded to. */
  version: number;
  updated_at: Timestamp;
}

/** One rotation or formalism alert of a bloc (recomputed with every event of its stream). */
export interface BlocAlertsTable {
  bloc_id: string;
  seq: number;
  year: number;
  kind: string;
  unit_ids: Json<string[]>;
  details: Json<Record<string, unknown>>;
  explanation_vi: string;
  explanation_en: string;
  stream_version: number;
  found_at: Timestamp;
}

/** A bloc row as read. */
export type BlocRow = Selectable<BlocsTable>;
/** A bloc alert row as read. */
export type BlocAlertRow = Selectable<BlocAlertsTable>;
