import { z } from 'zod';
import { OrgLevel } from '../../org/org-unit';
import { event } from '../shared/nomination.event-base';
import { TaskHolderRef } from './nomination.tasks.commands';

const task = { taskSeq: z.number().int().min(1), level: OrgLevel, unitId: z.string().min(1) };

/** The actor took the open task; they hold it until they release it, it is reassigned or it closes. */
export const NominationTaskClaimed = event('NominationTaskClaimed', task);
/** The actor took the open task. */
export type NominationTaskClaimed = z.infer<typeof NominationTaskClaimed>;

/** The holder gave the open task back to the unit. */
export const NominationTaskReleased = event('NominationTaskReleased', {
  ...task,
  reason: z.string().min(1).optional(),
});
/** The holder gave the open task back. */
export type NominationTaskReleased = z.infer<typeof NominationTaskReleased>;

/** The open task, held by nobody, was assigned to `assignee`. */
export const NominationTaskAssigned = event('NominationTaskAssigned', {
  ...task,
  assignee: TaskHolderRef,
  reason: z.string().min(1).optional(),
  intervention: z.boolean(),
});
/** The open task was assigned. */
export type NominationTaskAssigned = z.infer<typeof NominationTaskAssigned>;

/** The open task moved from its holder `from` to `to`. */
export const NominationTaskReassigned = event('NominationTaskReassigned', {
  ...task,
  from: TaskHolderRef,
  to: TaskHolderRef,
  reason: z.string().min(1).optional(),
  intervention: z.boolean(),
});
/** The open task moved to another holder. */
export type NominationTaskReassigned = z.infer<typeof NominationTaskReassigned>;

/** The actor stepped aside (conflict of interest); `releasedTaskSeq` names the task they held, if any. */
export const NominationRecused = event('NominationRecused', {
  reason: z.string().min(1),
  releasedTaskSeq: z.number().int().min(1).nullable(),
});
/** The actor stepped aside. */
export type NominationRecused = z.infer<typeof NominationRecused>;

/** The events of task ownership and recusal. */
export type NominationTaskEvent =
  | NominationTaskClaimed
  | NominationTaskReleased
  | NominationTaskAssigned
  | NominationTaskReassigned
  | NominationRecused;

/** The `type`s of {@link NominationTaskEvent}, to route them to their evolve. */
export const NOMINATION_TASK_EVENT_TYPES: ReadonlySet<string> = new Set([
  'NominationTaskClaimed',
  'NominationTaskReleased',
  'NominationTaskAssigned',
  'NominationTaskReassigned',
  'NominationRecused',
]);
