import type { Pool } from 'pg';

/** Channel on which a projector announces, after commit, that it applied a batch (payload: projection name). */
export const PROJECTIONS_CHANNEL = 'vinhdanh_projections';

type Listener = (projection: string) => void;

/**
 * Tells waiters (read-your-writes) that a projection moved, so they re-read at once instead of
 * polling. Batches applied here are announced in-process and by NOTIFY (for other processes, whose
 * control connections LISTEN); a lost notification only costs a waiter its fallback poll.
 */
export class AppliedSignal {
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Set<string>();
  private notifying = false;

  constructor(private readonly pool: Pool) {}

  /** Calls `listener` after every batch applied here or announced by another process; returns an unsubscribe. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A batch of `projection` committed in this process: wake local waiters now, others by NOTIFY. */
  appliedHere(projection: string): void {
    this.emit(projection);
    this.pending.add(projection);
    if (!this.notifying) void this.flush();
  }

  /** A NOTIFY from another process (or our own echo: harmless, waiters just re-read). */
  announced(projection: string): void {
    this.emit(projection);
  }

  private emit(projection: string): void {
    for (const listener of this.listeners) listener(projection);
  }

  // One NOTIFY in flight at a time; names that arrive meanwhile go in the next one.
  private async flush(): Promise<void> {
    this.notifying = true;
    try {
      while (this.pending.size > 0) {
        const names = [...this.pending];
        this.pending.clear();
        await this.pool
          .query(
            `select set_config('synchronous_commit', 'off', true), pg_notify($1, n) from unnest($2::text[]) as n`,
            [PROJECTIONS_CHANNEL, names],
          )
          .catch(() => undefined);
      }
    } finally {
      this.notifying = false;
    }
  }
}
