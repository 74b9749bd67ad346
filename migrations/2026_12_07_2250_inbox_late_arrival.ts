import { sql, type Kysely } from 'kysely';

/*
 * The inbox shows a task whose dossier arrived after its level's cut-off ("nộp muộn") with the unit
 * and the person who sent it late (`NominationSubmittedAfterCutOff`): the receiving level sees the
 * lateness is the sender's. Null while the dossier arrived in time. Rows projected before this
 * migration get the columns on the nomination's next event or a rebuild of the projection.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table inbox_tasks
    add column late_cut_off_at timestamptz,
    add column late_sender_unit_id text,
    add column late_sender_name text`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table inbox_tasks
    drop column if exists late_cut_off_at,
    drop column if exists late_sender_unit_id,
    drop column if exists late_sender_name`.execute(db);
}
