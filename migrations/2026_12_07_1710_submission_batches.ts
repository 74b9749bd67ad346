import { sql, type Kysely } from 'kysely';

/*
 * Read models of submission batches (đề nghị of many nominees), written only by the batch
 * projection in the command handler's transaction:
 * - submission_batches: one row per batch, for the list;
 * - submission_batch_rows: one row per accepted nominee with its nomination id, so a batch's
 *   progress is one join with the nominations read model.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table submission_batches (
      id text primary key,
      submitting_unit_id text not null,
      submitting_unit_name text not null,
      campaign_id text not null,
      campaign_name text not null,
      letter_number text not null,
      rows_total integer not null,
      rows_skipped integer not null,
      submitted_by_name text not null,
      submitted_at timestamptz not null
    )`.execute(db);
  await sql`create index submission_batches_unit_idx on submission_batches (submitting_unit_id, submitted_at desc)`.execute(
    db,
  );
  await sql`
    create table submission_batch_rows (
      batch_id text not null references submission_batches (id),
      row_number integer not null,
      nomination_id text not null,
      nominee_name text not null,
      nominee_kind text not null,
      award_code text not null,
      start_state text not null default 'pending',
      refusal text,
      primary key (batch_id, row_number)
    )`.execute(db);
  await sql`create index submission_batch_rows_nomination_idx on submission_batch_rows (nomination_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists submission_batch_rows`.execute(db);
  await sql`drop table if exists submission_batches`.execute(db);
}
