import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  CancelNomination,
  ForceReturnNomination,
  RemindTask,
  ExtendTaskDeadline,
  HoldNomination,
  RecordAppraisal,
  RecordIntake,
  RecordVote,
  ResumeNomination,
  DecideNomination,
  NominationEvent,
  NominationState,
  NominationStatus,
  ResubmitNomination,
  RerouteNomination,
  SubmitNomination,
  WithdrawNomination,
} from '@vinhdanh/domain';

// Wire API: workflow type, message names and their payload shapes. Never rename casually;
// change running workflows with patched() plus a replay test.

/** Workflow type name of the per-nomination workflow. */
export const NOMINATION_WORKFLOW_TYPE = 'nominationWorkflow';

/** Who asked, beyond the actor: tracing ids carried into every event's metadata. */
export interface RequestContext {
  /** Shared by all events one request caused (a bulk decision's batch id, say). */
  correlationId?: string;
  /** The user on whose behalf the actor acts (delegation). */
  onBehalfOf?: string;
}

/**
 * The history shape new runs are started with. A run started with a shape takes every behaviour up
 * to it without asking `patched()`, whose marker (and the search attribute the SDK upserts with it)
 * costs two history events per patch; a run started without one (older starters) decides by its
 * patch markers as before. Raise it, with a new recorded history, when a patch is added.
 */
export const NOMINATION_HISTORY_SHAPE = 1;

/** Input of the nomination workflow: the submit command, its `now` set by the API. */
export interface NominationWorkflowInput {
  submit: SubmitNomination;
  context?: RequestContext;
  /** {@link NOMINATION_HISTORY_SHAPE} when the run was started; absent on runs started before it. */
  shape?: number;
}

/** The input a nomination run is started with today (the current history shape). */
export function nominationWorkflowInput(submit: SubmitNomination, context?: RequestContext): NominationWorkflowInput {
  return { submit, ...(context ? { context } : {}), shape: NOMINATION_HISTORY_SHAPE };
}

/** A command as an Update carries it: the workflow fills in `type`, `nominationId` and `now`. */
type UpdateArgs<C> = Omit<C, 'type' | 'nominationId' | 'now'> & { context?: RequestContext };

/** Argument of {@link decideUpdate}. */
export type DecideArgs = UpdateArgs<DecideNomination>;
/** Argument of {@link resubmitUpdate}. */
export type ResubmitArgs = UpdateArgs<ResubmitNomination>;
/** Argument of {@link withdrawUpdate}. */
export type WithdrawArgs = UpdateArgs<WithdrawNomination>;

/** What a command changed: the events written (none for an idempotent repeat) and where they stand. */
export interface CommandOutcome {
  nominationId: string;
  status: NominationStatus;
  /** Stream version after the command; the read model has caught up once it shows this version. */
  version: number;
  events: { type: NominationEvent['type']; streamVersion: number }[];
}

/** Argument of {@link recordIntakeUpdate}. */
export type RecordIntakeArgs = UpdateArgs<RecordIntake>;
/** Argument of {@link recordAppraisalUpdate}. */
export type RecordAppraisalArgs = UpdateArgs<RecordAppraisal>;
/** Argument of {@link recordVoteUpdate}. */
export type RecordVoteArgs = UpdateArgs<RecordVote>;
/** Argument of {@link holdUpdate}. */
export type HoldArgs = UpdateArgs<HoldNomination>;
/** Argument of {@link resumeUpdate}. */
export type ResumeArgs = UpdateArgs<ResumeNomination>;
/** Argument of {@link extendDeadlineUpdate}. */
export type ExtendDeadlineArgs = UpdateArgs<ExtendTaskDeadline>;

/** Intake (tiếp nhận): the dossier is complete, or incomplete with the missing items. */
export const recordIntakeUpdate = defineUpdate<CommandOutcome, [RecordIntakeArgs]>('recordIntakeUpdate');
/** Appraisal (thẩm định): eligibility checks and their results. */
export const recordAppraisalUpdate = defineUpdate<CommandOutcome, [RecordAppraisalArgs]>('recordAppraisalUpdate');
/** Council vote (bình xét): the tally, judged on all members against the award's threshold. */
export const recordVoteUpdate = defineUpdate<CommandOutcome, [RecordVoteArgs]>('recordVoteUpdate');
/** Hold (tạm dừng) while the nominee is under discipline review, inspection or a complaint. */
export const holdUpdate = defineUpdate<CommandOutcome, [HoldArgs]>('holdUpdate');
/** Resume a held nomination. */
export const resumeUpdate = defineUpdate<CommandOutcome, [ResumeArgs]>('resumeUpdate');
/** An administrator extends the open task's deadline, with a reason. */
export const extendDeadlineUpdate = defineUpdate<CommandOutcome, [ExtendDeadlineArgs]>('extendDeadlineUpdate');

/** Argument of {@link rerouteUpdate}. */
export type RerouteArgs = UpdateArgs<RerouteNomination>;
/**
 * A reorganisation moves pending steps (and an open task) from a dissolved or replaced unit to its
 * successor; the Update id is per reorganisation and nomination, so a re-run is one move.
 */
export const rerouteUpdate = defineUpdate<CommandOutcome, [RerouteArgs]>('rerouteUpdate');

/** Decide (approve / return / reject) on the open review. */
export const decideUpdate = defineUpdate<CommandOutcome, [DecideArgs]>('decideUpdate');
/** Resubmit after a return. */
export const resubmitUpdate = defineUpdate<CommandOutcome, [ResubmitArgs]>('resubmitUpdate');
/** Withdraw before the final decision. */
export const withdrawUpdate = defineUpdate<CommandOutcome, [WithdrawArgs]>('withdrawUpdate');

/** Argument of {@link remindUpdate}. */
export type RemindArgs = UpdateArgs<RemindTask>;
/** Argument of {@link forceReturnUpdate}. */
export type ForceReturnArgs = UpdateArgs<ForceReturnNomination>;
/** Argument of {@link cancelUpdate}. */
export type CancelArgs = UpdateArgs<CancelNomination>;
/** An administrator reminds the open task's holders (nhắc việc), with a reason. */
export const remindUpdate = defineUpdate<CommandOutcome, [RemindArgs]>('remindUpdate');
/** An administrator returns the nomination to the nominating unit, whatever the level's step. */
export const forceReturnUpdate = defineUpdate<CommandOutcome, [ForceReturnArgs]>('forceReturnUpdate');
/** An administrator ends the nomination (đã hủy); its quota slots are released. */
export const cancelUpdate = defineUpdate<CommandOutcome, [CancelArgs]>('cancelUpdate');

/** The workflow's current state and stream version. */
export interface NominationSnapshot {
  state: NominationState;
  version: number;
}

/** Reads the state the workflow decides on (auditors compare it with the read model). */
export const getNominationStateQuery = defineQuery<NominationSnapshot>('getNominationStateQuery');

/** Result of a finished nomination workflow. */
export interface NominationWorkflowResult {
  nominationId: string;
  status: NominationStatus;
  version: number;
}

/** Argument of the append activity: domain events with the ids the workflow fixed for them. */
export interface AppendNominationEventsInput {
  nominationId: string;
  expectedVersion: number;
  events: { eventId: string; event: NominationEvent }[];
  context?: RequestContext;
}

/** Reply of the append activity. */
export interface AppendNominationEventsResult {
  version: number;
  alreadyWritten: boolean;
}
