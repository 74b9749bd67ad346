import type { Kysely } from 'kysely';

/*
 * What each Idempotency-Key was first used for: per user and key, a SHA-256 of the method, the
 * path and the canonical body of a command that was taken. A later request with the same key and
 * a different fingerprint is refused (409 IDEMPOTENCY.KEY_REUSED) instead of silently answering
 * with the first command's outcome. Refused requests (4xx) leave no row, so a corrected retry may
 * reuse the key.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_fingerprints')
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_fingerprints_pk', ['user_id', 'idempotency_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_fingerprints').ifExists().execute();
}
