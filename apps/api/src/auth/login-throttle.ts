import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/**
 * Login rate limit within `windowSeconds`: at most `maxFailures` failed logins per username and
 * client address, and at most `maxFailuresPerAddress` per client address whatever the username
 * (spraying many usernames from one address).
 */
export interface LoginThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  maxFailuresPerAddress?: number;
}

/** The default policy: per 5 minutes, 5 failures per username and address, 20 per address. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 5,
  windowSeconds: 300,
  maxFailuresPerAddress: 20,
};

/** The throttle key: case-insensitive username plus client address. */
export function throttleKey(username: string, clientAddress: string): string {
  return `${username.trim().toLowerCase()}|${clientAddress}`;
}

/** The throttle key of a client address alone (no `|`, so never equal to a username key). */
export function addressThrottleKey(clientAddress: string): string {
  return `address:${clientAddress.replaceAll('|', '')}`;
}

/** The per-address part of a policy, as a policy of its own. */
export function addressPolicy(policy: LoginThrottlePolicy): LoginThrottlePolicy {
  return { maxFailures: policy.maxFailuresPerAddress ?? 20, windowSeconds: policy.windowSeconds };
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
