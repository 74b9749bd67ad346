import type { Selectable } from 'kysely';

/** Failed logins counted per `username|client address` within a window (login rate limit). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Date;
}

/** A throttle row as read. */
export type LoginThrottleRow = Selectable<LoginThrottleTable>;
