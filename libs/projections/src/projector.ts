import type { Kysely } from 'kysely';
import { Client, type Pool } from 'pg';
import type { Database } from '@vinhdanh/db';
import { comparePositions, EVENTS_CHANNEL, type EventPosition, type EventStore } from '@vinhdanh/event-store';
import { AppliedSignal, PROJECTIONS_CHANNEL } from './applied-signal';
import { applyNextBatch, ensureCheckpoints, readCheckpoint } from './checkpoints';
import type { Projection, RebuildProgress } from './projection';
import { UnknownProjectionError } from './projector.errors';
import { rebuildProjection } from './rebuild';
import { waitUntil } from './wait-until';

/** Advisory-lock class id for projections ("VD"); the second key is hashtext(name). */
export const PROJECTION_LOCK_CLASS = 0x5644;

/** What a `Projector` needs and how eagerly it works. */
export interface ProjectorOptions {
  /** Pool whose connection settings the dedicated lock/LISTEN connection copies. */
  pool: Pool;
  db: Kysely<Database>;
  store: EventStore;
  projections: readonly Projection[];
  /** Events per transaction when following the store (default 500). */
  batchSize?: number;
  /** Events per transaction when rebuilding (default 5000). */
  rebuildBatchSize?: number;
  /** Fallback poll when no notification arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** How often a standby instance tries to take over a projection (default 1000 ms). */
  lockRetryMs?: number;
  /** Errors the loop survives (failed batch, lost connection); default writes to stderr. */
  onError?: (err: Error, projection?: string) => void;
}

/**
 * Runs named projections over `readAll`. Each projection is applied by one instance at a time: the
 * one holding its session advisory lock on a dedicated connection. When that connection dies the
 * lock goes with it and a standby takes over on its next retry. Batches are fenced by the checkpoint
 * row, so even two appliers could never apply an event twice.
 */
export class Projector {
  private readonly byName: Map<string, Projection>;
  private readonly held = new Set<string>();
  private control: Client | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeSoon = false;
  private wakeNow: (() => void) | null = null;
  private lastLockAttempt = 0;
  private offAppended: (() => void) | null = null;
  private lostConnection = false;
  private readonly applied: AppliedSignal;

  constructor(private readonly options: ProjectorOptions) {
    this.byName = new Map(options.projections.map((p) => [p.name, p]));
    this.applied = new AppliedSignal(options.pool);
  }

  /** Calls `listener` whenever a projection may have moved (applied here, or announced by another process). */
  onApplied(listener: (projection: string) => void): () => void {
    return this.applied.on(listener);
  }

  /** Names of the projections this instance applies right now. */
  get heldProjections(): string[] {
    return [...this.held].sort();
  }

  /** Starts following the store in the background; resolves once the checkpoints exist. */
  async start(): Promise<void> {
    if (this.running) return;
    await ensureCheckpoints(this.options.db, [...this.byName.keys()]);
    this.running = true;
    this.offAppended = this.options.store.onAppended(() => this.wake());
    this.loop = this.run();
  }

  /** Stops after the batch in flight and releases the projections for another instance. */
  async stop(): Promise<void> {
    this.running = false;
    this.offAppended?.();
    this.wake();
    await this.loop;
    await this.dropControl();
  }

  /** Wakes the loop (a notification or an in-process append). */
  wake(): void {
    this.wakeSoon = true;
    this.wakeNow?.();
  }

  /** Where a projection has got to; null before its first event. */
  checkpoint(name: string): Promise<EventPosition | null> {
    return readCheckpoint(this.options.db, this.projection(name).name);
  }

  /** Events the projection has not applied yet (for metrics). */
  async lag(name: string): Promise<number> {
    return this.options.store.countAfter(await this.checkpoint(name));
  }

  /** Resolves true once the projection has applied `position` (read-your-writes), false after `timeoutMs`. */
  async waitForCheckpoint(name: string, position: EventPosition, timeoutMs: number): Promise<boolean> {
    const reached = async () => comparePositions(await this.checkpoint(name), position) >= 0;
    return waitUntil(reached, (wake) => this.onApplied((p) => p === name && wake()), timeoutMs);
  }

  /** Empties the read model and replays every event into it in large batches, reporting progress. */
  rebuild(name: string, options: { onProgress?: (progress: RebuildProgress) => void } = {}): Promise<RebuildProgress> {
    const projection = this.projection(name);
    return rebuildProjection({
      ...this.options,
      projection,
      heldHere: this.held.has(name),
      batchSize: this.options.rebuildBatchSize ?? 5000,
      lockClass: PROJECTION_LOCK_CLASS,
      onProgress: options.onProgress,
    });
  }

  private projection(name: string): Projection {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjectionError(name, [...this.byName.keys()]);
    return projection;
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    while (this.running) {
      try {
        if (!this.control) await this.connectControl();
        await this.takeFreeProjections();
      } catch (err) {
        this.reportError(err as Error);
        await this.dropControl();
      }
      for (const name of this.heldProjections) {
        try {
          const projection = this.byName.get(name);
          while (projection && this.running && this.held.has(name)) {
            const applied = await applyNextBatch(this.options.db, this.options.store, projection, batchSize);
            if (applied > 0) this.applied.appliedHere(name);
            if (applied < batchSize) break;
          }
        } catch (err) {
          // The batch rolled back with its checkpoint; it is retried on the next wake or poll.
          this.reportError(err as Error, name);
        }
      }
      const idle = this.held.size < this.byName.size ? (this.options.lockRetryMs ?? 1000) : Infinity;
      await this.sleepUntilWoken(Math.min(this.options.pollIntervalMs ?? 1000, idle));
    }
  }

  private async connectControl(): Promise<void> {
    const client = new Client(this.options.pool.options);
    const lost = (err?: Error): void => {
      if (this.control !== client) return;
      // The server released every lock of that session: stop applying, a standby may take over.
      this.control = null;
      this.held.clear();
      this.lostConnection = true;
      if (err && this.running) this.reportError(err);
      this.wake();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === PROJECTIONS_CHANNEL) this.applied.announced(message.payload ?? '');
      else this.wake();
    });
    await client.connect();
    this.control = client;
    // After losing its locks, an instance waits a retry period so a standby gets the first chance.
    this.lastLockAttempt = this.lostConnection ? Date.now() : 0;
    this.lostConnection = false;
    await client.query(`listen ${EVENTS_CHANNEL}; listen ${PROJECTIONS_CHANNEL}`);
  }

  private async takeFreeProjections(): Promise<void> {
    const control = this.control;
    if (!control || this.held.size === this.byName.size) return;
    if (Date.now() - this.lastLockAttempt < (this.options.lockRetryMs ?? 1000)) return;
    this.lastLockAttempt = Date.now();
    for (const name of this.byName.keys()) {
      if (this.held.has(name)) continue;
      const { rows } = await control.query<{ ok: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as ok', [
        PROJECTION_LOCK_CLASS,
        name,
      ]);
      if (rows[0]?.ok && this.control === control) this.held.add(name);
    }
  }

  private async dropControl(): Promise<void> {
    const client = this.control;
    this.control = null;
    this.held.clear();
    if (client) await client.end().catch(() => undefined);
  }

  private async sleepUntilWoken(ms: number): Promise<void> {
    if (this.wakeSoon || !this.running) {
      this.wakeSoon = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeNow = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeNow = null;
    this.wakeSoon = false;
  }

  private reportError(err: Error, projection?: string): void {
    if (this.options.onError) this.options.onError(err, projection);
    else process.stderr.write(`[projector] ${projection ?? ''} ${err.message}\n`);
  }
}
