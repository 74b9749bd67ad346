import { z } from 'zod';
import { AwardCode, Decision, Dossier, NominationStatus, sampleDossier, safeString } from '@vinhdanh/domain';

const id = (field: string) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(128, { error: `${field} must be at most 128 characters` });
const reason = safeString({ error: 'reason must be text' })
  .trim()
  .min(1, { error: 'reason must not be empty' })
  .max(4000, { error: 'reason must be at most 4000 characters' });
const taskSeq = z
  .number({ error: 'taskSeq must be a number' })
  .int({ error: 'taskSeq must be a whole number' })
  .min(1, { error: 'taskSeq must be at least 1' });

/** Body of `POST /api/nominations`: who nominates, for which award in which campaign, and the dossier. */
export const CreateNominationRequest = z
  .strictObject({
    nominatingUnitId: id('nominatingUnitId'),
    awardCode: AwardCode,
    campaignId: z.uuid({ error: 'campaignId must be a campaign id (UUID)' }),
    dossier: Dossier,
  })
  .meta({
    examples: [
      {
        nominatingUnitId: 'cdcs-bvdk-dan-phuong',
        awardCode: 'BK_TLD',
        campaignId: '0b6f3a52-7c1e-4c43-9a55-2026a0000001',
        dossier: sampleDossier(),
      },
    ],
  });
/** Body of `POST /api/nominations`. */
export type CreateNominationRequest = z.infer<typeof CreateNominationRequest>;

/** Body of `POST /api/nominations/:id/decisions`; `reason` is required to return or reject. */
export const DecisionRequest = z
  .strictObject({
    decision: Decision,
    reason: reason.optional(),
    decisionNumber: safeString({ error: 'decisionNumber must be text' })
      .trim()
      .min(1, { error: 'decisionNumber must not be empty' })
      .max(64, { error: 'decisionNumber must be at most 64 characters' })
      .optional(),
    taskSeq: taskSeq.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision !== 'approve' && body.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `reason is required to ${body.decision} a nomination`,
      });
    }
  })
  .meta({
    examples: [
      { decision: 'approve', taskSeq: 2 },
      { decision: 'approve', decisionNumber: '1234/QĐ-TLĐ', taskSeq: 4 },
      { decision: 'return', reason: 'Thiếu biên bản họp bình xét có chữ ký.', taskSeq: 2 },
    ],
  });
/** Body of `POST /api/nominations/:id/decisions`. */
export type DecisionRequest = z.infer<typeof DecisionRequest>;

/** Body of `POST /api/nominations/:id/resubmission`: an optional note and revised dossier. */
export const ResubmissionRequest = z
  .strictObject({
    note: safeString({ error: 'note must be text' })
      .trim()
      .max(4000, { error: 'note must be at most 4000 characters' })
      .optional(),
    dossier: Dossier.optional(),
    taskSeq: taskSeq.optional(),
  })
  .meta({ examples: [{ note: 'Đã bổ sung biên bản họp bình xét.', taskSeq: 3 }] });
/** Body of `POST /api/nominations/:id/resubmission`. */
export type ResubmissionRequest = z.infer<typeof ResubmissionRequest>;

/** Body of `POST /api/nominations/:id/withdrawal`. */
export const WithdrawalRequest = z
  .strictObject({ reason })
  .meta({ examples: [{ reason: 'Cá nhân được đề nghị đã chuyển công tác.' }] });
/** Body of `POST /api/nominations/:id/withdrawal`. */
export type WithdrawalRequest = z.infer<typeof WithdrawalRequest>;

const limit = z.coerce
  .number({ error: 'limit must be a number' })
  .int({ error: 'limit must be a whole number' })
  .min(1, { error: 'limit must be at least 1' })
  .max(200, { error: 'limit must be at most 200' })
  .default(50);
const cursor = safeString().max(512, { error: 'cursor is not one this API issued' });
const search = safeString().trim().max(200, { error: 'search must be at most 200 characters' });

/** Query of `GET /api/nominations`. */
export const ListNominationsRequest = z.strictObject({
  status: NominationStatus.optional(),
  campaignId: id('campaignId').optional(),
  awardCode: AwardCode.optional(),
  search: search.optional(),
  limit,
  cursor: cursor.optional(),
});
/** Query of `GET /api/nominations`. */
export type ListNominationsRequest = z.infer<typeof ListNominationsRequest>;

/** Query of `GET /api/inbox`. */
export const InboxRequest = z.strictObject({
  kind: z.enum(['review', 'revision'], { error: 'kind must be "review" or "revision"' }).optional(),
  awardCode: AwardCode.optional(),
  campaignId: id('campaignId').optional(),
  /** Tasks held by the caller, by nobody, or by one user. */
  holder: z
    .union([z.literal('me'), z.literal('unassigned'), z.uuid()], {
      error: 'holder must be "me", "unassigned" or a user id (UUID)',
    })
    .optional(),
  /** The step: the nomination's status while the task waits (IN_APPRAISAL, AWAITING_VOTE, …). */
  status: NominationStatus.optional(),
  overdue: z
    .enum(['true', 'false'], { error: 'overdue must be "true" or "false"' })
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['opened', 'due'], { error: 'sort must be "opened" or "due"' }).optional(),
  search: search.optional(),
  limit,
  cursor: cursor.optional(),
});
/** Query of `GET /api/inbox`. */
export type InboxRequest = z.infer<typeof InboxRequest>;

/** A nomination id in a path: the API issues UUIDs. */
export const NominationIdParam = z.uuid({ error: 'id must be a nomination id (UUID)' });
