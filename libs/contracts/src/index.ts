export { NOMINATIONS_TASK_QUEUE } from './task-queues';
export { nominationWorkflowId, nominationStreamId, InvalidIdError } from './ids';
export {
  VinhdanhStatus,
  VinhdanhLevel,
  VinhdanhUnitId,
  VinhdanhAwardCode,
  VinhdanhCampaignId,
  VINHDANH_SEARCH_ATTRIBUTES,
} from './search-attributes';
export {
  NOMINATION_WORKFLOW_TYPE,
  NOMINATION_HISTORY_SHAPE,
  nominationWorkflowInput,
  decideUpdate,
  resubmitUpdate,
  withdrawUpdate,
  getNominationStateQuery,
  recordIntakeUpdate,
  recordAppraisalUpdate,
  recordVoteUpdate,
  holdUpdate,
  resumeUpdate,
  extendDeadlineUpdate,
  remindUpdate,
  forceReturnUpdate,
  cancelUpdate,
  rerouteUpdate,
} from './nomination.contract';
export type {
  RequestContext,
  NominationWorkflowInput,
  NominationWorkflowResult,
  DecideArgs,
  ResubmitArgs,
  WithdrawArgs,
  RecordIntakeArgs,
  RecordAppraisalArgs,
  RecordVoteArgs,
  HoldArgs,
  ResumeArgs,
  ExtendDeadlineArgs,
  RemindArgs,
  ForceReturnArgs,
  CancelArgs,
  RerouteArgs,
  CommandOutcome,
  NominationSnapshot,
  AppendNominationEventsInput,
  AppendNominationEventsResult,
} from './nomination.contract';
export { DAILY_ANCHOR_WORKFLOW_TYPE, DAILY_ANCHOR_SCHEDULE_ID, DAILY_ANCHOR_CREATED_BY } from './anchor.contract';
export type { DailyAnchorResult } from './anchor.contract';
export { claimTaskUpdate, releaseTaskUpdate, assignTaskUpdate, recuseUpdate } from './tasks.contract';
export type { ClaimTaskArgs, ReleaseTaskArgs, AssignTaskArgs, RecuseArgs } from './tasks.contract';
export { recordObjectionUpdate, answerObjectionUpdate, recordPaperDisclosureUpdate } from './disclosure.contract';
export type { RecordObjectionArgs, AnswerObjectionArgs, RecordPaperDisclosureArgs } from './disclosure.contract';
export {
  campaignStreamId,
  workingCalendarStreamId,
  quotaStreamId,
  delegationStreamId,
  relativesStreamId,
  userStreamId,
  unitStreamId,
  ruleSetStreamId,
  reportExportStreamId,
  blocStreamId,
  submissionBatchStreamId,
  councilSessionStreamId,
  councilRosterStreamId,
  parseStreamId,
} from './streams';
export type { StreamKind } from './streams';
export {
  awardDecisionStreamId,
  grantByDecisionUpdateId,
  grantByDecisionUpdate,
  CERTIFICATE_PRINT_WORKFLOW_TYPE,
  certificatePrintWorkflowId,
} from './award-decision/award-decision.contract';
export type {
  GrantByDecisionArgs,
  CertificatePrintInput,
  CertificateChunkResult,
  CertificatePrintResult,
} from './award-decision/award-decision.contract';
export {
  BLOC_YEAR_WORKFLOW_TYPE,
  blocYearWorkflowId,
  blocYearChangedSignal,
  blocYearProgressQuery,
} from './bloc/bloc-year.contract';
export type {
  BlocYearDeadlines,
  BlocYearWorkflowInput,
  BlocYearProgress,
  BlocYearWorkflowResult,
} from './bloc/bloc-year.contract';
