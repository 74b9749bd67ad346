import type { ColumnType, Insertable, Selectable } from 'kysely';

/** Timestamps are read as `Date` and written as ISO strings. */
type Timestamp = ColumnType<Date, string, string>;

/**
 * Read model: one row per submitted nomination, written only by the `nominations` projection.
 * `state` is the folded domain state (`SubmittedNominationState`), so the API serves the dossier
 * without replaying; the other columns are what lists filter and sort on.
 */
export interface NominationsTable {
  id: string;
  /** Stream version folded into this row: a redelivered event at or below it is skipped. */
  version: number;
  /** `NominationStatus` (AWAITING_INTAKE, FORWARDED, RETURNED, GRANTED, …). */
  status: string;
  award_code: string;
  campaign_id: string;
  nominating_unit_id: string;
  nominee_kind: 'person' | 'collective';
  /** The person's full name or the collective's name, as written. */
  nominee_name: string;
  /** `normaliseSearchText(nominee_name)`: lower-case, no diacritics, đ → d. */
  nominee_search: string;
  /** The open task's level, unit, kind and number; all null when no task is open. */
  current_level: number | null;
  current_unit_id: string | null;
  current_task_kind: 'review' | 'revision' | null;
  current_task_seq: number | null;
  task_opened_at: ColumnType<Date | null, string | null, string | null>;
  /** The route steps `[{ level, unitId }]` (JSONB; write with JSON.stringify). */
  route: ColumnType<unknown, string, string>;
  /** The folded `SubmittedNominationState` (JSONB; write with JSON.stringify). */
  state: ColumnType<unknown, string, string>;
  submitted_at: Timestamp;
  /** Business time of the last event folded in. */
  updated_at: Timestamp;
  /** When the outcome (granted, rejected, withdrawn) was reached. */
  final_at: ColumnType<Date | null, string | null, string | null>;
  /** The award decision number once granted. */
  decision_number: string | null;
  rule_set_version: string;
  /** Public disclosure: when it ends, and pending / open / objections_unanswered / ended; null without one. */
  disclosure_ends_at: ColumnType<Date | null, string | null | undefined, string | null>;
  disclosure_state: ColumnType<DisclosureState | null, DisclosureState | null | undefined, DisclosureState | null>;
}

/** The public disclosure as lists show it. */
export type DisclosureState = 'pending' | 'open' | 'objections_unanswered' | 'ended';

/** A nomination row as read. */
export type NominationRow = Selectable<NominationsTable>;
/** A nomination row to write. */
export type NewNominationRow = Insertable<NominationsTable>;
