import { z } from 'zod';
import { IsoDate, safeString } from '@vinhdanh/domain';

const text = (field: string, max: number) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });

/** Body of `POST /api/nominations/:id/objections`: what was received, and from whom when known. */
export const ObjectionRequest = z.strictObject({
  text: text('text', 4000),
  objectorName: text('objectorName', 200).optional(),
  objectorContact: text('objectorContact', 200).optional(),
});
/** Body of `POST /api/nominations/:id/objections`. */
export type ObjectionRequest = z.infer<typeof ObjectionRequest>;

/** Body of `POST /api/nominations/:id/objections/:objectionId/answer`. */
export const ObjectionAnswerRequest = z.strictObject({
  answer: text('answer', 4000),
  upheld: z.boolean({ error: 'upheld must be true or false' }),
});
/** Body of the answer. */
export type ObjectionAnswerRequest = z.infer<typeof ObjectionAnswerRequest>;

/** An objection id in a path (the server made it: a UUID). */
export const ObjectionIdParam = z.uuid({ error: 'objectionId must be an objection id (UUID)' });

/**
 * Body of `POST /api/nominations/:id/paper-disclosure`: the disclosure the unit already held on
 * paper — where the list was posted, its first and last day, and each objection received with the
 * answer given (an empty list when nobody objected).
 */
export const PaperDisclosureRequest = z.strictObject({
  place: text('place', 300),
  postedOn: IsoDate,
  endedOn: IsoDate,
  objections: z
    .array(
      z.strictObject({
        text: text('text', 4000),
        objectorName: text('objectorName', 200).optional(),
        answer: text('answer', 4000),
        upheld: z.boolean({ error: 'upheld must be true or false' }),
      }),
    )
    .max(100, { error: 'objections must list at most 100 objections' }),
});
/** Body of `POST /api/nominations/:id/paper-disclosure`. */
export type PaperDisclosureRequest = z.infer<typeof PaperDisclosureRequest>;
