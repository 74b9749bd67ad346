import { DomainError } from '../shared/domain-error';
import type { FieldIssue } from '../shared/zod-issues';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from './nomination.status';

/** Stable codes of every refusal of the nomination decider. */
export type NominationErrorCode =
  | 'NOMINATION.INVALID'
  | 'NOMINATION.NOT_SUBMITTED'
  | 'NOMINATION.ALREADY_SUBMITTED'
  | 'NOMINATION.ALREADY_FINAL'
  | 'NOMINATION.ALREADY_DECIDED'
  | 'NOMINATION.TASK_NOT_OPEN'
  | 'NOMINATION.NOT_AT_THIS_LEVEL'
  | 'NOMINATION.ACTOR_NOT_AT_UNIT'
  | 'NOMINATION.NOT_NOMINATING_UNIT';

/** A command the nomination refuses; `code` is stable wire API, the messages are for people. */
export class NominationError extends DomainError {
  constructor(
    readonly code: NominationErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }

  /** The command breaks a rule of its own shape; `issues` name each field. */
  static invalid(issues: readonly FieldIssue[]): NominationError {
    const list = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    return new NominationError('NOMINATION.INVALID', `Dữ liệu không hợp lệ — ${list}`, `Invalid command — ${list}`, {
      issues,
    });
  }

  /** Someone already took this decision; says who and when. */
  static alreadyDecided(d: {
    level: number;
    unitId: string;
    decision: string;
    by: { name: string; userId: string };
    at: string;
  }): NominationError {
    return new NominationError(
      'NOMINATION.ALREADY_DECIDED',
      `Hồ sơ đã được ${d.by.name} quyết định ở cấp ${d.level} lúc ${d.at}.`,
      `Already decided (${d.decision}) at level ${d.level} by ${d.by.name} at ${d.at}.`,
      { level: d.level, unitId: d.unitId, decision: d.decision, decidedBy: d.by, decidedAt: d.at },
    );
  }

  /** The nomination has reached its final outcome. */
  static alreadyFinal(status: NominationStatus): NominationError {
    const label = NOMINATION_STATUS_LABELS[status];
    return new NominationError(
      'NOMINATION.ALREADY_FINAL',
      `Hồ sơ đã kết thúc (${label.vi}); không thể thao tác tiếp.`,
      `The nomination is final (${label.en}); nothing more can be done.`,
      { status },
    );
  }

  /** The command needs a submitted nomination. */
  static notSubmitted(): NominationError {
    return new NominationError(
      'NOMINATION.NOT_SUBMITTED',
      'Hồ sơ chưa được gửi.',
      'The nomination has not been submitted.',
    );
  }
}
