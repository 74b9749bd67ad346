import type { ColumnType, Insertable, Selectable } from 'kysely';

/** One quota counter (bucket): its current limit and the slots taken; `used <= quota_limit` is a constraint. */
export interface QuotaUsageTable {
  bucket_key: string;
  quota_limit: number;
  used: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The slot a nomination holds in a bucket; the primary key makes a retried reservation a no-op. */
export interface QuotaReservationsTable {
  nomination_id: string;
  bucket_key: string;
  reserved_at: ColumnType<Date, Date | string | undefined, never>;
}

/** An administrator's limit for a campaign × bucket, with the reason; wins over the rule set's limit. */
export interface QuotaOverridesTable {
  campaign_id: string;
  bucket_key: string;
  quota_limit: number;
  reason: string;
  changed_by: string;
  changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A quota counter as read. */
export type QuotaUsageRow = Selectable<QuotaUsageTable>;
/** A reservation as read. */
export type QuotaReservationRow = Selectable<QuotaReservationsTable>;
/** An override as read. */
export type QuotaOverrideRow = Selectable<QuotaOverridesTable>;
/** An override to insert. */
export type NewQuotaOverrideRow = Insertable<QuotaOverridesTable>;
