import { maxTotal as tableMax } from './bloc.score-sheet';
import { membersDuring, participants, rankUnits, type BlocState, type BlocYear } from './bloc.decider';

/*
 * Rotation and formalism made visible. The known failing of blocs is rotation (luân phiên, chia
 * phần): the flag goes round in turn rather than to the best, votes driven by courtesy (nể nang)
 * [S16][S45]; and formalism — perfect paperwork, weak practice ("vô bổ, hình thức" [S45]). The
 * engine does not decide who should have won: it shows the upper level's emulation office and the
 * auditors the patterns worth a question (domain-sources §5.2, mitigations).
 */

/** What a detector flags. */
export type BlocAlertKind = 'winner_not_top_scorer' | 'rotation' | 'self_score_inflated' | 'all_max_scores';

/** One alert on a bloc. */
export interface BlocAlert {
  kind: BlocAlertKind;
  /** The year it concerns (for a rotation, the last year of the run). */
  year: number;
  unitIds: string[];
  details: Record<string, unknown>;
  explanation: { vi: string; en: string };
}

/** One year of a bloc as the detectors read it, from a live year or paper history alike. */
export interface BlocYearRecord {
  year: number;
  memberUnitIds: string[];
  /** Per unit: self total, cross-checked total, and the score the ranking uses. */
  scores: { unitId: string; selfTotal: number | null; crossTotal: number | null; score: number | null }[];
  maxTotal: number | null;
  winnerUnitId: string | null;
  topScorerUnitId: string | null;
  reason: string | null;
  /** True when every member was scored at the maximum on every criterion (self and cross). */
  allAtMax: boolean;
  selfCrossMarginShare: number;
  rotationMinYears: number;
}

/** The winner of each decided year, oldest first. */
export function winnerHistory(
  records: readonly BlocYearRecord[],
): { year: number; winnerUnitId: string | null; topScorerUnitId: string | null; reason: string | null }[] {
  return [...records]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, winnerUnitId: r.winnerUnitId, topScorerUnitId: r.topScorerUnitId, reason: r.reason }));
}

/** The detectors' view of every decided year of a bloc. */
export function blocYearRecords(state: NonNullable<BlocState>): BlocYearRecord[] {
  return Object.values(state.years)
    .filter((y) => y.phase === 'decided')
    .sort((a, b) => a.year - b.year)
    .map((y) => recordOf(state, y));
}

function recordOf(state: NonNullable<BlocState>, y: BlocYear): BlocYearRecord {
  const base = {
    year: y.year,
    maxTotal: y.maxTotal,
    winnerUnitId: y.meeting?.winnerUnitId ?? null,
    topScorerUnitId: y.meeting?.topScorerUnitId ?? null,
    reason: y.reason,
    selfCrossMarginShare: y.selfCrossMarginShare,
    rotationMinYears: y.rotationMinYears,
  };
  if (y.imported) {
    const scores = y.importedResults.map((r) => ({ ...r, score: r.crossTotal ?? r.selfTotal }));
    return {
      ...base,
      memberUnitIds: membersDuring(state, y.year).map((m) => m.unitId),
      scores,
      allAtMax:
        y.maxTotal !== null &&
        scores.length > 0 &&
        scores.every((s) => s.selfTotal === y.maxTotal && (s.crossTotal === null || s.crossTotal === y.maxTotal)),
    };
  }
  const units = participants(y);
  const ranked = new Map(rankUnits(y, units).map((r) => [r.unitId, r.score]));
  const crossMean = (u: string): number | null => {
    const list = Object.values(y.crossScores[u] ?? {});
    return list.length ? list.reduce((s, c) => s + c.total, 0) / list.length : null;
  };
  const atMax = (points: Record<string, number>) => y.criteria.every((c) => points[c.code] === c.maxPoints);
  const sheets = [
    ...Object.values(y.selfScores).map((s) => s.points),
    ...Object.values(y.crossScores).flatMap((byScorer) => Object.values(byScorer).map((s) => s.points)),
  ];
  return {
    ...base,
    maxTotal: y.maxTotal ?? tableMax(y.criteria),
    memberUnitIds: units,
    scores: units.map((u) => ({
      unitId: u,
      selfTotal: y.selfScores[u]?.total ?? null,
      crossTotal: crossMean(u),
      score: ranked.get(u) ?? null,
    })),
    allAtMax: units.length > 0 && units.every((u) => y.selfScores[u]) && sheets.every(atMax),
  };
}

/**
 * Every alert over a bloc's decided years:
 * - the winner is not the top scorer and the bloc recorded no reason;
 * - rotation: over a run of consecutive years at least `rotationMinYears` long, each year's winner
 *   differs from every other in the run and the run covers every member of the bloc then — the flag
 *   went round. A best unit that simply wins twice never makes a run of distinct winners;
 * - a member's self total exceeds its cross-checked total by more than the margin share of the maximum;
 * - every member scored every criterion at the maximum (nothing told them apart: formalism).
 */
export function detectBlocAlerts(records: readonly BlocYearRecord[]): BlocAlert[] {
  const years = [...records].sort((a, b) => a.year - b.year);
  const alerts: BlocAlert[] = [];
  for (const r of years) {
    if (r.winnerUnitId && r.topScorerUnitId && r.winnerUnitId !== r.topScorerUnitId && !r.reason) {
      alerts.push({
        kind: 'winner_not_top_scorer',
        year: r.year,
        unitIds: [r.winnerUnitId, r.topScorerUnitId],
        details: { winnerUnitId: r.winnerUnitId, topScorerUnitId: r.topScorerUnitId },
        explanation: {
          vi: `Năm ${r.year}: đơn vị được suy tôn không phải đơn vị có điểm cao nhất và khối chưa ghi lý do.`,
          en: `${r.year}: the unit voted leader is not the top scorer and the bloc recorded no reason.`,
        },
      });
    }
    if (r.maxTotal !== null && r.maxTotal > 0) {
      const margin = r.selfCrossMarginShare * r.maxTotal;
      for (const s of r.scores) {
        if (s.selfTotal !== null && s.crossTotal !== null && s.selfTotal - s.crossTotal > margin) {
          const gap = Math.round((s.selfTotal - s.crossTotal) * 100) / 100;
          alerts.push({
            kind: 'self_score_inflated',
            year: r.year,
            unitIds: [s.unitId],
            details: { selfTotal: s.selfTotal, crossTotal: round(s.crossTotal), gap, margin: round(margin) },
            explanation: {
              vi: `Năm ${r.year}: điểm tự chấm cao hơn điểm chấm chéo ${gap} điểm, vượt mức cho phép ${round(margin)} điểm.`,
              en: `${r.year}: the self-score exceeds the cross-score by ${gap} points, over the ${round(margin)}-point margin.`,
            },
          });
        }
      }
    }
    if (r.allAtMax) {
      alerts.push({
        kind: 'all_max_scores',
        year: r.year,
        unitIds: r.scores.map((s) => s.unitId),
        details: { maxTotal: r.maxTotal },
        explanation: {
          vi: `Năm ${r.year}: mọi đơn vị đều được chấm tối đa ở mọi tiêu chí — biểu chấm điểm không phân biệt được ai (dấu hiệu hình thức).`,
          en: `${r.year}: every member scored the maximum on every criterion — the table told no one apart (formalism).`,
        },
      });
    }
  }
  alerts.push(...rotationAlerts(years));
  return alerts;
}

function rotationAlerts(years: readonly BlocYearRecord[]): BlocAlert[] {
  const out: BlocAlert[] = [];
  let lastFlaggedEnd = -Infinity;
  for (let end = 0; end < years.length; end++) {
    const last = years[end];
    if (!last) continue;
    const minYears = Math.max(2, last.rotationMinYears);
    // The longest run ending here of consecutive years with distinct winners.
    const run: BlocYearRecord[] = [];
    let earliest = last.year + 1;
    for (let i = end; i >= 0; i--) {
      const y = years[i];
      if (!y?.winnerUnitId) break;
      if (y.year + 1 !== earliest) break;
      if (run.some((x) => x.winnerUnitId === y.winnerUnitId)) break;
      run.push(y);
      earliest = y.year;
    }
    if (run.length < minYears) continue;
    // Every unit that was a member throughout the run won once: the flag went round them all.
    const throughout = run
      .map((y) => new Set(y.memberUnitIds))
      .reduce((acc, set) => new Set([...acc].filter((u) => set.has(u))));
    const winners = new Set(run.map((y) => y.winnerUnitId as string));
    const coversAll = throughout.size >= 2 && [...throughout].every((u) => winners.has(u));
    if (!coversAll || earliest <= lastFlaggedEnd) continue;
    lastFlaggedEnd = last.year;
    const ordered = [...run].reverse();
    const notTop = ordered.filter((y) => y.topScorerUnitId && y.winnerUnitId !== y.topScorerUnitId).length;
    out.push({
      kind: 'rotation',
      year: last.year,
      unitIds: ordered.map((y) => y.winnerUnitId as string),
      details: {
        fromYear: earliest,
        toYear: last.year,
        winners: ordered.map((y) => ({ year: y.year, unitId: y.winnerUnitId })),
        yearsWinnerNotTopScorer: notTop,
      },
      explanation: {
        vi: `Từ ${earliest} đến ${last.year}, mỗi đơn vị trong khối lần lượt được suy tôn một lần (dấu hiệu luân phiên); ${notTop}/${ordered.length} năm đơn vị được suy tôn không có điểm cao nhất.`,
        en: `From ${earliest} to ${last.year} each member was voted leader once in turn (rotation); in ${notTop} of ${ordered.length} years the winner was not the top scorer.`,
      },
    });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 100) / 100;
