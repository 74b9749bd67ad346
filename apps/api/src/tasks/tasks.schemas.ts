import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

const taskSeq = z
  .number({ error: 'taskSeq must be a number' })
  .int({ error: 'taskSeq must be a whole number' })
  .min(1, { error: 'taskSeq must be at least 1' })
  .optional();
const reason = safeString({ error: 'reason must be text' })
  .trim()
  .min(1, { error: 'reason must not be empty' })
  .max(4000, { error: 'reason must be at most 4000 characters' });

/** Body of `POST /api/nominations/:id/claim`: the task the caller saw (the open one when absent). */
export const ClaimRequest = z.strictObject({ taskSeq });
/** Body of a claim. */
export type ClaimRequest = z.infer<typeof ClaimRequest>;

/** Body of `POST /api/nominations/:id/release`. */
export const ReleaseRequest = z.strictObject({ taskSeq, reason: reason.optional() });
/** Body of a release. */
export type ReleaseRequest = z.infer<typeof ReleaseRequest>;

/** Body of `POST /api/nominations/:id/assignment`: to whom; a reason is required for an administrator's intervention. */
export const AssignmentRequest = z.strictObject({
  assigneeUserId: z.uuid({ error: 'assigneeUserId must be a user id (UUID)' }),
  reason: reason.optional(),
  taskSeq,
});
/** Body of an assignment. */
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

/** Body of `POST /api/nominations/:id/recusal`. */
export const RecusalRequest = z.strictObject({ reason });
/** Body of a recusal. */
export type RecusalRequest = z.infer<typeof RecusalRequest>;
