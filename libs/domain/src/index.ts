// Shared primitives
export { IsoDate, IsoDateTime, vietnamDateOf, isWithinPeriod, periodsOverlap } from './shared/dates';
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
export { demoOrgTree, demoUnitIds, REORGANISATION_2025 } from './org/demo-org-tree';

// Rule sets
export {
  AwardCode,
  NomineeKind,
  VoteThreshold,
  AttachmentKind,
  QuotaRule,
  PrerequisiteRule,
  PersonConditions,
  AwardRule,
  DeadlineRules,
  RuleSet,
} from './rules/rule-set.schema';
export { ruleSet2024 } from './rules/rule-set-2024';
export { ruleSetAsOf, findRuleSet, awardRuleOf, missingAttachmentKinds } from './rules/rule-set';
export { NoRuleSetInEffectError, OverlappingRuleSetsError, UnknownAwardError } from './rules/rules.errors';

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
} from './nomination/nomination.dossier';
export {
  Actor,
  Decision,
  SubmitNomination,
  DecideNomination,
  ResubmitNomination,
  WithdrawNomination,
  NominationCommand,
} from './nomination/nomination.commands';
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
export type { NominationEventType } from './nomination/nomination.events';
export { decide, evolve, initialState, foldNomination } from './nomination/nomination.decider';
export type {
  NominationState,
  DraftNominationState,
  SubmittedNominationState,
  OpenTask,
  LastDecision,
} from './nomination/nomination.state';
export { NominationError } from './nomination/nomination.errors';
export type { NominationErrorCode } from './nomination/nomination.errors';
export {
  NominationStatus,
  NOMINATION_STATUS_LABELS,
  OVERDUE_LABEL,
  FINAL_STATUSES,
  isFinalStatus,
} from './nomination/nomination.status';
export type { StatusLabel } from './nomination/nomination.status';
export { sampleAttachment, sampleDossier, sampleRoute, sampleSubmitNomination } from './nomination/nomination.samples';
