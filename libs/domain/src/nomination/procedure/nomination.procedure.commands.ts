import { z } from 'zod';
import { IsoDateTime } from '../../shared/dates';
import { OrgLevel } from '../../org/org-unit';
import { AttachmentKind } from '../../rules/rule-set.schema';
import { EligibilityCheck } from '../../eligibility/eligibility.schema';
import { VoteTally } from '../../procedure/vote';
import { commandBase, id, reasonText, taskSeq } from '../shared/nomination.command-base';
import { FreeText, Text } from '../../shared/text';

const atLevel = { ...commandBase, level: OrgLevel, unitId: id('unitId'), taskSeq };
const documentNumber = (field: string) => Text(field, 64);

/**
 * Record the intake check of the open review: the decider adds the required attachment kinds the
 * dossier lacks to `missingKinds` (kinds the reviewer found present but unusable). Nothing
 * missing → the next step; anything missing → the dossier goes back with the list.
 */
export const RecordIntake = z.object({
  type: z.literal('RecordIntake'),
  ...atLevel,
  missingKinds: z.array(AttachmentKind).max(10).optional(),
  reason: reasonText.optional(),
});
/** Record the intake check. */
export type RecordIntake = z.infer<typeof RecordIntake>;

/** Record the appraisal's eligibility checks (e.g. `checkEligibility`'s results); all passed → the next step. */
export const RecordAppraisal = z.object({
  type: z.literal('RecordAppraisal'),
  ...atLevel,
  checks: z.array(EligibilityCheck).min(1, { error: 'checks must list at least one rule' }).max(100),
  note: FreeText('note', 4000).optional(),
});
/** Record the appraisal's checks. */
export type RecordAppraisal = z.infer<typeof RecordAppraisal>;

/** Record the council vote's tally (with the minutes' number); the threshold comes from the nomination's procedure. */
export const RecordVote = z.object({
  type: z.literal('RecordVote'),
  ...atLevel,
  tally: VoteTally,
  minutesNumber: documentNumber('minutesNumber').optional(),
});
/** Record the council vote. */
export type RecordVote = z.infer<typeof RecordVote>;

/** Why a nomination is paused (NĐ 152 Art. 4(4)). */
export const HoldKind = z.enum(['discipline_review', 'inspection', 'complaint'], {
  error: 'kind must be "discipline_review", "inspection" or "complaint"',
});
/** Why a nomination is paused. */
export type HoldKind = z.infer<typeof HoldKind>;

/** Pause the nomination: no decision or step is accepted until it is resumed. */
export const HoldNomination = z.object({
  type: z.literal('HoldNomination'),
  ...commandBase,
  kind: HoldKind,
  reason: reasonText,
});
/** Pause the nomination. */
export type HoldNomination = z.infer<typeof HoldNomination>;

/** Resume a paused nomination where it stopped. */
export const ResumeNomination = z.object({ type: z.literal('ResumeNomination'), ...commandBase, reason: reasonText });
/** Resume a paused nomination. */
export type ResumeNomination = z.infer<typeof ResumeNomination>;

/** Revoke a granted award (thu hồi), by the granting unit, with the reason and the revoking decision's number. */
export const RevokeAward = z.object({
  type: z.literal('RevokeAward'),
  ...commandBase,
  reason: reasonText,
  decisionNumber: documentNumber('decisionNumber').optional(),
});
/** Revoke a granted award. */
export type RevokeAward = z.infer<typeof RevokeAward>;

/** An administrator moves the open task's due time later, with a reason. */
export const ExtendTaskDeadline = z.object({
  type: z.literal('ExtendTaskDeadline'),
  ...commandBase,
  taskSeq: z.number().int().min(1),
  dueAt: IsoDateTime,
  reason: reasonText,
});
/** Extend the open task's deadline. */
export type ExtendTaskDeadline = z.infer<typeof ExtendTaskDeadline>;

/** The workflow records the due time it computed (calendar and cut-off) for a task it opened. */
export const SetTaskDue = z.object({
  type: z.literal('SetTaskDue'),
  ...commandBase,
  taskSeq: z.number().int().min(1),
  dueAt: IsoDateTime,
});
/** Record a task's due time. */
export type SetTaskDue = z.infer<typeof SetTaskDue>;

/** A durable timer of the escalation ladder fired for a task and the due time it was set for. */
export const TaskTimer = z.enum(['reminder', 'deadline_missed', 'stuck', 'auto_return'], {
  error: 'timer must be "reminder", "deadline_missed", "stuck" or "auto_return"',
});
/** A timer of the escalation ladder. */
export type TaskTimer = z.infer<typeof TaskTimer>;

/** The workflow reports a fired timer; a timer for a closed task or a since-moved due time is a no-op. */
export const RecordTaskTimer = z.object({
  type: z.literal('RecordTaskTimer'),
  ...commandBase,
  taskSeq: z.number().int().min(1),
  dueAt: IsoDateTime,
  timer: TaskTimer,
});
/** Report a fired timer. */
export type RecordTaskTimer = z.infer<typeof RecordTaskTimer>;
