import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * Read model: one row per OPEN task (a review at a level, or a revision after a return), deleted
 * when the task closes. Written only by the `nominations` projection, with `nominations` and
 * `inbox_counts` in the same transaction.
 */
export interface InboxTasksTable {
  nomination_id: string;
  /** The unit whose inbox holds the task. */
  unit_id: string;
  level: number;
  kind: 'review' | 'revision';
  task_seq: number;
  opened_at: ColumnType<Date, string, string>;
  /** Deadline of the task; null until the task's deadline is computed (working days, cut-offs). */
  due_at: ColumnType<Date | null, string | null | undefined, string | null>;
  award_code: string;
  campaign_id: string;
  nominee_name: string;
  /** `normaliseSearchText(nominee_name)`. */
  nominee_search: string;
  /** The nomination's status while the task is open (AWAITING_INTAKE, FORWARDED, RETURNED). */
  status: string;
  /** Who holds the task (claimed or assigned); null while the unit's pool holds it. */
  holder_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  holder_name: ColumnType<string | null, string | null | undefined, string | null>;
  claimed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  /** The level's cut-off when the dossier arrived after it (`NominationSubmittedAfterCutOff`); else null. */
  late_cut_off_at: ColumnType<Date | null, string | null | undefined, string | null>;
  /** The unit and the person that sent it late. */
  late_sender_unit_id: ColumnType<string | null, string | null | undefined, string | null>;
  late_sender_name: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An inbox task row as read. */
export type InboxTaskRow = Selectable<InboxTasksTable>;
/** An inbox task row to write. */
export type NewInboxTaskRow = Insertable<InboxTasksTable>;

/** Read model: open tasks per unit, kind and status, kept as counters by the projection. */
export interface InboxCountsTable {
  unit_id: string;
  kind: 'review' | 'revision';
  status: string;
  open_tasks: number;
}

/** An inbox counter row as read. */
export type InboxCountRow = Selectable<InboxCountsTable>;
