import { z } from 'zod';
import { commandBase, id } from './shared/nomination.command-base';
import { NominationError } from './shared/nomination.errors';
import type { NominationEvent } from './nomination.events';
import type { NominationState, SubmittedNominationState } from './shared/nomination.state.types';
import { NOMINATION_STATUS_LABELS, isFinalStatus } from './shared/nomination.status';

/**
 * The granting level's quyết định covers this nomination: it is granted by that decision, whose
 * id and number the NominationGranted event carries. Sent by the award-decision service to every
 * nomination in the decision's annex; a repeat for the same decision is a no-op, so each
 * nomination is granted exactly once.
 */
export const GrantByDecision = z.object({
  type: z.literal('GrantByDecision'),
  ...commandBase,
  decisionId: id('decisionId'),
  decisionNumber: z.string().trim().min(1).max(64),
  /** The unit issuing the decision: must be where the nomination waits for the granting sign-off. */
  unitId: id('unitId'),
});
export type GrantByDecision = z.infer<typeof GrantByDecision>;

/** Why a nomination cannot go into a decision now (null: it can). Vietnamese first. */
export interface DecisionReadinessProblem {
  rule: 'not-submitted' | 'final' | 'on-hold' | 'not-at-granting-level' | 'not-at-issuing-unit' | 'step-pending';
  message: string;
  message_en: string;
}

/**
 * A nomination is ready for the decision when its open review is at the last step of its route
 * (the granting level), at the issuing unit, and — under a procedure — only the sign-off is left.
 */
export function decisionReadiness(state: NominationState, issuingUnitId: string): DecisionReadinessProblem | null {
  if (state.status === 'DRAFT') {
    return {
      rule: 'not-submitted',
      message: 'Đề nghị chưa được gửi.',
      message_en: 'The nomination was never submitted.',
    };
  }
  if (isFinalStatus(state.status)) {
    return {
      rule: 'final',
      message: `Đề nghị đã kết thúc (${NOMINATION_STATUS_LABELS[state.status].vi}).`,
      message_en: `The nomination is already final (${NOMINATION_STATUS_LABELS[state.status].en}).`,
    };
  }
  if (state.status === 'ON_HOLD') {
    return { rule: 'on-hold', message: 'Đề nghị đang tạm dừng.', message_en: 'The nomination is on hold.' };
  }
  const task = state.openTask;
  const last = state.route[state.route.length - 1];
  if (!task || task.kind !== 'review' || !last || task.level !== last.level) {
    return {
      rule: 'not-at-granting-level',
      message: 'Đề nghị chưa đến cấp quyết định khen thưởng.',
      message_en: 'The nomination has not reached the granting level.',
    };
  }
  if (task.unitId !== issuingUnitId) {
    return {
      rule: 'not-at-issuing-unit',
      message: 'Đề nghị đang chờ ở đơn vị khác, không phải đơn vị ban hành quyết định.',
      message_en: 'The nomination waits at another unit than the one issuing the decision.',
    };
  }
  if (task.step !== undefined && task.step !== 'signoff') {
    return {
      rule: 'step-pending',
      message: 'Đề nghị chưa qua đủ các bước (tiếp nhận, thẩm định, bình xét) trước khi ký.',
      message_en: 'The nomination has steps left (intake, appraisal, vote) before the sign-off.',
    };
  }
  return null;
}

export function grantByDecision(cmd: GrantByDecision, state: SubmittedNominationState): NominationEvent[] {
  if (state.status === 'GRANTED' && state.outcome?.decisionId === cmd.decisionId) return [];
  if (cmd.actor.unitId !== cmd.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, cmd.unitId);
  const problem = decisionReadiness(state, cmd.unitId);
  if (problem) {
    throw new NominationError('NOMINATION.NOT_READY_FOR_DECISION', problem.message, problem.message_en, {
      rule: problem.rule,
      decisionId: cmd.decisionId,
    });
  }
  const task = state.openTask;
  // Unreachable after the readiness check; keeps the type narrow without an assertion.
  if (!task) throw NominationError.reviewNotOpen(0, cmd.unitId, null);
  return [
    {
      type: 'NominationGranted',
      data: {
        level: task.level,
        unitId: task.unitId,
        awardCode: state.awardCode,
        decisionNumber: cmd.decisionNumber,
        decisionId: cmd.decisionId,
      },
      metadata: {
        nominationId: cmd.nominationId,
        actor: cmd.actor,
        now: cmd.now,
        ruleSetVersion: state.ruleSetVersion,
      },
    },
  ];
}
