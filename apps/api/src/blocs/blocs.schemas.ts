import { z } from 'zod';
import { CollectiveNominee, Dossier, safeString } from '@vinhdanh/domain';

const unitId = (field: string) =>
  safeString({ error: `${field} must be a unit id` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(128, { error: `${field} must be at most 128 characters` });
const date = (field: string) => z.iso.date({ error: `${field} must be a date YYYY-MM-DD` });
const text = (field: string, max = 2000) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });
const points = z.record(
  z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, { error: 'points keys must be criterion codes' }),
  z.number({ error: 'points must be numbers' }).finite({ error: 'points must be numbers' }),
  { error: 'points must map criterion codes to numbers' },
);

/** A bloc id in a path (also its stream id's tail). */
export const BlocIdParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'id must be a bloc id (lower-case letters, digits, "-")' });
/** A year in a path. */
export const YearParam = z.coerce
  .number({ error: 'year must be a year' })
  .int({ error: 'year must be a year' })
  .min(2000, { error: 'year must be 2000–2100' })
  .max(2100, { error: 'year must be 2000–2100' });

/** Body of `POST /api/blocs`. */
export const CreateBlocRequest = z.strictObject({
  id: BlocIdParam.optional(),
  name: text('name', 200),
  organiserUnitId: unitId('organiserUnitId'),
  formedOn: date('formedOn'),
  memberUnitIds: z
    .array(unitId('memberUnitIds[]'), { error: 'memberUnitIds must be a list of unit ids' })
    .min(2, { error: 'memberUnitIds must name at least two units' })
    .max(60, { error: 'memberUnitIds must name at most 60 units' }),
});
export type CreateBlocRequest = z.infer<typeof CreateBlocRequest>;

/** Body of `POST /api/blocs/:id/members`. */
export const AddMemberRequest = z.strictObject({
  unitId: unitId('unitId'),
  from: date('from'),
  reason: text('reason'),
});
export type AddMemberRequest = z.infer<typeof AddMemberRequest>;

/** Body of `POST /api/blocs/:id/members/:unitId/leave`. */
export const RemoveMemberRequest = z.strictObject({
  on: date('on'),
  reason: text('reason'),
  dissolved: z.boolean({ error: 'dissolved must be true or false' }).default(false),
});
export type RemoveMemberRequest = z.infer<typeof RemoveMemberRequest>;

/** Body of `POST /api/blocs/:id/years`. */
export const OpenYearRequest = z.strictObject({
  year: YearParam,
  covenantDeadline: date('covenantDeadline'),
  headUnitId: unitId('headUnitId'),
  deputyUnitId: unitId('deputyUnitId'),
});
export type OpenYearRequest = z.infer<typeof OpenYearRequest>;

/** Body of `POST /api/blocs/{id}/years/{year}/workflow`: the deadline of each stage after the covenant's (dates, in order). */
export const StartYearWorkflowRequest = z.strictObject({
  selfScoreDeadline: date('selfScoreDeadline'),
  crossScoreDeadline: date('crossScoreDeadline'),
  reviewDeadline: date('reviewDeadline'),
  meetingDeadline: date('meetingDeadline'),
});
export type StartYearWorkflowRequest = z.infer<typeof StartYearWorkflowRequest>;

/** Body of registrations and covenants. */
export const MemberDateRequest = z.strictObject({ unitId: unitId('unitId'), on: date('on') });
export type MemberDateRequest = z.infer<typeof MemberDateRequest>;

/** Body of a self-score. */
export const SelfScoreRequest = z.strictObject({
  unitId: unitId('unitId'),
  points,
  evidenceAttachmentIds: z
    .array(safeString().trim().min(1).max(128), { error: 'evidenceAttachmentIds must be a list of attachment ids' })
    .max(50, { error: 'evidenceAttachmentIds: at most 50' })
    .default([]),
});
export type SelfScoreRequest = z.infer<typeof SelfScoreRequest>;

/** Body of a cross-score. */
export const CrossScoreRequest = z.strictObject({
  scorerUnitId: unitId('scorerUnitId'),
  scoredUnitId: unitId('scoredUnitId'),
  points,
});
export type CrossScoreRequest = z.infer<typeof CrossScoreRequest>;

/** Body of the head's review. */
export const ReviewRequest = z.strictObject({ note: safeString().trim().max(2000).default('') });
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/** Body of the meeting's ballot count. */
export const BallotRequest = z.strictObject({
  heldOn: date('heldOn'),
  presentUnitIds: z
    .array(unitId('presentUnitIds[]'))
    .min(1, { error: 'presentUnitIds must name who attended' })
    .max(60),
  ballotsCast: z
    .number({ error: 'ballotsCast must be a whole number' })
    .int({ error: 'ballotsCast must be a whole number' })
    .min(1, { error: 'ballotsCast must be at least 1' }),
  votes: z.record(
    unitId('votes key'),
    z.number({ error: 'votes must be whole numbers' }).int({ error: 'votes must be whole numbers' }),
  ),
});
export type BallotRequest = z.infer<typeof BallotRequest>;

/** Body of a reason. */
export const ReasonRequest = z.strictObject({ reason: text('reason') });
export type ReasonRequest = z.infer<typeof ReasonRequest>;

/** Body of a past year brought in from paper records. */
export const ImportYearRequest = z.strictObject({
  maxTotal: z.number({ error: 'maxTotal must be a number' }).positive({ error: 'maxTotal must be positive' }),
  results: z
    .array(
      z.strictObject({
        unitId: unitId('results[].unitId'),
        selfTotal: z.number().min(0).nullable(),
        crossTotal: z.number().min(0).nullable(),
      }),
    )
    .min(1, { error: 'results must list the members' })
    .max(60),
  winnerUnitId: unitId('winnerUnitId').nullable(),
  reason: text('reason').nullable().default(null),
  source: text('source', 500),
});
export type ImportYearRequest = z.infer<typeof ImportYearRequest>;

/**
 * Body of `POST /api/blocs/{id}/years/{year}/proposal/nomination`: what only the leading unit can
 * state for its Cờ thi đua dossier (members, share of women, its report and tờ trình). The bloc adds
 * the rest: the nominee, the award, the campaign and the meeting's biên bản.
 */
export const CompleteProposalRequest = z.strictObject({
  memberCount: CollectiveNominee.shape.memberCount,
  womenShare: CollectiveNominee.shape.womenShare,
  achievements: Dossier.shape.achievements,
  initiatives: Dossier.shape.initiatives.default([]),
  attachments: Dossier.shape.attachments,
});
export type CompleteProposalRequest = z.infer<typeof CompleteProposalRequest>;
