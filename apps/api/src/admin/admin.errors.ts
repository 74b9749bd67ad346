import { ApiError } from '../errors/api-error';

/** A campaign's data breaks a rule of the rule set it pins (422, naming the field). */
export class CampaignInvalidError extends ApiError {
  constructor(field: string, messageVi: string, messageEn: string, details: Record<string, unknown> = {}) {
    super('CAMPAIGN.INVALID', messageVi, messageEn, { field, ...details }, [
      { field, in: 'body', rule: 'campaign', message: messageVi, message_en: messageEn },
    ]);
    this.name = 'CampaignInvalidError';
  }
}

/** Another campaign already uses the code (409). */
export class CampaignCodeTakenError extends ApiError {
  constructor(code: string) {
    super('CAMPAIGN.ALREADY_EXISTS', `Mã đợt thi đua "${code}" đã được dùng.`, `Campaign code "${code}" is taken.`, {
      field: 'code',
      campaignCode: code,
    });
    this.name = 'CampaignCodeTakenError';
  }
}
