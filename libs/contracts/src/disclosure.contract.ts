import { defineUpdate } from '@temporalio/workflow';
import type { AnswerObjection, RecordObjection, RecordPaperDisclosure } from '@vinhdanh/domain';
import type { CommandOutcome, RequestContext } from './nomination.contract';

// Wire API of the public disclosure: never rename casually.

/** Argument of {@link recordObjectionUpdate}: the command without what the workflow fills in. */
export type RecordObjectionArgs = Omit<RecordObjection, 'type' | 'nominationId' | 'now'> & { context?: RequestContext };
/** Argument of {@link answerObjectionUpdate}. */
export type AnswerObjectionArgs = Omit<AnswerObjection, 'type' | 'nominationId' | 'now'> & { context?: RequestContext };

/** Argument of {@link recordPaperDisclosureUpdate}. */
export type RecordPaperDisclosureArgs = Omit<RecordPaperDisclosure, 'type' | 'nominationId' | 'now'> & {
  context?: RequestContext;
};

/** The nominating unit records a disclosure it already held on paper (place, period, objections answered). */
export const recordPaperDisclosureUpdate = defineUpdate<CommandOutcome, [RecordPaperDisclosureArgs]>(
  'recordPaperDisclosureUpdate',
);
/** The nominating unit records an objection received while the nomination is posted (công khai). */
export const recordObjectionUpdate = defineUpdate<CommandOutcome, [RecordObjectionArgs]>('recordObjectionUpdate');
/** The nominating unit answers an objection (upheld or not). */
export const answerObjectionUpdate = defineUpdate<CommandOutcome, [AnswerObjectionArgs]>('answerObjectionUpdate');
