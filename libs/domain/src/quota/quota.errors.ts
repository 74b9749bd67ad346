import { DomainError } from '../shared/domain-error';

/** Stable codes of quota refusals. */
export type QuotaErrorCode =
  | 'QUOTA.EXCEEDED'
  | 'QUOTA.DIRECT_WORKER_SHARE'
  | 'QUOTA.INVALID_RULE'
  | 'QUOTA.MEMBER_COUNT_REQUIRED'
  | 'QUOTA.CONTEXT_MISSING';

/** A quota refusal; `details` carries the quota's key, limit and usage where there is one. */
export class QuotaError extends DomainError {
  constructor(
    readonly code: QuotaErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }

  /** The quota is used up: names it, its limit and its usage. */
  static exceeded(
    q: { key: string; labelVi: string; labelEn: string; limit: number },
    used: number,
    requested: number,
  ): QuotaError {
    return new QuotaError(
      'QUOTA.EXCEEDED',
      `Vượt chỉ tiêu ${q.labelVi}: tối đa ${q.limit}, đã sử dụng ${used}${requested > 1 ? `, đề nghị thêm ${requested}` : ''}.`,
      `Quota exceeded — ${q.labelEn}: limit ${q.limit}, used ${used}${requested > 1 ? `, requested ${requested} more` : ''}.`,
      { quotaKey: q.key, limit: q.limit, used, requested },
    );
  }
}
