import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import type {
  CancelNomination,
  ForceReturnNomination,
  NominationInterventionCommand,
  RemindTask,
} from './nomination.interventions.commands';
import { InterventionError } from './nomination.interventions.errors';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import { procedureRefusals as refuse } from '../procedure/nomination.procedure.errors';
import type { OpenTask, SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';

// The administrators' interventions. The decider checks the nomination's state only:
// whether the operator may act on it (system admin, or unit admin above the task) is the API's check.

const step = (s: { level: OpenTask['level']; unitId: string }) => ({ level: s.level, unitId: s.unitId });

/** The same operator repeating the same intervention at the same instant: already recorded. */
function repeated(state: SubmittedNominationState, cmd: NominationInterventionCommand): boolean {
  const last = state.lastIntervention;
  return !!last && last.type === cmd.type && last.by.userId === cmd.actor.userId && last.at === cmd.now;
}

/** The open task the intervention acts on; refuses a final, held or stale nomination. */
function openTaskFor(cmd: RemindTask | ForceReturnNomination, state: SubmittedNominationState): OpenTask {
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (state.status === 'ON_HOLD') throw refuse.onHold(state.hold);
  const task = state.openTask;
  if (!task || (cmd.taskSeq !== undefined && cmd.taskSeq !== task.taskSeq)) {
    throw NominationError.reviewNotOpen(task?.level ?? 0, task?.unitId ?? '', task, cmd.taskSeq);
  }
  return task;
}

/** Remind the holders of the open task: the notifications projection tells them. */
export function remindTask(cmd: RemindTask, state: SubmittedNominationState): NominationEvent[] {
  if (repeated(state, cmd)) return [];
  const task = openTaskFor(cmd, state);
  const data = { taskSeq: task.taskSeq, level: task.level, unitId: task.unitId, kind: task.kind, reason: cmd.reason };
  return [{ type: 'NominationTaskReminded', data, metadata: metadataOf(cmd, state) }];
}

/**
 * Back to the nominating unit for revision, whatever step the level was at. On resubmission the
 * review reopens where the nomination waited (a review: that level; a revision: the level that
 * returned it), as after an ordinary return.
 */
export function forceReturn(cmd: ForceReturnNomination, state: SubmittedNominationState): NominationEvent[] {
  if (repeated(state, cmd)) return [];
  const task = openTaskFor(cmd, state);
  const nominating = state.route[0];
  if (!nominating) throw NominationError.notSubmitted();
  if (task.kind === 'revision' && task.unitId === nominating.unitId) {
    throw InterventionError.alreadyAtNominatingUnit(nominating.unitId, task.taskSeq);
  }
  const resumeAt = task.kind === 'revision' && task.returnedBy ? step(task.returnedBy) : step(task);
  const data = {
    from: step(task),
    to: step(nominating),
    resumeAt,
    reason: cmd.reason,
    taskSeq: state.tasksOpened + 1,
    fromTaskSeq: task.taskSeq,
  };
  return [{ type: 'NominationForceReturned', data, metadata: metadataOf(cmd, state) }];
}

/** End the nomination (đã hủy), held or not; its quota slots are released with the event. */
export function cancel(cmd: CancelNomination, state: SubmittedNominationState): NominationEvent[] {
  if (repeated(state, cmd)) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  const task = state.openTask;
  const data = { reason: cmd.reason, pendingAt: task ? step(task) : null, statusBefore: state.status };
  return [{ type: 'NominationCancelled', data, metadata: metadataOf(cmd, state) }];
}
