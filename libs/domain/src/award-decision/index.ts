export {
  AwardDecisionEvent,
  AwardDecisionIssued,
  AwardDecisionGrantsRecorded,
  AwardDecisionDocumentGenerated,
  AwardDecisionCertificatesPrinted,
  AwardDecisionSignedCopyLinked,
  AnnexEntry,
  DecisionSigner,
} from './award-decision.events';
export {
  AwardDecisionCommand,
  IssueAwardDecision,
  AwardDecisionError,
  decideAwardDecision,
  evolveAwardDecision,
  foldAwardDecision,
  initialAwardDecisionState,
  decisionNumber,
} from './award-decision.decider';
export type { AwardDecisionState, AwardDecisionErrorCode, NotReadyNomination } from './award-decision.decider';
