import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventPosition, EventStore } from '@vinhdanh/event-store';
import type { Projection } from './projection';
import { CheckpointFenceError } from './projector.errors';

/** Creates the checkpoint rows that do not exist yet (at the start of the store). */
export async function ensureCheckpoints(db: Kysely<Database>, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .insertInto('projection_checkpoints')
    .values(names.map((name) => ({ name })))
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** A projection's checkpoint; null before its first event. */
export async function readCheckpoint(db: Kysely<Database>, name: string): Promise<EventPosition | null> {
  const row = await db
    .selectFrom('projection_checkpoints')
    .select(['transaction_id', 'global_position'])
    .where('name', '=', name)
    .executeTakeFirst();
  return toPosition(row);
}

function toPosition(row: { transaction_id: string; global_position: string } | undefined): EventPosition | null {
  if (!row || (row.transaction_id === '0' && row.global_position === '0')) return null;
  return { transactionId: row.transaction_id, globalPosition: row.global_position };
}

async function lockCheckpoint(
  trx: Transaction<Database>,
  name: string,
): Promise<{ transaction_id: string; global_position: string }> {
  // FOR UPDATE serialises batches of one projection even between two holders: the later one
  // waits, then reads the moved checkpoint and continues after it.
  const { rows } = await sql<{ transaction_id: string; global_position: string }>`
    select transaction_id::text as transaction_id, global_position::text as global_position
      from projection_checkpoints where name = ${name} for update`.execute(trx);
  if (!rows[0]) throw new Error(`no checkpoint row for ${name}; call ensureCheckpoints first`);
  return rows[0];
}

async function moveCheckpoint(
  trx: Transaction<Database>,
  name: string,
  from: { transaction_id: string; global_position: string },
  to: EventPosition | null,
  applied: number | 'reset',
): Promise<void> {
  const result = await sql`
    update projection_checkpoints
       set transaction_id = ${to?.transactionId ?? '0'}::xid8, global_position = ${to?.globalPosition ?? '0'}::bigint,
           events_applied = ${applied === 'reset' ? sql`0` : sql`events_applied + ${applied}`}, updated_at = now()
     where name = ${name} and transaction_id = ${from.transaction_id}::xid8 and global_position = ${from.global_position}::bigint`.execute(
    trx,
  );
  if (result.numAffectedRows !== 1n) throw new CheckpointFenceError(name);
}

/**
 * Applies the next batch after the checkpoint and moves it, in one transaction: a crash anywhere
 * rolls both back. Returns how many events were applied (0 when caught up). `relaxedCommit` skips
 * waiting for the WAL flush (rebuilds): a crash can lose such a commit, but rows and checkpoint go together.
 */
export async function applyNextBatch(
  db: Kysely<Database>,
  store: EventStore,
  projection: Projection,
  limit: number,
  relaxedCommit = false,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (relaxedCommit) await sql`set local synchronous_commit = off`.execute(trx);
    const from = await lockCheckpoint(trx, projection.name);
    const events = await store.readAll(toPosition(from), limit, trx);
    const last = events.at(-1);
    if (!last) return 0;
    await projection.apply(trx, events);
    await moveCheckpoint(trx, projection.name, from, last, events.length);
    return events.length;
  });
}

/**
 * Runs `write` in one transaction with the checkpoint locked, if it still stands at `from` (else
 * `CheckpointFenceError`: another holder moved it since the caller read), and moves it past `events`.
 * Rebuilds read the next batch while this one is written.
 */
export async function applyReadBatch(
  db: Kysely<Database>,
  name: string,
  from: EventPosition | null,
  events: readonly EventPosition[],
  write: (trx: Transaction<Database>) => Promise<void>,
  relaxedCommit = false,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (relaxedCommit) await sql`set local synchronous_commit = off`.execute(trx);
    const locked = await lockCheckpoint(trx, name);
    const at = toPosition(locked);
    if (at?.transactionId !== from?.transactionId || at?.globalPosition !== from?.globalPosition) {
      throw new CheckpointFenceError(name);
    }
    await write(trx);
    const last = events.at(-1);
    if (last) await moveCheckpoint(trx, name, locked, last, events.length);
  });
}

/** Empties a read model and rewinds its checkpoint to the start, in one transaction. */
export async function resetProjection(db: Kysely<Database>, projection: Projection): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const from = await lockCheckpoint(trx, projection.name);
    await projection.reset(trx);
    await moveCheckpoint(trx, projection.name, from, null, 'reset');
  });
}
