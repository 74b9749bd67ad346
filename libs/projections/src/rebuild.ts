import type { Kysely } from 'kysely';
import { Client, type Pool } from 'pg';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { applyNextBatch, ensureCheckpoints, resetProjection } from './checkpoints';
import type { Projection, RebuildProgress } from './projection';

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
    if (replayedHere) {
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
