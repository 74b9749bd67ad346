import { sql, type Kysely } from 'kysely';

/*
 * Read models of nominations, written by the one `nominations` projection in the same transaction
 * as its checkpoint, so the list, the inbox and the counters never disagree:
 * - nominations: one row per nomination with the folded domain state (the API serves the dossier
 *   without replaying) and the columns the lists filter on;
 * - inbox_tasks: one row per OPEN task, deleted when the task closes;
 * - inbox_counts: open tasks per unit, kind and status, kept as counters so the inbox badge is
 *   never a count(*) over a national inbox.
 * nominee_search is lower-case with Vietnamese diacritics stripped (đ → d); trigram indexes make
 * `like '%…%'` on it index-backed. Frozen: add a new migration to change them.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create table nominations (
      id text primary key,
      version integer not null,
      status text not null,
      award_code text not null,
      campaign_id text not null,
      nominating_unit_id text not null,
      nominee_kind text not null,
      nominee_name text not null,
      nominee_search text not null,
      current_level smallint,
      current_unit_id text,
      current_task_kind text,
      current_task_seq integer,
      task_opened_at timestamptz,
      route jsonb not null,
      state jsonb not null,
      submitted_at timestamptz not null,
      updated_at timestamptz not null,
      final_at timestamptz,
      decision_number text,
      rule_set_version text not null
    )`.execute(db);
  // Lists are newest-submitted first with keyset pagination on (submitted_at, id).
  await sql`create index nominations_unit_idx on nominations (nominating_unit_id, submitted_at desc, id desc)`.execute(
    db,
  );
  await sql`create index nominations_campaign_idx on nominations (campaign_id, submitted_at desc, id desc)`.execute(db);
  await sql`create index nominations_status_idx on nominations (status, submitted_at desc, id desc)`.execute(db);
  await sql`create index nominations_submitted_idx on nominations (submitted_at desc, id desc)`.execute(db);
  await sql`create index nominations_search_trgm_idx on nominations using gin (nominee_search gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table inbox_tasks (
      nomination_id text primary key,
      unit_id text not null,
      level smallint not null,
      kind text not null,
      task_seq integer not null,
      opened_at timestamptz not null,
      due_at timestamptz,
      award_code text not null,
      campaign_id text not null,
      nominee_name text not null,
      nominee_search text not null,
      status text not null
    )`.execute(db);
  // Keyset order of an inbox: oldest task first, then nomination id.
  await sql`create index inbox_tasks_unit_idx on inbox_tasks (unit_id, opened_at, nomination_id)`.execute(db);
  await sql`create index inbox_tasks_search_trgm_idx on inbox_tasks using gin (nominee_search gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table inbox_counts (
      unit_id text not null,
      kind text not null,
      status text not null,
      open_tasks integer not null check (open_tasks >= 0),
      primary key (unit_id, kind, status)
    )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists inbox_counts`.execute(db);
  await sql`drop table if exists inbox_tasks`.execute(db);
  await sql`drop table if exists nominations`.execute(db);
}
