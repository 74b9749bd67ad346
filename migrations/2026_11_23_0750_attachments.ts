import { sql, type Kysely } from 'kysely';

/*
 * Attachment files (issue 6, item 1): the bytes of the documents a dossier lists, stored in
 * PostgreSQL so a backup of the database is a backup of the dossiers. `sha256` is computed by the
 * server from the stored bytes; the dossier carries it and the id, so any later change shows.
 * `(uploaded_by, idempotency_key)` is unique: a retried upload returns the row already stored.
 * The GIN index on the nominations' dossier attachments serves the download access check.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('attachments_uploader_key', ['uploaded_by', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('attachments_sha256_idx').on('attachments').column('sha256').execute();
  // Download access asks "which nominations list this file?": a containment query on the dossier.
  await sql`create index nominations_dossier_attachments_idx on nominations
    using gin ((state->'dossier'->'attachments') jsonb_path_ops)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists nominations_dossier_attachments_idx`.execute(db);
  await db.schema.dropTable('attachments').ifExists().execute();
}
