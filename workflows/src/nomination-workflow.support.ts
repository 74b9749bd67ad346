import { ActivityFailure, ApplicationFailure, upsertSearchAttributes } from '@temporalio/workflow';
import type { NominationQuotaScope } from '@vinhdanh/activities';
import {
  VinhdanhAwardCode,
  VinhdanhCampaignId,
  VinhdanhLevel,
  VinhdanhStatus,
  VinhdanhUnitId,
} from '@vinhdanh/contracts';
import type { NominationState, SubmittedNominationState } from '@vinhdanh/domain';

// Helpers of nominationWorkflow: failures returned to Update callers, the quota scope, visibility.

/**
 * A quota refusal from the append activity, or events it could not encode, returned to the
 * Update's caller with its code and details.
 */
export function quotaRefusal(err: unknown): never {
  const cause = err instanceof ActivityFailure ? err.cause : undefined;
  if (
    cause instanceof ApplicationFailure &&
    (cause.type?.startsWith('QUOTA.') || cause.type === 'EVENT_STORE.UNENCODABLE_TEXT')
  ) {
    throw ApplicationFailure.create({
      type: cause.type,
      message: cause.message,
      nonRetryable: true,
      details: cause.details ? [...cause.details] : [],
    });
  }
  throw err;
}

/** Turns a domain refusal into the failure Temporal returns to the caller, code and both languages intact. */
export function refusal(err: unknown): never {
  const e = err as { code?: unknown; messageVi?: string; messageEn?: string; details?: unknown; message?: string };
  if (typeof e?.code === 'string') {
    throw ApplicationFailure.create({
      type: e.code,
      message: e.messageEn ?? e.message ?? e.code,
      nonRetryable: true,
      details: [{ messageVi: e.messageVi, messageEn: e.messageEn, details: e.details }],
    });
  }
  throw err;
}

/** What the append activity needs to count the nomination's quota slots. */
export function quotaScopeOf(state: SubmittedNominationState): NominationQuotaScope {
  return {
    awardCode: state.awardCode,
    campaignId: state.campaignId,
    ruleSetVersion: state.ruleSetVersion,
    route: state.route,
  };
}

/** Lets administrators query Temporal's visibility by status, level, unit, award and campaign. */
export function publishSearchAttributes(state: NominationState): void {
  if (state.status === 'DRAFT') return;
  const task = state.openTask;
  upsertSearchAttributes([
    { key: VinhdanhStatus, value: state.status },
    { key: VinhdanhAwardCode, value: state.awardCode },
    { key: VinhdanhCampaignId, value: state.campaignId },
    { key: VinhdanhLevel, value: task ? task.level : null },
    { key: VinhdanhUnitId, value: task ? task.unitId : null },
  ]);
}
