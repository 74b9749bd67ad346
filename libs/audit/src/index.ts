export { HEADS_DIGEST_ALGORITHM, HeadsDigester, HeadsOrderError, compareStreamIds, headsDigest } from './heads-digest';
export type { StreamHead } from './heads-digest';
export { SIGNATURE_ALGORITHM, SigningKeyError, createSigner, keyIdOf, verifySignature } from './signing';
export type { AuditSigner } from './signing';
export { generateSigningKeyPem, loadOrCreateSigner } from './signing-key';
export type { SigningKeySource } from './signing-key';
export { describeAggregateEvent, describeEvent, viDate, viInstant } from './event-descriptions';
export { describeAggregateEventEn, describeEventEn } from './event-descriptions-en';
export { aggregateOfStream, foldAggregateStream, parseAggregateEvent } from './aggregate-streams';
export type { AggregateEvent } from './aggregate-streams';
export { foldRecorded } from './nomination-fold';
export type { FoldedNomination } from './nomination-fold';
export { timelineEntry } from './timeline';
export type { TimelineEntry } from './timeline';
export {
  EXPORT_CSV_COLUMNS,
  NOMINATION_EXPORT_FORMAT,
  NOMINATION_EXPORT_FORMAT_VERSION,
  eventsFromCsv,
  eventsToCsv,
  parseCsv,
  signEnvelope,
  signedBytes,
  toExportedEvent,
} from './export-format';
export type { ExportedEvent, NominationExportPayload, SignedEnvelope } from './export-format';
export { checkExportedChain, checkExportedFold, checkSignature, verifyNominationExport } from './export-verify';
export type { ExportVerdict, VerificationCheck } from './export-verify';
export { campaignStreamIds, readStoredStream, readStreams, readStreamsRange } from './stored-events';
export { CAMPAIGN_EXPORT_FORMAT, CampaignExportWriter, verifyCampaignExport } from './campaign-export';
export type { CampaignExportHeader, CampaignExportManifest, CampaignExportTrailer } from './campaign-export';
export { verifyStoreSlice } from './store-verify';
export type { StoreVerification } from './store-verify';
export { AnchorNotFoundError, checkAnchor, createAnchor, listAnchors } from './anchors.repository';
export type { AnchorCheck, AnchorProblem, IntegrityAnchor } from './anchors.repository';
export { unitInboxAsOf } from './inbox-as-of';
export type { InboxAsOf, InboxTaskAsOf } from './inbox-as-of';
export { ANOMALY_KINDS, STREAM_ANOMALY_KINDS, quotaChangeAnomaly, streamAnomalies } from './anomalies';
export type { Anomaly, AnomalyEvent, AnomalyKind } from './anomalies';
export { campaignAnomalies } from './anomalies.queries';
export type { AnomalyCampaign, AnomalyPage } from './anomalies.queries';
