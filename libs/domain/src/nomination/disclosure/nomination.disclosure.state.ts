import type { IsoDateTime } from '../../shared/dates';
import type { NominationDisclosureEvent } from './nomination.disclosure.events';
import type {
  DisclosureObjection,
  NominationDisclosure,
  SubmittedNominationState,
} from '../shared/nomination.state.types';

export type { DisclosureObjection, NominationDisclosure } from '../shared/nomination.state.types';

/** Folds the disclosure events into a submitted nomination (its `disclosure` was set by the submission). */
export function evolveDisclosure(
  state: SubmittedNominationState,
  event: NominationDisclosureEvent,
): SubmittedNominationState {
  const { actor, now } = event.metadata;
  const d: NominationDisclosure = state.disclosure ?? { workingDays: 0, objections: [] };
  switch (event.type) {
    case 'NominationDisclosurePosted': {
      const { level, unitId, endsAt } = event.data;
      return { ...state, disclosure: { ...d, posted: { level, unitId, at: now, endsAt } } };
    }
    case 'NominationDisclosureEnded':
      return { ...state, disclosure: { ...d, endedAt: now } };
    case 'NominationObjectionRecorded': {
      const { objectionId, text, objectorName, objectorContact } = event.data;
      const objection: DisclosureObjection = {
        id: objectionId,
        text,
        ...(objectorName ? { objectorName } : {}),
        ...(objectorContact ? { objectorContact } : {}),
        recordedBy: actor,
        recordedAt: now,
      };
      return { ...state, disclosure: { ...d, objections: [...d.objections, objection] } };
    }
    case 'NominationDisclosureHeldOnPaper': {
      const { level, unitId, place, postedOn, endedOn, workingDays, objections } = event.data;
      const onPaper: DisclosureObjection[] = objections.map((o) => ({
        id: o.objectionId,
        text: o.text,
        ...(o.objectorName ? { objectorName: o.objectorName } : {}),
        recordedBy: actor,
        recordedAt: now,
        answer: { text: o.answer, upheld: o.upheld, by: actor, at: now },
      }));
      return {
        ...state,
        disclosure: {
          ...d,
          posted: { level, unitId, at: vietnamOpeningOf(postedOn), endsAt: vietnamClosingOf(endedOn) },
          endedAt: now,
          objections: [...d.objections, ...onPaper],
          heldOnPaper: { place, postedOn, endedOn, workingDays },
        },
      };
    }
    case 'NominationObjectionAnswered': {
      const answer = { text: event.data.answer, upheld: event.data.upheld, by: actor, at: now };
      const objections = d.objections.map((o) => (o.id === event.data.objectionId ? { ...o, answer } : o));
      return { ...state, disclosure: { ...d, objections } };
    }
  }
}

/** 08:00 in Vietnam (UTC+7, no daylight saving) on a date: when a posting on paper is taken to start. */
const vietnamOpeningOf = (date: string): IsoDateTime => `${date}T01:00:00.000Z`;
/** 17:00 in Vietnam on a date, the end of a working day (as the working calendar counts it). */
const vietnamClosingOf = (date: string): IsoDateTime => `${date}T10:00:00.000Z`;

/** Whether the period is still running at `now`: posted (or about to be) and neither ended nor past its end. */
export function disclosureOpen(d: NominationDisclosure, now: IsoDateTime): boolean {
  if (d.endedAt) return false;
  return !d.posted || Date.parse(now) < Date.parse(d.posted.endsAt);
}

/** Upheld objections the dossier has not been revised for since (a resubmission after the answer resolves them). */
export function upheldUnresolved(state: SubmittedNominationState): DisclosureObjection[] {
  const revisedAt = state.lastResubmission ? Date.parse(state.lastResubmission.at) : -Infinity;
  return (state.disclosure?.objections ?? []).filter((o) => o.answer?.upheld && Date.parse(o.answer.at) >= revisedAt);
}
