import type { Kysely, Transaction } from 'kysely';
import { Client, type Pool } from 'pg';
import type { Database } from '@vinhdanh/db';
import type { EventPosition, EventStore, LeanEvent, RecordedEvent } from '@vinhdanh/event-store';
import { applyNextBatch, applyReadBatch, ensureCheckpoints, resetProjection } from './checkpoints';
import type { Projection, RebuildProgress } from './projection';

/** A replay that holds the projection alone: its batches and how they are read. */
interface Replay<E extends LeanEvent> {
  session: {
    apply(trx: Transaction<Database>, events: readonly E[]): Promise<void>;
    finish(trx: Transaction<Database>): Promise<void>;
  };
  read: (after: EventPosition | null, limit: number) => Promise<E[]>;
}

/** Everything a rebuild needs; built by `Projector.rebuild`. */
export interface RebuildInput {
  pool: Pool;
  db: Kysely<Database>;
  store: EventStore;
  projection: Projection;
  /** True when this process's running projector holds the projection's lock already. */
  heldHere: boolean;
  batchSize: number;
  lockClass: number;
  onProgress?: (progress: RebuildProgress) => void;
}

/**
 * Resets the read model and replays it. Replays here when this process holds (or can take) the
 * projection's lock; otherwise the instance that holds it replays and this one reports its progress.
 */
export async function rebuildProjection(input: RebuildInput): Promise<RebuildProgress> {
  const { db, store, projection, onProgress } = input;
  await ensureCheckpoints(db, [projection.name]);
  let lockClient: Client | null = null;
  const lock: { lost: Error | null } = { lost: null };
  if (!input.heldHere) {
    lockClient = new Client(input.pool.options);
    // Losing this connection loses the lock: stop after the batch in flight (each batch is fenced).
    lockClient.on('error', (err) => (lock.lost = err));
    await lockClient.connect();
    const { rows } = await lockClient.query<{ ok: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as ok', [
      input.lockClass,
      projection.name,
    ]);
    if (!rows[0]?.ok) {
      await lockClient.end();
      lockClient = null;
    }
  }
  const replayedHere = input.heldHere || lockClient !== null;
  try {
    const eventsTotal = await store.countAfter(null);
    const started = Date.now();
    let eventsApplied = 0;
    const progress = (): RebuildProgress => {
      const elapsedMs = Date.now() - started;
      return {
        projection: projection.name,
        eventsApplied,
        eventsTotal,
        elapsedMs,
        eventsPerSecond: Math.round((eventsApplied * 1000) / Math.max(1, elapsedMs)),
        replayedHere,
      };
    };
    await resetProjection(db, projection);
    const batchSize = Math.max(input.batchSize, projection.rebuildBatchSize ?? 0);
    if (replayedHere && !input.heldHere) {
      const onBatch = (applied: number) => {
        eventsApplied += applied;
        onProgress?.(progress());
        if (lock.lost) throw new Error(`rebuild of ${projection.name} lost its lock connection: ${lock.lost.message}`);
      };
      if (projection.beginRebuild && projection.rebuildRead) {
        const read = store.leanReader(projection.rebuildRead);
        await replayAlone(db, projection.name, batchSize, { session: projection.beginRebuild(), read }, onBatch);
      } else {
        const session = projection.beginRebuild?.() ?? {
          apply: (trx: Transaction<Database>, events: readonly RecordedEvent[]) => projection.apply(trx, events),
          finish: async () => undefined,
        };
        const read = (after: EventPosition | null, limit: number) => store.readAll(after, limit);
        await replayAlone(db, projection.name, batchSize, { session, read }, onBatch);
      }
      return progress();
    }
    if (replayedHere) {
      // This process's projector holds the projection and applies batches in between: batch by
      // batch, each read inside its transaction.
      for (;;) {
        const applied = await applyNextBatch(db, store, projection, batchSize, true);
        eventsApplied += applied;
        if (applied > 0) onProgress?.(progress());
        if (lock.lost) throw new Error(`rebuild of ${projection.name} lost its lock connection: ${lock.lost.message}`);
        if (applied < batchSize) break;
      }
      return progress();
    }
    // Another instance replays (in its smaller batches); watch its checkpoint until it has caught up.
    for (;;) {
      const row = await db
        .selectFrom('projection_checkpoints')
        .select('events_applied')
        .where('name', '=', projection.name)
        .executeTakeFirstOrThrow();
      eventsApplied = Number(row.events_applied);
      onProgress?.(progress());
      if (eventsApplied >= eventsTotal) return progress();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await lockClient?.end();
  }
}

/**
 * A replay by a rebuild that holds the projection alone. The next batch is read (on another
 * connection) while this one is folded and written, so a batch costs about the longer of reading
 * and writing, not their sum; each is applied only where its read began (`applyReadBatch` fences).
 */
async function replayAlone<E extends LeanEvent>(
  db: Kysely<Database>,
  name: string,
  batchSize: number,
  { session, read }: Replay<E>,
  onBatch: (applied: number) => void,
): Promise<void> {
  let from: EventPosition | null = null;
  let next: Promise<E[]> | null = read(from, batchSize);
  try {
    while (next) {
      const events: E[] = await next;
      const last = events.at(-1);
      next = last && events.length === batchSize ? read(last, batchSize) : null;
      if (!last) break;
      await applyReadBatch(db, name, from, events, (trx) => session.apply(trx, events), true);
      onBatch(events.length);
      from = last;
    }
  } finally {
    // A batch that failed leaves the read ahead unused: its rejection must not go unhandled.
    next?.catch(() => undefined);
  }
  await applyReadBatch(db, name, from, [], (trx) => session.finish(trx), true);
}
