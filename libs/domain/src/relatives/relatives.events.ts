import { z } from 'zod';

/** A user declared a relative, so that they cannot act on that person's nomination. */
export const RelativeDeclared = z.object({
  type: z.literal('RelativeDeclared'),
  data: z.object({
    declarationId: z.string(),
    personKey: z.string(),
    fullName: z.string(),
    /** e.g. "vợ", "con", "anh ruột". */
    relation: z.string(),
  }),
});

/** Every event of a user's relatives stream. */
export const RelativesEvent = z.discriminatedUnion('type', [RelativeDeclared]);
/** Every event of a user's relatives stream. */
export type RelativesEvent = z.infer<typeof RelativesEvent>;
