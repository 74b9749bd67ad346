import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** What a notification is about. */
export type NotificationKind = 'new_task' | 'returned' | 'reminder' | 'overdue' | 'stuck';

/**
 * Read model: one notification per recipient and event, written by the `notifications`
 * projection (unique on `(user_id, event_id)`); the API marks `read_at`, the mail sender `emailed_at`.
 */
export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  nomination_id: string;
  kind: NotificationKind;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  event_id: string;
  created_at: ColumnType<Date, string, never>;
  read_at: ColumnType<Date | null, string | null | undefined, Date | string | null>;
  emailed_at: ColumnType<Date | null, string | null | undefined, Date | string | null>;
  email_attempts: Generated<number>;
  email_next_attempt_at: ColumnType<Date | null, string | null | undefined, Date | string | null>;
  email_last_error: string | null;
}

/** A notification as read. */
export type NotificationRow = Selectable<NotificationsTable>;
/** A notification to insert. */
export type NewNotificationRow = Insertable<NotificationsTable>;
