import { fieldIssues } from '../shared/zod-issues';
import type { RouteStep } from '../route/route';
import {
  NominationCommand,
  type DecideNomination,
  type ResubmitNomination,
  type SubmitNomination,
  type WithdrawNomination,
} from './nomination.commands';
import { NominationError } from './shared/nomination.errors';
import type { NominationEvent } from './nomination.events';
import {
  evolve,
  foldNomination,
  initialState,
  type NominationState,
  type SubmittedNominationState,
} from './nomination.state';
import { isFinalStatus } from './shared/nomination.status';
import { metadataOf, recordAppraisal, recordIntake, recordVote } from './procedure/nomination.procedure.decider';
import {
  extendDeadline,
  hold,
  recordTaskTimer,
  resume,
  revoke,
  setTaskDue,
} from './interventions/nomination.admin.decider';
import { procedureRefusals } from './procedure/nomination.procedure.errors';
import {
  answerObjection,
  assertDisclosureAllowsApproval,
  endDisclosure,
  postDisclosure,
  recordObjection,
  recordPaperDisclosure,
} from './disclosure/nomination.disclosure.decider';
import { assignTask, claimTask, recuse, refuseRecused, releaseTask } from './tasks/nomination.tasks.decider';
import { reroute } from './reroute/nomination.reroute.decider';
import { cancel, forceReturn, remindTask } from './interventions/nomination.interventions.decider';
import { grantByDecision } from './nomination.grant-by-decision';
import { recordLateSubmission } from './deadlines/nomination.cut-off';

export { evolve, foldNomination, initialState };

const step = (s: RouteStep): RouteStep => ({ level: s.level, unitId: s.unitId });

/**
 * Decides what a command makes happen, or refuses it with a `NominationError`. Pure: the workflow's
 * update validator runs it on the workflow's state before anything is written. The command is
 * parsed first, so it refuses malformed input naming the field (`NOMINATION.INVALID`).
 *
 * Idempotent no-ops (return `[]`): a SubmitNomination repeated by the same user with the same
 * `now`; a decision equal to the one the same user already recorded at that level (task gone or
 * the same `taskSeq`); a ResubmitNomination repeated by the same user with the same `now`; a
 * withdrawal of a nomination already withdrawn.
 */
export function decide(command: NominationCommand, state: NominationState): NominationEvent[] {
  const parsed = NominationCommand.safeParse(command);
  if (!parsed.success) throw NominationError.invalid(fieldIssues(parsed.error));
  const cmd = parsed.data;
  if (cmd.type === 'SubmitNomination') return submit(cmd, state);
  if (state.status === 'DRAFT') throw NominationError.notSubmitted();
  if (cmd.nominationId !== state.nominationId) {
    throw NominationError.invalid([
      {
        field: 'nominationId',
        message: `must be ${state.nominationId}, the nomination this state belongs to`,
        messageVi: 'lệnh không thuộc hồ sơ này',
      },
    ]);
  }
  // A recused user can no longer act on the nomination (the workflow's own timers still run).
  if (cmd.type !== 'SetTaskDue' && cmd.type !== 'RecordTaskTimer' && cmd.type !== 'RecuseFromNomination') {
    refuseRecused(cmd.actor, state);
  }
  switch (cmd.type) {
    case 'ClaimTask':
      return claimTask(cmd, state);
    case 'ReleaseTask':
      return releaseTask(cmd, state);
    case 'AssignTask':
      return assignTask(cmd, state);
    case 'RecuseFromNomination':
      return recuse(cmd, state);
    case 'DecideNomination':
      return decideOnReview(cmd, state);
    case 'ResubmitNomination':
      return resubmit(cmd, state);
    case 'WithdrawNomination':
      return withdraw(cmd, state);
    case 'RecordIntake':
      return recordIntake(cmd, state);
    case 'RecordAppraisal':
      return recordAppraisal(cmd, state);
    case 'RecordVote':
      return recordVote(cmd, state);
    case 'HoldNomination':
      return hold(cmd, state);
    case 'ResumeNomination':
      return resume(cmd, state);
    case 'RevokeAward':
      return revoke(cmd, state);
    case 'ExtendTaskDeadline':
      return extendDeadline(cmd, state);
    case 'SetTaskDue':
      return setTaskDue(cmd, state);
    case 'RecordTaskTimer':
      return recordTaskTimer(cmd, state);
    case 'PostDisclosure':
      return postDisclosure(cmd, state);
    case 'EndDisclosure':
      return endDisclosure(cmd, state);
    case 'RecordObjection':
      return recordObjection(cmd, state);
    case 'AnswerObjection':
      return answerObjection(cmd, state);
    case 'RecordPaperDisclosure':
      return recordPaperDisclosure(cmd, state);
    case 'RerouteNomination':
      return reroute(cmd, state);
    case 'RemindTask':
      return remindTask(cmd, state);
    case 'ForceReturnNomination':
      return forceReturn(cmd, state);
    case 'CancelNomination':
      return cancel(cmd, state);
    case 'GrantByDecision':
      return grantByDecision(cmd, state);
    case 'RecordLateSubmission':
      return recordLateSubmission(cmd, state);
  }
}

function submit(cmd: SubmitNomination, state: NominationState): NominationEvent[] {
  if (state.status !== 'DRAFT') {
    if (state.submittedBy.userId === cmd.actor.userId && state.submittedAt === cmd.now) return [];
    throw NominationError.alreadySubmitted(state.submittedBy, state.submittedAt);
  }
  if (cmd.actor.unitId !== cmd.nominatingUnitId)
    throw NominationError.notNominatingUnit(cmd.actor.unitId, cmd.nominatingUnitId);
  const [first] = cmd.route;
  if (first?.unitId !== cmd.nominatingUnitId) {
    throw NominationError.invalid([
      {
        field: 'route[0].unitId',
        message: `must be the nominating unit ${cmd.nominatingUnitId}`,
        messageVi: 'phải là đơn vị đề nghị',
      },
    ]);
  }
  if (cmd.procedure === undefined && cmd.route.some((s) => s.steps !== undefined)) {
    throw NominationError.invalid([
      {
        field: 'procedure',
        message: 'is required when route steps carry procedure steps (use computeProcedureRoute)',
        messageVi: 'bắt buộc khi tuyến trình có các bước của quy trình xét',
      },
    ]);
  }
  const metadata = {
    nominationId: cmd.nominationId,
    actor: cmd.actor,
    now: cmd.now,
    ruleSetVersion: cmd.ruleSetVersion,
  };
  const { nominatingUnitId, awardCode, campaignId, dossier, route } = cmd;
  const procedure = {
    ...(cmd.procedure ? { procedure: cmd.procedure } : {}),
    ...(cmd.disclosure ? { disclosure: cmd.disclosure } : {}),
  };
  return [
    {
      type: 'NominationSubmitted',
      data: { nominatingUnitId, awardCode, campaignId, dossier, route, ...procedure },
      metadata,
    },
    { type: 'NominationReviewOpened', data: { level: first.level, unitId: first.unitId, taskSeq: 1 }, metadata },
  ];
}

function decideOnReview(cmd: DecideNomination, state: SubmittedNominationState): NominationEvent[] {
  if (cmd.actor.unitId !== cmd.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, cmd.unitId);
  const task = state.openTask;
  const here = task !== null && task.kind === 'review' && task.level === cmd.level && task.unitId === cmd.unitId;
  const last = state.lastDecisions[cmd.level];
  if (last && last.unitId === cmd.unitId && (!here || cmd.taskSeq === last.taskSeq)) {
    if (last.by.userId === cmd.actor.userId && last.decision === cmd.decision) return [];
    throw NominationError.alreadyDecided(last);
  }
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (state.status === 'ON_HOLD') throw procedureRefusals.onHold(state.hold);
  if (
    !task ||
    (task.kind === 'revision' && task.level === cmd.level && task.unitId === cmd.unitId) ||
    (here && cmd.taskSeq !== undefined && cmd.taskSeq !== task.taskSeq)
  ) {
    throw NominationError.reviewNotOpen(cmd.level, cmd.unitId, task, cmd.taskSeq);
  }
  if (!here) throw NominationError.notAtThisLevel(cmd.level, cmd.unitId, task);
  // With the procedure, approving is the chair's sign-off: every earlier step must be done.
  if (cmd.decision === 'approve' && task.step !== undefined && task.step !== 'signoff') {
    throw procedureRefusals.stepPending(task.step, 'approve', cmd.level);
  }
  // The nominating level forwards only after its public disclosure.
  if (cmd.decision === 'approve') assertDisclosureAllowsApproval(state, cmd.unitId, cmd.now);
  const index = state.route.findIndex((s) => s.level === cmd.level && s.unitId === cmd.unitId);
  const current = { level: cmd.level, unitId: cmd.unitId };
  const metadata = metadataOf(cmd, state);
  if (cmd.decision === 'approve') {
    const next = state.route[index + 1];
    if (!next) {
      if (cmd.decisionNumber === undefined) {
        throw NominationError.invalid([
          {
            field: 'decisionNumber',
            message: 'is required to approve at the granting level (the award decision number)',
            messageVi: 'bắt buộc khi đồng ý ở cấp quyết định khen thưởng (số của quyết định khen thưởng)',
          },
        ]);
      }
      return [
        {
          type: 'NominationGranted',
          data: { ...current, awardCode: state.awardCode, decisionNumber: cmd.decisionNumber },
          metadata,
        },
      ];
    }
    const forwarded = cmd.decisionNumber === undefined ? {} : { decisionNumber: cmd.decisionNumber };
    return [
      { type: 'NominationForwarded', data: { from: current, to: step(next), ...forwarded }, metadata },
      { type: 'NominationReviewOpened', data: { ...step(next), taskSeq: state.tasksOpened + 1 }, metadata },
    ];
  }
  const reason = requireReason(cmd.reason);
  if (cmd.decision === 'return') {
    // The first level returns to the nominating unit itself, as a revision task.
    const to = step(state.route[index - 1] ?? current);
    return [
      { type: 'NominationReturned', data: { by: current, to, reason, taskSeq: state.tasksOpened + 1 }, metadata },
    ];
  }
  return [{ type: 'NominationRejected', data: { ...current, reason }, metadata }];
}

function resubmit(cmd: ResubmitNomination, state: SubmittedNominationState): NominationEvent[] {
  const previous = state.lastResubmission;
  if (previous && previous.by.userId === cmd.actor.userId && previous.at === cmd.now) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (state.status === 'ON_HOLD') throw procedureRefusals.onHold(state.hold);
  const task = state.openTask;
  if (
    !task ||
    task.kind !== 'revision' ||
    !task.returnedBy ||
    (cmd.taskSeq !== undefined && cmd.taskSeq !== task.taskSeq)
  ) {
    throw NominationError.revisionNotOpen(task, cmd.taskSeq);
  }
  if (cmd.actor.unitId !== task.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, task.unitId);
  const metadata = metadataOf(cmd, state);
  const to = step(task.returnedBy);
  const revised = { ...(cmd.dossier ? { dossier: cmd.dossier } : {}), ...(cmd.note ? { note: cmd.note } : {}) };
  return [
    {
      type: 'NominationResubmitted',
      data: { by: { level: task.level, unitId: task.unitId }, to, revision: state.revisionCount + 1, ...revised },
      metadata,
    },
    { type: 'NominationReviewOpened', data: { ...to, taskSeq: state.tasksOpened + 1 }, metadata },
  ];
}

function withdraw(cmd: WithdrawNomination, state: SubmittedNominationState): NominationEvent[] {
  if (state.status === 'WITHDRAWN') return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (cmd.actor.unitId !== state.nominatingUnitId)
    throw NominationError.notNominatingUnit(cmd.actor.unitId, state.nominatingUnitId);
  const pendingAt = state.openTask ? { level: state.openTask.level, unitId: state.openTask.unitId } : null;
  return [{ type: 'NominationWithdrawn', data: { reason: cmd.reason, pendingAt }, metadata: metadataOf(cmd, state) }];
}

function requireReason(reason: string | undefined): string {
  if (reason === undefined)
    throw NominationError.invalid([
      {
        field: 'reason',
        message: 'is required to return or reject',
        messageVi: 'bắt buộc khi trả lại hoặc không đồng ý',
      },
    ]);
  return reason;
}
