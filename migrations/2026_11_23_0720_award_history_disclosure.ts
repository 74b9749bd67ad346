import { sql, type Kysely } from 'kysely';

/*
 * Award history and public disclosure (issue 4).
 *
 * award_history: awards a person received outside this engine (paper records, earlier systems),
 * imported by administrators. Eligibility reads it together with the nominations the engine
 * granted. The natural key (person_key, award_code, year, theme) makes a re-import an upsert;
 * theme is '' for non-thematic awards so it can sit in the key.
 * nominations.disclosure_ends_at / disclosure_state: the nominations projection's view of the
 * public disclosure (công khai) for lists and filters; the full record stays in `state`.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table award_history (
      person_key text not null check (length(person_key) between 1 and 128),
      award_code text not null check (length(award_code) > 0),
      year integer not null check (year between 1900 and 2100),
      theme text not null default '',
      decision_number text,
      issuer text,
      source text not null check (length(source) > 0),
      imported_by text not null,
      imported_at timestamptz not null default now(),
      primary key (person_key, award_code, year, theme)
    )`.execute(db);
  await sql`alter table nominations add column disclosure_ends_at timestamptz`.execute(db);
  await sql`alter table nominations add column disclosure_state text
    check (disclosure_state in ('pending', 'open', 'objections_unanswered', 'ended'))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table nominations drop column if exists disclosure_state`.execute(db);
  await sql`alter table nominations drop column if exists disclosure_ends_at`.execute(db);
  await sql`drop table if exists award_history`.execute(db);
}
