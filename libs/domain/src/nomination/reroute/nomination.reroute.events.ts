import { z } from 'zod';
import { OrgLevel } from '../../org/org-unit';
import { event } from '../shared/nomination.event-base';

const unitAt = z.object({ level: OrgLevel, unitId: z.string().min(1) });

/**
 * A reorganisation moved the nomination's not-yet-done step at `from` to `to` (same level): the
 * route names the successor from now on, and the open task there (`taskSeq`, null when the
 * nomination was not waiting at that unit yet) is now the successor's to handle.
 */
export const NominationRerouted = event('NominationRerouted', {
  reorganisationId: z.string().min(1),
  from: unitAt,
  to: unitAt,
  reason: z.string().min(1),
  taskSeq: z.number().int().min(1).nullable(),
});
/** A reorganisation moved a pending route step (and its open task) to a successor unit. */
export type NominationRerouted = z.infer<typeof NominationRerouted>;
