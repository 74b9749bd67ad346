import { z } from 'zod';
import { commandBase, id, reasonText, taskSeq } from '../shared/nomination.command-base';

/** Someone who holds (or is to hold) an open task: a colleague with an approver role at its unit. */
export const TaskHolderRef = z.object({ userId: id('userId'), name: id('name') });
/** Someone who holds an open task. */
export type TaskHolderRef = z.infer<typeof TaskHolderRef>;

/** An approver takes the open task of their unit (the inbox then shows who holds it). */
export const ClaimTask = z.object({ type: z.literal('ClaimTask'), ...commandBase, taskSeq });
/** An approver takes the open task of their unit. */
export type ClaimTask = z.infer<typeof ClaimTask>;

/** The holder gives the open task back to the unit's pool. */
export const ReleaseTask = z.object({
  type: z.literal('ReleaseTask'),
  ...commandBase,
  taskSeq,
  reason: reasonText.optional(),
});
/** The holder gives the open task back. */
export type ReleaseTask = z.infer<typeof ReleaseTask>;

/**
 * A chair or unit admin of the task's unit assigns (or reassigns) the open task to a colleague.
 * `intervention`: an administrator above the unit (or a system admin) steps in; a reason is then required.
 */
export const AssignTask = z
  .object({
    type: z.literal('AssignTask'),
    ...commandBase,
    taskSeq,
    assignee: TaskHolderRef,
    reason: reasonText.optional(),
    intervention: z.boolean().optional(),
  })
  .superRefine((command, ctx) => {
    if (command.intervention === true && command.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: "reason is required for an administrator's intervention",
      });
    }
  });
/** Assign or reassign the open task. */
export type AssignTask = z.infer<typeof AssignTask>;

/** A user declares a conflict of interest and steps aside from the nomination for good. */
export const RecuseFromNomination = z.object({
  type: z.literal('RecuseFromNomination'),
  ...commandBase,
  reason: reasonText,
});
/** A user steps aside from the nomination. */
export type RecuseFromNomination = z.infer<typeof RecuseFromNomination>;

/** The commands of task ownership and recusal. */
export type NominationTaskCommand = ClaimTask | ReleaseTask | AssignTask | RecuseFromNomination;
