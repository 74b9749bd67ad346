import { sql, type Kysely } from 'kysely';

/*
 * Failing event appends (issue 5, item 4: the stuck desk says why a workflow cannot move).
 *
 * The append is a Temporal local activity: its failed attempts never reach the server, so
 * `describe()` cannot report them. The activity records its latest failed attempt here (one row per
 * workflow) and deletes it once an attempt succeeds; the desk reads the rows of the page it shows.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workflow_failures')
    .addColumn('workflow_id', 'text', (c) => c.primaryKey())
    .addColumn('nomination_id', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('first_failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('workflow_failures_nomination_idx')
    .on('workflow_failures')
    .column('nomination_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workflow_failures').execute();
}
