import { defineUpdate } from '@temporalio/workflow';
import type { AssignTask, ClaimTask, RecuseFromNomination, ReleaseTask } from '@vinhdanh/domain';
import type { CommandOutcome, RequestContext } from './nomination.contract';

// Wire API of who holds a task and of recusal: never rename casually.

type UpdateArgs<C> = Omit<C, 'type' | 'nominationId' | 'now'> & { context?: RequestContext };

/** Argument of {@link claimTaskUpdate}. */
export type ClaimTaskArgs = UpdateArgs<ClaimTask>;
/** Argument of {@link releaseTaskUpdate}. */
export type ReleaseTaskArgs = UpdateArgs<ReleaseTask>;
/** Argument of {@link assignTaskUpdate}. */
export type AssignTaskArgs = UpdateArgs<AssignTask>;
/** Argument of {@link recuseUpdate}. */
export type RecuseArgs = UpdateArgs<RecuseFromNomination>;

/** An approver takes the open task of their unit. */
export const claimTaskUpdate = defineUpdate<CommandOutcome, [ClaimTaskArgs]>('claimTaskUpdate');
/** The holder gives the open task back. */
export const releaseTaskUpdate = defineUpdate<CommandOutcome, [ReleaseTaskArgs]>('releaseTaskUpdate');
/** A chair or admin assigns or reassigns the open task (an administrator's intervention with a reason). */
export const assignTaskUpdate = defineUpdate<CommandOutcome, [AssignTaskArgs]>('assignTaskUpdate');
/** A user steps aside from the nomination (conflict of interest). */
export const recuseUpdate = defineUpdate<CommandOutcome, [RecuseArgs]>('recuseUpdate');
