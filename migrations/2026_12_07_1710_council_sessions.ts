import { sql, type Kysely } from 'kysely';

/*
 * Read model of council sessions (phiên họp Hội đồng TĐKT), for the list; the session itself is
 * read by folding its stream. Written only by the council-session projection.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table council_sessions (
      id text primary key,
      council_unit_id text not null,
      council_unit_name text not null,
      title text not null,
      award_code text not null,
      candidates integer not null,
      status text not null,
      convened_at timestamptz not null
    )`.execute(db);
  await sql`create index council_sessions_unit_idx on council_sessions (council_unit_id, convened_at desc)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists council_sessions`.execute(db);
}
