import type { ProcedureStepKind } from '../../rules/procedure-rules.schema';
import type { RouteStep } from '../../route/route';
import type { Actor } from '../shared/nomination.command-base';
import type { NominationProcedureEvent } from './nomination.procedure.events';
import type { OpenTask, SubmittedNominationState } from '../shared/nomination.state.types';
import type { NominationStatus } from '../shared/nomination.status';

type SubmittedStatus = Exclude<NominationStatus, 'DRAFT'>;

const STEP_STATUS: Readonly<Record<ProcedureStepKind, SubmittedStatus>> = {
  intake: 'AWAITING_INTAKE',
  appraisal: 'IN_APPRAISAL',
  vote: 'AWAITING_VOTE',
  signoff: 'AWAITING_SIGNATURE',
};

/** The status a review shows while a procedure step is under way (chờ tiếp nhận … chờ ký). */
export function statusOfStep(step: ProcedureStepKind): SubmittedStatus {
  return STEP_STATUS[step];
}

/** The step after the open one, or undefined at the last (sign-off). */
export function nextStepOf(task: OpenTask): ProcedureStepKind | undefined {
  if (!task.steps || !task.step) return undefined;
  return task.steps[task.steps.indexOf(task.step) + 1];
}

function withTask(state: SubmittedNominationState, change: (task: OpenTask) => OpenTask): SubmittedNominationState {
  return state.openTask ? { ...state, openTask: change(state.openTask) } : state;
}

/** Moves the open review to its next step; while held the status stays "tạm dừng". */
function advance(
  state: SubmittedNominationState,
  by: Actor,
  at: string,
  extra: Partial<OpenTask>,
): SubmittedNominationState {
  const task = state.openTask;
  if (!task?.step) return state;
  const next = nextStepOf(task) ?? task.step;
  const lastStep = { step: task.step, by, at };
  return {
    ...state,
    status: state.status === 'ON_HOLD' ? state.status : statusOfStep(next),
    openTask: { ...task, ...extra, step: next, lastStep },
  };
}

function returnedTo(
  state: SubmittedNominationState,
  data: { by: RouteStep; to: RouteStep; taskSeq: number },
  actor: Actor,
  now: string,
): SubmittedNominationState {
  const { by, to, taskSeq } = data;
  return {
    ...state,
    status: 'RETURNED',
    openTask: {
      kind: 'revision',
      level: to.level,
      unitId: to.unitId,
      taskSeq,
      openedAt: now,
      returnedBy: { level: by.level, unitId: by.unitId },
    },
    lastDecisions: {
      ...state.lastDecisions,
      [by.level]: {
        decision: 'return',
        level: by.level,
        unitId: by.unitId,
        taskSeq: state.openTask?.taskSeq ?? 0,
        by: actor,
        at: now,
      },
    },
    tasksOpened: taskSeq,
    returnCount: state.returnCount + 1,
  };
}

/** Folds the procedure, deadline, hold and revocation events into a submitted nomination. */
export function evolveProcedure(
  state: SubmittedNominationState,
  event: NominationProcedureEvent,
): SubmittedNominationState {
  const { actor, now } = event.metadata;
  switch (event.type) {
    case 'NominationIntakeCompleted':
      return advance(state, actor, now, {});
    case 'NominationDossierIncomplete':
    case 'NominationAutoReturned':
      return returnedTo(state, event.data, actor, now);
    case 'NominationAppraisalRecorded': {
      const appraisal = { passed: event.data.passed, checks: event.data.checks };
      if (event.data.passed) return advance(state, actor, now, { appraisal });
      return withTask(state, (task) => ({ ...task, appraisal, lastStep: { step: 'appraisal', by: actor, at: now } }));
    }
    case 'NominationVoteRecorded':
      return advance(state, actor, now, {
        vote: { passed: true, share: event.data.share, required: event.data.required },
      });
    case 'NominationVoteFailed':
      // The rejection or return that follows closes the task; the tally stays on the event.
      return withTask(state, (task) => ({
        ...task,
        vote: { passed: false, share: event.data.share, required: event.data.required },
        lastStep: { step: 'vote', by: actor, at: now },
      }));
    case 'NominationHeld':
      return {
        ...state,
        status: 'ON_HOLD',
        hold: {
          kind: event.data.kind,
          reason: event.data.reason,
          by: actor,
          at: now,
          statusBefore: event.data.statusBefore,
        },
      };
    case 'NominationResumed':
      return {
        ...state,
        status: event.data.status,
        ...(state.hold ? { hold: { ...state.hold, resumed: { by: actor, at: now, reason: event.data.reason } } } : {}),
      };
    case 'NominationRevoked':
      return {
        ...state,
        status: 'REVOKED',
        openTask: null,
        outcome: {
          status: 'REVOKED',
          by: actor,
          at: now,
          reason: event.data.reason,
          ...(event.data.decisionNumber ? { decisionNumber: event.data.decisionNumber } : {}),
        },
        revocation: {
          by: actor,
          at: now,
          reason: event.data.reason,
          ...(event.data.decisionNumber ? { decisionNumber: event.data.decisionNumber } : {}),
          ...(event.data.grantedBy ? { grantedBy: event.data.grantedBy } : {}),
        },
      };
    case 'NominationTaskDueSet':
    case 'NominationTaskDeadlineExtended':
      return withTask(state, (task) => {
        const { overdue: _overdue, stuck: _stuck, remindedFor: _reminded, ...rest } = task;
        return { ...rest, dueAt: event.data.dueAt };
      });
    case 'NominationReminderSent':
      return withTask(state, (task) => ({ ...task, remindedFor: event.data.dueAt }));
    case 'NominationDeadlineMissed':
      return withTask(state, (task) => ({ ...task, overdue: true }));
    case 'NominationMarkedStuck':
      return withTask(state, (task) => ({ ...task, overdue: true, stuck: true }));
  }
}
