import { z } from 'zod';
import { commandBase, reasonText } from '../shared/nomination.command-base';

// Administrators' interventions on a nomination: each carries the operator (the actor) and
// a reason, which the events record. Who may intervene where is the API's check (scope by unit).

const openTaskSeq = z.number().int().min(1).optional();

/** Remind the holders of the open task (nhắc việc), outside the deadline ladder's own reminder. */
export const RemindTask = z.object({
  type: z.literal('RemindTask'),
  ...commandBase,
  /** The task the operator saw; a since-closed task is refused as stale. */
  taskSeq: openTaskSeq,
  reason: reasonText,
});
/** Remind the holders of the open task. */
export type RemindTask = z.infer<typeof RemindTask>;

/** Return the nomination to the nominating unit for revision, whatever the level's procedure step. */
export const ForceReturnNomination = z.object({
  type: z.literal('ForceReturnNomination'),
  ...commandBase,
  taskSeq: openTaskSeq,
  reason: reasonText,
});
/** Return the nomination to the nominating unit. */
export type ForceReturnNomination = z.infer<typeof ForceReturnNomination>;

/** End the nomination administratively (đã hủy); final, and its quota slots are given back. */
export const CancelNomination = z.object({
  type: z.literal('CancelNomination'),
  ...commandBase,
  reason: reasonText,
});
/** End the nomination administratively. */
export type CancelNomination = z.infer<typeof CancelNomination>;

/** The commands of the administrators' interventions. */
export type NominationInterventionCommand = RemindTask | ForceReturnNomination | CancelNomination;
