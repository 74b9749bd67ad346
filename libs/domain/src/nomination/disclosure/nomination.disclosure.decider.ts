import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import type { AnswerObjection, EndDisclosure, PostDisclosure, RecordObjection } from './nomination.disclosure.commands';
import { DisclosureError } from './nomination.disclosure.errors';
import { disclosureOpen, upheldUnresolved, type NominationDisclosure } from './nomination.disclosure.state';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import type { SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';

function requireDisclosure(state: SubmittedNominationState): NominationDisclosure {
  if (!state.disclosure) throw DisclosureError.none();
  return state.disclosure;
}

/**
 * Refuses an approval at the nominating level (forwarding, or granting where that level grants)
 * while the disclosure runs, while an objection is unanswered, or while an upheld objection has not
 * been followed by a revised dossier. Other levels and other decisions are not affected.
 */
export function assertDisclosureAllowsApproval(state: SubmittedNominationState, unitId: string, now: string): void {
  const d = state.disclosure;
  if (!d || unitId !== state.nominatingUnitId) return;
  if (disclosureOpen(d, now)) throw DisclosureError.open(d.posted?.endsAt);
  const unanswered = d.objections.filter((o) => !o.answer).map((o) => o.id);
  if (unanswered.length > 0) throw DisclosureError.unanswered(unanswered);
  const upheld = upheldUnresolved(state).map((o) => o.id);
  if (upheld.length > 0) throw DisclosureError.upheld(upheld);
}

/** The workflow posts the nomination; a repeat with the same end is a no-op. */
export function postDisclosure(cmd: PostDisclosure, state: SubmittedNominationState): NominationEvent[] {
  const d = requireDisclosure(state);
  if (d.posted) return [];
  if (isFinalStatus(state.status)) return [];
  const [first] = state.route;
  if (!first) throw NominationError.notSubmitted();
  const data = { level: first.level, unitId: first.unitId, workingDays: cmd.workingDays, endsAt: cmd.endsAt };
  return [{ type: 'NominationDisclosurePosted', data, metadata: metadataOf(cmd, state) }];
}

/** The workflow's timer ends the period; no-op once ended, closed, or for another end than the posted one. */
export function endDisclosure(cmd: EndDisclosure, state: SubmittedNominationState): NominationEvent[] {
  const d = requireDisclosure(state);
  if (d.endedAt || !d.posted || d.posted.endsAt !== cmd.endsAt || isFinalStatus(state.status)) return [];
  const data = {
    endsAt: cmd.endsAt,
    objections: d.objections.length,
    unanswered: d.objections.filter((o) => !o.answer).length,
  };
  return [{ type: 'NominationDisclosureEnded', data, metadata: metadataOf(cmd, state) }];
}

/** The nominating unit records an objection it received while the list is posted. */
export function recordObjection(cmd: RecordObjection, state: SubmittedNominationState): NominationEvent[] {
  const d = requireDisclosure(state);
  const existing = d.objections.find((o) => o.id === cmd.objectionId);
  if (existing) {
    if (existing.text === cmd.text && existing.recordedBy.userId === cmd.actor.userId) return [];
    throw NominationError.invalid([
      {
        field: 'objectionId',
        message: `is already used by another objection`,
        messageVi: 'mã này đã dùng cho một ý kiến khác',
      },
    ]);
  }
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (cmd.actor.unitId !== state.nominatingUnitId)
    throw NominationError.notNominatingUnit(cmd.actor.unitId, state.nominatingUnitId);
  if (!d.posted || !disclosureOpen(d, cmd.now)) throw DisclosureError.notOpen(d.posted?.endsAt);
  const data = {
    objectionId: cmd.objectionId,
    text: cmd.text,
    ...(cmd.objectorName ? { objectorName: cmd.objectorName } : {}),
    ...(cmd.objectorContact ? { objectorContact: cmd.objectorContact } : {}),
  };
  return [{ type: 'NominationObjectionRecorded', data, metadata: metadataOf(cmd, state) }];
}

/** The nominating unit answers an objection (also after the period ended); a repeat is a no-op. */
export function answerObjection(cmd: AnswerObjection, state: SubmittedNominationState): NominationEvent[] {
  const d = requireDisclosure(state);
  const objection = d.objections.find((o) => o.id === cmd.objectionId);
  if (!objection) throw DisclosureError.notFound(cmd.objectionId);
  const a = objection.answer;
  if (a) {
    if (a.by.userId === cmd.actor.userId && a.text === cmd.answer && a.upheld === cmd.upheld) return [];
    throw DisclosureError.alreadyAnswered(cmd.objectionId, a.by, a.at);
  }
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (cmd.actor.unitId !== state.nominatingUnitId)
    throw NominationError.notNominatingUnit(cmd.actor.unitId, state.nominatingUnitId);
  const data = { objectionId: cmd.objectionId, answer: cmd.answer, upheld: cmd.upheld };
  return [{ type: 'NominationObjectionAnswered', data, metadata: metadataOf(cmd, state) }];
}
