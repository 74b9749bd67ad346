/*
 * A small process supervisor for `npm start`: a child that dies (crash, kill -9, out of memory) is
 * restarted after a back-off, logged, while the other children keep running — as systemd or a
 * container orchestrator would do in production.
 */
import type { ChildProcess } from 'node:child_process';

/** When to restart: exponential back-off, reset once a child has run long enough to count as healthy. */
export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** A child that ran at least this long before dying starts again from `initialMs`. */
  healthyAfterMs: number;
}

/** The policy of `npm start`: 1 s, 2 s, 4 s … up to 30 s; healthy after a minute. */
export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 };

/** One supervised child, as the supervisor reports it. */
export interface SupervisedChild {
  name: string;
  /** The running process, or null while waiting to restart. */
  current: ChildProcess | null;
  /** How many times it was restarted. */
  restarts: number;
}

interface Entry extends SupervisedChild {
  spawn: () => ChildProcess;
  failures: number;
  startedAt: number;
  timer: NodeJS.Timeout | null;
}

/** Delay before the `failures`-th consecutive restart. */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, failures - 1));
}

/** Starts children, restarts those that die with a back-off, and stops them all (children first). */
export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;

  constructor(
    private readonly log: (line: string) => void,
    private readonly policy: BackoffPolicy = DEFAULT_BACKOFF,
    /** Called after each restart (tests wait on it). */
    private readonly onRestart: (child: SupervisedChild) => void = () => undefined,
  ) {}

  /** Starts `spawn()` now and whenever its process dies, until `stop()`. */
  add(name: string, spawn: () => ChildProcess): SupervisedChild {
    const entry: Entry = { name, spawn, current: null, restarts: 0, failures: 0, startedAt: 0, timer: null };
    this.entries.push(entry);
    this.launch(entry);
    return entry;
  }

  private launch(entry: Entry): void {
    entry.timer = null;
    entry.startedAt = Date.now();
    const child = entry.spawn();
    entry.current = child;
    child.once('exit', (code, signal) => {
      if (entry.current === child) entry.current = null;
      if (this.stopping) return;
      const ranMs = Date.now() - entry.startedAt;
      entry.failures = ranMs >= this.policy.healthyAfterMs ? 1 : entry.failures + 1;
      const delay = backoffDelay(this.policy, entry.failures);
      this.log(
        `${entry.name} exited (${signal ?? `code ${code}`}) after ${Math.round(ranMs / 1000)} s; ` +
          `restarting in ${delay / 1000} s (restart #${entry.restarts + 1}); the rest keeps running`,
      );
      entry.timer = setTimeout(() => {
        if (this.stopping) return;
        entry.restarts += 1;
        this.launch(entry);
        this.log(`${entry.name} restarted (pid ${entry.current?.pid ?? '?'})`);
        this.onRestart(entry);
      }, delay);
    });
  }

  /** Stops restarting, then stops every child (SIGTERM, SIGKILL after `graceMs`), last started first. */
  async stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.entries].reverse()) {
      if (entry.timer) clearTimeout(entry.timer);
      const child = entry.current;
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }
  }
}
