import { sql, type Kysely } from 'kysely';

/*
 * Where each projection has got to in the events' (transaction_id, global_position) order.
 * The projector updates a row in the same transaction as the read-model rows it changed, guarded by
 * the previous value, so a stale holder can never move it. stream_summaries is the first read model
 * (one row per stream, for audit lists). Frozen: add a new migration to change them.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table projection_checkpoints (
      name text primary key,
      transaction_id xid8 not null default '0',
      global_position bigint not null default 0,
      events_applied bigint not null default 0,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table stream_summaries (
      stream_id text primary key,
      category text not null,
      version integer not null,
      event_count integer not null,
      first_event_type text not null,
      last_event_type text not null,
      first_occurred_at timestamptz not null,
      last_occurred_at timestamptz not null,
      last_global_position bigint not null
    )`.execute(db);
  await sql`create index stream_summaries_category_idx on stream_summaries (category, last_occurred_at desc)`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists stream_summaries`.execute(db);
  await sql`drop table if exists projection_checkpoints`.execute(db);
}
