import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import type { ProblemDocument } from '../errors/problem';
import type { BulkItemOutcome } from '../bulk/bulk-outcomes';
import { BULK_MAX_ITEMS } from '../bulk/bulk.schemas';
import { StuckFilter } from './stuck.schemas';

const reason = safeString({ error: 'reason must be text' })
  .trim()
  .min(1, { error: 'reason must not be empty' })
  .max(4000, { error: 'reason must be at most 4000 characters' });
const taskSeq = z
  .number({ error: 'taskSeq must be a number' })
  .int({ error: 'taskSeq must be a whole number' })
  .min(1, { error: 'taskSeq must be at least 1' });

/** Body of a reminder or a forced return: the reason, and the task the operator saw. */
export const TaskInterventionRequest = z
  .strictObject({ reason, taskSeq: taskSeq.optional() })
  .meta({ examples: [{ reason: 'Đề nghị đơn vị xử lý trước ngày họp Hội đồng.', taskSeq: 2 }] });
/** Body of a reminder or a forced return. */
export type TaskInterventionRequest = z.infer<typeof TaskInterventionRequest>;

/** Body of a cancellation. */
export const CancellationRequest = z
  .strictObject({ reason })
  .meta({ examples: [{ reason: 'Đợt thi đua bị hủy theo Quyết định số 12/QĐ-BCH.' }] });
/** Body of a cancellation. */
export type CancellationRequest = z.infer<typeof CancellationRequest>;

/** The interventions a bulk request may apply. */
export const BULK_ACTIONS = ['remind', 'force_return', 'cancel'] as const;
/** An intervention a bulk request may apply. */
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * Body of `POST /api/admin/interventions/bulk`. A dry run selects by the desk's filter; the real
 * run carries the same filter, the ids the dry run returned and its `selectionToken`.
 */
export const BulkInterventionsRequest = z
  .strictObject({
    action: z.enum(BULK_ACTIONS, { error: `action must be one of ${BULK_ACTIONS.join(', ')}` }),
    reason,
    filter: StuckFilter.default({ idleDays: 10, holdDays: 14 }),
    dryRun: z.boolean({ error: 'dryRun must be true or false' }),
    selectionToken: safeString().trim().min(1).max(200).optional(),
    nominationIds: z.array(safeString().trim().min(1).max(128)).max(BULK_MAX_ITEMS).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.dryRun) return;
    for (const field of ['selectionToken', 'nominationIds'] as const) {
      if (body[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} (from the dry run) is required to run` });
      }
    }
  })
  .meta({
    examples: [
      { action: 'remind', reason: 'Nhắc xử lý hồ sơ quá hạn.', filter: { reason: 'overdue', level: 3 }, dryRun: true },
    ],
  });
/** Body of `POST /api/admin/interventions/bulk`. */
export type BulkInterventionsRequest = z.infer<typeof BulkInterventionsRequest>;

/** Answer of a dry run: what a run would act on, and the token that pins it. */
export interface BulkDryRunResponse {
  dryRun: true;
  action: BulkAction;
  count: number;
  nominationIds: string[];
  /** The same selection by name: whom a run would act on, where the task waits. */
  items: Array<{
    nominationId: string;
    nomineeName: string;
    awardCode: string;
    unitName: string | null;
    level: number;
  }>;
  /** More nominations matched than one run may act on; narrow the filter or run again afterwards. */
  truncated: boolean;
  selectionToken: string;
  expiresAt: string;
}

/** An id of the dry run that no longer matches the filter: left alone. */
export interface BulkSkippedOutcome {
  index: number;
  nominationId: string;
  ok: false;
  skipped: true;
  problem: ProblemDocument;
}

/** Answer of a run: every id of the dry run, acted on or skipped. */
export interface BulkRunResponse {
  dryRun: false;
  action: BulkAction;
  batchId: string;
  summary: { total: number; succeeded: number; failed: number; skipped: number };
  items: Array<BulkItemOutcome | BulkSkippedOutcome>;
}
