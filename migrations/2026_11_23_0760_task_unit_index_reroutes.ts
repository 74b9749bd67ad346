import { sql, type Kysely } from 'kysely';

/*
 * The auditors' "inbox of a unit as of a date" finds its candidates through events_task_unit_idx,
 * which listed only the events that open a task at a unit. A reorganisation (NominationRerouted,
 * data.to.unitId) also moves an open task to a unit, so it joins the index; without it a task
 * moved to a successor unit was missing from that unit's past inbox.
 * Frozen: never edit after it has shipped, add a new migration.
 */

const TYPES_BEFORE = sql`('NominationReviewOpened', 'NominationReturned', 'NominationDossierIncomplete', 'NominationAutoReturned')`;
const TYPES_AFTER = sql`('NominationReviewOpened', 'NominationReturned', 'NominationDossierIncomplete', 'NominationAutoReturned', 'NominationRerouted')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_task_unit_idx`.execute(db);
  await sql`create index events_task_unit_idx on events ((coalesce(data -> 'to' ->> 'unitId', data ->> 'unitId')), stream_id)
      where type in ${TYPES_AFTER}`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_task_unit_idx`.execute(db);
  await sql`create index events_task_unit_idx on events ((coalesce(data -> 'to' ->> 'unitId', data ->> 'unitId')), stream_id)
      where type in ${TYPES_BEFORE}`.execute(db);
}
