import type { ProcedureStepKind } from '../../rules/procedure-rules.schema';
import { NominationError } from '../shared/nomination.errors';
import type { HoldKind } from './nomination.procedure.commands';

/** How to name a procedure step: Vietnamese first, English second. */
export const PROCEDURE_STEP_LABELS: Readonly<Record<ProcedureStepKind, { vi: string; en: string }>> = {
  intake: { vi: 'tiếp nhận hồ sơ', en: 'intake' },
  appraisal: { vi: 'thẩm định', en: 'appraisal' },
  vote: { vi: 'bình xét (Hội đồng bỏ phiếu)', en: 'council vote' },
  signoff: { vi: 'ký (Chủ tịch)', en: "chair's sign-off" },
};

/** How to name a hold's kind. */
export const HOLD_KIND_LABELS: Readonly<Record<HoldKind, { vi: string; en: string }>> = {
  discipline_review: { vi: 'đang xem xét kỷ luật', en: 'under discipline review' },
  inspection: { vi: 'đang thanh tra, kiểm tra', en: 'under inspection' },
  complaint: { vi: 'có khiếu nại, tố cáo chưa giải quyết', en: 'an unresolved complaint' },
};

/** The refusals of the procedure commands, each a `NominationError` with its stable code. */
export const procedureRefusals = {
  /** An earlier step is not done yet; names it. */
  stepPending(pending: ProcedureStepKind, requested: ProcedureStepKind | 'approve', level: number): NominationError {
    const p = PROCEDURE_STEP_LABELS[pending];
    const r = requested === 'approve' ? { vi: 'đồng ý', en: 'approve' } : PROCEDURE_STEP_LABELS[requested];
    return new NominationError(
      'NOMINATION.STEP_PENDING',
      `Chưa thể ${r.vi} ở cấp ${level}: bước "${p.vi}" chưa hoàn thành.`,
      `Cannot ${r.en} at level ${level} yet: the ${p.en} step is pending.`,
      { level, pendingStep: pending, requestedStep: requested },
    );
  },

  /** The step was already recorded on this task. */
  stepAlreadyDone(step: ProcedureStepKind, current: ProcedureStepKind, level: number): NominationError {
    const s = PROCEDURE_STEP_LABELS[step];
    const c = PROCEDURE_STEP_LABELS[current];
    return new NominationError(
      'NOMINATION.STEP_ALREADY_DONE',
      `Bước "${s.vi}" ở cấp ${level} đã xong; hồ sơ đang ở bước "${c.vi}".`,
      `The ${s.en} step at level ${level} is done; the nomination is at the ${c.en} step.`,
      { level, step, currentStep: current },
    );
  },

  /** The level's procedure has no such step (a plain decision, or the simplified procedure). */
  stepNotInProcedure(
    step: ProcedureStepKind,
    level: number,
    steps: readonly ProcedureStepKind[] | undefined,
  ): NominationError {
    const s = PROCEDURE_STEP_LABELS[step];
    return new NominationError(
      'NOMINATION.STEP_NOT_IN_PROCEDURE',
      `Quy trình ở cấp ${level} không có bước "${s.vi}".`,
      `The procedure at level ${level} has no ${s.en} step.`,
      { level, step, steps: steps ?? ['signoff'] },
    );
  },

  /** The nomination is paused; says why and since when. */
  onHold(hold: { kind: HoldKind; reason: string; at: string } | undefined): NominationError {
    const label = hold ? HOLD_KIND_LABELS[hold.kind] : { vi: 'tạm dừng', en: 'on hold' };
    return new NominationError(
      'NOMINATION.ON_HOLD',
      `Hồ sơ đang tạm dừng (${label.vi}) từ ${hold?.at ?? '?'}: ${sentence(hold?.reason)} Không thể thao tác cho tới khi tiếp tục.`,
      `The nomination is on hold (${label.en}) since ${hold?.at ?? '?'}: ${sentence(hold?.reason)} Nothing can be decided until it resumes.`,
      { hold },
    );
  },

  /** Only a held nomination can be resumed. */
  notOnHold(status: string): NominationError {
    return new NominationError(
      'NOMINATION.NOT_ON_HOLD',
      `Hồ sơ không ở trạng thái tạm dừng (${status}).`,
      `The nomination is not on hold (${status}).`,
      {
        status,
      },
    );
  },

  /** Only a granted award can be revoked. */
  notGranted(status: string): NominationError {
    return new NominationError(
      'NOMINATION.NOT_GRANTED',
      `Chỉ thu hồi được khen thưởng đã được quyết định; hồ sơ đang ở trạng thái ${status}.`,
      `Only a granted award can be revoked; the nomination is ${status}.`,
      { status },
    );
  },

  /** The actor's unit is not on the nomination's route. */
  actorNotOnRoute(actorUnitId: string, routeUnitIds: readonly string[]): NominationError {
    return new NominationError(
      'NOMINATION.ACTOR_NOT_ON_ROUTE',
      `Đơn vị ${actorUnitId} không thuộc tuyến xét duyệt của hồ sơ này.`,
      `Unit ${actorUnitId} is not on this nomination's route.`,
      { actorUnitId, routeUnitIds },
    );
  },

  /** An extension must move the deadline later than both now and the current due time. */
  deadlineNotLater(dueAt: string, notAfter: string): NominationError {
    return new NominationError(
      'NOMINATION.DEADLINE_NOT_LATER',
      `Hạn mới (${dueAt}) phải sau ${notAfter}.`,
      `The new due time (${dueAt}) must be after ${notAfter}.`,
      { dueAt, mustBeAfter: notAfter },
    );
  },
};

/** How to name an attachment kind in a refusal or a return reason. */
export const ATTACHMENT_KIND_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  TO_TRINH: { vi: 'Tờ trình', en: 'submission letter' },
  BAO_CAO_THANH_TICH: { vi: 'Báo cáo thành tích', en: 'achievement report' },
  BIEN_BAN: { vi: 'Biên bản họp bình xét', en: 'minutes of the selection meeting' },
  SANG_KIEN: { vi: 'Giấy chứng nhận sáng kiến', en: 'initiative certificate' },
  KHAC: { vi: 'Tài liệu khác', en: 'other document' },
};

/** A reason as a sentence: one full stop at the end, never two. */
function sentence(reason: string | undefined): string {
  const text = (reason ?? '').trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
