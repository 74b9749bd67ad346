import { z } from 'zod';
import { Text } from '../shared/text';

/** One eligibility rule's result, as recorded by an appraisal: the rule, pass or fail, and why in both languages. */
export const EligibilityCheck = z.object({
  rule: Text('rule', 100),
  passed: z.boolean({ error: 'passed must be true or false' }),
  reasonVi: Text('reasonVi', 2000),
  reasonEn: Text('reasonEn', 2000),
});
/** One eligibility rule's result. */
export type EligibilityCheck = z.infer<typeof EligibilityCheck>;

/** Builds one rule's result; rule codes are `ELIGIBILITY.<RULE>`. */
export const check = (rule: string, passed: boolean, reasonVi: string, reasonEn: string): EligibilityCheck => ({
  rule: `ELIGIBILITY.${rule}`,
  passed,
  reasonVi,
  reasonEn,
});

/** Every rule `checkEligibility` reports, by its stable code (a rule set may name them, e.g. to block submission). */
export const EligibilityRuleCode = z.enum(
  [
    'ELIGIBILITY.NOMINEE_KIND',
    'ELIGIBILITY.AWARD_YEAR',
    'ELIGIBILITY.ONCE_PER_PERSON',
    'ELIGIBILITY.NO_DUPLICATE',
    'ELIGIBILITY.EXCLUSIVITY',
    'ELIGIBILITY.PREREQUISITE',
    'ELIGIBILITY.NON_LEADER',
    'ELIGIBILITY.DIRECT_WORKER',
    'ELIGIBILITY.MIN_DIRECT_WORK_YEARS',
    'ELIGIBILITY.MIN_UNION_WORK_YEARS',
    'ELIGIBILITY.INITIATIVE_VALUE',
    'ELIGIBILITY.MIN_APPLIED_INITIATIVES',
    'ELIGIBILITY.MAX_TRAINING_LEVEL',
    'ELIGIBILITY.CONSECUTIVE_EXCELLENT_YEARS',
  ],
  { error: 'must be a known eligibility rule code (ELIGIBILITY.NOMINEE_KIND, ELIGIBILITY.AWARD_YEAR, …)' },
);
/** A stable eligibility rule code. */
export type EligibilityRuleCode = z.infer<typeof EligibilityRuleCode>;
