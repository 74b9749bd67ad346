import { sql, type Kysely } from 'kysely';

/*
 * A rebuild of the `statistics` projection writes the facts batch by batch but folds the counters in
 * memory and writes them in large sets (at the end, or when the set grows large). While this row
 * exists the counters may lag the facts: a rebuild that stopped half-way left it, and the next batch
 * derives the counters from the facts again before going on.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_counters_pending')
    // At most one row.
    .addColumn('singleton', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`singleton`),
    )
    .addColumn('since', 'timestamptz', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('stat_counters_pending').ifExists().execute();
}
