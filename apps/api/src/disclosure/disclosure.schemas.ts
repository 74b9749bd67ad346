import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

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
