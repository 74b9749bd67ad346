import { z } from 'zod';

/** An administrator's limit for one bucket as it stood: the limit, why, and who set it. */
export const QuotaOverrideSnapshot = z.object({ limit: z.number().int(), reason: z.string(), changedBy: z.string() });
/** An administrator's limit for one bucket as it stood. */
export type QuotaOverrideSnapshot = z.infer<typeof QuotaOverrideSnapshot>;

/**
 * A campaign × bucket limit was set (schema version 2: `changedBy` in the data; version 1 events are
 * upcast from their metadata on read).
 */
export const QuotaLimitChanged = z.object({
  type: z.literal('QuotaLimitChanged'),
  data: z.object({
    campaignId: z.string(),
    bucketKey: z.string(),
    limit: z.number().int(),
    reason: z.string(),
    /** The limit in force before: the previous override, else the counter's rule-set limit, else none. */
    previousLimit: z.number().int().nullable(),
    previousOverride: QuotaOverrideSnapshot.nullable(),
    changedBy: z.string(),
  }),
});

/** The overrides that existed before the campaign's quota stream did (recorded from the table). */
export const QuotaLimitsRecorded = z.object({
  type: z.literal('QuotaLimitsRecorded'),
  data: z.object({
    campaignId: z.string(),
    overrides: z.array(QuotaOverrideSnapshot.extend({ bucketKey: z.string() })),
  }),
});

/** Every event of a campaign's quota stream. */
export const QuotaLimitEvent = z.discriminatedUnion('type', [QuotaLimitChanged, QuotaLimitsRecorded]);
/** Every event of a campaign's quota stream. */
export type QuotaLimitEvent = z.infer<typeof QuotaLimitEvent>;
