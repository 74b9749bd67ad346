import { z } from 'zod';
import type { AwardCode, RuleSet } from '../rules/rule-set.schema';

/**
 * The public disclosure a nomination must go through, pinned at submission from its rule set (like
 * the procedure), so a later rule-set change never alters a nomination in flight.
 */
export const DisclosureRequirement = z.object({
  /** Working days the proposed nomination stays posted at the nominating unit. */
  workingDays: z.number().int().min(1).max(30),
});
/** The public disclosure a nomination must go through. */
export type DisclosureRequirement = z.infer<typeof DisclosureRequirement>;

/**
 * The disclosure the rule set requires for an award at the nominating level, or null: from
 * `disclosure` (per-award override, 0 = none), else the older `publicDisclosureWorkingDays`.
 */
export function disclosureFor(ruleSet: RuleSet, awardCode: AwardCode): DisclosureRequirement | null {
  const rules = ruleSet.disclosure;
  const days = rules
    ? (rules.awards?.find((a) => a.awardCode === awardCode)?.workingDays ?? rules.workingDays)
    : (ruleSet.publicDisclosureWorkingDays ?? 0);
  return days > 0 ? { workingDays: days } : null;
}

/** The public disclosure as lists show it: not yet posted, posted, ended with objections unanswered, ended. */
export type DisclosureStateKind = 'pending' | 'open' | 'objections_unanswered' | 'ended';

/** How to name a disclosure state next to the status (a sub-label, like "quá hạn"). */
export const DISCLOSURE_STATE_LABELS: Readonly<Record<DisclosureStateKind, { vi: string; en: string }>> = {
  pending: { vi: 'Chờ công khai', en: 'Disclosure pending' },
  open: { vi: 'Đang công khai', en: 'Publicly disclosed' },
  objections_unanswered: { vi: 'Có phản ánh chưa trả lời', en: 'Objections unanswered' },
  ended: { vi: 'Đã công khai', en: 'Disclosure ended' },
};
