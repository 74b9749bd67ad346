import { defineUpdate } from '@temporalio/workflow';
import type { GrantByDecision } from '@vinhdanh/domain';
import type { CommandOutcome, RequestContext } from '../nomination.contract';

// Wire API of award decisions (quyết định khen thưởng): stream ids, the nomination workflow's
// grant-by-decision Update, and the certificate print run workflow. Never rename casually.

/** Event-store stream of a quyết định: `award-decision-<id>`. */
export function awardDecisionStreamId(decisionId: string): string {
  if (decisionId.trim() === '') throw new Error('decision id must not be empty');
  return `award-decision-${decisionId}`;
}

/** Update id that makes one decision grant one nomination once, however often it is sent. */
export function grantByDecisionUpdateId(decisionId: string, nominationId: string): string {
  return `grant-by-decision:${decisionId}:${nominationId}`;
}

/** Argument of {@link grantByDecisionUpdate}. */
export type GrantByDecisionArgs = Omit<GrantByDecision, 'type' | 'nominationId' | 'now'> & {
  context?: RequestContext;
};

/** The quyết định covering this nomination grants it (NominationGranted carries the decision id). */
export const grantByDecisionUpdate = defineUpdate<CommandOutcome, [GrantByDecisionArgs]>('grantByDecisionUpdate');

/** Workflow type of a certificate print run: one per decision, id `certificate-print:<decisionId>`. */
export const CERTIFICATE_PRINT_WORKFLOW_TYPE = 'certificatePrintWorkflow';

export function certificatePrintWorkflowId(decisionId: string): string {
  return `certificate-print:${decisionId}`;
}

/** Input of the print run: which decision, and how many certificates each activity renders. */
export interface CertificatePrintInput {
  decisionId: string;
  chunkSize: number;
}

/** What one print activity did: certificates rendered and stored, the stream version after. */
export interface CertificateChunkResult {
  printed: number;
  alreadyPrinted: number;
}

export interface CertificatePrintResult {
  decisionId: string;
  certificates: number;
  chunks: number;
}
