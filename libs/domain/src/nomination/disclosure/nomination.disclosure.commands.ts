import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../shared/dates';
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

/** An objection the office received while the list was posted on paper, with the answer it gave. */
export const PaperObjection = z.object({
  objectionId: id('objectionId'),
  text: reasonText,
  objectorName: optionalText('objectorName', 200),
  answer: reasonText,
  upheld: z.boolean({ error: 'upheld must be true or false' }),
});
/** An objection received during a disclosure held on paper. */
export type PaperObjection = z.infer<typeof PaperObjection>;

/**
 * The nominating unit records a disclosure it already held on paper (the list posted on its notice
 * board or portal before the dossier was entered): where, from and to which day, and the objections
 * received with their answers (none when nobody objected). `workingDays` is the period counted on
 * the administrators' calendar outside the decider (working days after `postedOn` up to `endedOn`).
 */
export const RecordPaperDisclosure = z.object({
  type: z.literal('RecordPaperDisclosure'),
  ...commandBase,
  place: Text('place', 300),
  postedOn: IsoDate,
  endedOn: IsoDate,
  workingDays: z.number().int().min(0),
  objections: z.array(PaperObjection).max(100),
});
/** Record a disclosure held on paper. */
export type RecordPaperDisclosure = z.infer<typeof RecordPaperDisclosure>;

/** The commands of the public disclosure. */
export type NominationDisclosureCommand =
  PostDisclosure | EndDisclosure | RecordObjection | AnswerObjection | RecordPaperDisclosure;
