import { z } from 'zod';
import { Attachment, safeString } from '@vinhdanh/domain';

const id = (field: string) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(128, { error: `${field} must be at most 128 characters` });

/**
 * Body of `POST /api/submission-batches`. The rows are checked by the batch's decider, which names
 * every bad row (row number, field, rule) in one 422, so here they are only "a list".
 */
export const CreateSubmissionBatchRequest = z.strictObject({
  submittingUnitId: id('submittingUnitId'),
  campaignId: z.uuid({ error: 'campaignId must be a campaign id (UUID)' }),
  /** Số tờ trình, e.g. `15/TTr-CĐCS`. */
  submissionLetterNumber: safeString({ error: 'submissionLetterNumber must be text' })
    .trim()
    .min(1, { error: 'submissionLetterNumber must not be empty' })
    .max(64, { error: 'submissionLetterNumber must be at most 64 characters' }),
  /** The tờ trình and the minutes of the unit's meeting, shared by every nominee's dossier. */
  sharedAttachments: z.array(Attachment).max(20, { error: 'sharedAttachments must list at most 20 files' }).default([]),
  /** Submit without the bad rows (listed in the batch) instead of refusing the whole batch. */
  skipInvalidRows: z.boolean({ error: 'skipInvalidRows must be true or false' }).default(false),
  rows: z
    .array(z.unknown(), { error: 'rows must be a list' })
    .min(1, { error: 'rows must list at least one nominee' })
    .max(1000, { error: 'rows must list at most 1000 nominees' }),
});
/** Body of a batch submission. */
export type CreateSubmissionBatchRequest = z.infer<typeof CreateSubmissionBatchRequest>;

/** A batch id in a path. */
export const SubmissionBatchIdParam = z.uuid({ error: 'id must be a submission batch id (UUID)' });

/** Body of `POST /api/submission-batches/:id/to-trinh`: what the letter needs beyond the batch. */
export const GenerateToTrinhRequest = z.strictObject({
  place: safeString({ error: 'place must be text' }).trim().min(1, { error: 'place must not be empty' }).max(100),
  recipient: safeString({ error: 'recipient must be text' })
    .trim()
    .min(1, { error: 'recipient must not be empty' })
    .max(300),
  signer: z.strictObject({
    capacity: safeString({ error: 'signer.capacity must be text' }).trim().max(100).optional(),
    title: safeString({ error: 'signer.title must be text' }).trim().min(1).max(100),
    name: safeString({ error: 'signer.name must be text' }).trim().min(1).max(200),
  }),
  legalBases: z
    .array(safeString({ error: 'legalBases must be text' }).trim().min(1).max(500))
    .max(20)
    .optional(),
});
export type GenerateToTrinhRequest = z.infer<typeof GenerateToTrinhRequest>;

/** A generated document id in a path. */
export const BatchDocumentIdParam = z.uuid({ error: 'documentId must be a document id (UUID)' });

/**
 * Body of `POST /api/submission-batches/:id/decisions`: the level above returns (trả lại) or
 * forwards (chuyển cấp trên) the đề nghị — every started row (`nominationIds` left out) or the ones picked.
 */
export const DecideSubmissionBatchRequest = z
  .strictObject({
    decision: z.enum(['approve', 'return'], { error: 'decision must be "approve" or "return"' }),
    nominationIds: z
      .array(z.uuid({ error: 'nominationIds must be nomination ids (UUID)' }))
      .min(1, { error: 'nominationIds must list at least one nominee (leave it out for the whole list)' })
      .max(1000, { error: 'nominationIds must list at most 1000 nominees' })
      .optional(),
    reason: safeString({ error: 'reason must be text' })
      .trim()
      .min(1, { error: 'reason must not be empty' })
      .max(4000, { error: 'reason must be at most 4000 characters' })
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'return' && body.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason is required to return nominees' });
  })
  .meta({
    examples: [
      { decision: 'return', reason: 'Thiếu biên bản họp bình xét có chữ ký.' },
      { decision: 'approve', nominationIds: ['0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10'] },
    ],
  });
export type DecideSubmissionBatchRequest = z.infer<typeof DecideSubmissionBatchRequest>;
