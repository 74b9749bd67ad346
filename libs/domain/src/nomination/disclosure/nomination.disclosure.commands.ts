import { z } from 'zod';
import { IsoDateTime } from '../../shared/dates';
import { Text } from '../../shared/text';
import { commandBase, id, reasonText } from '../shared/nomination.command-base';

const optionalText = (field: string, max: number) => Text(field, max).optional();

/** The workflow posts the nomination until `endsAt`, computed from the calendar outside workflow code. */
export const PostDisclosure = z.object({
  type: z.literal('PostDisclosure'),
  ...commandBase,
  workingDays: z.number().int().min(1),
  endsAt: IsoDateTime,
});
/** Post the nomination. */
export type PostDisclosure = z.infer<typeof PostDisclosure>;

/** The workflow's timer ends the disclosure period it was armed for. */
export const EndDisclosure = z.object({ type: z.literal('EndDisclosure'), ...commandBase, endsAt: IsoDateTime });
/** End the disclosure period. */
export type EndDisclosure = z.infer<typeof EndDisclosure>;

/**
 * Record an objection received during the disclosure (by the nominating unit's staff, who write
 * down what reached them); the objector's name and contact are optional (objections may be anonymous).
 */
export const RecordObjection = z.object({
  type: z.literal('RecordObjection'),
  ...commandBase,
  objectionId: id('objectionId'),
  text: reasonText,
  objectorName: optionalText('objectorName', 200),
  objectorContact: optionalText('objectorContact', 200),
});
/** Record an objection. */
export type RecordObjection = z.infer<typeof RecordObjection>;

/** Answer an objection; `upheld` = the objection is justified (the unit then returns or withdraws the nomination). */
export const AnswerObjection = z.object({
  type: z.literal('AnswerObjection'),
  ...commandBase,
  objectionId: id('objectionId'),
  answer: reasonText,
  upheld: z.boolean({ error: 'upheld must be true or false' }),
});
/** Answer an objection. */
export type AnswerObjection = z.infer<typeof AnswerObjection>;

/** The commands of the public disclosure. */
export type NominationDisclosureCommand = PostDisclosure | EndDisclosure | RecordObjection | AnswerObjection;
