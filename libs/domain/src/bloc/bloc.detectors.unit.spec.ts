import { detectBlocAlerts, winnerHistory, blocYearRecords, type BlocYearRecord } from './bloc.detectors';
import { decideBloc, evolveBloc, type BlocCommand, type BlocCommandInput, type BlocState } from './bloc.decider';
import { DEFAULT_BLOC_RULES } from './bloc.score-sheet';

// Rotation (luân phiên, chia phần) and formalism ("hình thức") are the blocs' known failings [S16][S45];
// domain-sources §5.2 lists the mitigations these detectors support.

/** A deterministic pseudo-random generator, so generated histories are the same on every run. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const units = (n: number) => Array.from({ length: n }, (_, i) => `u${i + 1}`);

/** A history where scores are random around a unit's strength and the winner is chosen by `pick`. */
function history(
  members: string[],
  years: number[],
  pick: (yearIndex: number, ranked: string[]) => string,
  seed = 7,
  reason: (yearIndex: number) => string | null = () => null,
): BlocYearRecord[] {
  const rnd = lcg(seed);
  return years.map((year, i) => {
    const scores = members.map((unitId, k) => {
      const cross = Math.round(60 + (members.length - k) * 6 + rnd() * 4);
      return { unitId, selfTotal: cross + Math.round(rnd() * 3), crossTotal: cross, score: cross };
    });
    const ranked = [...scores].sort((a, b) => b.score - a.score).map((s) => s.unitId);
    return {
      year,
      memberUnitIds: members,
      scores,
      maxTotal: 100,
      winnerUnitId: pick(i, ranked),
      topScorerUnitId: ranked[0] ?? null,
      reason: reason(i),
      allAtMax: false,
      selfCrossMarginShare: 0.1,
      rotationMinYears: 3,
    };
  });
}

const kinds = (records: BlocYearRecord[]) => detectBlocAlerts(records).map((a) => a.kind);

describe('rotation detector on generated histories', () => {
  it('no false alarm when the best unit simply wins twice (or every year)', () => {
    for (const n of [3, 4, 5]) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const h = history(units(n), [2021, 2022, 2023, 2024, 2025], (_, ranked) => ranked[0]!, seed);
        expect(kinds(h)).toEqual([]);
      }
    }
    const twice = history(units(3), [2023, 2024], (_, ranked) => ranked[0]!);
    expect(kinds(twice)).toEqual([]);
  });

  it('no alarm when winners differ but one member never won (not a full turn)', () => {
    const h = history(
      units(4),
      [2022, 2023, 2024],
      (i) => ['u1', 'u2', 'u3'][i]!,
      3,
      () => 'Lý do đã ghi',
    );
    expect(kinds(h)).not.toContain('rotation');
  });

  it('flags each member winning in turn over N years, and again for every later full cycle', () => {
    for (const n of [3, 4, 5]) {
      const members = units(n);
      const years = Array.from({ length: 2 * n }, (_, i) => 2014 + i);
      const h = history(
        members,
        years,
        (i) => members[i % n]!,
        n,
        () => 'Có lý do',
      );
      const rotations = detectBlocAlerts(h).filter((a) => a.kind === 'rotation');
      expect(rotations.map((r) => r.year)).toEqual([2014 + n - 1, 2014 + 2 * n - 1]);
      expect(rotations[0]!.unitIds).toEqual(members);
      expect(rotations[0]!.explanation.vi).toContain('luân phiên');
    }
  });

  it('a gap in the years breaks the run', () => {
    const h = history(
      units(3),
      [2019, 2020, 2023],
      (i) => ['u1', 'u2', 'u3'][i]!,
      1,
      () => 'x',
    );
    expect(kinds(h)).not.toContain('rotation');
  });

  it('winner history lists every year oldest first', () => {
    const h = history(units(3), [2025, 2023, 2024], (_, r) => r[0]!);
    expect(winnerHistory(h).map((w) => w.year)).toEqual([2023, 2024, 2025]);
  });
});

describe('winner is not the top scorer', () => {
  it('alerts without a recorded reason, and not once the bloc gave one', () => {
    const h = history(units(4), [2024], (_, ranked) => ranked[2]!);
    expect(kinds(h)).toEqual(['winner_not_top_scorer']);
    const withReason = history(
      units(4),
      [2024],
      (_, ranked) => ranked[2]!,
      7,
      () => 'Đơn vị có thành tích đột xuất',
    );
    expect(kinds(withReason)).toEqual([]);
  });
});

describe('formalism', () => {
  const base = history(units(3), [2024], (_, r) => r[0]!)[0]!;

  it('self-scores above cross-scores by more than the margin are flagged, at the margin they are not', () => {
    const over = {
      ...base,
      scores: base.scores.map((s, i) => (i === 1 ? { ...s, selfTotal: (s.crossTotal ?? 0) + 10.5 } : s)),
    };
    const at = {
      ...base,
      scores: base.scores.map((s, i) => (i === 1 ? { ...s, selfTotal: (s.crossTotal ?? 0) + 10 } : s)),
    };
    const alerts = detectBlocAlerts([over]);
    expect(alerts.map((a) => [a.kind, a.unitIds])).toEqual([['self_score_inflated', ['u2']]]);
    expect(detectBlocAlerts([at])).toEqual([]);
  });

  it('every member scored every criterion at the maximum is flagged (from a live year)', () => {
    const full = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints]));
    const members = ['a', 'b', 'c'];
    const commands: BlocCommandInput[] = [
      {
        type: 'FormBloc',
        name: 'K',
        level: 2,
        organiserUnitId: 'p',
        formedOn: '2020-01-01',
        members: members.map((unitId) => ({ unitId, unitName: unitId })),
      },
      {
        type: 'OpenBlocYear',
        year: 2026,
        awardCode: 'CO_TINH',
        ruleSetVersion: 'v',
        rules: DEFAULT_BLOC_RULES,
        covenantDeadline: '2026-03-31',
        headUnitId: 'a',
        deputyUnitId: 'b',
      },
      ...members.flatMap((unitId) => [
        { type: 'RegisterForBlocYear' as const, year: 2026, unitId, on: '2026-03-01' },
        { type: 'SignBlocCovenant' as const, year: 2026, unitId, on: '2026-03-02' },
      ]),
      { type: 'OpenBlocScoring', year: 2026 },
      ...members.map((unitId) => ({
        type: 'SubmitBlocSelfScore' as const,
        year: 2026,
        unitId,
        points: full,
        evidenceAttachmentIds: [],
      })),
      ...members.flatMap((s) =>
        members
          .filter((x) => x !== s)
          .map((scorer) => ({
            type: 'SubmitBlocCrossScore' as const,
            year: 2026,
            scorerUnitId: scorer,
            scoredUnitId: s,
            points: full,
          })),
      ),
      { type: 'ReviewBlocScores', year: 2026, byUnitId: 'a', note: '' },
      {
        type: 'CountBlocBallot',
        year: 2026,
        heldOn: '2026-12-05',
        presentUnitIds: members,
        ballotsCast: 3,
        votes: { a: 3 },
      },
    ];
    let state: BlocState = null;
    for (const c of commands)
      state = decideBloc({ now: '2026-12-06T00:00:00Z', blocId: 'k', ...c } as BlocCommand, state).reduce(
        evolveBloc,
        state,
      );
    const alerts = detectBlocAlerts(blocYearRecords(state!));
    expect(alerts.map((a) => a.kind)).toEqual(['all_max_scores']);
    expect(alerts[0]!.explanation.vi).toContain('hình thức');
  });
});
