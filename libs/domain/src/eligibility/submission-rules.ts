import type { AwardCode, DirectWorkerShareRule, RuleSet } from '../rules/rule-set.schema';
import type { EligibilityRuleCode } from './eligibility.schema';
import { DirectWorkerShareError } from './eligibility.errors';

/**
 * Rules whose failure refuses a submission outright when the rule set lists none of its own:
 * facts the appraisal cannot change (wrong nominee kind, not an award year, already held
 * once-per-person, already granted for the same period). Prerequisites, person conditions and
 * exclusivity are left to the appraisal step.
 */
export const DEFAULT_SUBMISSION_BLOCKING_RULES: readonly EligibilityRuleCode[] = [
  'ELIGIBILITY.NOMINEE_KIND',
  'ELIGIBILITY.AWARD_YEAR',
  'ELIGIBILITY.ONCE_PER_PERSON',
  'ELIGIBILITY.NO_DUPLICATE',
];

/** The rules a rule set makes blocking at submission (the defaults when it lists none). */
export function submissionBlockingRules(ruleSet: RuleSet): readonly EligibilityRuleCode[] {
  return ruleSet.submissionBlockingRules ?? DEFAULT_SUBMISSION_BLOCKING_RULES;
}

/** The direct-worker share rule that counts an award's person nominations, or null when none applies. */
export function directWorkerShareRuleOf(ruleSet: RuleSet, awardCode: AwardCode): DirectWorkerShareRule | null {
  const rule =
    ruleSet.directWorkerShare ??
    (ruleSet.minDirectWorkerShare === undefined ? undefined : { minShare: ruleSet.minDirectWorkerShare });
  if (!rule || rule.minShare === 0) return null;
  if (rule.awardCodes && !rule.awardCodes.includes(awardCode)) return null;
  return rule;
}

/** True when the rule is applied by the nominating unit at submission (no `level`), false when a level's approvals apply it. */
export function appliesAtSubmission(rule: DirectWorkerShareRule): boolean {
  return rule.level === undefined;
}

/** A unit's live person nominations in a campaign for the counted awards, before the new one. */
export interface DirectWorkerCounts {
  readonly directWorkers: number;
  readonly total: number;
}

/**
 * Priority to direct workers at submission: with the new person nomination added, at least
 * `ceil(minShare × total)` of the unit's live person nominations (same campaign, counted awards;
 * rejected, withdrawn, cancelled and revoked ones do not count) must be direct workers. A direct
 * worker's nomination only raises the share, so it is never refused; a non-direct worker's is
 * refused when it would leave the unit below the share (so a unit nominates its direct workers
 * first, or together). Collectives are not counted.
 */
export function assertDirectWorkerShareAtSubmission(
  rule: DirectWorkerShareRule,
  ruleSetVersion: string,
  unitId: string,
  before: DirectWorkerCounts,
  nomineeIsDirectWorker: boolean,
): void {
  if (nomineeIsDirectWorker) return;
  const total = before.total + 1;
  const required = Math.ceil(Math.round(total * rule.minShare * 1e9) / 1e9);
  if (before.directWorkers >= required) return;
  throw new DirectWorkerShareError({
    ruleSetVersion,
    unitId,
    minShare: rule.minShare,
    required,
    directWorkers: before.directWorkers,
    total,
    currentShare: before.total === 0 ? null : before.directWorkers / before.total,
  });
}
