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

/** Thrown when a rule-set version is drafted under a name that already exists. */
export class RuleSetVersionExistsError extends DomainError {
  readonly code = 'RULE_SET.ALREADY_EXISTS';
  constructor(
    readonly version: string,
    readonly status: 'draft' | 'published',
  ) {
    super(
      `Phiên bản bộ quy định ${version} đã có (${status === 'draft' ? 'đang soạn thảo' : 'đã ban hành'}); hãy đặt tên phiên bản mới.`,
      `Rule-set version ${version} already exists (${status}); choose a new version name.`,
      { version, versionStatus: status },
    );
  }
}

/** Thrown when a command names a rule-set version nobody drafted. */
export class RuleSetVersionNotFoundError extends DomainError {
  readonly code = 'RULE_SET.NOT_FOUND';
  constructor(readonly version: string) {
    super(`Không có phiên bản bộ quy định ${version}.`, `There is no rule-set version ${version}.`, { version });
  }
}

/** Thrown when a published version would change: published versions are final, campaigns pin them. */
export class RuleSetVersionImmutableError extends DomainError {
  readonly code = 'RULE_SET.IMMUTABLE';
  constructor(
    readonly version: string,
    readonly publishedAt: string,
  ) {
    super(
      `Phiên bản ${version} đã ban hành nên không sửa được nữa (các đợt thi đua áp dụng đúng nội dung đã ban hành); muốn thay đổi, hãy soạn một phiên bản mới.`,
      `Rule-set version ${version} was published and is final (campaigns pin it); draft a new version to change it.`,
      { version, publishedAt },
    );
  }
}

/** One problem of a draft body, with the dotted path of the field (`awards[3].grantingLevel`). */
export interface RuleSetIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown when a draft is published with a body that is not a valid rule set; lists every issue. */
export class RuleSetInvalidError extends DomainError {
  readonly code = 'RULE_SET.INVALID';
  constructor(
    readonly version: string,
    readonly issues: readonly RuleSetIssue[],
  ) {
    super(
      `Bộ quy định ${version} chưa hợp lệ (${issues.length} lỗi), chưa thể ban hành.`,
      `Rule set ${version} is not valid (${issues.length} issue(s)) and cannot be published.`,
      { version, issues },
    );
  }
}
