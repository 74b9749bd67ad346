import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database';

/** A quota counter to take a slot in: its stable key and the limit in force (override or rule set). */
export interface QuotaSlotRequest {
  key: string;
  limit: number;
}

/** The result of a reservation: every slot taken (or already held), or the first full bucket with its usage. */
export type QuotaReservationOutcome =
  { ok: true; reserved: string[]; alreadyHeld: string[] } | { ok: false; key: string; limit: number; used: number };

/** A counter's state for administrators. */
export interface QuotaUsage {
  bucketKey: string;
  limit: number;
  used: number;
}

/** An administrator's limit for a campaign × bucket. */
export interface QuotaOverride {
  campaignId: string;
  bucketKey: string;
  limit: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Takes one slot per bucket for a nomination, inside the caller's transaction (the one that appends
 * the event using it). Buckets are locked in key order so concurrent reservations cannot deadlock;
 * `used = used + 1 where used < quota_limit` plus the `used <= quota_limit` check make
 * over-allocation impossible. A slot the nomination already holds is kept, not taken twice. On a
 * full bucket nothing is rolled back here: the caller must abort its transaction.
 */
export async function reserveQuotaSlots(
  trx: Transaction<Database>,
  nominationId: string,
  buckets: readonly QuotaSlotRequest[],
): Promise<QuotaReservationOutcome> {
  const reserved: string[] = [];
  const alreadyHeld: string[] = [];
  for (const bucket of [...buckets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    // A lowered limit never goes below the slots already taken (the constraint would refuse it).
    await sql`
      insert into quota_usage (bucket_key, quota_limit) values (${bucket.key}, ${bucket.limit})
      on conflict (bucket_key) do update set quota_limit = greatest(excluded.quota_limit, quota_usage.used),
        updated_at = now()`.execute(trx);
    const inserted = await trx
      .insertInto('quota_reservations')
      .values({ nomination_id: nominationId, bucket_key: bucket.key })
      .onConflict((oc) => oc.columns(['nomination_id', 'bucket_key']).doNothing())
      .returning('bucket_key')
      .executeTakeFirst();
    if (!inserted) {
      alreadyHeld.push(bucket.key);
      continue;
    }
    const taken = await sql<{ used: number }>`
      update quota_usage set used = used + 1, updated_at = now()
      where bucket_key = ${bucket.key} and used < quota_limit returning used`.execute(trx);
    if (taken.rows.length === 0) {
      const row = await trx
        .selectFrom('quota_usage')
        .select(['used'])
        .where('bucket_key', '=', bucket.key)
        .executeTakeFirstOrThrow();
      return { ok: false, key: bucket.key, limit: bucket.limit, used: row.used };
    }
    reserved.push(bucket.key);
  }
  return { ok: true, reserved, alreadyHeld };
}

/** Gives back every slot a nomination holds, inside the caller's transaction; returns the keys released. */
export async function releaseQuotaSlots(trx: Transaction<Database>, nominationId: string): Promise<string[]> {
  const rows = await trx
    .deleteFrom('quota_reservations')
    .where('nomination_id', '=', nominationId)
    .returning('bucket_key')
    .execute();
  const keys = rows.map((r) => r.bucket_key).sort();
  for (const key of keys) {
    await sql`update quota_usage set used = used - 1, updated_at = now()
      where bucket_key = ${key} and used > 0`.execute(trx);
  }
  return keys;
}

/** The buckets a nomination holds a slot in. */
export async function quotaSlotsOf(db: Db, nominationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('quota_reservations')
    .select('bucket_key')
    .where('nomination_id', '=', nominationId)
    .orderBy('bucket_key')
    .execute();
  return rows.map((r) => r.bucket_key);
}

/** Counters by key (all of them when `keys` is absent). */
export async function listQuotaUsage(db: Db, keys?: readonly string[]): Promise<QuotaUsage[]> {
  if (keys && keys.length === 0) return [];
  let q = db.selectFrom('quota_usage').select(['bucket_key', 'quota_limit', 'used']).orderBy('bucket_key');
  if (keys) q = q.where('bucket_key', 'in', keys);
  return (await q.execute()).map((r) => ({ bucketKey: r.bucket_key, limit: r.quota_limit, used: r.used }));
}

/** Administrators' limits for a campaign, optionally only some buckets. */
export async function listQuotaOverrides(
  db: Db,
  campaignId: string,
  keys?: readonly string[],
): Promise<QuotaOverride[]> {
  if (keys && keys.length === 0) return [];
  let q = db.selectFrom('quota_overrides').selectAll().where('campaign_id', '=', campaignId).orderBy('bucket_key');
  if (keys) q = q.where('bucket_key', 'in', keys);
  return (await q.execute()).map((r) => ({
    campaignId: r.campaign_id,
    bucketKey: r.bucket_key,
    limit: r.quota_limit,
    reason: r.reason,
    changedBy: r.changed_by,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

/** What an override changed: the limit before (the override's, else the counter's) and the override before. */
export interface QuotaOverrideChange {
  campaignId: string;
  bucketKey: string;
  previousLimit: number | null;
  previousOverride: { limit: number; reason: string; changedBy: string } | null;
  limit: number;
  reason: string;
  changedBy: string;
}

/**
 * Sets an administrator's limit for a campaign × bucket (it wins over the rule set). The counter's
 * stored limit follows at once, never below the slots already taken. `record` runs in the same
 * transaction with what changed (the caller appends the history event there), and is skipped when
 * the same limit and reason are set again, so a repeated request records nothing twice.
 */
export async function setQuotaOverride(
  db: Kysely<Database>,
  input: { campaignId: string; bucketKey: string; limit: number; reason: string; changedBy: string },
  record?: (trx: Transaction<Database>, change: QuotaOverrideChange) => Promise<void>,
): Promise<QuotaOverride> {
  await db.transaction().execute(async (trx) => {
    // Row locks serialise two administrators changing the same bucket, so each event names the true "before".
    const before = await trx
      .selectFrom('quota_overrides')
      .select(['quota_limit', 'reason', 'changed_by'])
      .where('campaign_id', '=', input.campaignId)
      .where('bucket_key', '=', input.bucketKey)
      .forUpdate()
      .executeTakeFirst();
    if (before && before.quota_limit === input.limit && before.reason === input.reason) return;
    const counter = before
      ? undefined
      : await trx
          .selectFrom('quota_usage')
          .select('quota_limit')
          .where('bucket_key', '=', input.bucketKey)
          .forUpdate()
          .executeTakeFirst();
    const values = {
      campaign_id: input.campaignId,
      bucket_key: input.bucketKey,
      quota_limit: input.limit,
      reason: input.reason,
      changed_by: input.changedBy,
      changed_at: sql<Date>`now()` as unknown as Date,
    };
    await trx
      .insertInto('quota_overrides')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['campaign_id', 'bucket_key']).doUpdateSet({
          quota_limit: values.quota_limit,
          reason: values.reason,
          changed_by: values.changed_by,
          changed_at: values.changed_at,
        }),
      )
      .execute();
    await sql`update quota_usage set quota_limit = greatest(${input.limit}::int, used), updated_at = now()
      where bucket_key = ${input.bucketKey}`.execute(trx);
    await record?.(trx, {
      ...input,
      previousLimit: before?.quota_limit ?? counter?.quota_limit ?? null,
      previousOverride: before
        ? { limit: before.quota_limit, reason: before.reason, changedBy: before.changed_by }
        : null,
    });
  });
  const [row] = await listQuotaOverrides(db, input.campaignId, [input.bucketKey]);
  if (!row) throw new Error(`quota override ${input.bucketKey} vanished after its upsert`);
  return row;
}

/** Removes an administrator's limit (the rule set's applies again from the next reservation); true when one was removed. */
export async function deleteQuotaOverride(
  db: Kysely<Database>,
  campaignId: string,
  bucketKey: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('quota_overrides')
    .where('campaign_id', '=', campaignId)
    .where('bucket_key', '=', bucketKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
