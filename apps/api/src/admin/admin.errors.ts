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

/** A calendar entry that contradicts the week (a make-up working day on a weekday, a day off on a weekend). */
export class CalendarDayInvalidError extends ApiError {
  constructor(date: string, kind: string, weekday: string) {
    const vi =
      kind === 'makeup_workday'
        ? `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${date} là ${weekday}.`
        : `Ngày nghỉ bù phải là ngày làm việc trong tuần; ${date} là ${weekday}.`;
    const en =
      kind === 'makeup_workday'
        ? `A make-up working day must be a Saturday or Sunday; ${date} is a ${weekday}.`
        : `A compensatory day off must be a weekday; ${date} is a ${weekday}.`;
    super('CALENDAR.INVALID_DAY', vi, en, { date, kind, field: 'kind' }, [
      { field: 'kind', in: 'body', rule: 'weekday', message: vi, message_en: en },
    ]);
    this.name = 'CalendarDayInvalidError';
  }
}
