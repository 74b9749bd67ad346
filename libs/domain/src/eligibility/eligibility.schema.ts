import { z } from 'zod';

/** One eligibility rule's result, as recorded by an appraisal: the rule, pass or fail, and why in both languages. */
export const EligibilityCheck = z.object({
  rule: z.string().trim().min(1, { error: 'rule must not be empty' }).max(100),
  passed: z.boolean({ error: 'passed must be true or false' }),
  reasonVi: z.string().trim().min(1, { error: 'reasonVi must not be empty' }).max(2000),
  reasonEn: z.string().trim().min(1, { error: 'reasonEn must not be empty' }).max(2000),
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
