import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { LeanEvent, LeanReadSpec, RecordedEvent } from '@vinhdanh/event-store';

/**
 * A read model kept up to date from the event store. `apply` receives a batch in readAll order and
 * writes inside the projector's transaction, which also moves the checkpoint: it must not commit,
 * and should write the whole batch in few statements (rebuilds hand it thousands of events).
 */
export interface Projection {
  /** Stable name: the checkpoint key and the `npm run rebuild -- <name>` argument. */
  readonly name: string;
  apply(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<void>;
  /**
   * Events per rebuild batch this projection asks for at least: one whose writes are per batch rather
   * than per event (counters folded in memory) rebuilds faster in larger batches.
   */
  readonly rebuildBatchSize?: number;
  /**
   * A replay that keeps sums in memory between batches (the statistics' counters) and writes them in
   * large sets: used by a rebuild that holds the projection alone (no other batch in between).
   * Without it a rebuild calls `apply`.
   */
  beginRebuild?(): ProjectionRebuild;
  /**
   * With `beginRebuild`: the event types and data fields the replay folds. A rebuild then reads
   * only those (`EventStore.leanReader`), and hands the replay `LeanEvent`s; the checkpoint stops at
   * the last event read, and the projector's next batch goes over any later events of other types.
   */
  readonly rebuildRead?: LeanReadSpec;
  /** Empties the read model (truncate or delete) before a rebuild. */
  reset(trx: Transaction<Database>): Promise<void>;
}

/** One rebuild's replay: `apply` per batch, `finish` once after the last, each in the checkpoint's transaction. */
export interface ProjectionRebuild {
  apply(trx: Transaction<Database>, events: readonly LeanEvent[]): Promise<void>;
  finish(trx: Transaction<Database>): Promise<void>;
}

/** Progress of a rebuild, reported after each batch. */
export interface RebuildProgress {
  projection: string;
  eventsApplied: number;
  /** Events in the store when the rebuild started (more may arrive meanwhile). */
  eventsTotal: number;
  elapsedMs: number;
  eventsPerSecond: number;
  /** False when another instance holds the projection and replays it; this one only watches. */
  replayedHere: boolean;
}
