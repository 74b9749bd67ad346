import { z } from 'zod';

const format = z
  .enum(['json', 'xlsx', 'csv'], { error: 'format phải là json, xlsx hoặc csv (must be json, xlsx or csv)' })
  .default('json');
const unitId = z.string().trim().min(1).max(128).optional();
const campaignId = z.uuid({ error: 'campaignId phải là mã đợt thi đua (UUID) (must be a campaign id)' });
const year = z.coerce
  .number({ error: 'year phải là một năm (must be a year)' })
  .int({ error: 'year phải là số nguyên (must be a whole year)' })
  .min(2000, { error: 'year phải từ 2000 (must be 2000 or later)' })
  .max(2100, { error: 'year phải đến 2100 (must be 2100 or earlier)' });

/** Filters of the annual summary and of the shares report. */
export const SummaryQuery = z.strictObject({
  unitId,
  year: year.optional(),
  campaignId: campaignId.optional(),
  /** `units`: add the figures of each unit directly below (reads every unit's counters). */
  breakdown: z.enum(['units'], { error: 'breakdown chỉ nhận "units" (only "units")' }).optional(),
  format,
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

/** Filters of the round-progress dashboard. */
export const ProgressQuery = z.strictObject({ campaignId, unitId, format });
export type ProgressQuery = z.infer<typeof ProgressQuery>;

/** Filters of a unit's award history. */
export const AwardHistoryQuery = z.strictObject({
  year: year.optional(),
  campaignId: campaignId.optional(),
  format,
});
export type AwardHistoryQuery = z.infer<typeof AwardHistoryQuery>;
