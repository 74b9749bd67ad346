import { sql, type Kysely } from 'kysely';

/*
 * Reorganisations (issues 4 and 5): a unit dissolved or re-parented from a date moves the
 * nominations waiting at the old unit to its successor, one workflow Update per nomination.
 *
 * reorganisations: what changed (kind, unit, date), the unit pairs to swap on routes
 * (`replacements`: [{ fromUnitId, toUnitId | null }]), who did it and why.
 * reorganisation_moves: one row per nomination and unit pair, the job's progress and its last
 * failure, so the counts are a query and a retry picks up `pending` and `failed` rows.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reorganisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('dissolve', 'reparent')`))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('replacements', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('operator_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('operator_name', 'text', (c) => c.notNull())
    .addColumn('operator_unit_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_run_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('reorganisations_unit_idx').on('reorganisations').columns(['unit_id']).execute();

  await db.schema
    .createTable('reorganisation_moves')
    .addColumn('reorganisation_id', 'uuid', (c) => c.notNull().references('reorganisations.id').onDelete('cascade'))
    .addColumn('nomination_id', 'text', (c) => c.notNull())
    .addColumn('from_unit_id', 'text', (c) => c.notNull())
    .addColumn('to_unit_id', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'moved', 'skipped', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('reorganisation_moves_pk', ['reorganisation_id', 'nomination_id', 'from_unit_id'])
    .execute();
  await db.schema
    .createIndex('reorganisation_moves_status_idx')
    .on('reorganisation_moves')
    .columns(['reorganisation_id', 'status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reorganisation_moves').ifExists().execute();
  await db.schema.dropTable('reorganisations').ifExists().execute();
}
