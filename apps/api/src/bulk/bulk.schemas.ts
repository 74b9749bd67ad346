import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import type { BulkItemOutcome, BulkSummary } from './bulk-outcomes';

/** At most this many items per bulk request: a page of the inbox, bounded work per request. */
export const BULK_MAX_ITEMS = 500;

/**
 * Body of `POST /api/inbox/bulk-decisions`. Only the envelope is checked here (a malformed request is
 * a 400); each item is validated on its own, so one bad item is that item's 400 in the answer.
 */
export const BulkDecisionsRequest = z
  .strictObject({
    items: z
      .array(z.unknown(), { error: 'items must be a list of decisions' })
      .min(1, { error: 'items must hold at least one decision' })
      .max(BULK_MAX_ITEMS, { error: `items must hold at most ${BULK_MAX_ITEMS} decisions` }),
  })
  .meta({
    examples: [
      {
        items: [
          { nominationId: '0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10', taskSeq: 2, decision: 'approve' },
          {
            nominationId: '5f0c2e1a-8a34-4d1e-9d3f-2b7c6a1e9f21',
            taskSeq: 3,
            decision: 'return',
            reason: 'Thiếu biên bản họp bình xét có chữ ký.',
          },
        ],
      },
    ],
  });
/** Body of `POST /api/inbox/bulk-decisions`. */
export type BulkDecisionsRequest = z.infer<typeof BulkDecisionsRequest>;

/** One decision of a bulk request: the task the approver saw, approve or return. */
export const BulkDecisionItem = z
  .strictObject({
    nominationId: z.uuid({ error: 'nominationId must be a nomination id (UUID)' }),
    taskSeq: z
      .number({ error: 'taskSeq must be a number' })
      .int({ error: 'taskSeq must be a whole number' })
      .min(1, { error: 'taskSeq must be at least 1' }),
    decision: z.enum(['approve', 'return'], { error: 'decision must be "approve" or "return"' }),
    reason: safeString({ error: 'reason must be text' })
      .trim()
      .min(1, { error: 'reason must not be empty' })
      .max(4000, { error: 'reason must be at most 4000 characters' })
      .optional(),
    decisionNumber: safeString({ error: 'decisionNumber must be text' })
      .trim()
      .min(1, { error: 'decisionNumber must not be empty' })
      .max(64, { error: 'decisionNumber must be at most 64 characters' })
      .optional(),
  })
  .superRefine((item, ctx) => {
    if (item.decision === 'return' && item.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason is required to return a nomination' });
    }
  });
/** One decision of a bulk request. */
export type BulkDecisionItem = z.infer<typeof BulkDecisionItem>;

/** Answer of a bulk request: the batch id (the events' correlation id), counts and every item's outcome. */
export interface BulkResponse {
  batchId: string;
  summary: BulkSummary;
  items: BulkItemOutcome[];
}
