import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import { procedureRefusals } from '../procedure/nomination.procedure.errors';
import type { OpenTask, SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';
import type { AssignTask, ClaimTask, RecuseFromNomination, ReleaseTask } from './nomination.tasks.commands';
import { taskRefusals } from './nomination.tasks.errors';

/**
 * Refuses any command of a user who recused from the nomination. The workflow and the
 * API both run it through `decide`, so a recusal binds every later command whatever the endpoint.
 */
export function refuseRecused(actor: { userId: string }, state: SubmittedNominationState): void {
  const recusal = state.recusals?.find((r) => r.userId === actor.userId);
  if (recusal) throw taskRefusals.recused(recusal);
}

/** The open task a command names (by `taskSeq`, or the open one); refuses when none is open or it is stale. */
function openTaskFor(cmd: { taskSeq?: number | undefined }, state: SubmittedNominationState): OpenTask {
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  const task = state.openTask;
  if (!task || (cmd.taskSeq !== undefined && cmd.taskSeq !== task.taskSeq)) {
    throw NominationError.reviewNotOpen(task?.level ?? 0, task?.unitId ?? '', task, cmd.taskSeq);
  }
  return task;
}

const taskFacts = (task: OpenTask) => ({ taskSeq: task.taskSeq, level: task.level, unitId: task.unitId });

/** Claim: an approver of the task's unit takes it; a repeat by the holder is a no-op. Allowed while on hold. */
export function claimTask(cmd: ClaimTask, state: SubmittedNominationState): NominationEvent[] {
  const task = openTaskFor(cmd, state);
  if (cmd.actor.unitId !== task.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, task.unitId);
  if (task.holder?.userId === cmd.actor.userId) return [];
  if (task.holder) throw taskRefusals.held(task.holder, task.taskSeq);
  return [{ type: 'NominationTaskClaimed', data: taskFacts(task), metadata: metadataOf(cmd, state) }];
}

/** Release: the holder gives the task back; releasing a task nobody holds is a no-op. */
export function releaseTask(cmd: ReleaseTask, state: SubmittedNominationState): NominationEvent[] {
  const task = openTaskFor(cmd, state);
  if (!task.holder) return [];
  if (task.holder.userId !== cmd.actor.userId) throw taskRefusals.notHeld(task.holder, task.taskSeq);
  const reason = cmd.reason === undefined ? {} : { reason: cmd.reason };
  return [
    { type: 'NominationTaskReleased', data: { ...taskFacts(task), ...reason }, metadata: metadataOf(cmd, state) },
  ];
}

/**
 * Assign or reassign. The unit's own chair or admin acts for the task's unit; an intervention
 * (administrator above, or a system admin acting for the task's unit) needs a unit on the route
 * and a reason. Who may assign, and that the assignee is an approver there, the API checks: the
 * domain does not know roles. Assigning to the current holder is a no-op.
 */
export function assignTask(cmd: AssignTask, state: SubmittedNominationState): NominationEvent[] {
  const task = openTaskFor(cmd, state);
  const intervention = cmd.intervention === true;
  if (intervention) {
    const units = state.route.map((s) => s.unitId);
    if (!units.includes(cmd.actor.unitId)) throw procedureRefusals.actorNotOnRoute(cmd.actor.unitId, units);
  } else if (cmd.actor.unitId !== task.unitId) {
    throw NominationError.actorNotAtUnit(cmd.actor.unitId, task.unitId);
  }
  const recused = state.recusals?.find((r) => r.userId === cmd.assignee.userId);
  if (recused) throw taskRefusals.assigneeRecused(recused);
  if (task.holder?.userId === cmd.assignee.userId) return [];
  const reason = cmd.reason === undefined ? {} : { reason: cmd.reason };
  const assignee = { userId: cmd.assignee.userId, name: cmd.assignee.name };
  const metadata = metadataOf(cmd, state);
  if (!task.holder) {
    const data = { ...taskFacts(task), assignee, ...reason, intervention };
    return [{ type: 'NominationTaskAssigned', data, metadata }];
  }
  const from = { userId: task.holder.userId, name: task.holder.name };
  const data = { ...taskFacts(task), from, to: assignee, ...reason, intervention };
  return [{ type: 'NominationTaskReassigned', data, metadata }];
}

/**
 * Recusal: a user of a unit on the route steps aside for good; the task they hold goes back to
 * their unit. Repeating it is a no-op. After the final decision there is nothing to step aside from.
 */
export function recuse(cmd: RecuseFromNomination, state: SubmittedNominationState): NominationEvent[] {
  if (state.recusals?.some((r) => r.userId === cmd.actor.userId)) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  const units = state.route.map((s) => s.unitId);
  if (!units.includes(cmd.actor.unitId)) throw procedureRefusals.actorNotOnRoute(cmd.actor.unitId, units);
  const task = state.openTask;
  const releasedTaskSeq = task?.holder?.userId === cmd.actor.userId ? task.taskSeq : null;
  return [
    { type: 'NominationRecused', data: { reason: cmd.reason, releasedTaskSeq }, metadata: metadataOf(cmd, state) },
  ];
}
