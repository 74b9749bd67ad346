import { sql, type Kysely } from 'kysely';

/*
 * Award decisions (quyết định khen thưởng) and the documents generated from events.
 * - `award_decision_numbers`: each issuing unit's register per year. The next number is taken in
 *   the same transaction as the AwardDecisionIssued append, so a failed issue rolls the counter
 *   back (no gap) and the unique (unit, year, sequence) on `award_decisions` forbids reuse.
 * - `generated_documents`: the bytes of every DOCX/PDF made (their SHA-256 is in the decision's
 *   events); one row per (decision, kind, format, nomination), so a re-run print writes no twin.
 * - `document_templates`: an office's replacement DOCX template per kind, validated at upload.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('award_decision_numbers')
    .addColumn('issuing_unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull().check(sql`last_sequence > 0`))
    .addPrimaryKeyConstraint('award_decision_numbers_pk', ['issuing_unit_id', 'year'])
    .execute();
  await db.schema
    .createTable('award_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('issuing_unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'date', (c) => c.notNull())
    .addColumn('covered', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('create_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('award_decisions_number_unique', ['issuing_unit_id', 'year', 'sequence'])
    .addUniqueConstraint('award_decisions_create_key', ['created_by', 'create_key'])
    .execute();
  await db.schema
    .createTable('generated_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('award_decisions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('pdf', 'docx')`))
    .addColumn('nomination_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('generated_documents_one_per_item', ['decision_id', 'kind', 'format', 'nomination_id'])
    .execute();
  await db.schema
    .createTable('document_templates')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_templates_pk', ['unit_id', 'kind'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_templates').ifExists().execute();
  await db.schema.dropTable('generated_documents').ifExists().execute();
  await db.schema.dropTable('award_decisions').ifExists().execute();
  await db.schema.dropTable('award_decision_numbers').ifExists().execute();
}
