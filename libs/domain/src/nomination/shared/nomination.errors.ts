import { DomainError } from '../../shared/domain-error';
import type { FieldIssue } from '../../shared/zod-issues';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from './nomination.status';

interface TaskRef {
  readonly kind: string;
  readonly level: number;
  readonly unitId: string;
  readonly taskSeq: number;
}

/** Vietnamese names of the command fields a refusal can name (the English path stays in `issues`). */
const FIELD_VI: Readonly<Record<string, string>> = {
  decisionNumber: 'Số quyết định',
  reason: 'Lý do',
  nominationId: 'Hồ sơ',
  'route[0].unitId': 'Đơn vị đầu tiên trên tuyến trình',
  procedure: 'Quy trình xét',
  tally: 'Kết quả bỏ phiếu',
  objectionId: 'Ý kiến phản ánh',
  toUnitId: 'Đơn vị tiếp nhận',
};

function issueVi(issue: FieldIssue): string {
  const field = FIELD_VI[issue.field] ?? `Trường “${issue.field}”`;
  if (issue.messageVi) return `${field}: ${issue.messageVi}`;
  // Schema rules carry English only; "required" is the one people meet (a return without a reason).
  return /\brequired\b/.test(issue.message) ? `${field}: bắt buộc` : `${field} không hợp lệ`;
}

const DECISION_VI: Readonly<Record<string, string>> = { approve: 'đồng ý', return: 'trả lại', reject: 'không đạt' };

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
  | 'NOMINATION.NOT_NOMINATING_UNIT'
  | 'NOMINATION.STEP_PENDING'
  | 'NOMINATION.STEP_ALREADY_DONE'
  | 'NOMINATION.STEP_NOT_IN_PROCEDURE'
  | 'NOMINATION.ON_HOLD'
  | 'NOMINATION.NOT_ON_HOLD'
  | 'NOMINATION.NOT_GRANTED'
  | 'NOMINATION.ACTOR_NOT_ON_ROUTE'
  | 'NOMINATION.DEADLINE_NOT_LATER'
  | 'NOMINATION.TASK_HELD'
  | 'NOMINATION.TASK_NOT_HELD'
  | 'NOMINATION.RECUSED'
  | 'NOMINATION.ASSIGNEE_RECUSED'
  | 'NOMINATION.NOT_READY_FOR_DECISION';

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
    const listVi = issues.map(issueVi).join('; ');
    return new NominationError('NOMINATION.INVALID', `Dữ liệu không hợp lệ — ${listVi}.`, `Invalid command — ${list}`, {
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
      `Hồ sơ đã được ${d.by.name} quyết định (${DECISION_VI[d.decision] ?? d.decision}) ở cấp ${d.level} lúc ${d.at}.`,
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

  /** Someone submitted this nomination already. */
  static alreadySubmitted(by: { name: string; userId: string }, at: string): NominationError {
    return new NominationError(
      'NOMINATION.ALREADY_SUBMITTED',
      `Hồ sơ đã được ${by.name} gửi lúc ${at}.`,
      `Already submitted by ${by.name} at ${at}.`,
      { submittedBy: by, submittedAt: at },
    );
  }

  /** The actor acts for a unit other than the one the command concerns. */
  static actorNotAtUnit(actorUnitId: string, unitId: string): NominationError {
    return new NominationError(
      'NOMINATION.ACTOR_NOT_AT_UNIT',
      `Người dùng thuộc đơn vị ${actorUnitId}, không thể thao tác thay đơn vị ${unitId}.`,
      `The actor belongs to unit ${actorUnitId} and cannot act for unit ${unitId}.`,
      { actorUnitId, unitId },
    );
  }

  /** Only the nominating unit may do this. */
  static notNominatingUnit(actorUnitId: string, nominatingUnitId: string): NominationError {
    return new NominationError(
      'NOMINATION.NOT_NOMINATING_UNIT',
      `Chỉ đơn vị đề nghị (${nominatingUnitId}) được thực hiện thao tác này.`,
      `Only the nominating unit (${nominatingUnitId}) can do this; the actor is at ${actorUnitId}.`,
      { actorUnitId, nominatingUnitId },
    );
  }

  /** No review the command could decide is open at that level (or the caller's task is stale). */
  static reviewNotOpen(level: number, unitId: string, openTask: TaskRef | null, taskSeq?: number): NominationError {
    return new NominationError(
      'NOMINATION.TASK_NOT_OPEN',
      `Không có nhiệm vụ xét duyệt đang mở ở cấp ${level} cho đơn vị này.`,
      `No review task is open at level ${level} for this unit.`,
      { level, unitId, openTask, taskSeq },
    );
  }

  /** Nothing waits for a revision, so nothing can be resubmitted. */
  static revisionNotOpen(openTask: TaskRef | null, taskSeq?: number): NominationError {
    return new NominationError(
      'NOMINATION.TASK_NOT_OPEN',
      'Hồ sơ không ở trạng thái bị trả lại chờ bổ sung; không thể gửi lại.',
      'The nomination is not waiting for a revision; it cannot be resubmitted.',
      { openTask, taskSeq },
    );
  }

  /** The nomination waits at another level or unit; says where. */
  static notAtThisLevel(level: number, unitId: string, openTask: TaskRef): NominationError {
    return new NominationError(
      'NOMINATION.NOT_AT_THIS_LEVEL',
      `Hồ sơ đang ở cấp ${openTask.level} (đơn vị ${openTask.unitId}), không ở cấp ${level} (đơn vị ${unitId}).`,
      `The nomination is at level ${openTask.level} (unit ${openTask.unitId}), not at level ${level} (unit ${unitId}).`,
      { level, unitId, openTask },
    );
  }
}
