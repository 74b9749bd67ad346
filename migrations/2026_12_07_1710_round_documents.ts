import { sql, type Kysely } from 'kysely';

/*
 * The bytes of documents generated from a submission batch's or a council session's events (tờ
 * trình, biên bản), one row per (stream, kind, format): their SHA-256 is in the stream's events, so
 * the stored file can be checked against them (a DOCX zip is not byte-stable when rendered again).
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table round_documents (
      id uuid primary key,
      stream_id text not null,
      kind text not null,
      format text not null check (format in ('pdf', 'docx')),
      file_name text not null,
      sha256 text not null,
      size_bytes integer not null,
      content bytea not null,
      created_at timestamptz not null,
      unique (stream_id, kind, format, sha256)
    )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists round_documents`.execute(db);
}
