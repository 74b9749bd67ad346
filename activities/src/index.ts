export { createActivities } from './create-activities';
export type { Activities } from './create-activities';
export { createNominationEventActivities, toStoredEvent } from './nomination-events.activities';
export type {
  AppendDeadlineAsk,
  AppendNominationEventsWithDeadlineResult,
  AppendNominationEventsWithQuotaInput,
} from './nomination-events.activities';
export { createTaskDeadlineActivities } from './task-deadlines.activities';
export type { ComputeTaskDueAtInput, TaskDeadline } from './task-deadlines.activities';
export { createDisclosureActivities } from './disclosure.activities';
export type { ComputeDisclosureEndsAtInput } from './disclosure.activities';
export type { NominationQuotaScope } from './quota-reservation';
export { RuleSetUnknownError } from './rule-set-loader';
export type { ActivityDeps, Clock } from './activity-deps';
export { createAnchorActivities } from './anchor.activities';
export type { AnchorActivities, AnchorActivityDeps } from './anchor.activities';
export { createCertificatePrintActivities } from './certificate-print.activities';
export type { CertificatePrintActivities, PrintChunkInput } from './certificate-print.activities';
export {
  readAwardDecision,
  runAwardDecisionCommand,
  storeGeneratedDocument,
  toStoredDecisionEvent,
} from './award-decision-stream';
export type { GeneratedDocumentRow } from './award-decision-stream';
export {
  decisionDocumentData,
  certificateData,
  certificateKindOf,
  registerNumberOf,
  generatedDocumentId,
} from './award-decision-documents';
export { seedIssuedDecision } from './award-decision-fixture';
export { createBlocYearActivities } from './bloc-year.activities';
export type { BlocYearStatus } from './bloc-year.activities';
export { BLOC_YEAR_ACTOR_ID, createBlocCommandPort } from './bloc-command-port';
export type { BlocCommandPort, BlocProposal } from './bloc-command-port';
