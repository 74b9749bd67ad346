import { sql, type Kysely } from 'kysely';

/*
 * The inbox sorted by due time (`sort=due`) and its overdue filter: one unit's open tasks in
 * due-time order, tasks without a due time last (the repository's `dueKey`, the same expression
 * character for character). A page then reads its rows in order and stops at the limit; the overdue
 * filter is a range on the same key. Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index inbox_tasks_unit_due_idx on inbox_tasks
    (unit_id, (coalesce(due_at, '9999-12-31T23:59:59.999999Z'::timestamptz)), nomination_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists inbox_tasks_unit_due_idx`.execute(db);
}
