import { decide, evolve, foldNomination, initialState } from './nomination.decider';
import { NominationError } from './shared/nomination.errors';
import { NominationEvent } from './nomination.events';
import { actors, approvedUpTo, decideCmd, play, resubmitCmd, submit, submitted } from './nomination.spec-helpers';

const fullClimb = () =>
  play(...approvedUpTo(3), decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }));

describe('nomination evolve', () => {
  it('given a full climb, then it takes nine events, each valid under its schema and unchanged by JSON', () => {
    const events = fullClimb();
    expect(events.map((e) => e.type)).toEqual([
      'NominationSubmitted',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationForwarded',
      'NominationReviewOpened',
      'NominationGranted',
    ]);
    for (const event of events) expect(NominationEvent.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('given a return and a resubmission, then statuses follow the users’ vocabulary and counters grow', () => {
    const events = play(
      ...approvedUpTo(1),
      decideCmd(actors.reviewer2, 'return', 2, 20),
      resubmitCmd(actors.chair1, 30),
    );
    const statuses: string[] = [];
    events.reduce((state, event) => {
      const next = evolve(state, event);
      statuses.push(next.status);
      return next;
    }, initialState());
    expect(statuses).toEqual([
      'AWAITING_INTAKE',
      'AWAITING_INTAKE',
      'AWAITING_INTAKE',
      'FORWARDED',
      'RETURNED',
      'RETURNED',
      'FORWARDED',
    ]);
    expect(submitted(foldNomination(events))).toEqual(
      expect.objectContaining({ returnCount: 1, revisionCount: 1, tasksOpened: 4 }),
    );
  });

  it('given a state that went through JSON (a workflow query or a snapshot), then decide refuses and accepts exactly as before', () => {
    const state = foldNomination(play(...approvedUpTo(2)));
    const revived = JSON.parse(JSON.stringify(state)) as typeof state;
    const late = decideCmd(actors.reviewer2b, 'approve', 2, 21);
    expect(() => decide(late, revived)).toThrow(NominationError);
    expect(() => decide(late, revived)).toThrow(/Already decided \(approve\) at level 2 by Trần Quốc Tuấn/);
    const next = decideCmd(actors.reviewer3, 'approve', 3, 30);
    expect(decide(next, revived)).toEqual(decide(next, state));
  });

  it('given no submission, when another event is folded, then it throws (a corrupted stream)', () => {
    const [, opened] = play(submit());
    expect(() => evolve(initialState(), opened!)).toThrow(/never submitted/);
  });
});
