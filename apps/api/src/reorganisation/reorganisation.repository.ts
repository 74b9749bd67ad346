import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Replacement } from '../admin/units.changes';

// The reorganisation tables are this module's own (migration 0740); plain SQL keeps them out of
// the shared Database interface.

/** A recorded reorganisation. */
export interface ReorganisationRow {
  id: string;
  kind: 'dissolve' | 'reparent';
  unitId: string;
  effectiveFrom: string;
  replacements: Replacement[];
  reason: string;
  operatorId: string;
  operatorName: string;
  operatorUnitId: string;
  createdAt: string;
  lastRunAt: string | null;
}

/** One nomination's move and its progress. */
export interface MoveRow {
  nominationId: string;
  fromUnitId: string;
  toUnitId: string | null;
  status: 'pending' | 'moved' | 'skipped' | 'failed';
  attempts: number;
  errorCode: string | null;
  errorMessage: string | null;
}

/** Inserts a reorganisation (inside the transaction that changes the tree). */
export async function insertReorganisation(
  trx: Transaction<Database>,
  r: Omit<ReorganisationRow, 'lastRunAt'>,
): Promise<void> {
  await sql`insert into reorganisations (id, kind, unit_id, effective_from, replacements, reason, operator_id,
      operator_name, operator_unit_id, created_at)
    values (${r.id}::uuid, ${r.kind}, ${r.unitId}, ${r.effectiveFrom}::date, ${JSON.stringify(r.replacements)}::jsonb,
      ${r.reason}, ${r.operatorId}::uuid, ${r.operatorName}, ${r.operatorUnitId}, ${r.createdAt}::timestamptz)`.execute(
    trx,
  );
}

const SELECT = sql`select id::text, kind, unit_id as "unitId", effective_from::text as "effectiveFrom", replacements,
  reason, operator_id::text as "operatorId", operator_name as "operatorName", operator_unit_id as "operatorUnitId",
  to_json(created_at)#>>'{}' as "createdAt", to_json(last_run_at)#>>'{}' as "lastRunAt" from reorganisations`;

/** One reorganisation, or undefined. */
export async function findReorganisation(db: Kysely<Database>, id: string): Promise<ReorganisationRow | undefined> {
  const { rows } = await sql<ReorganisationRow>`${SELECT} where id = ${id}::uuid`.execute(db);
  return rows[0];
}

/** The newest reorganisations first. */
export async function listReorganisations(db: Kysely<Database>, limit: number): Promise<ReorganisationRow[]> {
  const { rows } = await sql<ReorganisationRow>`${SELECT} order by created_at desc limit ${limit}`.execute(db);
  return rows;
}

/** Adds moves not planned yet (a re-plan keeps the progress of known ones). */
export async function addMoves(
  db: Kysely<Database>,
  id: string,
  moves: readonly Pick<MoveRow, 'nominationId' | 'fromUnitId' | 'toUnitId' | 'status' | 'errorCode' | 'errorMessage'>[],
): Promise<void> {
  if (moves.length === 0) return;
  await sql`insert into reorganisation_moves (reorganisation_id, nomination_id, from_unit_id, to_unit_id, status,
      error_code, error_message)
    select ${id}::uuid, m->>'nominationId', m->>'fromUnitId', m->>'toUnitId', m->>'status', m->>'errorCode', m->>'errorMessage'
      from jsonb_array_elements(${JSON.stringify(moves)}::jsonb) as m
    on conflict do nothing`.execute(db);
}

/** The moves of a reorganisation, optionally only some statuses. */
export async function listMoves(db: Kysely<Database>, id: string, statuses?: MoveRow['status'][]): Promise<MoveRow[]> {
  const { rows } = await sql<MoveRow>`select nomination_id as "nominationId", from_unit_id as "fromUnitId",
      to_unit_id as "toUnitId", status, attempts, error_code as "errorCode", error_message as "errorMessage"
    from reorganisation_moves where reorganisation_id = ${id}::uuid
      and (${statuses ?? null}::text[] is null or status = any(${statuses ?? null}::text[]))
    order by nomination_id, from_unit_id`.execute(db);
  return rows;
}

/** Counts per status. */
export async function countMoves(db: Kysely<Database>, id: string): Promise<Record<MoveRow['status'], number>> {
  const { rows } = await sql<{ status: MoveRow['status']; n: string }>`select status, count(*) as n
    from reorganisation_moves where reorganisation_id = ${id}::uuid group by status`.execute(db);
  const counts = { pending: 0, moved: 0, skipped: 0, failed: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Records the result of one attempt. */
export async function markMove(
  db: Kysely<Database>,
  id: string,
  move: Pick<MoveRow, 'nominationId' | 'fromUnitId'>,
  status: MoveRow['status'],
  error?: { code: string; message: string },
): Promise<void> {
  await sql`update reorganisation_moves set status = ${status}, attempts = attempts + 1,
      error_code = ${error?.code ?? null}, error_message = ${error?.message ?? null}, updated_at = now()
    where reorganisation_id = ${id}::uuid and nomination_id = ${move.nominationId} and from_unit_id = ${move.fromUnitId}`.execute(
    db,
  );
}

/** Stamps a run. */
export async function touchRun(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await sql`update reorganisations set last_run_at = ${at.toISOString()}::timestamptz where id = ${id}::uuid`.execute(
    db,
  );
}
