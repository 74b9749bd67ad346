import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** Login rate limit: at most `maxFailures` failed logins per key within `windowSeconds`. */
export interface LoginThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
}

/** The default policy: 5 failures per 5 minutes per username and client address. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = { maxFailures: 5, windowSeconds: 300 };

/** The throttle key: case-insensitive username plus client address. */
export function throttleKey(username: string, clientAddress: string): string {
  return `${username.trim().toLowerCase()}|${clientAddress}`;
}

/** Seconds until the key may try again, or 0 when it is not locked. */
export async function lockedForSeconds(
  db: Kysely<Database>,
  key: string,
  policy: LoginThrottlePolicy,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('login_throttle')
    .select(['failures', 'window_started_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.failures < policy.maxFailures) return 0;
  const remainingMs = row.window_started_at.getTime() + policy.windowSeconds * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

/**
 * Counts one failure in a single upsert (safe across API replicas and concurrent requests);
 * a window that has ended starts over. Returns the failures in the current window.
 */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  policy: LoginThrottlePolicy,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when login_throttle.window_started_at <= ${windowStart} then 1 else login_throttle.failures + 1 end`,
        window_started_at: sql`case when login_throttle.window_started_at <= ${windowStart} then ${now} else login_throttle.window_started_at end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Clears the key after a successful login. */
export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
