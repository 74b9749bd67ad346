import { z } from 'zod';
import { commandBase, id, reasonText } from '../shared/nomination.command-base';

/**
 * Move the nomination's not-yet-done route steps (and an open task) from a unit that a
 * reorganisation dissolved or replaced to its successor at the same level. Sent by the
 * reorganisation job, once per nomination and reorganisation (the Update id says so).
 */
export const RerouteNomination = z
  .object({
    type: z.literal('RerouteNomination'),
    ...commandBase,
    reorganisationId: id('reorganisationId'),
    fromUnitId: id('fromUnitId'),
    toUnitId: id('toUnitId'),
    reason: reasonText,
  })
  .refine((c) => c.fromUnitId !== c.toUnitId, {
    path: ['toUnitId'],
    message: 'toUnitId must differ from fromUnitId',
  });
/** Move pending route steps and an open task from one unit to its successor. */
export type RerouteNomination = z.infer<typeof RerouteNomination>;
