import { sql, type Kysely } from 'kysely';

/*
 * In-app and e-mail notifications (issue 4, item 7).
 *
 * notifications: a projection of the event store (new task, returned, reminder, overdue, stuck),
 * one row per recipient and event. `(user_id, event_id)` is unique so a redelivered batch or a
 * rebuild never notifies twice. `emailed_at` null means "not yet sent by e-mail"; the sender loop
 * claims such rows, and `email_attempts`/`email_next_attempt_at` give it a backoff per row.
 * users.email: where notification e-mails go; nullable, users without one get in-app only.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('nomination_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('new_task', 'returned', 'reminder', 'overdue', 'stuck')`),
    )
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_vi', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('event_id', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addColumn('emailed_at', 'timestamptz')
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_next_attempt_at', 'timestamptz')
    .addColumn('email_last_error', 'text')
    .addUniqueConstraint('notifications_user_event_key', ['user_id', 'event_id'])
    .execute();
  // The bell: my notifications, newest first.
  await db.schema
    .createIndex('notifications_user_created_idx')
    .on('notifications')
    .columns(['user_id', 'created_at desc', 'id desc'])
    .execute();
  // The sender's queue stays small: only rows not yet e-mailed.
  await sql`create index notifications_unsent_idx on notifications (id) where emailed_at is null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').ifExists().execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}
