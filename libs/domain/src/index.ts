// Shared primitives
export { IsoDate, IsoDateTime, vietnamDateOf, isWithinPeriod, periodsOverlap } from './shared/dates';
export {
  SafeString,
  safeString,
  Text,
  FreeText,
  UNSAFE_TEXT_RULE,
  unsafeCharIn,
  isSafeText,
  findUnsafeText,
  nestingDepth,
} from './shared/text';
export type { UnsafeChar, UnsafeTextAt } from './shared/text';
export { DomainError } from './shared/domain-error';
export { fieldIssues, fieldPath } from './shared/zod-issues';
export type { FieldIssue } from './shared/zod-issues';

// Org tree
export { OrgLevel, UnitKind, UNIT_KINDS, levelOfKind, OrgUnit, ParentLink, OrgTreeData } from './org/org-unit';
export type { UnitKindInfo } from './org/org-unit';
export { OrgTree } from './org/org-tree';
export { validateOrgTree } from './org/org-tree.validation';
export { OrgTreeInvalidError, OrgUnitNotFoundError } from './org/org.errors';
export type { OrgProblem, OrgProblemCode } from './org/org.errors';
export {
  demoOrgTree,
  demoOrgTreeWithout,
  demoReorganisation2025,
  demoUnitIds,
  demoUnitsOf2026Map,
  REORGANISATION_2025,
} from './org/demo-org-tree';
export type { DemoUnitChange } from './org/demo-org-tree';

// Rule sets
export {
  AwardCode,
  DEFAULT_AWARD_CODES,
  UnitKindCode,
  NomineeKind,
  VoteThreshold,
  AttachmentKind,
  QuotaRule,
  PrerequisiteRule,
  PersonConditions,
  AwardRule,
  DeadlineRules,
  DisclosureRules,
  DirectWorkerShareRule,
  RuleSet,
} from './rules/rule-set.schema';
export {
  ProcedureStepKind,
  ProcedureSteps,
  OnVoteFailed,
  VoteThresholdRule,
  ProcedureRules,
  AwardProcedure,
  TrainingLevel,
} from './rules/procedure-rules.schema';
export { procedure2024 } from './rules/rule-set-2024.procedure';

// Working-day calendar
export { DayOff, MakeUpWorkingDay, WorkingCalendarData } from './calendar/calendar.schema';
export { WorkingCalendar, addCalendarDays } from './calendar/working-calendar';
export { vietnamHolidays2025to2027 } from './calendar/vietnam-holidays';
export { CalendarError } from './calendar/calendar.errors';
export type { CalendarErrorCode } from './calendar/calendar.errors';

// Procedure and council votes
export { NominationProcedure, stepsFor, nominationProcedureOf, computeProcedureRoute } from './procedure/procedure';
export { VoteTally, evaluateVote, requiredVotes, tallyProblems } from './procedure/vote';
export type { VoteResult } from './procedure/vote';
export { VoteError } from './procedure/procedure.errors';

// Eligibility
export { EligibilityCheck } from './eligibility/eligibility.schema';
export { AwardHistoryEntry } from './eligibility/award-history';
export { checkEligibility, failedChecks } from './eligibility/eligibility';
export type { EligibilityContext } from './eligibility/eligibility';
export { effectiveUnionWorkYears } from './eligibility/person-conditions';
export { NotEligibleError, DirectWorkerShareError } from './eligibility/eligibility.errors';
export { EligibilityRuleCode } from './eligibility/eligibility.schema';
export {
  DEFAULT_SUBMISSION_BLOCKING_RULES,
  submissionBlockingRules,
  directWorkerShareRuleOf,
  appliesAtSubmission,
  assertDirectWorkerShareAtSubmission,
} from './eligibility/submission-rules';
export type { DirectWorkerCounts } from './eligibility/submission-rules';
export {
  AwardHistoryImportRow,
  parseCsv,
  csvToRows,
  validateAwardHistoryRows,
} from './eligibility/award-history-import';
export type { AwardHistoryRowError } from './eligibility/award-history-import';
export { DisclosureRequirement, disclosureFor, DISCLOSURE_STATE_LABELS } from './procedure/disclosure';
export type { DisclosureStateKind } from './procedure/disclosure';
export {
  PostDisclosure,
  EndDisclosure,
  RecordObjection,
  AnswerObjection,
  RecordPaperDisclosure,
  PaperObjection,
} from './nomination/disclosure/nomination.disclosure.commands';
export type { NominationDisclosureCommand } from './nomination/disclosure/nomination.disclosure.commands';
export {
  NominationDisclosurePosted,
  NominationDisclosureEnded,
  NominationObjectionRecorded,
  NominationObjectionAnswered,
  NominationDisclosureHeldOnPaper,
} from './nomination/disclosure/nomination.disclosure.events';
export type { NominationDisclosureEvent } from './nomination/disclosure/nomination.disclosure.events';
export type { NominationDisclosure, DisclosureObjection } from './nomination/disclosure/nomination.disclosure.state';
export { DisclosureError } from './nomination/disclosure/nomination.disclosure.errors';
export type { DisclosureErrorCode } from './nomination/disclosure/nomination.disclosure.errors';

// Quotas
export { CampaignUnitQuota, quotaLimit, assertWithinQuota, quotaBucketsFor } from './quota/quota';
export { allotmentBucketKey, parseAllotmentBucketKey, withAllotments } from './quota/allotment';
export type { QuotaLimitRule, QuotaBucket, QuotaContext } from './quota/quota';
export { directWorkerShare, assertDirectWorkerShare } from './quota/direct-worker-share';
export type { DirectWorkerShareResult } from './quota/direct-worker-share';
export { QuotaError } from './quota/quota.errors';
export { rankOverQuota, hasWomenPriority, COLLECTIVE_WOMEN_PRIORITY_SHARE } from './quota/ranking';
export type { RankCandidate, RankingResult } from './quota/ranking';
export type { QuotaErrorCode } from './quota/quota.errors';
export { ruleSet2024, ruleSet2024SignOff } from './rules/rule-set-2024';
export { ruleSet2026 } from './rules/rule-set-2026';
export { ruleSet2024Law, ruleSet2025Nd152, procedureByLaw } from './rules/rule-set-2025';
export { defaultRuleSets } from './rules/rule-set-catalogue';
export { ruleSetAsOf, findRuleSet, awardRuleOf, missingAttachmentKinds } from './rules/rule-set';
export {
  NoRuleSetInEffectError,
  OverlappingRuleSetsError,
  UnknownAwardError,
  RuleSetVersionExistsError,
  RuleSetVersionNotFoundError,
  RuleSetVersionImmutableError,
  RuleSetInvalidError,
} from './rules/rules.errors';
export type { RuleSetIssue } from './rules/rules.errors';
export {
  RuleSetVersionName,
  RuleSetActor,
  RuleSetDraftBody,
  RuleSetVersionDrafted,
  RuleSetDraftRevised,
  RuleSetVersionPublished,
  RuleSetVersionEvent,
  RULE_SET_VERSION_EVENT_TYPES,
} from './rules/rule-set-version.events';
export {
  DraftRuleSetVersion,
  ReviseRuleSetDraft,
  PublishRuleSetVersion,
  RuleSetVersionCommand,
} from './rules/rule-set-version.commands';
export {
  decideRuleSetVersion,
  evolveRuleSetVersion,
  foldRuleSetVersion,
  ruleSetVersionAggregate,
  ruleSetVersionEventFromStored,
  initialRuleSetVersionState,
  validateRuleSetDraft,
} from './rules/rule-set-version.decider';
export type { RuleSetVersionState, RuleSetValidation } from './rules/rule-set-version.decider';

// Route
export { RouteStep, Route, computeRoute } from './route/route';
export { RouteError } from './route/route.errors';
export type { RouteErrorCode } from './route/route.errors';

// Nomination
export {
  PersonNominee,
  CollectiveNominee,
  Nominee,
  Initiative,
  Attachment,
  Dossier,
} from './nomination/shared/nomination.dossier';
export {
  Actor,
  Decision,
  SubmitNomination,
  DecideNomination,
  ResubmitNomination,
  WithdrawNomination,
  NominationCommand,
} from './nomination/nomination.commands';
export { NOMINATION_TRANSITIONS, climbCommandsThatMove } from './nomination/nomination.transitions';
export type { ClimbCommand, Transition, TransitionOutcome } from './nomination/nomination.transitions';
export {
  RecordIntake,
  RecordAppraisal,
  RecordVote,
  HoldKind,
  HoldNomination,
  ResumeNomination,
  RevokeAward,
  ExtendTaskDeadline,
  SetTaskDue,
  TaskTimer,
  RecordTaskTimer,
} from './nomination/procedure/nomination.procedure.commands';
export {
  NominationEventMetadata,
  NominationSubmitted,
  NominationReviewOpened,
  NominationForwarded,
  NominationReturned,
  NominationResubmitted,
  NominationRejected,
  NominationGranted,
  NominationWithdrawn,
  NominationEvent,
} from './nomination/nomination.events';
export {
  NominationIntakeCompleted,
  NominationDossierIncomplete,
  NominationAppraisalRecorded,
  NominationVoteRecorded,
  NominationVoteFailed,
  NominationHeld,
  NominationResumed,
  NominationRevoked,
  NominationTaskDueSet,
  NominationTaskDeadlineExtended,
  NominationReminderSent,
  NominationDeadlineMissed,
  NominationMarkedStuck,
  NominationAutoReturned,
} from './nomination/procedure/nomination.procedure.events';
export type { NominationProcedureEvent } from './nomination/procedure/nomination.procedure.events';
export {
  RemindTask,
  ForceReturnNomination,
  CancelNomination,
} from './nomination/interventions/nomination.interventions.commands';
export type { NominationInterventionCommand } from './nomination/interventions/nomination.interventions.commands';
export {
  NominationTaskReminded,
  NominationForceReturned,
  NominationCancelled,
} from './nomination/interventions/nomination.interventions.events';
export type { NominationInterventionEvent } from './nomination/interventions/nomination.interventions.events';
export { InterventionError } from './nomination/interventions/nomination.interventions.errors';
export type { InterventionErrorCode } from './nomination/interventions/nomination.interventions.errors';
export { RerouteNomination } from './nomination/reroute/nomination.reroute.commands';
export { GrantByDecision, decisionReadiness } from './nomination/nomination.grant-by-decision';
export type { DecisionReadinessProblem } from './nomination/nomination.grant-by-decision';
export { NominationRerouted } from './nomination/reroute/nomination.reroute.events';
export {
  RecordLateSubmission,
  NominationSubmittedAfterCutOff,
} from './nomination/deadlines/nomination.cut-off.schemas';
export { waitsOnUnit } from './nomination/reroute/nomination.reroute.decider';
export {
  TaskHolderRef,
  ClaimTask,
  ReleaseTask,
  AssignTask,
  RecuseFromNomination,
} from './nomination/tasks/nomination.tasks.commands';
export type { NominationTaskCommand } from './nomination/tasks/nomination.tasks.commands';
export {
  NominationTaskClaimed,
  NominationTaskReleased,
  NominationTaskAssigned,
  NominationTaskReassigned,
  NominationRecused,
} from './nomination/tasks/nomination.tasks.events';
export type { NominationTaskEvent } from './nomination/tasks/nomination.tasks.events';
export type { NominationEventType } from './nomination/nomination.events';
export { decide, evolve, initialState, foldNomination } from './nomination/nomination.decider';
export type {
  NominationState,
  DraftNominationState,
  SubmittedNominationState,
  OpenTask,
  LastDecision,
  NominationHold,
  TaskHolder,
  Recusal,
} from './nomination/nomination.state';
export { statusOfStep, nextStepOf } from './nomination/procedure/nomination.procedure.evolve';
export {
  PROCEDURE_STEP_LABELS,
  HOLD_KIND_LABELS,
  ATTACHMENT_KIND_LABELS,
} from './nomination/procedure/nomination.procedure.errors';
export { NominationError } from './nomination/shared/nomination.errors';
export type { NominationErrorCode } from './nomination/shared/nomination.errors';
export {
  NominationStatus,
  NOMINATION_STATUS_LABELS,
  OVERDUE_LABEL,
  FINAL_STATUSES,
  isFinalStatus,
} from './nomination/shared/nomination.status';
export type { StatusLabel } from './nomination/shared/nomination.status';
export {
  sampleAttachment,
  sampleDossier,
  sampleRoute,
  sampleSubmitNomination,
} from './nomination/shared/nomination.samples';

// Aggregates decided through the API's command handler (one stream each, ids in @vinhdanh/contracts)
export { foldEvents } from './shared/aggregate';
export type { Aggregate, DomainEvent, StoredEnvelope, TimedCommand } from './shared/aggregate';
export {
  CampaignKind,
  CampaignTerms,
  CampaignCreated,
  CampaignChanged,
  CampaignRecorded,
  CampaignEvent,
} from './campaign/campaign.events';
export { campaignProblems } from './campaign/campaign.rules';
export type { CampaignProblem } from './campaign/campaign.rules';
export { CampaignError } from './campaign/campaign.errors';
export type { CampaignErrorCode } from './campaign/campaign.errors';
export { campaignAggregate, decideCampaign, evolveCampaign } from './campaign/campaign.decider';
export type {
  PinnedRuleSet,
  CreateCampaign,
  ChangeCampaign,
  CampaignCommand,
  CampaignState,
} from './campaign/campaign.decider';
export {
  CalendarDayKind,
  CalendarDayEntry,
  WorkingCalendarDaySet,
  WorkingCalendarDayCleared,
  WorkingCalendarRecorded,
  WorkingCalendarEvent,
} from './working-calendar/working-calendar.events';
export {
  workingCalendarAggregate,
  decideWorkingCalendar,
  evolveWorkingCalendar,
  weekdayOf,
} from './working-calendar/working-calendar.decider';
export type {
  SetCalendarDay,
  ClearCalendarDay,
  WorkingCalendarCommand,
  WorkingCalendarState,
} from './working-calendar/working-calendar.decider';
export {
  QuotaOverrideSnapshot,
  QuotaLimitChanged,
  QuotaLimitsRecorded,
  QuotaLimitEvent,
} from './quota-limit/quota-limit.events';
export { quotaLimitAggregate, decideQuotaLimit, evolveQuotaLimit } from './quota-limit/quota-limit.decider';
export type { SetQuotaLimit, QuotaLimitCommand, QuotaLimitState } from './quota-limit/quota-limit.decider';
export { DelegationGranted, DelegationRevoked, DelegationEvent } from './delegation/delegation.events';
export { DelegationError } from './delegation/delegation.errors';
export type { DelegationErrorCode, DelegationProblem } from './delegation/delegation.errors';
export {
  delegationAggregate,
  decideDelegation,
  evolveDelegation,
  MAX_DELEGATION_DAYS,
} from './delegation/delegation.decider';
export type {
  GrantDelegation,
  RevokeDelegation,
  DelegationCommand,
  DelegationState,
} from './delegation/delegation.decider';
export { RelativeDeclared, RelativesEvent } from './relatives/relatives.events';
export {
  relativesAggregate,
  decideRelatives,
  evolveRelatives,
  RelativeAlreadyDeclaredError,
} from './relatives/relatives.decider';
export type { DeclareRelative, RelativesCommand, RelativesState } from './relatives/relatives.decider';
// Report exports (who downloaded what)
export {
  ExportedReport,
  RecordReportExport,
  ReportExported,
  decideReportExport,
  evolveReportExport,
  initialReportExportState,
} from './reports/report-export';
export type { ReportExportState } from './reports/report-export';
// Award decisions (quyết định khen thưởng with an annex)
export * from './award-decision';

// Đề nghị (submission batch): validation of every row and progress
export {
  BatchRow,
  SubmitBatch,
  BatchError,
  validateBatchRows,
  decideSubmitBatch,
  batchProgress,
} from './submission-batch/submission-batch';
export type {
  AcceptedBatchRow,
  BatchRowError,
  BatchContext,
  BatchSubmittedData,
} from './submission-batch/submission-batch';
export {
  SubmissionBatchEvent,
  SubmissionBatchStateError,
  submissionBatchAggregate,
  decideSubmissionBatch,
  evolveSubmissionBatch,
  batchProgressOf,
  describeBatchProgress,
  batchDecisionScope,
  batchRowLabel,
} from './submission-batch/submission-batch.aggregate';
export type {
  BatchDecision,
  BatchAcceptedRow,
  BatchProgress,
  SubmissionBatchState,
  SubmissionBatchCommand,
  SubmitBatchCommand,
  RecordBatchStarts,
  RecordBatchDocument,
} from './submission-batch/submission-batch.aggregate';

// Council session: ballots on all members, ranking and quota slots with the tie-break
export { rankCouncilCandidates } from './council-session/council-ranking';
export type { RankedCandidateInput, CouncilRankingResult } from './council-session/council-ranking';
export {
  CouncilSessionEvent,
  CouncilSessionError,
  councilSessionAggregate,
  decideCouncilSession,
  evolveCouncilSession,
  latestBallots,
  quorumOf,
} from './council-session/council-session.aggregate';
export type {
  CouncilBallot,
  CouncilCandidate,
  CouncilMember,
  CouncilSessionCommand,
  CouncilSessionState,
} from './council-session/council-session.aggregate';

// Emulation blocs (khối, cụm thi đua): covenant, score sheet, suy tôn, rotation and formalism alerts
export { BlocEvent, BlocStage } from './bloc/bloc.events';
export { BlocError } from './bloc/bloc.errors';
export type { BlocErrorCode } from './bloc/bloc.errors';
export { BlocCriterion, BlocRules, DEFAULT_BLOC_RULES, weightedTotal, maxTotal } from './bloc/bloc.score-sheet';
export {
  blocAggregate,
  decideBloc,
  evolveBloc,
  isMemberOn,
  membersOn,
  membersDuring,
  participants,
  rankingScore,
  rankUnits,
  pendingUnits,
  BLOC_SOURCES,
} from './bloc/bloc.decider';
export type {
  BlocCommand,
  BlocCommandInput,
  BlocState,
  BlocYear,
  BlocMember,
  BlocMeeting,
  BlocSheet,
} from './bloc/bloc.decider';
export { detectBlocAlerts, blocYearRecords, winnerHistory } from './bloc/bloc.detectors';
export type { BlocAlert, BlocAlertKind, BlocYearRecord } from './bloc/bloc.detectors';

// Organisational units (stream `unit-<id>`)
export {
  UnitCreated,
  UnitRenamed,
  UnitReparented,
  UnitDissolved,
  UnitRecorded,
  UnitEvent,
  UnitReplacement,
} from './unit/unit.events';
export { UnitError } from './unit/unit.errors';
export type { UnitErrorCode } from './unit/unit.errors';
export { unitAggregate, decideUnit, evolveUnit } from './unit/unit.decider';
export type { CreateUnit, RenameUnit, ReparentUnit, DissolveUnit, UnitCommand, UnitState } from './unit/unit.decider';

// User accounts and their unit-scoped roles (stream `user-<id>`)
export {
  UserCreated,
  UserRoleGranted,
  UserRoleRevoked,
  UserDeactivated,
  UserReactivated,
  UserRecorded,
  UserAccountEvent,
  RecordedGrant,
} from './user-account/user-account.events';
export { UserAccountError } from './user-account/user-account.errors';
export type { UserAccountErrorCode } from './user-account/user-account.errors';
export {
  userAccountAggregate,
  decideUserAccount,
  evolveUserAccount,
  grantIsCurrent,
} from './user-account/user-account.decider';
export type {
  CreateUser,
  GrantRole,
  RevokeRole,
  EndRolesAtDissolvedUnit,
  SetUserActive,
  UserAccountCommand,
  UserAccountState,
} from './user-account/user-account.decider';
export {
  CouncilRosterEvent,
  CouncilRosterError,
  councilRosterAggregate,
  decideCouncilRoster,
  evolveCouncilRoster,
  rosterAsOf,
  COUNCIL_ROLE_NAMES,
} from './council-roster/council-roster.aggregate';
export type {
  CouncilMembership,
  CouncilRole,
  CouncilRosterCommand,
  CouncilRosterState,
} from './council-roster/council-roster.aggregate';
