import { ApiError, RequestValidationError } from '../errors/api-error';

/** The `Idempotency-Key` header is missing or malformed (400, naming the header). */
export class IdempotencyKeyError extends RequestValidationError {
  constructor(problem: 'required' | 'format') {
    super([
      problem === 'required'
        ? {
            field: 'Idempotency-Key',
            in: 'header',
            rule: 'required',
            message: 'Cần header Idempotency-Key (một mã duy nhất cho mỗi thao tác, dùng lại khi gửi lại).',
            message_en: 'The Idempotency-Key header is required (one unique key per action, reused on retry).',
          }
        : {
            field: 'Idempotency-Key',
            in: 'header',
            rule: 'format',
            message: 'Idempotency-Key phải gồm 8–128 ký tự chữ, số hoặc . _ : -',
            message_en: 'Idempotency-Key must be 8–128 characters from letters, digits and . _ : -',
          },
    ]);
    this.name = 'IdempotencyKeyError';
  }
}

/** An Idempotency-Key reused for a different request (409). */
export class IdempotencyKeyReusedError extends ApiError {
  constructor(nominationId: string) {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'Idempotency-Key này đã được dùng cho một đề nghị khác; hãy dùng mã mới.',
      'This Idempotency-Key was already used for a different nomination; use a new key.',
      { nominationId },
    );
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** The campaign named in the body does not exist (422: the request is well-formed, the reference is not). */
export class UnknownCampaignError extends ApiError {
  constructor(campaignId: string) {
    super('CAMPAIGN.UNKNOWN', `Không có đợt thi đua "${campaignId}".`, `No campaign "${campaignId}".`, {
      campaignId,
      field: 'campaignId',
    });
    this.name = 'UnknownCampaignError';
  }
}

/** The campaign does not offer the award (422). */
export class AwardNotOfferedError extends ApiError {
  constructor(campaign: { id: string; name: string; awardCodes: string[] }, awardCode: string) {
    super(
      'CAMPAIGN.AWARD_NOT_OFFERED',
      `Đợt thi đua "${campaign.name}" không xét hình thức ${awardCode} (chỉ: ${campaign.awardCodes.join(', ')}).`,
      `Campaign "${campaign.name}" does not offer ${awardCode} (only ${campaign.awardCodes.join(', ')}).`,
      { campaignId: campaign.id, awardCode, offered: campaign.awardCodes, field: 'awardCode' },
    );
    this.name = 'AwardNotOfferedError';
  }
}

/** Today is outside the campaign's dates (422, with the dates). */
export class CampaignNotOpenError extends ApiError {
  constructor(campaign: { id: string; name: string; opensOn: string; closesOn: string }, today: string) {
    super(
      'CAMPAIGN.NOT_OPEN',
      `Đợt thi đua "${campaign.name}" nhận hồ sơ từ ${campaign.opensOn} đến ${campaign.closesOn}; hôm nay là ${today}.`,
      `Campaign "${campaign.name}" accepts nominations from ${campaign.opensOn} to ${campaign.closesOn}; today is ${today}.`,
      { campaignId: campaign.id, opensOn: campaign.opensOn, closesOn: campaign.closesOn, today },
    );
    this.name = 'CampaignNotOpenError';
  }
}

/** The campaign pins a rule set that is not stored (a data error, refused rather than guessed). */
export class RuleSetMissingError extends ApiError {
  constructor(version: string) {
    super(
      'RULES.RULE_SET_MISSING',
      `Không tìm thấy bộ quy định phiên bản ${version}.`,
      `Rule set version ${version} is not stored.`,
      { ruleSetVersion: version },
    );
    this.name = 'RuleSetMissingError';
  }
}

/** The dossier lacks attachments the award requires (422, naming the kinds). */
export class MissingAttachmentsError extends ApiError {
  constructor(awardCode: string, missing: readonly string[]) {
    super(
      'NOMINATION.MISSING_ATTACHMENTS',
      `Hồ sơ ${awardCode} còn thiếu tài liệu: ${missing.join(', ')}.`,
      `The ${awardCode} dossier lacks required attachments: ${missing.join(', ')}.`,
      { awardCode, missing, field: 'dossier.attachments' },
      [
        {
          field: 'dossier.attachments',
          in: 'body',
          rule: 'required_kinds',
          message: `Thiếu tài liệu loại: ${missing.join(', ')}.`,
          message_en: `Missing attachment kinds: ${missing.join(', ')}.`,
        },
      ],
    );
    this.name = 'MissingAttachmentsError';
  }
}

/** The nomination's workflow has finished, so no command can reach it any more (409). */
export class NominationClosedError extends ApiError {
  constructor(nominationId: string, status: string) {
    super(
      'NOMINATION.ALREADY_FINAL',
      'Hồ sơ đã kết thúc; không thể thao tác tiếp.',
      `The nomination is final (${status}); nothing more can be done.`,
      { nominationId, status },
    );
    this.name = 'NominationClosedError';
  }
}

/** Temporal did not answer (after the SDK's own retries): the command was not taken; retry with the same key (503). */
export class TemporalUnavailableError extends ApiError {
  constructor(cause: Error) {
    super(
      'TEMPORAL.UNAVAILABLE',
      'Hệ thống xử lý quy trình tạm thời không phản hồi; vui lòng thử lại với cùng Idempotency-Key.',
      `The workflow service did not answer (${cause.message}); retry with the same Idempotency-Key.`,
    );
    this.name = 'TemporalUnavailableError';
  }
}
