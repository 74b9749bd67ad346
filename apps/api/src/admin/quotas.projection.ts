import { sql, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { QuotaLimitEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/**
 * The `quota_overrides` read model and the counters' limit (never below the slots already taken),
 * written only here, in the command's transaction.
 */
export async function projectQuotaLimitEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<QuotaLimitEvent>[],
): Promise<void> {
  for (const { event, occurredAt } of events) {
    if (event.type !== 'QuotaLimitChanged') continue; // recorded from the table: it already says so
    const d = event.data;
    const change = {
      quota_limit: d.limit,
      reason: d.reason,
      changed_by: d.changedBy,
      changed_at: new Date(occurredAt),
    };
    await trx
      .insertInto('quota_overrides')
      .values({ campaign_id: d.campaignId, bucket_key: d.bucketKey, ...change })
      .onConflict((oc) => oc.columns(['campaign_id', 'bucket_key']).doUpdateSet(change))
      .execute();
    await sql`update quota_usage set quota_limit = greatest(${d.limit}::int, used), updated_at = ${occurredAt}::timestamptz
      where bucket_key = ${d.bucketKey}`.execute(trx);
  }
}
