import { sql, type Kysely } from 'kysely';

/*
 * Where each projection has got to in the events' (transaction_id, global_position) order.
 * The projector updates a row in the same transaction as the read-model rows it changed, guarded by
 * the previous value, so a stale holder can never move it. Frozen: add a new migration to change it.
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
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists projection_checkpoints`.execute(db);
}
