import type { OrgLevel } from '../../org/org-unit';
import type { NominationEvent } from '../nomination.events';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import type { SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';
import type { NominationSubmittedAfterCutOff, RecordLateSubmission } from './nomination.cut-off.schemas';

export { NominationSubmittedAfterCutOff, RecordLateSubmission } from './nomination.cut-off.schemas';

/*
 * Cut-offs blame the right person. A campaign's cut-off for a level is the date by which dossiers
 * must reach that level (NĐ 98/2023 Art. 32: dossiers to the Ministry "by 31/12" / "by 30/6" [S23];
 * Bắc Ninh QĐ 86/2025: annual dossiers "before 10/12" [S30]; domain.md "Deadlines"). A dossier that
 * arrives after it is the sending unit's late submission; the receiving level still gets its
 * working-day time (the workflow asks for the due time without the passed cut-off).
 */

/**
 * Who handed the open review's dossier on: a resubmission that opened it, else the approval at the
 * route step below, else (the first step) the nominating unit's own submission.
 */
function senderOf(state: SubmittedNominationState, level: OrgLevel, unitId: string, openedAt: string) {
  const resubmitted = state.lastResubmission;
  const index = state.route.findIndex((s) => s.level === level && s.unitId === unitId);
  const below = index > 0 ? state.route[index - 1] : undefined;
  if (resubmitted && resubmitted.at === openedAt) {
    const from = below ?? { level, unitId };
    return { unit: { level: from.level, unitId: resubmitted.by.unitId }, person: resubmitted.by };
  }
  const approval = below ? state.lastDecisions[below.level] : undefined;
  if (below && approval && approval.decision === 'approve') {
    return { unit: { level: below.level, unitId: below.unitId }, person: approval.by };
  }
  return {
    unit: { level: state.route[0]?.level ?? level, unitId: state.nominatingUnitId },
    person: state.submittedBy,
  };
}

/**
 * The open review `taskSeq` opened after `cutOffAt`: record the sender's late submission. No-op
 * when the task is gone, is a revision (a return is not a submission), opened in time, or the fact
 * is already recorded for it.
 */
export function recordLateSubmission(cmd: RecordLateSubmission, state: SubmittedNominationState): NominationEvent[] {
  const task = state.openTask;
  if (isFinalStatus(state.status) || !task || task.taskSeq !== cmd.taskSeq || task.kind !== 'review') return [];
  if (task.arrivedAfterCutOff !== undefined) return [];
  if (Date.parse(task.openedAt) <= Date.parse(cmd.cutOffAt)) return [];
  const sender = senderOf(state, task.level, task.unitId, task.openedAt);
  return [
    {
      type: 'NominationSubmittedAfterCutOff',
      data: {
        taskSeq: task.taskSeq,
        receivedBy: { level: task.level, unitId: task.unitId },
        cutOffAt: cmd.cutOffAt,
        submittedBy: sender.unit,
        sender: sender.person,
      },
      metadata: metadataOf(cmd, state),
    },
  ];
}

/** Folds the fact onto the open task (it changes no status and no due time). */
export function evolveSubmittedAfterCutOff(
  state: SubmittedNominationState,
  e: NominationSubmittedAfterCutOff,
): SubmittedNominationState {
  const task = state.openTask;
  if (!task || task.taskSeq !== e.data.taskSeq) return state;
  const lateSender = { unitId: e.data.submittedBy.unitId, name: e.data.sender.name };
  return { ...state, openTask: { ...task, arrivedAfterCutOff: e.data.cutOffAt, lateSender } };
}
