import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import type {
  AnswerObjection,
  EndDisclosure,
  PostDisclosure,
  RecordObjection,
  RecordPaperDisclosure,
} from './nomination.disclosure.commands';
import { DisclosureError } from './nomination.disclosure.errors';
import { disclosureOpen, upheldUnresolved, type NominationDisclosure } from './nomination.disclosure.state';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import type { SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';
import { vietnamDateOf } from '../../shared/dates';

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
  // Already posted, or already held on paper (recorded before the workflow got to post it).
  if (d.posted || d.endedAt) return [];
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

/**
 * The nominating unit records the disclosure it already held on paper (Law 06/2022 Art. 84(5)):
 * accepted only for a period that is over (its last day before today, Vietnam time) and at least as
 * long as the nomination's pinned disclosure, counted in working days on the calendar. It ends the
 * disclosure: a posting the workflow started is superseded, and forwarding is then allowed unless an
 * objection was upheld (the dossier is revised first). The same record again is a no-op.
 */
export function recordPaperDisclosure(cmd: RecordPaperDisclosure, state: SubmittedNominationState): NominationEvent[] {
  const d = requireDisclosure(state);
  const paper = d.heldOnPaper;
  if (paper && paper.postedOn === cmd.postedOn && paper.endedOn === cmd.endedOn && paper.place === cmd.place) return [];
  if (isFinalStatus(state.status)) throw NominationError.alreadyFinal(state.status);
  if (cmd.actor.unitId !== state.nominatingUnitId)
    throw NominationError.notNominatingUnit(cmd.actor.unitId, state.nominatingUnitId);
  if (d.endedAt) throw DisclosureError.alreadyEnded(d.endedAt);
  if (cmd.endedOn < cmd.postedOn) {
    throw NominationError.invalid([
      {
        field: 'endedOn',
        message: 'must not be before postedOn',
        messageVi: 'ngày kết thúc công khai không được trước ngày bắt đầu',
      },
    ]);
  }
  const ids = new Set(d.objections.map((o) => o.id));
  for (const o of cmd.objections) {
    if (ids.has(o.objectionId)) {
      throw NominationError.invalid([
        {
          field: 'objections',
          message: `repeats objection ${o.objectionId}`,
          messageVi: 'một ý kiến được ghi hai lần',
        },
      ]);
    }
    ids.add(o.objectionId);
  }
  if (cmd.endedOn >= vietnamDateOf(cmd.now)) throw DisclosureError.notEnded(cmd.endedOn);
  if (cmd.workingDays < d.workingDays)
    throw DisclosureError.tooShort(cmd.postedOn, cmd.endedOn, cmd.workingDays, d.workingDays);
  const [first] = state.route;
  if (!first) throw NominationError.notSubmitted();
  const data = {
    level: first.level,
    unitId: first.unitId,
    place: cmd.place,
    postedOn: cmd.postedOn,
    endedOn: cmd.endedOn,
    workingDays: cmd.workingDays,
    objections: cmd.objections.map((o) => ({
      objectionId: o.objectionId,
      text: o.text,
      ...(o.objectorName ? { objectorName: o.objectorName } : {}),
      answer: o.answer,
      upheld: o.upheld,
    })),
  };
  return [{ type: 'NominationDisclosureHeldOnPaper', data, metadata: metadataOf(cmd, state) }];
}
