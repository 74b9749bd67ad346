import { ApiError } from '../errors/api-error';

/** Kinds of conflict of interest: the nominee is the person, a declared relative, of their own unit, or they recused. */
export type ConflictKind = 'self' | 'relative' | 'own_unit' | 'recused';

/** What makes a person conflicted on a nomination, for the refusal's message. */
export interface Conflict {
  kind: ConflictKind;
  /** The conflicted person: the caller, or the colleague a delegate acts for. */
  person: { userId: string; name: string };
  relative?: { fullName: string; relation: string };
  nominatingUnitId?: string;
  ruleSetVersion?: string;
  recusedAt?: string;
}

function messages(c: Conflict): [string, string] {
  const who = c.person.name;
  switch (c.kind) {
    case 'self':
      return [
        `${who} là người được đề nghị khen thưởng trong hồ sơ này; không thể xử lý hồ sơ của chính mình (xung đột lợi ích).`,
        `${who} is the nominee of this nomination and cannot act on it (conflict of interest).`,
      ];
    case 'relative':
      return [
        `Người được đề nghị (${c.relative?.fullName}) là ${c.relative?.relation} của ${who} theo khai báo; không thể xử lý hồ sơ này (xung đột lợi ích).`,
        `The nominee (${c.relative?.fullName}) is ${who}'s declared relative (${c.relative?.relation}); they cannot act on this nomination (conflict of interest).`,
      ];
    case 'own_unit':
      return [
        `Theo bộ quy tắc ${c.ruleSetVersion}, ${who} thuộc đơn vị đề nghị (${c.nominatingUnitId}) nên không xử lý hồ sơ này ở cấp trên (xung đột lợi ích).`,
        `Under rule set ${c.ruleSetVersion}, ${who} belongs to the nominating unit (${c.nominatingUnitId}) and cannot act on this nomination at a level above it (conflict of interest).`,
      ];
    case 'recused':
      return [
        `${who} đã tự rút khỏi việc xét hồ sơ này lúc ${c.recusedAt} (xung đột lợi ích); không thể thao tác.`,
        `${who} recused from this nomination at ${c.recusedAt} (conflict of interest) and cannot act on it.`,
      ];
  }
}

/** The caller (or the colleague they stand in for) is conflicted on this nomination (403). */
export class ConflictOfInterestError extends ApiError {
  constructor(readonly conflict: Conflict) {
    super(`CONFLICT_OF_INTEREST.${conflict.kind.toUpperCase()}`, ...messages(conflict), { ...conflict });
    this.name = 'ConflictOfInterestError';
  }
}

/** Someone else holds the task and the caller is not a chair of its unit (409, naming the holder). */
export class TaskHeldError extends ApiError {
  constructor(holder: { userId: string; name: string; since: string }, unitId: string) {
    super(
      'NOMINATION.TASK_HELD',
      `Nhiệm vụ đang do ${holder.name} đảm nhận (từ ${holder.since}); chỉ người đảm nhận hoặc Chủ tịch đơn vị mới xử lý được. Hãy đề nghị giao lại.`,
      `The task is held by ${holder.name} (since ${holder.since}); only the holder or the unit's chair can act on it. Ask for it to be reassigned.`,
      { holder, unitId },
    );
    this.name = 'TaskHeldError';
  }
}

/** The chosen assignee holds no approver role at the task's unit, or is conflicted (422, naming the field). */
export class AssigneeNotEligibleError extends ApiError {
  constructor(assigneeUserId: string, unitId: string, why: 'not_approver' | 'conflict', conflict?: Conflict) {
    const [vi, en] =
      why === 'not_approver'
        ? [
            `Người được giao (${assigneeUserId}) không có vai trò reviewer / chair tại đơn vị "${unitId}".`,
            `The assignee (${assigneeUserId}) holds no reviewer or chair role at unit "${unitId}".`,
          ]
        : [
            `Không thể giao cho người có xung đột lợi ích với hồ sơ: ${conflict ? messages(conflict)[0] : ''}`,
            `Cannot assign to someone with a conflict of interest: ${conflict ? messages(conflict)[1] : ''}`,
          ];
    super(`TASK.ASSIGNEE_${why === 'not_approver' ? 'NOT_APPROVER' : 'CONFLICTED'}`, vi, en, {
      field: 'assigneeUserId',
      assigneeUserId,
      unitId,
      ...(conflict ? { conflict } : {}),
    });
    this.name = 'AssigneeNotEligibleError';
  }
}

/** The nomination has no open task to claim, release or assign (409). */
export class NoOpenTaskError extends ApiError {
  constructor(nominationId: string, status: string) {
    super(
      'NOMINATION.TASK_NOT_OPEN',
      `Hồ sơ không có nhiệm vụ nào đang mở (trạng thái ${status}).`,
      `The nomination has no open task (status ${status}).`,
      { nominationId, status },
    );
    this.name = 'NoOpenTaskError';
  }
}
