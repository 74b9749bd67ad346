import { z } from 'zod';
import { AwardCode } from '../rules/rule-set.schema';

/**
 * One award a nominee already holds: from a granted event of this engine or from the importable
 * history table (awards granted before the engine, on paper). Revoked awards do not count.
 */
export const AwardHistoryEntry = z.object({
  awardCode: AwardCode,
  year: z.number().int().min(1900).max(2100),
  /** For thematic awards: the theme (chuyên đề) it was granted under. */
  theme: z.string().trim().min(1).optional(),
  source: z.enum(['granted', 'imported']),
  decisionNumber: z.string().trim().min(1).optional(),
  revoked: z.boolean().optional(),
});
/** One award a nominee already holds. */
export type AwardHistoryEntry = z.infer<typeof AwardHistoryEntry>;
