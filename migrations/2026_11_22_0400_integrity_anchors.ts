import { sql, type Kysely } from 'kysely';

/*
 * Integrity anchors: once a day the auditors' API records every stream head (stream, version, hash),
 * digests the sorted list and signs the digest with Ed25519. Someone with write access to the
 * database can recompute a hash chain after rewriting history, but cannot re-sign the anchor, so
 * a check against the anchor still finds the rewrite. The heads sit in their own table (C collation,
 * so their primary-key order is the byte order the digest uses); the FK is deferred because the
 * heads are written before the signed anchor row, in the same transaction. Both tables refuse
 * UPDATE and DELETE like the events table.
 *
 * Also an index for the auditors' "inbox as of": the events that open a task at a unit (a review,
 * or a revision after a return), by that unit, so finding the nominations that ever had a task at
 * a unit does not scan the whole store; and the submissions by campaign, for campaign exports.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table integrity_anchors (
      id uuid primary key,
      anchor_day date not null,
      created_at timestamptz not null,
      created_by text not null,
      digest_algorithm text not null,
      digest text not null,
      stream_count integer not null,
      event_count bigint not null,
      signed_payload text not null,
      signature text not null,
      signature_algorithm text not null,
      public_key text not null,
      key_id text not null,
      constraint integrity_anchors_day_key unique (anchor_day)
    )`.execute(db);
  await sql`
    create table integrity_anchor_heads (
      anchor_id uuid not null references integrity_anchors (id) deferrable initially deferred,
      stream_id text collate "C" not null,
      version integer not null,
      hash bytea not null,
      primary key (anchor_id, stream_id)
    )`.execute(db);
  await sql`
    create function integrity_anchors_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'integrity anchors are append-only: % refused', tg_op using errcode = 'ES403';
    end $$`.execute(db);
  for (const table of ['integrity_anchors', 'integrity_anchor_heads']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
        for each row execute function integrity_anchors_refuse_change()`.execute(db);
  }
  await sql`
    create index events_task_unit_idx on events ((coalesce(data -> 'to' ->> 'unitId', data ->> 'unitId')), stream_id)
      where type in ('NominationReviewOpened', 'NominationReturned', 'NominationDossierIncomplete', 'NominationAutoReturned')`.execute(
    db,
  );
  await sql`
    create index events_submitted_campaign_idx on events ((data ->> 'campaignId'), stream_id)
      where type = 'NominationSubmitted'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_submitted_campaign_idx`.execute(db);
  await sql`drop index if exists events_task_unit_idx`.execute(db);
  await sql`drop table if exists integrity_anchor_heads`.execute(db);
  await sql`drop table if exists integrity_anchors`.execute(db);
  await sql`drop function if exists integrity_anchors_refuse_change()`.execute(db);
}
