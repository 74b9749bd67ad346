import { z } from 'zod';
import { BlocCriterion } from './bloc.score-sheet';

const date = z.iso.date();
const points = z.record(z.string(), z.number());
const member = z.object({ unitId: z.string(), unitName: z.string() });

/** A khối/cụm thi đua was formed at a level by the union that runs it, with its first members. */
export const BlocFormed = z.object({
  type: z.literal('BlocFormed'),
  data: z.object({
    blocId: z.string(),
    name: z.string(),
    level: z.number().int(),
    organiserUnitId: z.string(),
    formedOn: date,
    members: z.array(member),
  }),
});

/** A unit joined the bloc from a date (a re-formed bloc takes in merged units; history stays). */
export const BlocMemberJoined = z.object({
  type: z.literal('BlocMemberJoined'),
  data: z.object({ unitId: z.string(), unitName: z.string(), from: date, reason: z.string() }),
});

/** A unit left the bloc on a date; `dissolved` when the unit itself ceased to exist. */
export const BlocMemberLeft = z.object({
  type: z.literal('BlocMemberLeft'),
  data: z.object({ unitId: z.string(), on: date, reason: z.string(), dissolved: z.boolean() }),
});

/** The year's emulation opened: the flag it leads to, the score table (from the rule set), the covenant deadline, head and deputy. */
export const BlocYearOpened = z.object({
  type: z.literal('BlocYearOpened'),
  data: z.object({
    year: z.number().int(),
    awardCode: z.string(),
    ruleSetVersion: z.string(),
    criteria: z.array(BlocCriterion),
    criteriaSource: z.string(),
    selfCrossMarginShare: z.number(),
    rotationMinYears: z.number().int(),
    covenantDeadline: date,
    headUnitId: z.string(),
    deputyUnitId: z.string(),
  }),
});

/** A member registered for the year's emulation (đăng ký thi đua). */
export const BlocRegistered = z.object({
  type: z.literal('BlocRegistered'),
  data: z.object({ year: z.number().int(), unitId: z.string(), on: date }),
});

/** A member signed the year's covenant (giao ước thi đua). */
export const BlocCovenantSigned = z.object({
  type: z.literal('BlocCovenantSigned'),
  data: z.object({ year: z.number().int(), unitId: z.string(), on: date }),
});

/**
 * Scoring opened; members without a covenant by the deadline take no part. `rounds`: the self round
 * comes first and the cross round opens when it closes (years run by the bloc-year workflow); years
 * opened before that take both kinds of sheet at once.
 */
export const BlocScoringOpened = z.object({
  type: z.literal('BlocScoringOpened'),
  data: z.object({ year: z.number().int(), withoutCovenant: z.array(z.string()), rounds: z.boolean().optional() }),
});

/** The year runs as the bloc-year workflow with these stage deadlines (dates, Vietnam time) and reminder share. */
export const BlocYearScheduled = z.object({
  type: z.literal('BlocYearScheduled'),
  data: z.object({
    year: z.number().int(),
    workflowId: z.string(),
    covenantDeadline: date,
    selfScoreDeadline: date,
    crossScoreDeadline: date,
    reviewDeadline: date,
    meetingDeadline: date,
    remindAtShare: z.number().min(0).max(1),
  }),
});

/** The stages of a bloc year that have a deadline. */
export const BlocStage = z.enum(['covenant', 'self_score', 'cross_score', 'review', 'meeting']);
/** A stage of a bloc year that has a deadline. */
export type BlocStage = z.infer<typeof BlocStage>;

/** A reminder went to the members (or the head) that have not yet done the stage's part before its deadline. */
export const BlocDeadlineReminded = z.object({
  type: z.literal('BlocDeadlineReminded'),
  data: z.object({ year: z.number().int(), stage: BlocStage, dueAt: z.string(), unitIds: z.array(z.string()) }),
});

/** A stage's deadline passed with these units' part missing: escalated to the organiser (the upper level's office). */
export const BlocDeadlineMissed = z.object({
  type: z.literal('BlocDeadlineMissed'),
  data: z.object({
    year: z.number().int(),
    stage: BlocStage,
    dueAt: z.string(),
    unitIds: z.array(z.string()),
    escalatedToUnitId: z.string(),
  }),
});

/** The self-scoring round closed (its deadline passed or every participant scored itself): cross-scoring opens. */
export const BlocSelfRoundClosed = z.object({
  type: z.literal('BlocSelfRoundClosed'),
  data: z.object({ year: z.number().int(), withoutSelfScore: z.array(z.string()) }),
});

/** The leading unit was proposed for the flag: the nomination it entered the normal path as, with the bloc's minutes. */
export const BlocWinnerProposed = z.object({
  type: z.literal('BlocWinnerProposed'),
  data: z.object({
    year: z.number().int(),
    unitId: z.string(),
    awardCode: z.string(),
    nominationId: z.string().nullable(),
    campaignId: z.string().nullable(),
    minutesAttachmentId: z.string().nullable(),
    /** Why no nomination was started (no open campaign for the flag, …), for the organiser to act on. */
    notStartedReason: z.string().nullable(),
  }),
});

/** A member's self-score (biểu tự chấm điểm) with its evidence (attachment ids). */
export const BlocSelfScored = z.object({
  type: z.literal('BlocSelfScored'),
  data: z.object({
    year: z.number().int(),
    unitId: z.string(),
    points,
    total: z.number(),
    evidenceAttachmentIds: z.array(z.string()),
  }),
});

/** Another member's cross-score of a member (chấm chéo). */
export const BlocCrossScored = z.object({
  type: z.literal('BlocCrossScored'),
  data: z.object({
    year: z.number().int(),
    scorerUnitId: z.string(),
    scoredUnitId: z.string(),
    points,
    total: z.number(),
  }),
});

/** The head reviewed the scores: the sheets are locked before the vote. */
export const BlocScoresReviewed = z.object({
  type: z.literal('BlocScoresReviewed'),
  data: z.object({ year: z.number().int(), headUnitId: z.string(), note: z.string() }),
});

/** The year-end meeting: attendance, the written ballot (suy tôn) and its result. */
export const BlocBallotCounted = z.object({
  type: z.literal('BlocBallotCounted'),
  data: z.object({
    year: z.number().int(),
    heldOn: date,
    presentUnitIds: z.array(z.string()),
    ballotsCast: z.number().int(),
    votes: z.record(z.string(), z.number().int()),
    /** Members that took part in the year but left before the meeting (dissolved or moved): off the ballot. */
    leftBallot: z.array(z.object({ unitId: z.string(), on: date, reason: z.string(), dissolved: z.boolean() })),
    winnerUnitId: z.string().nullable(),
    topScorerUnitId: z.string().nullable(),
  }),
});

/** Why the bloc chose a winner other than its top scorer (recorded for the upper level and auditors). */
export const BlocWinnerReasonRecorded = z.object({
  type: z.literal('BlocWinnerReasonRecorded'),
  data: z.object({ year: z.number().int(), reason: z.string() }),
});

/** A past year's outcome brought in from paper records (the bloc's history before the engine). */
export const BlocYearImported = z.object({
  type: z.literal('BlocYearImported'),
  data: z.object({
    year: z.number().int(),
    awardCode: z.string(),
    maxTotal: z.number(),
    results: z.array(
      z.object({ unitId: z.string(), selfTotal: z.number().nullable(), crossTotal: z.number().nullable() }),
    ),
    winnerUnitId: z.string().nullable(),
    reason: z.string().nullable(),
    source: z.string(),
  }),
});

/** Every event of a bloc stream. */
export const BlocEvent = z.discriminatedUnion('type', [
  BlocFormed,
  BlocMemberJoined,
  BlocMemberLeft,
  BlocYearOpened,
  BlocRegistered,
  BlocCovenantSigned,
  BlocScoringOpened,
  BlocYearScheduled,
  BlocDeadlineReminded,
  BlocDeadlineMissed,
  BlocSelfRoundClosed,
  BlocWinnerProposed,
  BlocSelfScored,
  BlocCrossScored,
  BlocScoresReviewed,
  BlocBallotCounted,
  BlocWinnerReasonRecorded,
  BlocYearImported,
]);
/** Every event of a bloc stream. */
export type BlocEvent = z.infer<typeof BlocEvent>;
