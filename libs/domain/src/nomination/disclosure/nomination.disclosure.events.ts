import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../shared/dates';
import { OrgLevel } from '../../org/org-unit';
import { event } from '../shared/nomination.event-base';

const objectionId = z.string().min(1).max(128);

/** The nominating unit posted the proposed nomination (công khai) until `endsAt` (N working days, from the calendar). */
export const NominationDisclosurePosted = event('NominationDisclosurePosted', {
  level: OrgLevel,
  unitId: z.string().min(1),
  workingDays: z.number().int().min(1),
  endsAt: IsoDateTime,
});
/** The proposed nomination was posted. */
export type NominationDisclosurePosted = z.infer<typeof NominationDisclosurePosted>;

/** The disclosure period ran out (a durable timer); counts of objections and those still unanswered. */
export const NominationDisclosureEnded = event('NominationDisclosureEnded', {
  endsAt: IsoDateTime,
  objections: z.number().int().min(0),
  unanswered: z.number().int().min(0),
});
/** The disclosure period ran out. */
export type NominationDisclosureEnded = z.infer<typeof NominationDisclosureEnded>;

/** The nominating unit recorded an objection it received during the disclosure. */
export const NominationObjectionRecorded = event('NominationObjectionRecorded', {
  objectionId,
  text: z.string().min(1),
  objectorName: z.string().min(1).optional(),
  objectorContact: z.string().min(1).optional(),
});
/** An objection was recorded. */
export type NominationObjectionRecorded = z.infer<typeof NominationObjectionRecorded>;

/** The nominating unit answered an objection; `upheld` means it found the objection justified. */
export const NominationObjectionAnswered = event('NominationObjectionAnswered', {
  objectionId,
  answer: z.string().min(1),
  upheld: z.boolean(),
});
/** An objection was answered. */
export type NominationObjectionAnswered = z.infer<typeof NominationObjectionAnswered>;

/**
 * The nominating unit recorded the disclosure it held on paper (Law 06/2022 Art. 84(5)): where,
 * from and to which day, the working days that makes, and each objection received with its answer.
 * It stands for the posting, its end and the objections' record and answer together.
 */
export const NominationDisclosureHeldOnPaper = event('NominationDisclosureHeldOnPaper', {
  level: OrgLevel,
  unitId: z.string().min(1),
  place: z.string().min(1),
  postedOn: IsoDate,
  endedOn: IsoDate,
  workingDays: z.number().int().min(0),
  objections: z.array(
    z.object({
      objectionId,
      text: z.string().min(1),
      objectorName: z.string().min(1).optional(),
      answer: z.string().min(1),
      upheld: z.boolean(),
    }),
  ),
});
/** A disclosure held on paper was recorded. */
export type NominationDisclosureHeldOnPaper = z.infer<typeof NominationDisclosureHeldOnPaper>;

/** The events of the public disclosure. */
export type NominationDisclosureEvent =
  | NominationDisclosurePosted
  | NominationDisclosureEnded
  | NominationObjectionRecorded
  | NominationObjectionAnswered
  | NominationDisclosureHeldOnPaper;
