import { sql, type Kysely } from 'kysely';

/*
 * Emulation blocs (khối, cụm thi đua): read models of the `bloc-<id>` streams, written by the bloc
 * projection in the command's transaction. `blocs` holds the folded state of each bloc (members
 * over time, every year's covenant, scores and ballot); `bloc_alerts` the rotation and formalism
 * alerts the detectors find in it, for the upper level's emulation office and the auditors.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('blocs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('organiser_unit_id', 'text', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('blocs_organiser_idx').on('blocs').column('organiser_unit_id').execute();
  await db.schema
    .createTable('bloc_alerts')
    .addColumn('bloc_id', 'text', (c) => c.notNull().references('blocs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_ids', 'jsonb', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('explanation_vi', 'text', (c) => c.notNull())
    .addColumn('explanation_en', 'text', (c) => c.notNull())
    // The bloc event the alert was found after (the stream version and when it was recorded).
    .addColumn('stream_version', 'integer', (c) => c.notNull())
    .addColumn('found_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('bloc_alerts_pk', ['bloc_id', 'seq'])
    .execute();
  await sql`create index bloc_alerts_year_idx on bloc_alerts (year)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bloc_alerts').ifExists().execute();
  await db.schema.dropTable('blocs').ifExists().execute();
}
