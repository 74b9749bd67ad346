import { z } from 'zod';

/**
 * A nomination's status in the users' vocabulary (domain.md). AWAITING_INTAKE: review open at the
 * nominating unit's own level; FORWARDED: review open at a level above it; RETURNED: a revision
 * task is open; CANCELLED: ended by an administrator's intervention.
 */
export const NominationStatus = z.enum([
  'DRAFT',
  'AWAITING_INTAKE',
  'IN_APPRAISAL',
  'AWAITING_VOTE',
  'AWAITING_SIGNATURE',
  'FORWARDED',
  'RETURNED',
  'REJECTED',
  'ON_HOLD',
  'WITHDRAWN',
  'GRANTED',
  'REVOKED',
  'CANCELLED',
]);
/** A nomination's status. */
export type NominationStatus = z.infer<typeof NominationStatus>;

/** How to show a status: Vietnamese first, English second. */
export interface StatusLabel {
  readonly vi: string;
  readonly en: string;
}

/** Labels of every status, in the words union offices already use. */
export const NOMINATION_STATUS_LABELS: Readonly<Record<NominationStatus, StatusLabel>> = {
  DRAFT: { vi: 'Chờ gửi', en: 'Draft' },
  AWAITING_INTAKE: { vi: 'Chờ tiếp nhận', en: 'Awaiting intake' },
  IN_APPRAISAL: { vi: 'Đang thẩm định', en: 'In appraisal' },
  AWAITING_VOTE: { vi: 'Chờ bình xét', en: 'Awaiting council vote' },
  AWAITING_SIGNATURE: { vi: 'Chờ ký', en: 'Awaiting signature' },
  FORWARDED: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
  RETURNED: { vi: 'Bị trả lại', en: 'Returned for revision' },
  REJECTED: { vi: 'Không đạt', en: 'Rejected' },
  ON_HOLD: { vi: 'Tạm dừng', en: 'On hold' },
  WITHDRAWN: { vi: 'Đã rút', en: 'Withdrawn' },
  GRANTED: { vi: 'Đã khen thưởng', en: 'Granted' },
  REVOKED: { vi: 'Đã thu hồi', en: 'Revoked' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** "Quá hạn" is a flag on a task (deadlines), shown next to the status, not a status. */
export const OVERDUE_LABEL: StatusLabel = { vi: 'Quá hạn', en: 'Overdue' };

/** Statuses after which no decision can change the outcome (REVOKED only follows GRANTED). */
export const FINAL_STATUSES: readonly NominationStatus[] = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];

/** True when the nomination has reached a final outcome. */
export function isFinalStatus(status: NominationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}
