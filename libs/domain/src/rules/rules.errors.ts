import { DomainError } from '../shared/domain-error';

/** Thrown when no rule set is in effect on a date. */
export class NoRuleSetInEffectError extends DomainError {
  readonly code = 'RULES.NONE_IN_EFFECT';
  constructor(readonly date: string) {
    super(`Không có bộ quy định khen thưởng nào có hiệu lực ngày ${date}.`, `No rule set is in effect on ${date}.`, {
      date,
    });
  }
}

/** Thrown when two rule sets claim the same day; the engine refuses to guess which applies. */
export class OverlappingRuleSetsError extends DomainError {
  readonly code = 'RULES.OVERLAPPING';
  constructor(
    readonly date: string,
    readonly versions: readonly string[],
  ) {
    super(
      `Nhiều bộ quy định cùng có hiệu lực ngày ${date}: ${versions.join(', ')}.`,
      `Several rule sets are in effect on ${date}: ${versions.join(', ')}.`,
      { date, versions },
    );
  }
}

/** Thrown when a rule set has no award with the requested code. */
export class UnknownAwardError extends DomainError {
  readonly code = 'RULES.UNKNOWN_AWARD';
  constructor(
    readonly awardCode: string,
    readonly ruleSetVersion: string,
  ) {
    super(
      `Bộ quy định ${ruleSetVersion} không có hình thức khen thưởng "${awardCode}".`,
      `Rule set ${ruleSetVersion} has no award "${awardCode}".`,
      { awardCode, ruleSetVersion },
    );
  }
}
