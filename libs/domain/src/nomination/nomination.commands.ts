import { z } from 'zod';
import { GrantByDecision } from './nomination.grant-by-decision';
import { RecordLateSubmission } from './deadlines/nomination.cut-off.schemas';
import { OrgLevel } from '../org/org-unit';
import { AwardCode } from '../rules/rule-set.schema';
import { Route } from '../route/route';
import { NominationProcedure } from '../procedure/procedure';
import { DisclosureRequirement } from '../procedure/disclosure';
import {
  AnswerObjection,
  EndDisclosure,
  PostDisclosure,
  RecordObjection,
  RecordPaperDisclosure,
} from './disclosure/nomination.disclosure.commands';
import { Dossier } from './shared/nomination.dossier';
import { FreeText, Text } from '../shared/text';
import { Actor, commandBase, Decision, id, reasonText, taskSeq } from './shared/nomination.command-base';

export { Decision };
import {
  ExtendTaskDeadline,
  HoldNomination,
  RecordAppraisal,
  RecordIntake,
  RecordTaskTimer,
  RecordVote,
  ResumeNomination,
  RevokeAward,
  SetTaskDue,
} from './procedure/nomination.procedure.commands';
import { AssignTask, ClaimTask, RecuseFromNomination, ReleaseTask } from './tasks/nomination.tasks.commands';
import { RerouteNomination } from './reroute/nomination.reroute.commands';
import { CancelNomination, ForceReturnNomination, RemindTask } from './interventions/nomination.interventions.commands';

export { Actor };

/** Submit a dossier with the route computed for it and the rule-set version it was checked against. */
export const SubmitNomination = z.object({
  type: z.literal('SubmitNomination'),
  ...commandBase,
  nominatingUnitId: id('nominatingUnitId'),
  awardCode: AwardCode,
  campaignId: id('campaignId'),
  ruleSetVersion: id('ruleSetVersion'),
  dossier: Dossier,
  route: Route,
  /** The procedure data of the pinned rule set (`computeProcedureRoute`); required when route steps carry steps. */
  procedure: NominationProcedure.optional(),
  /** The public disclosure the pinned rule set requires for the award (`disclosureFor`); none when absent. */
  disclosure: DisclosureRequirement.optional(),
});
/** Submit a dossier. */
export type SubmitNomination = z.infer<typeof SubmitNomination>;

/**
 * Decide on the open review at a level. `reason` is required to return or reject;
 * `decisionNumber` is required when approving at the granting level (the award decision) and
 * optional below it (the forwarding letter's number).
 */
export const DecideNomination = z
  .object({
    type: z.literal('DecideNomination'),
    ...commandBase,
    decision: Decision,
    level: OrgLevel,
    unitId: id('unitId'),
    reason: reasonText.optional(),
    decisionNumber: Text('decisionNumber', 64).optional(),
    taskSeq,
  })
  .superRefine((command, ctx) => {
    if (command.decision !== 'approve' && command.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `reason is required to ${command.decision} a nomination`,
      });
    }
  });
/** Decide on the open review at a level. */
export type DecideNomination = z.infer<typeof DecideNomination>;

/** Resubmit after a return, from the unit holding the revision task, optionally with a revised dossier. */
export const ResubmitNomination = z.object({
  type: z.literal('ResubmitNomination'),
  ...commandBase,
  dossier: Dossier.optional(),
  note: FreeText('note', 4000).optional(),
  taskSeq,
});
/** Resubmit after a return. */
export type ResubmitNomination = z.infer<typeof ResubmitNomination>;

/** Withdraw the nomination: the nominating unit only, before the final decision, with a reason. */
export const WithdrawNomination = z.object({
  type: z.literal('WithdrawNomination'),
  ...commandBase,
  reason: reasonText,
});
/** Withdraw the nomination. */
export type WithdrawNomination = z.infer<typeof WithdrawNomination>;

/** Every command the nomination accepts. */
export const NominationCommand = z.discriminatedUnion('type', [
  GrantByDecision,
  ClaimTask,
  ReleaseTask,
  AssignTask,
  RecuseFromNomination,
  SubmitNomination,
  DecideNomination,
  ResubmitNomination,
  WithdrawNomination,
  RecordIntake,
  RecordAppraisal,
  RecordVote,
  HoldNomination,
  ResumeNomination,
  RevokeAward,
  ExtendTaskDeadline,
  SetTaskDue,
  RecordTaskTimer,
  PostDisclosure,
  EndDisclosure,
  RecordObjection,
  AnswerObjection,
  RecordPaperDisclosure,
  RerouteNomination,
  RemindTask,
  ForceReturnNomination,
  CancelNomination,
  RecordLateSubmission,
]);
/** Every command the nomination accepts. */
export type NominationCommand = z.infer<typeof NominationCommand>;
