import { isWithinPeriod, type IsoDate } from '../shared/dates';
import { NoRuleSetInEffectError, OverlappingRuleSetsError, UnknownAwardError } from './rules.errors';
import type { AttachmentKind, AwardCode, AwardRule, RuleSet } from './rule-set.schema';

/**
 * The rule set in effect on a date (effectiveTo exclusive), leaving out versions another version in
 * effect supersedes; throws when none or several apply.
 */
export function ruleSetAsOf(ruleSets: readonly RuleSet[], date: IsoDate): RuleSet {
  const candidates = ruleSets.filter((r) => isWithinPeriod(date, r.effectiveFrom, r.effectiveTo));
  // A version a newer one in effect supersedes yields to it (e.g. 2024.2 once NĐ 152/2025 applies).
  const superseded = new Set(candidates.flatMap((r) => r.supersedes ?? []));
  const inEffect = candidates.filter((r) => !superseded.has(r.version));
  const [only, ...others] = inEffect;
  if (!only) throw new NoRuleSetInEffectError(date);
  if (others.length > 0)
    throw new OverlappingRuleSetsError(
      date,
      inEffect.map((r) => r.version),
    );
  return only;
}

/** The rule set with a given version (campaigns pin one), or undefined. */
export function findRuleSet(ruleSets: readonly RuleSet[], version: string): RuleSet | undefined {
  return ruleSets.find((r) => r.version === version);
}

/** The award's rule in a rule set; throws `UnknownAwardError` when the catalogue lacks it. */
export function awardRuleOf(ruleSet: RuleSet, awardCode: AwardCode): AwardRule {
  const award = ruleSet.awards.find((a) => a.code === awardCode);
  if (!award) throw new UnknownAwardError(awardCode, ruleSet.version);
  return award;
}

/** The attachment kinds an award requires that a dossier does not have, in the rule's order. */
export function missingAttachmentKinds(
  award: AwardRule,
  attachments: ReadonlyArray<{ kind: AttachmentKind }>,
): AttachmentKind[] {
  const present = new Set(attachments.map((a) => a.kind));
  return award.requiredAttachments.filter((kind) => !present.has(kind));
}
