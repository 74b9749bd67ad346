import { defineUpdate } from '@temporalio/workflow';

// The smoke workflow proves the whole Temporal path (bundle, worker, activity, update
// validator) works on a machine; it carries no business meaning.

/** Workflow type name of the smoke workflow (wire API). */
export const SMOKE_WORKFLOW_TYPE = 'smokeWorkflow';

/** Input of the smoke workflow. */
export interface SmokeWorkflowInput {
  /** Who is greeted by the smoke activity. */
  name: string;
  /** How long to wait for the approval update, in milliseconds. */
  approvalTimeoutMs: number;
}

/** Result of the smoke workflow. */
export type SmokeWorkflowResult =
  { status: 'approved'; greeting: string; approvedBy: string } | { status: 'timed-out'; greeting: string };

/** Argument of {@link smokeApproveUpdate}. */
export interface SmokeApproveInput {
  /** Who approves; the validator rejects an empty actor before anything reaches history. */
  actor: string;
}

/** Reply of {@link smokeApproveUpdate}. */
export interface SmokeApproveResult {
  approvedBy: string;
}

/** Update that approves the smoke workflow. */
export const smokeApproveUpdate = defineUpdate<SmokeApproveResult, [SmokeApproveInput]>('smokeApproveUpdate');
