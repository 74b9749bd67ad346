import { z } from 'zod';
import { IsoDateTime } from '../../shared/dates';
import { OrgLevel } from '../../org/org-unit';
import { AttachmentKind, VoteThreshold } from '../../rules/rule-set.schema';
import { OnVoteFailed, VoteThresholdRule } from '../../rules/procedure-rules.schema';
import { RouteStep } from '../../route/route';
import { EligibilityCheck } from '../../eligibility/eligibility.schema';
import { VoteTally } from '../../procedure/vote';
import { NominationStatus } from '../shared/nomination.status';
import { HoldKind } from './nomination.procedure.commands';
import { event } from '../shared/nomination.event-base';

const SubmittedStatus = NominationStatus.exclude(['DRAFT']);
const at = { level: OrgLevel, unitId: z.string().min(1), taskSeq: z.number().int().min(1) };
const task = { taskSeq: z.number().int().min(1), dueAt: IsoDateTime };
const returned = { by: RouteStep, to: RouteStep, reason: z.string().min(1), taskSeq: z.number().int().min(1) };
const voteFacts = {
  ...at,
  tally: VoteTally,
  threshold: z.object({ class: VoteThreshold, ...VoteThresholdRule.shape }),
  share: z.number().min(0).max(1),
  required: z.number().int().min(0),
  minutesNumber: z.string().min(1).optional(),
};

/** The intake found the dossier complete; the review moves to its next step. */
export const NominationIntakeCompleted = event('NominationIntakeCompleted', at);
/** The intake found the dossier complete. */
export type NominationIntakeCompleted = z.infer<typeof NominationIntakeCompleted>;

/** The intake found required documents missing: returned to the level below with the list (`taskSeq` is the revision task). */
export const NominationDossierIncomplete = event('NominationDossierIncomplete', {
  ...returned,
  missingKinds: z.array(AttachmentKind).min(1),
});
/** The intake found required documents missing. */
export type NominationDossierIncomplete = z.infer<typeof NominationDossierIncomplete>;

/** The appraisal's eligibility checks, each with its result; `passed` when all passed. */
export const NominationAppraisalRecorded = event('NominationAppraisalRecorded', {
  ...at,
  checks: z.array(EligibilityCheck).min(1),
  passed: z.boolean(),
  note: z.string().optional(),
});
/** The appraisal's eligibility checks. */
export type NominationAppraisalRecorded = z.infer<typeof NominationAppraisalRecorded>;

/** The council vote reached its threshold; the review moves to the chair's sign-off. */
export const NominationVoteRecorded = event('NominationVoteRecorded', voteFacts);
/** The council vote reached its threshold. */
export type NominationVoteRecorded = z.infer<typeof NominationVoteRecorded>;

/** The council vote fell short (a recorded outcome); `outcome` says whether a rejection or a return follows. */
export const NominationVoteFailed = event('NominationVoteFailed', {
  ...voteFacts,
  outcome: OnVoteFailed,
  reasonVi: z.string().min(1),
  reasonEn: z.string().min(1),
});
/** The council vote fell short. */
export type NominationVoteFailed = z.infer<typeof NominationVoteFailed>;

/** The nomination is paused (tạm dừng); `statusBefore` is restored on resumption. */
export const NominationHeld = event('NominationHeld', {
  kind: HoldKind,
  reason: z.string().min(1),
  statusBefore: SubmittedStatus,
});
/** The nomination is paused. */
export type NominationHeld = z.infer<typeof NominationHeld>;

/** The nomination resumed where it stopped. */
export const NominationResumed = event('NominationResumed', { reason: z.string().min(1), status: SubmittedStatus });
/** The nomination resumed. */
export type NominationResumed = z.infer<typeof NominationResumed>;

/** The granted award was revoked (đã thu hồi); final. */
export const NominationRevoked = event('NominationRevoked', {
  level: OrgLevel,
  unitId: z.string().min(1),
  reason: z.string().min(1),
  /** Số of the quyết định thu hồi. */
  decisionNumber: z.string().min(1).optional(),
  /** The quyết định that granted the award being revoked (from the grant; absent in older histories). */
  grantedBy: z.object({ decisionNumber: z.string().min(1), decisionId: z.string().min(1).optional() }).optional(),
});
/** The granted award was revoked. */
export type NominationRevoked = z.infer<typeof NominationRevoked>;

/** The open task's due time (the earlier of the working-day limit and the level's cut-off). */
export const NominationTaskDueSet = event('NominationTaskDueSet', task);
/** The open task's due time. */
export type NominationTaskDueSet = z.infer<typeof NominationTaskDueSet>;

/** An administrator moved the open task's due time; overdue and stuck flags clear. */
export const NominationTaskDeadlineExtended = event('NominationTaskDeadlineExtended', {
  ...task,
  previousDueAt: IsoDateTime.nullable(),
  reason: z.string().min(1),
});
/** An administrator moved the open task's due time. */
export type NominationTaskDeadlineExtended = z.infer<typeof NominationTaskDeadlineExtended>;

/** The assignees were reminded of the open task. */
export const NominationReminderSent = event('NominationReminderSent', {
  ...task,
  level: OrgLevel,
  unitId: z.string().min(1),
});
/** The assignees were reminded. */
export type NominationReminderSent = z.infer<typeof NominationReminderSent>;

/** The open task passed its due time (quá hạn); the unit's administrator and the level above are told. */
export const NominationDeadlineMissed = event('NominationDeadlineMissed', {
  ...task,
  level: OrgLevel,
  unitId: z.string().min(1),
});
/** The open task passed its due time. */
export type NominationDeadlineMissed = z.infer<typeof NominationDeadlineMissed>;

/** The grace period after the deadline ran out: administrators must intervene. */
export const NominationMarkedStuck = event('NominationMarkedStuck', {
  ...task,
  level: OrgLevel,
  unitId: z.string().min(1),
});
/** The nomination is stuck. */
export type NominationMarkedStuck = z.infer<typeof NominationMarkedStuck>;

/** The grace period ran out where the rule set auto-returns: returned to the level below (`taskSeq` is the revision task). */
export const NominationAutoReturned = event('NominationAutoReturned', {
  ...returned,
  fromTaskSeq: z.number().int().min(1),
  dueAt: IsoDateTime,
});
/** The nomination was returned automatically after its deadline. */
export type NominationAutoReturned = z.infer<typeof NominationAutoReturned>;

/** The events of the procedure, deadlines, holds and revocation. */
export type NominationProcedureEvent =
  | NominationIntakeCompleted
  | NominationDossierIncomplete
  | NominationAppraisalRecorded
  | NominationVoteRecorded
  | NominationVoteFailed
  | NominationHeld
  | NominationResumed
  | NominationRevoked
  | NominationTaskDueSet
  | NominationTaskDeadlineExtended
  | NominationReminderSent
  | NominationDeadlineMissed
  | NominationMarkedStuck
  | NominationAutoReturned;
