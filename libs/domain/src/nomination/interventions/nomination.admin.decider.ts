import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import type {
  ExtendTaskDeadline,
  HoldNomination,
  RecordTaskTimer,
  ResumeNomination,
  RevokeAward,
  SetTaskDue,
} from '../procedure/nomination.procedure.commands';
import { metadataOf, returnTarget } from '../procedure/nomination.procedure.decider';
import { procedureRefusals as refuse } from '../procedure/nomination.procedure.errors';
import type { SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';

const same = (by: { userId: string }, at: string, cmd: { actor: { userId: string }; now: string }) =>
  by.userId === cmd.actor.userId && at === cmd.now;

function requireOnRoute(actorUnitId: string, state: SubmittedNominationState): void {
  const units = state.route.map((s) => s.unitId);
  if (!units.includes(actorUnitId)) throw refuse.actorNotOnRoute(actorUnitId, units);
}

/** Pause: a unit on the route holds the nomination for a discipline review, an inspection or a complaint. */
export function hold(cmd: HoldNomination, state: SubmittedNominationState): NominationEvent[] {
  if (state.status === 'ON_HOLD' && state.hold && same(state.hold.by, state.hold.at, cmd)) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (state.status === 'ON_HOLD') throw refuse.onHold(state.hold);
  requireOnRoute(cmd.actor.unitId, state);
  const data = { kind: cmd.kind, reason: cmd.reason, statusBefore: state.status };
  return [{ type: 'NominationHeld', data, metadata: metadataOf(cmd, state) }];
}

/** Resume where the nomination stopped, with the status it had. */
export function resume(cmd: ResumeNomination, state: SubmittedNominationState): NominationEvent[] {
  const resumed = state.hold?.resumed;
  if (state.status !== 'ON_HOLD' && resumed && same(resumed.by, resumed.at, cmd)) return [];
  if (state.status !== 'ON_HOLD' || !state.hold) throw refuse.notOnHold(state.status);
  requireOnRoute(cmd.actor.unitId, state);
  const data = { reason: cmd.reason, status: state.hold.statusBefore };
  return [{ type: 'NominationResumed', data, metadata: metadataOf(cmd, state) }];
}

/** Revoke a granted award: the granting unit only, with a reason. */
export function revoke(cmd: RevokeAward, state: SubmittedNominationState): NominationEvent[] {
  if (state.status === 'REVOKED' && state.revocation && same(state.revocation.by, state.revocation.at, cmd)) return [];
  if (state.status === 'REVOKED') throw NominationError.alreadyFinal(state.status);
  if (state.status !== 'GRANTED') throw refuse.notGranted(state.status);
  const granting = state.route[state.route.length - 1];
  if (!granting) throw NominationError.notSubmitted();
  if (cmd.actor.unitId !== granting.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, granting.unitId);
  const number = cmd.decisionNumber ? { decisionNumber: cmd.decisionNumber } : {};
  // The revocation names the quyết định that granted the award, as the grant recorded it.
  const grant = state.outcome?.decisionNumber
    ? {
        grantedBy: {
          decisionNumber: state.outcome.decisionNumber,
          ...(state.outcome.decisionId ? { decisionId: state.outcome.decisionId } : {}),
        },
      }
    : {};
  const data = { level: granting.level, unitId: granting.unitId, reason: cmd.reason, ...number, ...grant };
  return [{ type: 'NominationRevoked', data, metadata: metadataOf(cmd, state) }];
}

/** An administrator on the route moves the open task's due time later; overdue and stuck clear. */
export function extendDeadline(cmd: ExtendTaskDeadline, state: SubmittedNominationState): NominationEvent[] {
  const task = state.openTask;
  if (task?.taskSeq === cmd.taskSeq && task.dueAt === cmd.dueAt) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (!task || task.taskSeq !== cmd.taskSeq) {
    throw NominationError.reviewNotOpen(task?.level ?? 0, task?.unitId ?? '', task, cmd.taskSeq);
  }
  requireOnRoute(cmd.actor.unitId, state);
  const floor = task.dueAt && Date.parse(task.dueAt) > Date.parse(cmd.now) ? task.dueAt : cmd.now;
  if (Date.parse(cmd.dueAt) <= Date.parse(floor)) throw refuse.deadlineNotLater(cmd.dueAt, floor);
  const data = { taskSeq: cmd.taskSeq, dueAt: cmd.dueAt, previousDueAt: task.dueAt ?? null, reason: cmd.reason };
  return [{ type: 'NominationTaskDeadlineExtended', data, metadata: metadataOf(cmd, state) }];
}

/** The workflow records a task's computed due time; a task already closed makes it a no-op. */
export function setTaskDue(cmd: SetTaskDue, state: SubmittedNominationState): NominationEvent[] {
  const task = state.openTask;
  if (isFinalStatus(state.status) || !task || task.taskSeq !== cmd.taskSeq || task.dueAt === cmd.dueAt) return [];
  return [
    {
      type: 'NominationTaskDueSet',
      data: { taskSeq: cmd.taskSeq, dueAt: cmd.dueAt },
      metadata: metadataOf(cmd, state),
    },
  ];
}

/**
 * A fired escalation timer. No-op when the task closed, its due time moved (an extension), the
 * nomination is on hold (its clock is paused) or the step was already recorded. An auto-return of
 * a revision task (nobody below to return to) marks it stuck instead.
 */
export function recordTaskTimer(cmd: RecordTaskTimer, state: SubmittedNominationState): NominationEvent[] {
  const task = state.openTask;
  if (isFinalStatus(state.status) || state.status === 'ON_HOLD') return [];
  if (!task || task.taskSeq !== cmd.taskSeq || task.dueAt !== cmd.dueAt) return [];
  const metadata = metadataOf(cmd, state);
  const facts = { taskSeq: task.taskSeq, dueAt: cmd.dueAt, level: task.level, unitId: task.unitId };
  switch (cmd.timer) {
    case 'reminder':
      return task.remindedFor === cmd.dueAt || task.overdue
        ? []
        : [{ type: 'NominationReminderSent', data: facts, metadata }];
    case 'deadline_missed':
      return task.overdue ? [] : [{ type: 'NominationDeadlineMissed', data: facts, metadata }];
    case 'stuck':
      return task.stuck ? [] : [{ type: 'NominationMarkedStuck', data: facts, metadata }];
    case 'auto_return': {
      if (task.kind !== 'review') return task.stuck ? [] : [{ type: 'NominationMarkedStuck', data: facts, metadata }];
      const by = { level: task.level, unitId: task.unitId };
      const reason = `Quá hạn xử lý (hạn ${cmd.dueAt}); hồ sơ được tự động trả lại theo quy định. / Overdue (due ${cmd.dueAt}); returned automatically under the rule set.`;
      const data = {
        by,
        to: returnTarget(state, by),
        reason,
        taskSeq: state.tasksOpened + 1,
        fromTaskSeq: task.taskSeq,
        dueAt: cmd.dueAt,
      };
      return [{ type: 'NominationAutoReturned', data, metadata }];
    }
  }
}
