import {
  participants,
  rankUnits,
  winnerHistory,
  blocYearRecords,
  type BlocAlertKind,
  type BlocState,
  type BlocYear,
} from '@vinhdanh/domain';

/** What the alert kinds are called, for people. */
export const ALERT_LABELS: Record<BlocAlertKind, { vi: string; en: string }> = {
  winner_not_top_scorer: { vi: 'Đơn vị được suy tôn không có điểm cao nhất', en: 'Winner is not the top scorer' },
  rotation: { vi: 'Dấu hiệu luân phiên', en: 'Rotation pattern' },
  self_score_inflated: { vi: 'Tự chấm cao hơn chấm chéo', en: 'Self-score above cross-score' },
  all_max_scores: { vi: 'Mọi đơn vị đều đạt điểm tối đa', en: 'Every member at the maximum' },
};

const PHASES: Record<BlocYear['phase'], { vi: string; en: string }> = {
  registration: { vi: 'Đăng ký, ký giao ước', en: 'Registration and covenant' },
  scoring: { vi: 'Đang chấm điểm', en: 'Scoring open' },
  reviewed: { vi: 'Đã rà soát, chờ họp bình xét', en: 'Reviewed, awaiting the meeting' },
  decided: { vi: 'Đã có kết quả suy tôn', en: 'Decided' },
};

/** An alert row as the API shows it. */
export interface BlocAlertView {
  kind: BlocAlertKind;
  label: { vi: string; en: string };
  year: number;
  unitIds: string[];
  unitNames: string[];
  details: Record<string, unknown>;
  explanation: { vi: string; en: string };
  streamVersion: number;
  foundAt: string;
}

/**
 * What the caller may do on the bloc, from the policy table: run it (`bloc.organise`: members,
 * years, the workflow, and recording any member's paper sheets), and the members it acts for
 * (`bloc.member`: registration, covenant, score sheets; the head's review and ballot).
 */
export interface BlocAllowedActions {
  organise: boolean;
  actForUnitIds: string[];
}

/** A bloc with its members, every year, the winner history and alerts, and what the caller may do. */
export function blocView(
  state: NonNullable<BlocState>,
  version: number,
  alerts: Omit<BlocAlertView, 'unitNames' | 'label'>[],
  allowedActions: BlocAllowedActions,
) {
  const names = new Map(state.members.map((m) => [m.unitId, m.unitName]));
  const nameOf = (u: string | null | undefined) => (u ? (names.get(u) ?? u) : null);
  const years = Object.values(state.years)
    .sort((a, b) => b.year - a.year)
    .map((y) => yearView(state, y, nameOf));
  return {
    id: state.blocId,
    name: state.name,
    level: state.level,
    organiserUnitId: state.organiserUnitId,
    formedOn: state.formedOn,
    version,
    members: state.members.map((m) => ({ ...m, current: m.to === null })),
    years,
    winnerHistory: winnerHistory(blocYearRecords(state)).map((w) => ({
      ...w,
      winnerName: nameOf(w.winnerUnitId),
      topScorerName: nameOf(w.topScorerUnitId),
    })),
    alerts: alerts.map((a) => ({
      ...a,
      label: ALERT_LABELS[a.kind],
      unitNames: a.unitIds.map((u) => nameOf(u) ?? u),
    })),
    allowedActions,
  };
}
/** What `GET /api/blocs/:id` answers. */
export type BlocView = ReturnType<typeof blocView>;

function yearView(state: NonNullable<BlocState>, y: BlocYear, nameOf: (u: string | null | undefined) => string | null) {
  const expected = y.covenantDeadline
    ? state.members.filter(
        (m) => m.from <= (y.covenantDeadline as string) && (m.to === null || m.to > (y.covenantDeadline as string)),
      )
    : [];
  const covenants = expected.map((m) => {
    const signedOn = y.covenants[m.unitId] ?? null;
    const status = signedOn
      ? 'signed'
      : y.withoutCovenant.includes(m.unitId)
        ? 'missed'
        : y.registered[m.unitId]
          ? 'registered'
          : 'pending';
    const labels = {
      signed: 'Đã ký giao ước',
      registered: 'Đã đăng ký, chưa ký giao ước',
      pending: 'Chưa đăng ký',
      missed: 'Không ký giao ước đúng hạn',
    } as const;
    return {
      unitId: m.unitId,
      unitName: m.unitName,
      registeredOn: y.registered[m.unitId] ?? null,
      signedOn,
      status,
      statusLabel: labels[status],
    };
  });
  const units = y.imported ? y.importedResults.map((r) => r.unitId) : participants(y);
  const ranking = y.imported
    ? y.importedResults
        .map((r) => ({ unitId: r.unitId, score: r.crossTotal ?? r.selfTotal }))
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unitId.localeCompare(b.unitId))
    : rankUnits(y, units);
  const scores = ranking.map((r, i) => {
    const imported = y.importedResults.find((x) => x.unitId === r.unitId);
    const cross = Object.entries(y.crossScores[r.unitId] ?? {});
    const crossMean =
      cross.length > 0 ? Math.round((cross.reduce((s, [, c]) => s + c.total, 0) / cross.length) * 100) / 100 : null;
    const self = y.selfScores[r.unitId];
    return {
      rank: i + 1,
      unitId: r.unitId,
      unitName: nameOf(r.unitId),
      score: r.score,
      selfTotal: imported ? imported.selfTotal : (self?.total ?? null),
      crossTotal: imported ? imported.crossTotal : crossMean,
      crossCount: cross.length,
      evidenceAttachmentIds: self?.evidenceAttachmentIds ?? [],
      byCriterion: y.criteria.map((c) => ({
        code: c.code,
        self: self?.points[c.code] ?? null,
        cross:
          cross.length > 0
            ? Math.round((cross.reduce((s, [, sheet]) => s + (sheet.points[c.code] ?? 0), 0) / cross.length) * 100) /
              100
            : null,
      })),
      crossScores: cross.map(([scorer, sheet]) => ({
        scorerUnitId: scorer,
        scorerName: nameOf(scorer),
        total: sheet.total,
      })),
    };
  });
  return {
    year: y.year,
    imported: y.imported,
    awardCode: y.awardCode,
    ruleSetVersion: y.ruleSetVersion,
    phase: y.phase,
    phaseLabel: PHASES[y.phase],
    criteria: y.criteria,
    criteriaSource: y.criteriaSource,
    maxTotal: y.maxTotal,
    covenantDeadline: y.covenantDeadline,
    head: y.headUnitId ? { unitId: y.headUnitId, unitName: nameOf(y.headUnitId) } : null,
    deputy: y.deputyUnitId ? { unitId: y.deputyUnitId, unitName: nameOf(y.deputyUnitId) } : null,
    covenants,
    scores,
    review: y.review,
    /** The stage deadlines when the year runs as the bloc-year workflow; the round (self, then cross). */
    schedule: y.schedule,
    round: y.round,
    reminders: y.reminders.map((r) => ({ ...r, unitNames: r.unitIds.map(nameOf) })),
    missed: y.missed.map((m) => ({ ...m, unitNames: m.unitIds.map(nameOf) })),
    proposal: y.proposal ? { ...y.proposal, unitName: nameOf(y.proposal.unitId) } : null,
    meeting: y.meeting
      ? {
          ...y.meeting,
          winnerName: nameOf(y.meeting.winnerUnitId),
          topScorerName: nameOf(y.meeting.topScorerUnitId),
          leftBallot: y.meeting.leftBallot.map((l) => ({ ...l, unitName: nameOf(l.unitId) })),
        }
      : null,
    reason: y.reason,
  };
}
