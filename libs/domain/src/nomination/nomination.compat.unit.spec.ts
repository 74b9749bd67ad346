import { foldNomination } from './nomination.decider';
import { NominationEvent } from './nomination.events';
import { sampleDossier } from './shared/nomination.samples';
import { actors, approvedUpTo, decideCmd, given, play, submitted, unitAt } from './nomination.spec-helpers';
import { appraisalCmd, intakeCmd, submitWithProcedure, voteCmd } from './procedure/nomination.procedure.spec-helpers';

describe('replay safety of the procedure, deadline and disclosure additions', () => {
  it('given events recorded before the procedure existed (no steps, no procedure, no new nominee fields), then they parse and fold as before', () => {
    const recorded = JSON.parse(JSON.stringify(play(...approvedUpTo(2)))) as unknown[];
    const parsed = recorded.map((e) => NominationEvent.parse(e));
    const state = submitted(foldNomination(parsed));
    expect(state.status).toBe('FORWARDED');
    expect(state.openTask).toEqual({
      kind: 'review',
      level: 3,
      unitId: unitAt(3),
      taskSeq: 3,
      openedAt: expect.any(String),
    });
    expect(state).not.toHaveProperty('procedure');
    expect(state).not.toHaveProperty('hold');
    expect(sampleDossier().nominee).not.toHaveProperty('excellentYears');
  });

  it('given an event from a newer writer with an unknown field, then the schema strips it rather than failing the fold', () => {
    const [submittedEvent] = play(submitWithProcedure());
    const withExtra = { ...submittedEvent!, data: { ...submittedEvent!.data, somethingNew: 1 } };
    expect(NominationEvent.parse(withExtra).data).not.toHaveProperty('somethingNew');
  });
});

describe('procedure step commands — who and where', () => {
  const started = () => play(submitWithProcedure());

  it('refuses a step recorded for another unit, at another level, or on a stale task', () => {
    given(started())
      .when(appraisalCmd(actors.reviewer2, 1, 1))
      .thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
    given(started())
      .when(intakeCmd(actors.reviewer2, 2, 1))
      .thenRefuses('NOMINATION.NOT_AT_THIS_LEVEL');
    given(started())
      .when({ ...appraisalCmd(actors.chair1, 1, 1), taskSeq: 9 })
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
  });

  it('given a rejection after a failed appraisal, then later step commands meet a final nomination', () => {
    const events = play(
      submitWithProcedure(),
      appraisalCmd(actors.chair1, 1, 1),
      decideCmd(actors.chair1, 'reject', 1, 2, { reason: 'Không đạt' }),
    );
    given(events)
      .when(voteCmd(actors.chair1, 1, 3))
      .thenRefuses('NOMINATION.ALREADY_FINAL');
  });
});
