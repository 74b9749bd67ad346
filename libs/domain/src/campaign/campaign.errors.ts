import { DomainError } from '../shared/domain-error';
import type { CampaignProblem } from './campaign.rules';

/** Stable codes of campaign refusals. */
export type CampaignErrorCode =
  | 'CAMPAIGN.NOT_FOUND'
  | 'CAMPAIGN.ALREADY_EXISTS'
  | 'CAMPAIGN.INVALID'
  | 'CAMPAIGN.INVALID_TERMS'
  | 'CAMPAIGN.NO_CHANGE';

/** A campaign command the rules refuse; `details.field` names the field when there is one. */
export class CampaignError extends DomainError {
  constructor(
    readonly code: CampaignErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }

  /** The window or cut-offs contradict each other (`details.problems` names each field). */
  static invalidTerms(problems: CampaignProblem[]): CampaignError {
    return new CampaignError(
      'CAMPAIGN.INVALID_TERMS',
      `Thời gian của đợt thi đua không hợp lệ (${problems.length} lỗi).`,
      `The campaign's dates are inconsistent (${problems.length} error(s)).`,
      { problems },
    );
  }
}
