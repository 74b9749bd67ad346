import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

const text = (field: string, max: number) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });
const count = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} must not be negative` });

/** Body of `POST /api/council-sessions`: the roster and the candidates of the batches. */
export const ConveneCouncilSessionRequest = z.strictObject({
  councilUnitId: text('councilUnitId', 128),
  title: text('title', 300),
  /** The day the roster is in force (effective-dated roster). */
  rosterAsOf: z.iso.date({ error: 'rosterAsOf must be a date, e.g. 2026-11-25' }),
  members: z
    .array(
      z.strictObject({
        memberId: text('memberId', 128),
        name: text('name', 200),
        position: text('position', 300),
        role: z.enum(['chair', 'secretary', 'member'], { error: 'role must be chair, secretary or member' }),
      }),
    )
    .min(3, { error: 'members must list at least 3 people' })
    .max(60)
    // Left out: the council's roster in force on rosterAsOf (GET /api/council-rosters/:unitId).
    .optional(),
  campaignId: z.uuid({ error: 'campaignId must be a campaign id (UUID)' }),
  awardCode: text('awardCode', 32),
  batchIds: z
    .array(z.uuid({ error: 'batchIds must be submission batch ids' }))
    .min(1)
    .max(50),
  /** Quota slots to fill by rank. */
  slots: count('slots'),
  /** Rounds of ballots allowed (1 = no re-vote). */
  maxRounds: count('maxRounds').min(1).max(5).default(2),
  /** Share of members present for the session to sit (2/3 by default [S30]). */
  quorumShare: z
    .number()
    .gt(0)
    .max(1)
    .default(2 / 3),
});
export type ConveneCouncilSessionRequest = z.infer<typeof ConveneCouncilSessionRequest>;

export const OpenCouncilSessionRequest = z.strictObject({
  present: z.array(text('present[]', 128)).max(60),
});
export type OpenCouncilSessionRequest = z.infer<typeof OpenCouncilSessionRequest>;

export const AdjournCouncilSessionRequest = z.strictObject({ reason: text('reason', 2000) });
export type AdjournCouncilSessionRequest = z.infer<typeof AdjournCouncilSessionRequest>;

export const TallyRequest = z.strictObject({
  ballots: z
    .array(
      z.strictObject({
        nominationId: text('nominationId', 128),
        votesFor: count('votesFor'),
        votesAgainst: count('votesAgainst'),
        writtenFor: count('writtenFor'),
        writtenAgainst: count('writtenAgainst'),
        invalid: count('invalid').default(0),
      }),
    )
    .min(1)
    .max(1000),
});
export type TallyRequest = z.infer<typeof TallyRequest>;

export const TieBreakRequest = z.strictObject({ chosen: z.array(text('chosen[]', 128)).min(1).max(100) });
export type TieBreakRequest = z.infer<typeof TieBreakRequest>;

export const ConcludeRequest = z.strictObject({ minutesNumber: text('minutesNumber', 64) });
export type ConcludeRequest = z.infer<typeof ConcludeRequest>;

export const CouncilSessionIdParam = z.uuid({ error: 'id must be a council session id (UUID)' });

/** Body of `POST /api/council-sessions/:id/bien-ban`: what the minutes need beyond the events. */
export const BienBanRequest = z.strictObject({
  place: text('place', 100),
  location: text('location', 300),
  /** "Vào lúc 08 giờ 30 ngày 25/11/2026". */
  startedAt: text('startedAt', 200),
  endedAt: text('endedAt', 200),
});
export type BienBanRequest = z.infer<typeof BienBanRequest>;

export const CouncilDocumentIdParam = z.uuid({ error: 'documentId must be a document id (UUID)' });
