import type { RouteStep } from '../../route/route';
import { evaluateVote, tallyProblems } from '../../procedure/vote';
import type { ProcedureStepKind } from '../../rules/procedure-rules.schema';
import type { AttachmentKind } from '../../rules/rule-set.schema';
import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent, NominationEventMetadata } from '../nomination.events';
import type { RecordAppraisal, RecordIntake, RecordVote } from './nomination.procedure.commands';
import { ATTACHMENT_KIND_LABELS, procedureRefusals as refuse } from './nomination.procedure.errors';
import type { OpenTask, SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';

type StepCommand = RecordIntake | RecordAppraisal | RecordVote;

/** Metadata of the events a command produces, stamped with the nomination's pinned rule-set version. */
export function metadataOf(
  cmd: { nominationId: string; actor: NominationEventMetadata['actor']; now: string },
  state: SubmittedNominationState,
): NominationEventMetadata {
  return { nominationId: cmd.nominationId, actor: cmd.actor, now: cmd.now, ruleSetVersion: state.ruleSetVersion };
}

/** The level a return from `current` goes to: the level below on the route, or the nominating unit itself. */
export function returnTarget(state: SubmittedNominationState, current: RouteStep): RouteStep {
  const index = state.route.findIndex((s) => s.level === current.level && s.unitId === current.unitId);
  const below = state.route[index - 1] ?? current;
  return { level: below.level, unitId: below.unitId };
}

/**
 * The open review a step command may act on, or null when the command is a repeat whose effect is
 * already recorded (same user, same `now`). Refuses with the pending or finished step otherwise.
 */
function openStep(cmd: StepCommand, state: SubmittedNominationState, step: ProcedureStepKind): OpenTask | null {
  if (cmd.actor.unitId !== cmd.unitId) throw NominationError.actorNotAtUnit(cmd.actor.unitId, cmd.unitId);
  const task = state.openTask;
  const here = task !== null && task.kind === 'review' && task.level === cmd.level && task.unitId === cmd.unitId;
  const sameCommand = (by: { userId: string }, at: string) => by.userId === cmd.actor.userId && at === cmd.now;
  if (here && task.lastStep?.step === step && sameCommand(task.lastStep.by, task.lastStep.at)) return null;
  const last = state.lastDecisions[cmd.level];
  if (last && last.unitId === cmd.unitId && sameCommand(last.by, last.at)) return null;
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (state.status === 'ON_HOLD') throw refuse.onHold(state.hold);
  if (!task || !here || (cmd.taskSeq !== undefined && cmd.taskSeq !== task.taskSeq)) {
    if (task && !here && task.kind === 'review') throw NominationError.notAtThisLevel(cmd.level, cmd.unitId, task);
    throw NominationError.reviewNotOpen(cmd.level, cmd.unitId, task, cmd.taskSeq);
  }
  const { steps, step: current } = task;
  if (!steps || !current || !steps.includes(step)) throw refuse.stepNotInProcedure(step, cmd.level, steps);
  if (current !== step) {
    if (steps.indexOf(step) < steps.indexOf(current)) throw refuse.stepAlreadyDone(step, current, cmd.level);
    throw refuse.stepPending(current, step, cmd.level);
  }
  return task;
}

/** Intake: complete → the next step; anything missing → back to the level below with the list. */
export function recordIntake(cmd: RecordIntake, state: SubmittedNominationState): NominationEvent[] {
  const task = openStep(cmd, state, 'intake');
  if (!task) return [];
  const present = new Set(state.dossier.attachments.map((a) => a.kind));
  const required = (state.procedure?.requiredAttachments ?? []).filter((k) => !present.has(k));
  const missing = [...new Set<AttachmentKind>([...required, ...(cmd.missingKinds ?? [])])];
  const metadata = metadataOf(cmd, state);
  const current = { level: cmd.level, unitId: cmd.unitId };
  if (missing.length === 0) {
    return [{ type: 'NominationIntakeCompleted', data: { ...current, taskSeq: task.taskSeq }, metadata }];
  }
  const names = missing.map((k) => ATTACHMENT_KIND_LABELS[k]?.vi ?? k).join(', ');
  const reason = cmd.reason ?? `Hồ sơ chưa đầy đủ, thiếu: ${names}.`;
  const data = {
    by: current,
    to: returnTarget(state, current),
    reason,
    taskSeq: state.tasksOpened + 1,
    missingKinds: missing,
  };
  return [{ type: 'NominationDossierIncomplete', data, metadata }];
}

/** Appraisal: the checks and their results are recorded; all passed → the next step, else the step stays open. */
export function recordAppraisal(cmd: RecordAppraisal, state: SubmittedNominationState): NominationEvent[] {
  const task = openStep(cmd, state, 'appraisal');
  if (!task) return [];
  const passed = cmd.checks.every((c) => c.passed);
  const note = cmd.note ? { note: cmd.note } : {};
  const data = { level: cmd.level, unitId: cmd.unitId, taskSeq: task.taskSeq, checks: cmd.checks, passed, ...note };
  return [{ type: 'NominationAppraisalRecorded', data, metadata: metadataOf(cmd, state) }];
}

/**
 * Council vote on all members: reached → sign-off next; fell short → `NominationVoteFailed`,
 * then a rejection at this level, or a return where the rule set says so.
 */
export function recordVote(cmd: RecordVote, state: SubmittedNominationState): NominationEvent[] {
  const task = openStep(cmd, state, 'vote');
  if (!task) return [];
  const problems = tallyProblems(cmd.tally);
  if (problems.length > 0)
    throw NominationError.invalid(
      problems.map((message) => ({ field: 'tally', message, messageVi: 'số phiếu không khớp nhau' })),
    );
  const threshold = state.procedure?.voteThreshold;
  if (!threshold) {
    throw NominationError.invalid([
      {
        field: 'procedure',
        message: 'the nomination carries no vote threshold',
        messageVi: 'hồ sơ không có ngưỡng biểu quyết',
      },
    ]);
  }
  const result = evaluateVote(cmd.tally, threshold);
  const metadata = metadataOf(cmd, state);
  const current = { level: cmd.level, unitId: cmd.unitId };
  const facts = {
    ...current,
    taskSeq: task.taskSeq,
    tally: cmd.tally,
    threshold,
    share: result.share,
    required: result.required,
    ...(cmd.minutesNumber ? { minutesNumber: cmd.minutesNumber } : {}),
  };
  if (result.passed) return [{ type: 'NominationVoteRecorded', data: facts, metadata }];
  const outcome = state.procedure?.onVoteFailed ?? 'reject';
  const failed: NominationEvent = {
    type: 'NominationVoteFailed',
    data: { ...facts, outcome, reasonVi: result.reasonVi, reasonEn: result.reasonEn },
    metadata,
  };
  if (outcome === 'return') {
    const data = {
      by: current,
      to: returnTarget(state, current),
      reason: result.reasonVi,
      taskSeq: state.tasksOpened + 1,
    };
    return [failed, { type: 'NominationReturned', data, metadata }];
  }
  return [failed, { type: 'NominationRejected', data: { ...current, reason: result.reasonVi }, metadata }];
}
