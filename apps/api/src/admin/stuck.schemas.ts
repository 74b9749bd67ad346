import { z } from 'zod';
import type { StuckAction } from './stuck.actions';
import { safeString, Text } from '@vinhdanh/domain';

/** Why a nomination counts as stuck; a row carries every reason that applies. */
export const STUCK_REASONS = ['overdue', 'stuck', 'no_assignee', 'idle', 'on_hold'] as const;
/** One reason a nomination is stuck. */
export type StuckReason = (typeof STUCK_REASONS)[number];

const days = (field: string, fallback: number) =>
  z.coerce
    .number({ error: `${field} must be a number of days` })
    .int({ error: `${field} must be a whole number of days` })
    .min(1, { error: `${field} must be at least 1` })
    .max(365, { error: `${field} must be at most 365` })
    .default(fallback);

/** The desk's filters, shared by `GET /api/admin/stuck` and the bulk interventions' selection. */
export const StuckFilter = z.strictObject({
  reason: z.enum(STUCK_REASONS, { error: `reason must be one of ${STUCK_REASONS.join(', ')}` }).optional(),
  level: z.coerce
    .number({ error: 'level must be 1–4' })
    .int({ error: 'level must be 1–4' })
    .min(1, { error: 'level must be 1–4' })
    .max(4, { error: 'level must be 1–4' })
    .optional(),
  unitId: safeString().trim().min(1, { error: 'unitId must not be empty' }).max(100).optional(),
  campaignId: safeString().trim().min(1, { error: 'campaignId must not be empty' }).max(128).optional(),
  awardCode: safeString().trim().min(1, { error: 'awardCode must not be empty' }).max(32).optional(),
  /** No event for this many days makes a task idle. */
  idleDays: days('idleDays', 10),
  /** A hold older than this many days counts as stuck. */
  holdDays: days('holdDays', 14),
});
/** The desk's filters. */
export type StuckFilter = z.infer<typeof StuckFilter>;

/** Query of `GET /api/admin/stuck`. */
export const StuckQuery = StuckFilter.extend({
  limit: z.coerce
    .number({ error: 'limit must be 1–200' })
    .int({ error: 'limit must be 1–200' })
    .min(1, { error: 'limit must be 1–200' })
    .max(200, { error: 'limit must be 1–200' })
    .default(50),
  cursor: safeString().max(400).optional(),
});
/** Query of `GET /api/admin/stuck`. */
export type StuckQuery = z.infer<typeof StuckQuery>;

/** Body of `POST /api/admin/stuck/failing/:workflowId/termination`: why (recorded with the termination). */
export const TerminationRequest = z.strictObject({ reason: Text('reason', 2000) });
/** Body of the termination. */
export type TerminationRequest = z.infer<typeof TerminationRequest>;

/** A workflow id as the desk lists it (`nomination-<uuid>`, at most 200 safe characters). */
export const WorkflowIdParam = Text('workflowId', 200);

/** Query of `GET /api/admin/stuck/aging`. */
export const AgingQuery = z.strictObject({
  level: StuckFilter.shape.level,
  unitId: StuckFilter.shape.unitId,
});
/** Query of `GET /api/admin/stuck/aging`. */
export type AgingQuery = z.infer<typeof AgingQuery>;

/** A reason on a desk row: the filterable ones, and `failing` (Temporal reports the workflow or an activity failing). */
export type RowReason = StuckReason | 'failing';

/** Why the nomination's workflow cannot move: what fails, how often, and the last error. */
export interface WorkflowFailure {
  /** `append`: the event append (a local activity) keeps failing; `activity`: a pending activity retries; `workflow_task`: the workflow code itself fails. */
  source: 'append' | 'activity' | 'workflow_task';
  activityType: string | null;
  attempt: number;
  message: string;
  since: string | null;
}

/** One stuck nomination as the desk lists it. */
export interface StuckRow {
  nominationId: string;
  nomineeName: string;
  awardCode: string;
  campaignId: string;
  status: string;
  level: number;
  unitId: string;
  unitName: string | null;
  taskKind: 'review' | 'revision';
  taskSeq: number;
  /** The procedure step under way at the level, when the level has steps. */
  step: string | null;
  openedAt: string;
  dueAt: string | null;
  lastEventAt: string;
  /** Whole calendar days since the task opened. */
  daysWaiting: number;
  reasons: RowReason[];
  /** Whole days past the due time (overdue only). */
  daysLate: number | null;
  /** Whole days without an event (idle only). */
  daysIdle: number | null;
  /** When the hold began (on_hold only). */
  heldSince: string | null;
  /** Set with the `failing` reason: what Temporal reports failing for this nomination. */
  failure: WorkflowFailure | null;
  /** What the caller may do on this row, by the endpoints' own rules: the desk offers only these. */
  allowedActions: StuckAction[];
}

/** A page of the desk. */
export interface StuckPage {
  items: StuckRow[];
  /** Workflows whose event append keeps failing, listed whether or not they have an open task. */
  failing: FailingWorkflow[];
  nextCursor: string | null;
  asOf: string;
}

/** Open tasks of one level × unit by age in calendar days. */
export interface AgingCell {
  level: number;
  unitId: string;
  unitName: string | null;
  total: number;
  overdue: number;
  buckets: { upTo5: number; d6to10: number; d11to20: number; over20: number };
}

/** A workflow whose event append keeps failing, whether or not its nomination is in the read models. */
export interface FailingWorkflow {
  workflowId: string;
  nominationId: string;
  /** From the read model; null when nothing of the nomination was ever stored (a failing submission). */
  nomineeName: string | null;
  unitId: string | null;
  status: string | null;
  activityType: string;
  attempt: number;
  message: string;
  since: string;
  lastFailedAt: string;
}
