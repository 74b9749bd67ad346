import { z } from 'zod';
import { IsoDateTime } from '../../shared/dates';
import { Actor } from './nomination.command-base';

/** Facts every event carries: whose nomination, who acted, when, and under which rule-set version. */
export const NominationEventMetadata = z.object({
  nominationId: z.string().min(1),
  actor: Actor,
  now: IsoDateTime,
  ruleSetVersion: z.string().min(1),
});
/** Facts every event carries. */
export type NominationEventMetadata = z.infer<typeof NominationEventMetadata>;

/** Builds an event schema of the `{ type, data, metadata }` shape. */
export const event = <T extends string, D extends z.ZodRawShape>(type: T, data: D) =>
  z.object({ type: z.literal(type), data: z.object(data), metadata: NominationEventMetadata });
