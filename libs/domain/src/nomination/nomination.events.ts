import { z } from 'zod';
import { OrgLevel } from '../org/org-unit';
import { AwardCode } from '../rules/rule-set.schema';
import { Route, RouteStep } from '../route/route';
import { NominationProcedure } from '../procedure/procedure';
import { DisclosureRequirement } from '../procedure/disclosure';
import {
  NominationDisclosureEnded,
  NominationDisclosureHeldOnPaper,
  NominationDisclosurePosted,
  NominationObjectionAnswered,
  NominationObjectionRecorded,
} from './disclosure/nomination.disclosure.events';
import { Dossier } from './shared/nomination.dossier';
import { event, NominationEventMetadata } from './shared/nomination.event-base';
import {
  NominationAppraisalRecorded,
  NominationAutoReturned,
  NominationDeadlineMissed,
  NominationDossierIncomplete,
  NominationHeld,
  NominationIntakeCompleted,
  NominationMarkedStuck,
  NominationReminderSent,
  NominationResumed,
  NominationRevoked,
  NominationTaskDeadlineExtended,
  NominationTaskDueSet,
  NominationVoteFailed,
  NominationVoteRecorded,
} from './procedure/nomination.procedure.events';
import {
  NominationRecused,
  NominationTaskAssigned,
  NominationTaskClaimed,
  NominationTaskReassigned,
  NominationTaskReleased,
} from './tasks/nomination.tasks.events';
import { NominationRerouted } from './reroute/nomination.reroute.events';
import { NominationSubmittedAfterCutOff } from './deadlines/nomination.cut-off.schemas';
import {
  NominationCancelled,
  NominationForceReturned,
  NominationTaskReminded,
} from './interventions/nomination.interventions.events';

export { NominationEventMetadata };

/** The nominating unit submitted a dossier along a computed route. */
export const NominationSubmitted = event('NominationSubmitted', {
  nominatingUnitId: z.string().min(1),
  awardCode: AwardCode,
  campaignId: z.string().min(1),
  dossier: Dossier,
  route: Route,
  procedure: NominationProcedure.optional(),
  disclosure: DisclosureRequirement.optional(),
});
/** The nominating unit submitted a dossier. */
export type NominationSubmitted = z.infer<typeof NominationSubmitted>;

/** A review task opened at a level of the route (task numbers count every task opened). */
export const NominationReviewOpened = event('NominationReviewOpened', {
  level: OrgLevel,
  unitId: z.string().min(1),
  taskSeq: z.number().int().min(1),
});
/** A review task opened at a level. */
export type NominationReviewOpened = z.infer<typeof NominationReviewOpened>;

/** A level approved and forwarded the nomination to the next level of the route. */
export const NominationForwarded = event('NominationForwarded', {
  from: RouteStep,
  to: RouteStep,
  decisionNumber: z.string().min(1).optional(),
});
/** A level approved and forwarded the nomination. */
export type NominationForwarded = z.infer<typeof NominationForwarded>;

/** A level returned the nomination for revision to the level below (or to the nominating unit). */
export const NominationReturned = event('NominationReturned', {
  by: RouteStep,
  to: RouteStep,
  reason: z.string().min(1),
  taskSeq: z.number().int().min(1),
});
/** A level returned the nomination for revision. */
export type NominationReturned = z.infer<typeof NominationReturned>;

/** The level holding the revision task resubmitted; the review reopens at the returning level. */
export const NominationResubmitted = event('NominationResubmitted', {
  by: RouteStep,
  to: RouteStep,
  revision: z.number().int().min(1),
  dossier: Dossier.optional(),
  note: z.string().optional(),
});
/** The level holding the revision task resubmitted. */
export type NominationResubmitted = z.infer<typeof NominationResubmitted>;

/** A level rejected the nomination (không đạt); final. */
export const NominationRejected = event('NominationRejected', {
  level: OrgLevel,
  unitId: z.string().min(1),
  reason: z.string().min(1),
});
/** A level rejected the nomination. */
export type NominationRejected = z.infer<typeof NominationRejected>;

/** The granting level approved: the award is granted by a numbered decision; final. */
export const NominationGranted = event('NominationGranted', {
  level: OrgLevel,
  unitId: z.string().min(1),
  awardCode: AwardCode,
  decisionNumber: z.string().min(1),
  /** The quyết định (award-decision stream) that granted it, when granted by a decision with an annex. */
  decisionId: z.string().min(1).optional(),
});
/** The award is granted. */
export type NominationGranted = z.infer<typeof NominationGranted>;

/** The nominating unit withdrew the nomination before the final decision; final. */
export const NominationWithdrawn = event('NominationWithdrawn', {
  reason: z.string().min(1),
  pendingAt: RouteStep.nullable(),
});
/** The nominating unit withdrew the nomination. */
export type NominationWithdrawn = z.infer<typeof NominationWithdrawn>;

/** Every fact of a nomination's stream. */
export const NominationEvent = z.discriminatedUnion('type', [
  NominationTaskClaimed,
  NominationTaskReleased,
  NominationTaskAssigned,
  NominationTaskReassigned,
  NominationRecused,
  NominationSubmitted,
  NominationReviewOpened,
  NominationForwarded,
  NominationReturned,
  NominationResubmitted,
  NominationRejected,
  NominationGranted,
  NominationWithdrawn,
  NominationIntakeCompleted,
  NominationDossierIncomplete,
  NominationAppraisalRecorded,
  NominationVoteRecorded,
  NominationVoteFailed,
  NominationHeld,
  NominationResumed,
  NominationRevoked,
  NominationTaskDueSet,
  NominationTaskDeadlineExtended,
  NominationReminderSent,
  NominationDeadlineMissed,
  NominationMarkedStuck,
  NominationAutoReturned,
  NominationDisclosurePosted,
  NominationDisclosureEnded,
  NominationObjectionRecorded,
  NominationObjectionAnswered,
  NominationDisclosureHeldOnPaper,
  NominationRerouted,
  NominationTaskReminded,
  NominationForceReturned,
  NominationCancelled,
  NominationSubmittedAfterCutOff,
]);
/** Every fact of a nomination's stream. */
export type NominationEvent = z.infer<typeof NominationEvent>;
/** The `type` of a nomination event. */
export type NominationEventType = NominationEvent['type'];
