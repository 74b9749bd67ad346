import type { IsoDateTime } from '../shared/dates';
import type { OrgLevel } from '../org/org-unit';
import type { Actor } from './nomination.command-base';
import type { NominationDisclosureEvent } from './nomination.disclosure.events';
import type { SubmittedNominationState } from './nomination.state';

/** An objection received during the disclosure, with its answer once given. */
export interface DisclosureObjection {
  readonly id: string;
  readonly text: string;
  readonly objectorName?: string;
  readonly objectorContact?: string;
  readonly recordedBy: Actor;
  readonly recordedAt: IsoDateTime;
  readonly answer?: { readonly text: string; readonly upheld: boolean; readonly by: Actor; readonly at: IsoDateTime };
}

/** The public disclosure of a nomination: required at submission, posted, ended; its objections. */
export interface NominationDisclosure {
  readonly workingDays: number;
  readonly posted?: {
    readonly level: OrgLevel;
    readonly unitId: string;
    readonly at: IsoDateTime;
    readonly endsAt: IsoDateTime;
  };
  readonly endedAt?: IsoDateTime;
  readonly objections: readonly DisclosureObjection[];
}

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
    case 'NominationObjectionAnswered': {
      const answer = { text: event.data.answer, upheld: event.data.upheld, by: actor, at: now };
      const objections = d.objections.map((o) => (o.id === event.data.objectionId ? { ...o, answer } : o));
      return { ...state, disclosure: { ...d, objections } };
    }
  }
}

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
