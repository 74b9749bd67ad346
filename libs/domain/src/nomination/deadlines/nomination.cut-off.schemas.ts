import { z } from 'zod';
import { OrgLevel } from '../../org/org-unit';
import { IsoDateTime } from '../../shared/dates';
import { Actor, commandBase } from '../shared/nomination.command-base';
import { event } from '../shared/nomination.event-base';

// The late-submission command and event, apart from their decider so the event union can import
// them without importing the decider (which imports the union's type).

/** The workflow records that the open review arrived after its level's cut-off (`cutOffAt`, end of that day). */
export const RecordLateSubmission = z.object({
  type: z.literal('RecordLateSubmission'),
  ...commandBase,
  taskSeq: z.number().int().min(1),
  cutOffAt: IsoDateTime,
});
/** Record that the open review arrived after its level's cut-off. */
export type RecordLateSubmission = z.infer<typeof RecordLateSubmission>;

const unitAt = z.object({ level: OrgLevel, unitId: z.string().min(1) });

/**
 * The dossier reached review task `taskSeq` at `receivedBy` after that level's cut-off: the fact of
 * the unit that sent it (`submittedBy`, and the person who sent it, `sender`), not of the receivers.
 */
export const NominationSubmittedAfterCutOff = event('NominationSubmittedAfterCutOff', {
  taskSeq: z.number().int().min(1),
  receivedBy: unitAt,
  // Not written any more: the arrival is the workflow's time, which differs when a worker crash makes
  // it run the Update again, and the data of a re-sent append must match what was stored. The arrival
  // is the event's own `occurredAt`. (Optional so an event that carried it still parses.)
  receivedAt: IsoDateTime.optional(),
  cutOffAt: IsoDateTime,
  submittedBy: unitAt,
  sender: Actor,
});
/** A dossier reached a level after that level's cut-off. */
export type NominationSubmittedAfterCutOff = z.infer<typeof NominationSubmittedAfterCutOff>;
