import { z } from 'zod';
import { OrgLevel } from '../../org/org-unit';
import { RouteStep } from '../../route/route';
import { NominationStatus } from '../shared/nomination.status';
import { event } from '../shared/nomination.event-base';

const taskSeq = z.number().int().min(1);

/** An administrator reminded the holders of the open task (the operator is the event's actor). */
export const NominationTaskReminded = event('NominationTaskReminded', {
  taskSeq,
  level: OrgLevel,
  unitId: z.string().min(1),
  kind: z.enum(['review', 'revision']),
  reason: z.string().min(1),
});
/** An administrator reminded the holders of the open task. */
export type NominationTaskReminded = z.infer<typeof NominationTaskReminded>;

/**
 * An administrator returned the nomination to the nominating unit for revision (`taskSeq` is the
 * revision task). `from` is where it waited; `resumeAt` is where the review reopens on resubmission.
 */
export const NominationForceReturned = event('NominationForceReturned', {
  from: RouteStep,
  to: RouteStep,
  resumeAt: RouteStep,
  reason: z.string().min(1),
  taskSeq,
  fromTaskSeq: taskSeq,
});
/** An administrator returned the nomination to the nominating unit. */
export type NominationForceReturned = z.infer<typeof NominationForceReturned>;

/** An administrator ended the nomination (đã hủy); final. */
export const NominationCancelled = event('NominationCancelled', {
  reason: z.string().min(1),
  pendingAt: RouteStep.nullable(),
  statusBefore: NominationStatus.exclude(['DRAFT']),
});
/** An administrator ended the nomination. */
export type NominationCancelled = z.infer<typeof NominationCancelled>;

/** The events of the administrators' interventions. */
export type NominationInterventionEvent = NominationTaskReminded | NominationForceReturned | NominationCancelled;
