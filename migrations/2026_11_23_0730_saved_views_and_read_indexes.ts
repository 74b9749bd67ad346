import { sql, type Kysely } from 'kysely';

/*
 * Saved views (issue 5), and indexes for the inbox at national scale and the auditors' anomaly report.
 *
 * saved_views: a user's named inbox or stuck-desk filter and sort; the filter is stored as the
 * API validated it. saved_view_shares: a view shared with everyone holding a role at a unit
 * (looked up by the viewer's grants, hence the (unit_id, role) index).
 *
 * inbox_tasks: an accent-free name search inside one unit's inbox. The trigram index alone matches
 * the name across every unit (bench:inbox at 1M nominations: 6k candidates, ~5k heap blocks for a
 * national inbox of 70k); with the unit in the same GIN index (btree_gin) only that unit's matches
 * are fetched.
 *
 * Events: the anomaly report walks rare facts through partial indexes (decisions made on behalf
 * of someone; quota override changes by campaign) instead of scanning the store.
 * Frozen: never edit after it has shipped, add a new migration.
 */

const ROLES = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table saved_views (
      id uuid primary key,
      owner_id uuid not null references users (id) on delete cascade,
      name text not null check (length(name) between 1 and 100),
      target text not null check (target in ('inbox', 'stuck')),
      filter jsonb not null,
      sort jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // One name per owner and list, whatever the case.
  await sql`create unique index saved_views_owner_name_key on saved_views (owner_id, target, lower(name))`.execute(db);
  await sql`
    create table saved_view_shares (
      view_id uuid not null references saved_views (id) on delete cascade,
      role text not null check (role in (${sql.join(ROLES.map((r) => sql.lit(r)))})),
      unit_id text not null references units (id),
      primary key (view_id, role, unit_id)
    )`.execute(db);
  await sql`create index saved_view_shares_audience_idx on saved_view_shares (unit_id, role)`.execute(db);

  await sql`create extension if not exists btree_gin`.execute(db);
  await sql`
    create index inbox_tasks_unit_search_idx on inbox_tasks using gin (unit_id, nominee_search gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create index events_on_behalf_idx on events (stream_id, stream_version)
      where metadata ? 'onBehalfOf'`.execute(db);
  await sql`
    create index events_quota_override_idx on events ((data ->> 'campaignId'), global_position)
      where type = 'QuotaLimitChanged'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_quota_override_idx`.execute(db);
  await sql`drop index if exists events_on_behalf_idx`.execute(db);
  await sql`drop index if exists inbox_tasks_unit_search_idx`.execute(db);
  await sql`drop table if exists saved_view_shares`.execute(db);
  await sql`drop table if exists saved_views`.execute(db);
}
