import { foldEvents } from '../shared/aggregate';
import { RuleSet } from '../rules/rule-set.schema';
import { defaultRuleSets } from '../rules/rule-set-catalogue';
import { BlocError } from './bloc.errors';
import {
  blocAggregate,
  decideBloc,
  membersOn,
  type BlocCommand,
  type BlocCommandInput,
  type BlocState,
} from './bloc.decider';
import type { BlocEvent } from './bloc.events';
import { DEFAULT_BLOC_RULES, maxTotal } from './bloc.score-sheet';

const NOW = '2026-12-01T03:00:00Z';
const A = 'ldld-hoa-an';
const B = 'ldld-ha-quang';
const C = 'ldld-nguyen-binh';
const D = 'ldld-thach-an';
const full = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints]));
const minus = (n: number) => Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints - n]));

/** Runs commands in order through decide/evolve, as the command handler does. */
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

const formed = () =>
  run([
    {
      type: 'FormBloc',
      name: 'Khối II',
      level: 2,
      organiserUnitId: 'ldld-cao-bang',
      formedOn: '2015-01-01',
      members: [A, B, C, D].map((unitId) => ({ unitId, unitName: unitId })),
    },
  ]).state;

const opened = () =>
  run(
    [
      {
        type: 'OpenBlocYear',
        year: 2025,
        awardCode: 'CO_TINH',
        ruleSetVersion: '2025.1',
        rules: DEFAULT_BLOC_RULES,
        covenantDeadline: '2025-03-31',
        headUnitId: A,
        deputyUnitId: B,
      },
    ],
    formed(),
  ).state;

const signedAll = () =>
  run(
    [A, B, C, D].flatMap((unitId) => [
      { type: 'RegisterForBlocYear' as const, year: 2025, unitId, on: '2025-02-10' },
      { type: 'SignBlocCovenant' as const, year: 2025, unitId, on: '2025-03-15' },
    ]),
    opened(),
  ).state;

const scoring = () => run([{ type: 'OpenBlocScoring', year: 2025 }], signedAll()).state;

describe('bloc membership is effective-dated (the 2025 reorganisation re-forms blocs, history stays)', () => {
  it('a unit that leaves keeps its past membership; the one that joins counts from its date', () => {
    const { state } = run(
      [
        { type: 'RemoveBlocMember', unitId: A, on: '2025-07-01', reason: 'Giải thể LĐLĐ huyện', dissolved: true },
        {
          type: 'AddBlocMember',
          unitId: 'cd-xa-hoa-an',
          unitName: 'Công đoàn xã Hòa An',
          from: '2025-07-01',
          reason: 'Sắp xếp lại',
        },
      ],
      formed(),
    );
    const s = state!;
    expect(membersOn(s, '2025-06-30').map((m) => m.unitId)).toContain(A);
    expect(membersOn(s, '2025-07-01').map((m) => m.unitId)).not.toContain(A);
    expect(membersOn(s, '2025-07-01').map((m) => m.unitId)).toContain('cd-xa-hoa-an');
    expect(s.members.find((m) => m.unitId === A)).toMatchObject({ to: '2025-07-01', dissolved: true });
  });

  it('a bloc needs two distinct members', () => {
    const err = refusal(
      [
        {
          type: 'FormBloc',
          name: 'X',
          level: 2,
          organiserUnitId: 'p',
          formedOn: '2020-01-01',
          members: [
            { unitId: A, unitName: A },
            { unitId: A, unitName: A },
          ],
        },
      ],
      null,
    );
    expect(err.details.rule).toBe('bloc.members');
  });
});

describe('covenant (giao ước thi đua) before the deadline — QĐ 245/CT [S46]', () => {
  it('a covenant signed after the deadline is refused, naming the rule', () => {
    const state = run([{ type: 'RegisterForBlocYear', year: 2025, unitId: C, on: '2025-03-01' }], opened()).state;
    const err = refusal([{ type: 'SignBlocCovenant', year: 2025, unitId: C, on: '2025-04-02' }], state);
    expect(err.code).toBe('BLOC.LATE_COVENANT');
    expect(err.details.rule).toBe('bloc.covenant_deadline');
    expect(err.messageVi).toContain('31/03/2025');
  });

  it('scoring does not open before the deadline while a member has not signed; after it, the unsigned take no part', () => {
    const partial = run(
      [A, B, C].flatMap((unitId) => [
        { type: 'RegisterForBlocYear' as const, year: 2025, unitId, on: '2025-02-10' },
        { type: 'SignBlocCovenant' as const, year: 2025, unitId, on: '2025-03-15' },
      ]),
      opened(),
    ).state;
    expect(() =>
      decideBloc({ type: 'OpenBlocScoring', year: 2025, blocId: 'k', now: '2025-03-20T03:00:00Z' }, partial),
    ).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ rule: 'bloc.covenant_all', missing: [D] }) }),
    );
    const late = decideBloc({ type: 'OpenBlocScoring', year: 2025, blocId: 'k', now: '2025-04-01T03:00:00Z' }, partial);
    expect(late).toEqual([{ type: 'BlocScoringOpened', data: { year: 2025, withoutCovenant: [D] } }]);
    const state = late.reduce(blocAggregate.evolve, partial);
    const err = refusal(
      [{ type: 'SubmitBlocSelfScore', year: 2025, unitId: D, points: full, evidenceAttachmentIds: [] }],
      state,
    );
    expect(err.details.rule).toBe('bloc.covenant_signed');
  });
});

describe('score sheet (biểu chấm điểm) per content area — HD 1349/BTĐKT-VI [S45]', () => {
  it('the criteria and weights come from the rule set, and a rule set without them still parses unchanged', () => {
    for (const set of defaultRuleSets) expect(RuleSet.parse(set).blocs).toBeUndefined();
    const withBlocs = RuleSet.parse({
      ...defaultRuleSets[4],
      version: 'x.1',
      blocs: { criteria: [{ code: 'A', titleVi: 'Nội dung A', maxPoints: 40 }], source: 'Quyết định của khối' },
    });
    expect(withBlocs.blocs).toEqual({
      criteria: [{ code: 'A', titleVi: 'Nội dung A', maxPoints: 40, weight: 1 }],
      source: 'Quyết định của khối',
      selfCrossMarginShare: 0.1,
      rotationMinYears: 3,
    });
  });

  it('a self-score above a criterion maximum is refused with the rule named; evidence ids are kept', () => {
    const err = refusal(
      [
        {
          type: 'SubmitBlocSelfScore',
          year: 2025,
          unitId: A,
          points: { ...full, PHONG_TRAO: 31 },
          evidenceAttachmentIds: [],
        },
      ],
      scoring(),
    );
    expect(err.code).toBe('BLOC.SCORE_OUT_OF_RANGE');
    expect(err.details).toMatchObject({ rule: 'bloc.score_range', field: 'points.PHONG_TRAO', maxPoints: 30 });
    expect(
      refusal(
        [
          {
            type: 'SubmitBlocSelfScore',
            year: 2025,
            unitId: A,
            points: { ...full, TAI_CHINH: -1 },
            evidenceAttachmentIds: [],
          },
        ],
        scoring(),
      ).code,
    ).toBe('BLOC.SCORE_OUT_OF_RANGE');
    const { state } = run(
      [
        {
          type: 'SubmitBlocSelfScore',
          year: 2025,
          unitId: A,
          points: minus(1),
          evidenceAttachmentIds: ['att-1', 'att-2'],
        },
      ],
      scoring(),
    );
    expect(state!.years['2025']!.selfScores[A]).toEqual({
      points: minus(1),
      total: maxTotal(DEFAULT_BLOC_RULES.criteria) - 5,
      evidenceAttachmentIds: ['att-1', 'att-2'],
    });
  });

  it('weights multiply a criterion in the total', () => {
    const rules = {
      ...DEFAULT_BLOC_RULES,
      criteria: [
        { code: 'X', titleVi: 'X', maxPoints: 10, weight: 2 },
        { code: 'Y', titleVi: 'Y', maxPoints: 10, weight: 1 },
      ],
    };
    const s = run(
      [
        {
          type: 'OpenBlocYear',
          year: 2026,
          awardCode: 'CO_TINH',
          ruleSetVersion: 'v',
          rules,
          covenantDeadline: '2026-03-31',
          headUnitId: A,
          deputyUnitId: B,
        },
        ...[A, B].flatMap((unitId) => [
          { type: 'RegisterForBlocYear' as const, year: 2026, unitId, on: '2026-03-01' },
          { type: 'SignBlocCovenant' as const, year: 2026, unitId, on: '2026-03-01' },
        ]),
        { type: 'OpenBlocScoring', year: 2026 },
        { type: 'SubmitBlocSelfScore', year: 2026, unitId: A, points: { X: 7, Y: 5 }, evidenceAttachmentIds: [] },
      ],
      formed(),
    ).state;
    expect(s!.years['2026']!.selfScores[A]!.total).toBe(19);
    expect(s!.years['2026']!.maxTotal).toBe(30);
  });

  it('a member may not cross-score itself (chấm chéo)', () => {
    const err = refusal(
      [{ type: 'SubmitBlocCrossScore', year: 2025, scorerUnitId: B, scoredUnitId: B, points: full }],
      scoring(),
    );
    expect(err.code).toBe('BLOC.CROSS_SCORE_SELF');
    expect(err.details.rule).toBe('bloc.cross_not_self');
  });

  it('only the head reviews, and only when every member has self-scored', () => {
    const selfAll = run(
      [A, B, C, D].map((unitId) => ({
        type: 'SubmitBlocSelfScore' as const,
        year: 2025,
        unitId,
        points: full,
        evidenceAttachmentIds: [],
      })),
      scoring(),
    ).state;
    expect(refusal([{ type: 'ReviewBlocScores', year: 2025, byUnitId: B, note: '' }], selfAll).code).toBe(
      'BLOC.NOT_HEAD',
    );
    expect(refusal([{ type: 'ReviewBlocScores', year: 2025, byUnitId: A, note: '' }], scoring()).details.rule).toBe(
      'bloc.self_scores_all',
    );
    const reviewed = run([{ type: 'ReviewBlocScores', year: 2025, byUnitId: A, note: 'Đã rà soát' }], selfAll).state;
    // Locked: no score after the review.
    expect(
      refusal(
        [{ type: 'SubmitBlocSelfScore', year: 2025, unitId: A, points: full, evidenceAttachmentIds: [] }],
        reviewed,
      ).details.rule,
    ).toBe('bloc.phase');
  });
});

describe('year-end meeting and written ballot (suy tôn) [S15]; flag to the leading unit (Luật TĐKT 2022 Art. 26 [S30])', () => {
  // A self 100/100/95/90 (all cross 80/90/85/70 from the others): B leads on cross-scores.
  const scored = (state: BlocState) =>
    run(
      [
        ...[A, B, C, D].map((unitId, i) => ({
          type: 'SubmitBlocSelfScore' as const,
          year: 2025,
          unitId,
          points: minus([0, 0, 1, 2][i]!),
          evidenceAttachmentIds: [],
        })),
        ...[A, B, C, D].flatMap((scored, i) =>
          [A, B, C, D]
            .filter((u) => u !== scored)
            .map((scorer) => ({
              type: 'SubmitBlocCrossScore' as const,
              year: 2025,
              scorerUnitId: scorer,
              scoredUnitId: scored,
              points: minus([4, 2, 3, 6][i]!),
            })),
        ),
        { type: 'ReviewBlocScores', year: 2025, byUnitId: A, note: 'Đã rà soát' },
      ],
      state,
    ).state;

  it('more ballots than members present is refused, naming the rule', () => {
    const err = refusal(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, C],
          ballotsCast: 4,
          votes: { [A]: 1 },
        },
      ],
      scored(scoring()),
    );
    expect(err.code).toBe('BLOC.BALLOTS_EXCEED_PRESENT');
    expect(err.details.rule).toBe('bloc.ballots_le_present');
    const names = refusal(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, C],
          ballotsCast: 3,
          votes: { [A]: 2, [B]: 2 },
        },
      ],
      scored(scoring()),
    );
    expect(names.details.rule).toBe('bloc.votes_le_ballots');
    const future = refusal(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2026-12-20',
          presentUnitIds: [A, B, C],
          ballotsCast: 3,
          votes: { [A]: 3 },
        },
      ],
      scored(scoring()),
    );
    expect(future.details).toMatchObject({ rule: 'bloc.not_future', field: 'heldOn' });
  });

  it('the result names the winner and the top scorer; a reason is recorded as an event', () => {
    const { state, events } = run(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, C, D],
          ballotsCast: 4,
          votes: { [A]: 3, [B]: 1 },
        },
      ],
      scored(scoring()),
    );
    expect(events[0]).toMatchObject({
      type: 'BlocBallotCounted',
      data: { winnerUnitId: A, topScorerUnitId: B, leftBallot: [] },
    });
    const after = run(
      [{ type: 'RecordBlocWinnerReason', year: 2025, reason: 'Đơn vị đăng cai thành công Đại hội' }],
      state,
    ).state;
    expect(after!.years['2025']!.reason).toBe('Đơn vị đăng cai thành công Đại hội');
  });

  it('a member dissolved mid-year keeps its scores in history, leaves the ballot, and the result says so', () => {
    const s = run(
      [
        {
          type: 'RemoveBlocMember',
          unitId: C,
          on: '2025-07-01',
          reason: 'Giải thể khi sắp xếp tổ chức công đoàn năm 2025',
          dissolved: true,
        },
      ],
      scored(scoring()),
    ).state;
    const err = refusal(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, D],
          ballotsCast: 3,
          votes: { [C]: 1 },
        },
      ],
      s,
    );
    expect(err.details.rule).toBe('bloc.left_ballot');
    const { state, events } = run(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, D],
          ballotsCast: 3,
          votes: { [B]: 3 },
        },
      ],
      s,
    );
    expect(events[0]).toMatchObject({
      data: {
        winnerUnitId: B,
        leftBallot: [
          { unitId: C, on: '2025-07-01', dissolved: true, reason: 'Giải thể khi sắp xếp tổ chức công đoàn năm 2025' },
        ],
      },
    });
    expect(state!.years['2025']!.selfScores[C]).toBeDefined();
  });

  it('a vote tie goes to the better score, whatever the order of the input', () => {
    const { events } = run(
      [
        {
          type: 'CountBlocBallot',
          year: 2025,
          heldOn: '2025-12-10',
          presentUnitIds: [A, B, C, D],
          ballotsCast: 4,
          votes: { [C]: 2, [B]: 2 },
        },
      ],
      scored(scoring()),
    );
    expect(events[0]).toMatchObject({ data: { winnerUnitId: B } });
  });
});

describe('history from paper records', () => {
  it('a total outside the table is refused like a sheet score [S45]', () => {
    const err = refusal(
      [
        {
          type: 'ImportBlocYear',
          year: 2023,
          awardCode: 'CO_TINH',
          maxTotal: 100,
          results: [{ unitId: A, selfTotal: 101, crossTotal: 92 }],
          winnerUnitId: A,
          reason: null,
          source: 'Biên bản',
        },
      ],
      formed(),
    );
    expect(err).toMatchObject({ code: 'BLOC.SCORE_OUT_OF_RANGE', details: { field: 'results.0' } });
  });

  it('imports a past year only with units that were members that year', () => {
    const err = refusal(
      [
        {
          type: 'ImportBlocYear',
          year: 2023,
          awardCode: 'CO_TINH',
          maxTotal: 100,
          results: [{ unitId: 'other', selfTotal: 90, crossTotal: 80 }],
          winnerUnitId: 'other',
          reason: null,
          source: 'Biên bản',
        },
      ],
      formed(),
    );
    expect(err.details.rule).toBe('bloc.member');
    const events = run(
      [
        {
          type: 'ImportBlocYear',
          year: 2023,
          awardCode: 'CO_TINH',
          maxTotal: 100,
          results: [
            { unitId: A, selfTotal: 95, crossTotal: 92 },
            { unitId: B, selfTotal: 90, crossTotal: 85 },
          ],
          winnerUnitId: A,
          reason: null,
          source: 'Biên bản họp khối 2023',
        },
      ],
      formed(),
    ).events;
    const s = foldEvents(blocAggregate, [
      ...run([
        {
          type: 'FormBloc',
          name: 'Khối II',
          level: 2,
          organiserUnitId: 'p',
          formedOn: '2015-01-01',
          members: [A, B, C, D].map((unitId) => ({ unitId, unitName: unitId })),
        },
      ]).events,
      ...events,
    ]);
    expect(s!.years['2023']!.meeting).toMatchObject({ winnerUnitId: A, topScorerUnitId: A });
  });
});
