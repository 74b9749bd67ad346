import { z } from 'zod';
import { AttachmentKind, EligibilityCheck, HoldKind, IsoDateTime, safeString } from '@vinhdanh/domain';

const reason = safeString({ error: 'reason must be text' })
  .trim()
  .min(1, { error: 'reason must not be empty' })
  .max(4000, { error: 'reason must be at most 4000 characters' });
const note = safeString({ error: 'note must be text' })
  .trim()
  .max(4000, { error: 'note must be at most 4000 characters' });
const documentNumber = (field: string) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(64, { error: `${field} must be at most 64 characters` });
const taskSeq = z
  .number({ error: 'taskSeq must be a number' })
  .int({ error: 'taskSeq must be a whole number' })
  .min(1, { error: 'taskSeq must be at least 1' });
const count = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} must not be negative` })
    .max(10_000, { error: `${field} must be at most 10000` });

/**
 * Body of `POST /api/nominations/:id/intake`: complete, or incomplete with the kinds missing or unusable
 * (and a reason). Required kinds the dossier lacks are added by the decider even when complete is true.
 */
export const IntakeRequest = z
  .strictObject({
    complete: z.boolean({ error: 'complete must be true or false' }),
    missingKinds: z.array(AttachmentKind).max(10, { error: 'missingKinds must list at most 10 kinds' }).optional(),
    reason: reason.optional(),
    taskSeq: taskSeq.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.complete && body.missingKinds?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['missingKinds'],
        message: 'missingKinds must be empty when complete is true',
      });
    }
    // The decider returns a dossier only for named kinds (missing, or present but unusable); a reason alone would pass it.
    if (!body.complete && !body.missingKinds?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['missingKinds'],
        message: 'an incomplete dossier needs missingKinds: the attachment kinds missing or unusable',
      });
    }
  })
  .meta({
    examples: [
      { complete: true, taskSeq: 2 },
      { complete: false, missingKinds: ['BIEN_BAN'], reason: 'Biên bản họp bình xét chưa có chữ ký.', taskSeq: 2 },
    ],
  });
/** Body of `POST /api/nominations/:id/intake`. */
export type IntakeRequest = z.infer<typeof IntakeRequest>;

/** Body of `POST /api/nominations/:id/appraisal`; without `checks` the server's eligibility checks are recorded. */
export const AppraisalRequest = z
  .strictObject({
    checks: z.array(EligibilityCheck).min(1, { error: 'checks must list at least one rule' }).max(100).optional(),
    note: note.optional(),
    taskSeq: taskSeq.optional(),
  })
  .meta({
    examples: [
      { note: 'Đã đối chiếu hồ sơ khen thưởng các năm trước.', taskSeq: 2 },
      {
        checks: [
          {
            rule: 'ELIGIBILITY.PREREQUISITE',
            passed: true,
            reasonVi: 'Đã có BK_TINH năm 2025.',
            reasonEn: 'Holds BK_TINH from 2025.',
          },
        ],
        taskSeq: 2,
      },
    ],
  });
/** Body of `POST /api/nominations/:id/appraisal`. */
export type AppraisalRequest = z.infer<typeof AppraisalRequest>;

/** Body of `POST /api/nominations/:id/vote`: the council's tally, counted on all members. */
export const VoteRequest = z
  .strictObject({
    membersTotal: count('membersTotal').min(1, { error: 'membersTotal must be at least 1' }),
    present: count('present'),
    votesFor: count('votesFor'),
    votesAgainst: count('votesAgainst'),
    abstentions: count('abstentions'),
    writtenFor: count('writtenFor'),
    writtenAgainst: count('writtenAgainst'),
    minutesNumber: documentNumber('minutesNumber').optional(),
    taskSeq: taskSeq.optional(),
  })
  .meta({
    examples: [
      {
        membersTotal: 11,
        present: 9,
        votesFor: 8,
        votesAgainst: 1,
        abstentions: 0,
        writtenFor: 2,
        writtenAgainst: 0,
        minutesNumber: '12/BB-HĐTĐKT',
        taskSeq: 2,
      },
    ],
  });
/** Body of `POST /api/nominations/:id/vote`. */
export type VoteRequest = z.infer<typeof VoteRequest>;

/** Body of `POST /api/nominations/:id/hold`. */
export const HoldRequest = z
  .strictObject({ kind: HoldKind, reason })
  .meta({ examples: [{ kind: 'complaint', reason: 'Có đơn khiếu nại về thành tích đang được xác minh.' }] });
/** Body of `POST /api/nominations/:id/hold`. */
export type HoldRequest = z.infer<typeof HoldRequest>;

/** Body of `POST /api/nominations/:id/resume`. */
export const ResumeRequest = z
  .strictObject({ reason })
  .meta({ examples: [{ reason: 'Đã có kết luận: khiếu nại không có cơ sở.' }] });
/** Body of `POST /api/nominations/:id/resume`. */
export type ResumeRequest = z.infer<typeof ResumeRequest>;

/** Body of `POST /api/nominations/:id/deadline`: the open task's new due instant, with a reason. */
export const DeadlineRequest = z
  .strictObject({ dueAt: IsoDateTime, reason, taskSeq: taskSeq.optional() })
  .meta({ examples: [{ dueAt: '2026-11-30T10:00:00Z', reason: 'Hội đồng họp bù do trùng lịch tiếp dân.' }] });
/** Body of `POST /api/nominations/:id/deadline`. */
export type DeadlineRequest = z.infer<typeof DeadlineRequest>;

/** Body of `POST /api/nominations/:id/revocation`. */
export const RevocationRequest = z
  .strictObject({ reason, decisionNumber: documentNumber('decisionNumber').optional() })
  .meta({
    examples: [{ reason: 'Kê khai sai thành tích (kết luận thanh tra số 45/KL-TTr).', decisionNumber: '77/QĐ-TLĐ' }],
  });
/** Body of `POST /api/nominations/:id/revocation`. */
export type RevocationRequest = z.infer<typeof RevocationRequest>;
