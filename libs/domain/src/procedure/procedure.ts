import { z } from 'zod';
import type { OrgLevel } from '../org/org-unit';
import type { RouteStep } from '../route/route';
import { AttachmentKind, VoteThreshold, type AwardRule, type RuleSet } from '../rules/rule-set.schema';
import { OnVoteFailed, VoteThresholdRule, type ProcedureStepKind } from '../rules/procedure-rules.schema';

/**
 * The award-specific procedure data a nomination needs after submission, copied from the pinned
 * rule set at submit time so the decider (and every replay) applies the same rules without
 * loading the rule set again.
 */
export const NominationProcedure = z.object({
  requiredAttachments: z.array(AttachmentKind),
  voteThreshold: z.object({ class: VoteThreshold, ...VoteThresholdRule.shape }),
  onVoteFailed: OnVoteFailed,
});
/** The award-specific procedure data a nomination carries. */
export type NominationProcedure = z.infer<typeof NominationProcedure>;

/**
 * The ordered steps a level runs for an award: the award's own steps for that level, else its
 * steps, else the rule set's simplified or default steps; the nominating level leaves out the
 * skipped steps. A rule set without procedure data gives the single sign-off (the plain decision).
 */
export function stepsFor(
  ruleSet: RuleSet,
  award: AwardRule,
  level: OrgLevel,
  options: { isNominatingLevel: boolean },
): ProcedureStepKind[] {
  const defaults = ruleSet.procedure;
  if (!defaults) return ['signoff'];
  const own = award.procedure;
  const base =
    own?.levels?.find((l) => l.level === level)?.steps ??
    own?.steps ??
    (award.simplifiedProcedure ? defaults.simplifiedSteps : defaults.defaultSteps);
  if (!options.isNominatingLevel) return [...base];
  const skips = new Set(own?.nominatingLevelSkips ?? defaults.nominatingLevelSkips ?? []);
  // The sign-off is how a level decides: no rule set can skip it.
  return base.filter((s) => s === 'signoff' || !skips.has(s));
}

/** The procedure data of an award under a rule set (undefined when the rule set has none). */
export function nominationProcedureOf(ruleSet: RuleSet, award: AwardRule): NominationProcedure | undefined {
  const defaults = ruleSet.procedure;
  if (!defaults) return undefined;
  return {
    requiredAttachments: [...award.requiredAttachments],
    voteThreshold: { class: award.voteThreshold, ...defaults.voteThresholds[award.voteThreshold] },
    onVoteFailed: award.procedure?.onVoteFailed ?? defaults.onVoteFailed,
  };
}

/**
 * The route with each level's ordered steps, and the procedure data to submit with it. The first
 * route step is the nominating level. With a rule set that has no procedure data the route comes
 * back unchanged and `procedure` is undefined, so the nomination follows the plain decision flow.
 */
export function computeProcedureRoute(
  ruleSet: RuleSet,
  award: AwardRule,
  route: readonly RouteStep[],
): { route: RouteStep[]; procedure: NominationProcedure | undefined } {
  const procedure = nominationProcedureOf(ruleSet, award);
  if (!procedure) return { route: route.map((s) => ({ level: s.level, unitId: s.unitId })), procedure };
  return {
    route: route.map((s, i) => ({
      level: s.level,
      unitId: s.unitId,
      steps: stepsFor(ruleSet, award, s.level, { isNominatingLevel: i === 0 }),
    })),
    procedure,
  };
}
