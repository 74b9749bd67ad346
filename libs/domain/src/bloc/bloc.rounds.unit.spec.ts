import { BlocError } from './bloc.errors';
import {
  blocAggregate,
  decideBloc,
  pendingUnits,
  type BlocCommand,
  type BlocCommandInput,
  type BlocState,
} from './bloc.decider';
import type { BlocEvent } from './bloc.events';
import { DEFAULT_BLOC_RULES } from './bloc.score-sheet';

// The bloc year as the workflow runs it: self round, then cross round; reminders and missed
// deadlines; the winner's proposal. Sources: domain-sources.md §5.2 (covenant, self then cross
// scoring), QĐ 245/CT [S46] (annual covenant), Luật TĐKT 2022 Art. 26 [S30] (flag to the leader).

const NOW = '2026-12-01T03:00:00Z';
const [A, B, C] = ['ldld-hoa-an', 'ldld-ha-quang', 'ldld-nguyen-binh'];
const full = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints]));
const less = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints - 2]));

function run(commands: BlocCommandInput[], state: BlocState = null): { state: BlocState; events: BlocEvent[] } {
  const events: BlocEvent[] = [];
  for (const c of commands) {
    const out = decideBloc({ now: NOW, blocId: 'khoi-2', ...c } as BlocCommand, state);
    events.push(...out);
    state = out.reduce(blocAggregate.evolve, state);
  }
  return { state, events };
}

function refusal(commands: BlocCommandInput[], state: BlocState): BlocError {
  try {
    run(commands, state);
  } catch (err) {
    if (err instanceof BlocError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

const opened = () =>
  run([
    {
      type: 'FormBloc',
      name: 'Khối II',
      level: 2,
      organiserUnitId: 'ldld-cao-bang',
      formedOn: '2015-01-01',
      members: [A, B, C].map((unitId) => ({ unitId, unitName: unitId })),
    },
    {
      type: 'OpenBlocYear',
      year: 2026,
      awardCode: 'CO_TINH',
      ruleSetVersion: '2025.1',
      rules: DEFAULT_BLOC_RULES,
      covenantDeadline: '2026-03-31',
      headUnitId: A,
      deputyUnitId: B,
    },
    ...[A, B].flatMap((unitId): BlocCommandInput[] => [
      { type: 'RegisterForBlocYear', year: 2026, unitId, on: '2026-02-10' },
      { type: 'SignBlocCovenant', year: 2026, unitId, on: '2026-03-10' },
    ]),
  ]).state;

const selfRound = () => run([{ type: 'OpenBlocScoring', year: 2026, rounds: true }], opened()).state;

describe('deadline reminders and escalation name the units still missing', () => {
  it('reminds and escalates only the members without a covenant, once per deadline, to the organiser', () => {
    const dueAt = '2026-03-31T16:59:59.999Z';
    const { events, state } = run(
      [
        { type: 'RemindBlocDeadline', year: 2026, stage: 'covenant', dueAt },
        { type: 'RemindBlocDeadline', year: 2026, stage: 'covenant', dueAt },
        { type: 'RecordBlocDeadlineMissed', year: 2026, stage: 'covenant', dueAt },
      ],
      opened(),
    );
    expect(events).toEqual([
      { type: 'BlocDeadlineReminded', data: { year: 2026, stage: 'covenant', dueAt, unitIds: [C] } },
      {
        type: 'BlocDeadlineMissed',
        data: { year: 2026, stage: 'covenant', dueAt, unitIds: [C], escalatedToUnitId: 'ldld-cao-bang' },
      },
    ]);
    expect(state!.years['2026']!.missed).toHaveLength(1);
  });

  it('records nothing when every member has done its part', () => {
    const all = run(
      [
        { type: 'RegisterForBlocYear', year: 2026, unitId: C, on: '2026-02-10' },
        { type: 'SignBlocCovenant', year: 2026, unitId: C, on: '2026-03-10' },
        { type: 'RemindBlocDeadline', year: 2026, stage: 'covenant', dueAt: '2026-03-31T16:59:59.999Z' },
      ],
      opened(),
    );
    expect(all.events.map((e) => e.type)).toEqual(['BlocRegistered', 'BlocCovenantSigned']);
  });

  it('a late covenant is refused with the covenant rule and its source (QĐ 245/CT [S46])', () => {
    const err = refusal([{ type: 'SignBlocCovenant', year: 2026, unitId: C, on: '2026-04-02' }], opened());
    expect(err.code).toBe('BLOC.LATE_COVENANT');
    expect(err.details).toMatchObject({ rule: 'bloc.covenant_deadline', source: expect.stringContaining('S46') });
  });
});

describe('self round, then cross round (domain-sources §5.2)', () => {
  it('refuses a cross-score during the self round, naming the rule', () => {
    const err = refusal(
      [{ type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: A, scoredUnitId: B, points: full }],
      selfRound(),
    );
    expect(err.code).toBe('BLOC.WRONG_PHASE');
    expect(err.details).toMatchObject({ rule: 'bloc.cross_after_self', source: expect.stringContaining('§5.2') });
  });

  it('closing the self round records who did not score itself; self sheets are then refused, cross accepted', () => {
    const { state, events } = run(
      [
        { type: 'SubmitBlocSelfScore', year: 2026, unitId: A, points: full, evidenceAttachmentIds: [] },
        { type: 'CloseBlocSelfRound', year: 2026 },
        { type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: B, scoredUnitId: A, points: less },
      ],
      selfRound(),
    );
    expect(events.find((e) => e.type === 'BlocSelfRoundClosed')?.data).toEqual({ year: 2026, withoutSelfScore: [B] });
    expect(pendingUnits(state!, state!.years['2026']!, 'cross_score')).toEqual([A]);
    const late = refusal(
      [{ type: 'SubmitBlocSelfScore', year: 2026, unitId: B, points: full, evidenceAttachmentIds: [] }],
      state,
    );
    expect(late.details).toMatchObject({ rule: 'bloc.self_round_closed' });
    // The member that let the round close without a sheet does not hold the head's review up.
    const reviewed = run(
      [
        { type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: A, scoredUnitId: B, points: less },
        { type: 'ReviewBlocScores', year: 2026, byUnitId: A, note: '' },
      ],
      state,
    );
    expect(reviewed.state!.years['2026']!.phase).toBe('reviewed');
  });

  it('a member scoring itself in the cross round is refused with the cross-score rule', () => {
    const closed = run([{ type: 'CloseBlocSelfRound', year: 2026 }], selfRound()).state;
    const err = refusal(
      [{ type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: A, scoredUnitId: A, points: full }],
      closed,
    );
    expect(err.code).toBe('BLOC.CROSS_SCORE_SELF');
    expect(err.details).toMatchObject({ rule: 'bloc.cross_not_self' });
  });

  it('the head does not review during the self round', () => {
    const err = refusal([{ type: 'ReviewBlocScores', year: 2026, byUnitId: A, note: '' }], selfRound());
    expect(err.details).toMatchObject({ rule: 'bloc.review_after_cross' });
  });
});

describe("the winner's proposal for the flag (Luật TĐKT 2022 Art. 26 [S30])", () => {
  const decided = () =>
    run(
      [
        { type: 'SubmitBlocSelfScore', year: 2026, unitId: A, points: full, evidenceAttachmentIds: [] },
        { type: 'SubmitBlocSelfScore', year: 2026, unitId: B, points: less, evidenceAttachmentIds: [] },
        { type: 'CloseBlocSelfRound', year: 2026 },
        { type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: B, scoredUnitId: A, points: full },
        { type: 'SubmitBlocCrossScore', year: 2026, scorerUnitId: A, scoredUnitId: B, points: less },
        { type: 'ReviewBlocScores', year: 2026, byUnitId: A, note: '' },
        {
          type: 'CountBlocBallot',
          year: 2026,
          heldOn: '2026-11-30',
          presentUnitIds: [A, B],
          ballotsCast: 2,
          votes: { [A]: 2 },
        },
      ],
      selfRound(),
    ).state;

  it('proposes only the unit the ballot chose, once', () => {
    const wrong = refusal(
      [
        {
          type: 'RecordBlocWinnerProposal',
          year: 2026,
          unitId: B,
          nominationId: 'n-1',
          campaignId: 'c-1',
          minutesAttachmentId: 'a-1',
          notStartedReason: null,
        },
      ],
      decided(),
    );
    expect(wrong.details).toMatchObject({ rule: 'bloc.propose_winner', source: expect.stringContaining('S30') });
    const proposal = {
      type: 'RecordBlocWinnerProposal' as const,
      year: 2026,
      unitId: A,
      nominationId: 'n-1',
      campaignId: 'c-1',
      minutesAttachmentId: 'a-1',
      notStartedReason: null,
    };
    const { state, events } = run([proposal, proposal], decided());
    expect(events).toHaveLength(1);
    expect(state!.years['2026']!.proposal).toMatchObject({ unitId: A, nominationId: 'n-1', awardCode: 'CO_TINH' });
  });
});

describe('the year runs as the workflow with deadlines in stage order', () => {
  const schedule = {
    type: 'ScheduleBlocYear' as const,
    year: 2026,
    workflowId: 'bloc-year:khoi-2:2026',
    selfScoreDeadline: '2026-10-31',
    crossScoreDeadline: '2026-11-15',
    reviewDeadline: '2026-11-30',
    meetingDeadline: '2026-12-15',
    remindAtShare: 0.75,
  };

  it('records the schedule once (a repeat is a no-op, another schedule is refused)', () => {
    const { state, events } = run([schedule, schedule], opened());
    expect(events).toEqual([
      {
        type: 'BlocYearScheduled',
        data: {
          year: 2026,
          workflowId: schedule.workflowId,
          covenantDeadline: '2026-03-31',
          selfScoreDeadline: '2026-10-31',
          crossScoreDeadline: '2026-11-15',
          reviewDeadline: '2026-11-30',
          meetingDeadline: '2026-12-15',
          remindAtShare: 0.75,
        },
      },
    ]);
    expect(state!.years['2026']!.schedule).toMatchObject({ meetingDeadline: '2026-12-15' });
    const other = refusal([{ ...schedule, meetingDeadline: '2026-12-20' }], state);
    expect(other.details).toMatchObject({ rule: 'bloc.schedule_once' });
  });

  it('refuses deadlines out of stage order (self-scoring before the covenant deadline)', () => {
    const err = refusal([{ ...schedule, selfScoreDeadline: '2026-03-01' }], opened());
    expect(err.code).toBe('BLOC.INVALID');
    expect(err.details).toMatchObject({ rule: 'bloc.deadlines_in_order' });
  });
});
