import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { vietnamDateOf } from '../shared/dates';
import { BlocError, type BlocErrorCode } from './bloc.errors';
import { BlocEvent, type BlocStage } from './bloc.events';
import { weightedTotal, type BlocCriterion, type BlocRules } from './bloc.score-sheet';

/*
 * A khối / cụm thi đua: units of one level grouped by the union above them. Each year they register
 * and sign a covenant (giao ước thi đua), score themselves and each other on the covenant's table,
 * the head reviews, and the year-end meeting votes (bình xét suy tôn) the unit that leads the bloc,
 * which is proposed for the flag (Luật Thi đua, khen thưởng 2022 Art. 26 [S30]; one flag per
 * cluster/bloc [S15]). Sources: domain-sources.md §5.
 */

/** A member over time: effective-dated, never deleted (history stays when a bloc is re-formed). */
export interface BlocMember {
  unitId: string;
  unitName: string;
  from: string;
  /** The first day it is no longer a member; null while it is. */
  to: string | null;
  leftReason: string | null;
  dissolved: boolean;
}

/** One scored sheet. */
export interface BlocSheet {
  points: Record<string, number>;
  total: number;
}

/** The year-end meeting and its ballot. */
export interface BlocMeeting {
  heldOn: string;
  presentUnitIds: string[];
  ballotsCast: number;
  votes: Record<string, number>;
  leftBallot: { unitId: string; on: string; reason: string; dissolved: boolean }[];
  winnerUnitId: string | null;
  topScorerUnitId: string | null;
}

/** One year of a bloc. */
export interface BlocYear {
  year: number;
  awardCode: string;
  imported: boolean;
  ruleSetVersion: string | null;
  criteria: BlocCriterion[];
  criteriaSource: string;
  selfCrossMarginShare: number;
  rotationMinYears: number;
  covenantDeadline: string | null;
  headUnitId: string | null;
  deputyUnitId: string | null;
  phase: 'registration' | 'scoring' | 'reviewed' | 'decided';
  registered: Record<string, string>;
  covenants: Record<string, string>;
  withoutCovenant: string[];
  selfScores: Record<string, BlocSheet & { evidenceAttachmentIds: string[] }>;
  /** scored unit → scorer unit → sheet. */
  crossScores: Record<string, Record<string, BlocSheet>>;
  review: { headUnitId: string; note: string } | null;
  /** The stage deadlines when the year runs as the bloc-year workflow. */
  schedule: {
    workflowId: string;
    selfScoreDeadline: string;
    crossScoreDeadline: string;
    reviewDeadline: string;
    meetingDeadline: string;
    remindAtShare: number;
  } | null;
  /** The scoring round: self first, then cross (years run by the workflow); null: both at once (older years). */
  round: 'self' | 'cross' | null;
  /** Participants that had not scored themselves when the self round closed. */
  withoutSelfScore: string[];
  /** Reminders sent and deadlines missed (escalated to the organiser), in order. */
  reminders: { stage: BlocStage; dueAt: string; unitIds: string[] }[];
  missed: { stage: BlocStage; dueAt: string; unitIds: string[]; escalatedToUnitId: string }[];
  /** The leading unit proposed for the flag (the nomination it entered the normal path as). */
  proposal: {
    unitId: string;
    awardCode: string;
    nominationId: string | null;
    campaignId: string | null;
    minutesAttachmentId: string | null;
    notStartedReason: string | null;
  } | null;
  meeting: BlocMeeting | null;
  reason: string | null;
  /** For imported years: the totals as recorded on paper. */
  importedResults: { unitId: string; selfTotal: number | null; crossTotal: number | null }[];
  maxTotal: number | null;
}

/** A bloc as its events made it; null before it was formed. */
export type BlocState = {
  blocId: string;
  name: string;
  level: number;
  organiserUnitId: string;
  formedOn: string;
  members: BlocMember[];
  years: Record<string, BlocYear>;
} | null;

interface Base extends TimedCommand {
  blocId: string;
}
/** Form a bloc. */
export interface FormBloc extends Base {
  type: 'FormBloc';
  name: string;
  level: number;
  organiserUnitId: string;
  formedOn: string;
  members: { unitId: string; unitName: string }[];
}
/** A unit joins. */
export interface AddBlocMember extends Base {
  type: 'AddBlocMember';
  unitId: string;
  unitName: string;
  from: string;
  reason: string;
}
/** A unit leaves (or was dissolved). */
export interface RemoveBlocMember extends Base {
  type: 'RemoveBlocMember';
  unitId: string;
  on: string;
  reason: string;
  dissolved: boolean;
}
/** Open a year. */
export interface OpenBlocYear extends Base {
  type: 'OpenBlocYear';
  year: number;
  awardCode: string;
  ruleSetVersion: string;
  rules: BlocRules;
  covenantDeadline: string;
  headUnitId: string;
  deputyUnitId: string;
}
/** Register for the year's emulation. */
export interface RegisterForBlocYear extends Base {
  type: 'RegisterForBlocYear';
  year: number;
  unitId: string;
  on: string;
}
/** Sign the covenant. */
export interface SignBlocCovenant extends Base {
  type: 'SignBlocCovenant';
  year: number;
  unitId: string;
  on: string;
}
/** Open scoring. */
export interface OpenBlocScoring extends Base {
  type: 'OpenBlocScoring';
  year: number;
  /** Self round first, then cross (the bloc-year workflow); without it both at once. */
  rounds?: boolean;
}
/** Run the year as the bloc-year workflow with these deadlines. */
export interface ScheduleBlocYear extends Base {
  type: 'ScheduleBlocYear';
  year: number;
  workflowId: string;
  selfScoreDeadline: string;
  crossScoreDeadline: string;
  reviewDeadline: string;
  meetingDeadline: string;
  remindAtShare: number;
}
/** A stage's deadline is near: remind the units whose part is still missing. */
export interface RemindBlocDeadline extends Base {
  type: 'RemindBlocDeadline';
  year: number;
  stage: BlocStage;
  dueAt: string;
}
/** A stage's deadline passed: record who missed it, escalated to the organiser. */
export interface RecordBlocDeadlineMissed extends Base {
  type: 'RecordBlocDeadlineMissed';
  year: number;
  stage: BlocStage;
  dueAt: string;
}
/** Close the self-scoring round and open the cross round. */
export interface CloseBlocSelfRound extends Base {
  type: 'CloseBlocSelfRound';
  year: number;
}
/** Record the proposal of the bloc's winner for the flag. */
export interface RecordBlocWinnerProposal extends Base {
  type: 'RecordBlocWinnerProposal';
  year: number;
  unitId: string;
  nominationId: string | null;
  campaignId: string | null;
  minutesAttachmentId: string | null;
  notStartedReason: string | null;
}
/** A member scores itself. */
export interface SubmitBlocSelfScore extends Base {
  type: 'SubmitBlocSelfScore';
  year: number;
  unitId: string;
  points: Record<string, number>;
  evidenceAttachmentIds: string[];
}
/** A member scores another. */
export interface SubmitBlocCrossScore extends Base {
  type: 'SubmitBlocCrossScore';
  year: number;
  scorerUnitId: string;
  scoredUnitId: string;
  points: Record<string, number>;
}
/** The head reviews and locks the sheets. */
export interface ReviewBlocScores extends Base {
  type: 'ReviewBlocScores';
  year: number;
  byUnitId: string;
  note: string;
}
/** The year-end meeting's ballot. */
export interface CountBlocBallot extends Base {
  type: 'CountBlocBallot';
  year: number;
  heldOn: string;
  presentUnitIds: string[];
  ballotsCast: number;
  votes: Record<string, number>;
}
/** Why the winner is not the top scorer. */
export interface RecordBlocWinnerReason extends Base {
  type: 'RecordBlocWinnerReason';
  year: number;
  reason: string;
}
/** A past year from paper records. */
export interface ImportBlocYear extends Base {
  type: 'ImportBlocYear';
  year: number;
  awardCode: string;
  maxTotal: number;
  results: { unitId: string; selfTotal: number | null; crossTotal: number | null }[];
  winnerUnitId: string | null;
  reason: string | null;
  source: string;
}

/** Every bloc command. */
export type BlocCommand =
  | FormBloc
  | AddBlocMember
  | RemoveBlocMember
  | OpenBlocYear
  | RegisterForBlocYear
  | SignBlocCovenant
  | OpenBlocScoring
  | ScheduleBlocYear
  | RemindBlocDeadline
  | RecordBlocDeadlineMissed
  | CloseBlocSelfRound
  | RecordBlocWinnerProposal
  | SubmitBlocSelfScore
  | SubmitBlocCrossScore
  | ReviewBlocScores
  | CountBlocBallot
  | RecordBlocWinnerReason
  | ImportBlocYear;

/** A command as a caller builds it: the handler adds the bloc id and `now`. */
export type BlocCommandInput = BlocCommand extends infer C
  ? C extends BlocCommand
    ? Omit<C, 'now' | 'blocId'>
    : never
  : never;

/** Sources the refusals name. */
export const BLOC_SOURCES = {
  covenant: 'Giao ước thi đua hằng năm giữa các đơn vị (QĐ 245/CT [S46]); ký trước hạn của khối (domain-sources §5.2)',
  scoreRange: 'Thang điểm theo từng nội dung thi đua của biểu chấm điểm (Hướng dẫn 1349/BTĐKT-VI [S45])',
  crossScore: 'Chấm chéo: đơn vị chấm đơn vị khác trong khối, không tự chấm mình (domain-sources §5.2)',
  ballot: 'Bỏ phiếu kín suy tôn đơn vị dẫn đầu khối [S15]; số phiếu không vượt số đơn vị có mặt',
  flag: 'Cờ thi đua tặng đơn vị dẫn đầu cụm, khối thi đua (Luật Thi đua, khen thưởng 2022 Điều 26 [S30])',
  rounds: 'Đơn vị tự chấm điểm trước, các đơn vị trong khối chấm chéo sau (domain-sources §5.2)',
} as const;

/**
 * The units whose part of a stage is still missing: covenant (members on the deadline without a
 * signed covenant), self_score (participants still members without a sheet), cross_score
 * (participants that have not scored every other current participant), review and meeting (the
 * head, while its step is due). Empty once the stage is over.
 */
export function pendingUnits(s: NonNullable<BlocState>, y: BlocYear, stage: BlocStage): string[] {
  const current = (u: string) => s.members.some((m) => m.unitId === u && m.to === null);
  const scoring = participants(y).filter(current);
  switch (stage) {
    case 'covenant':
      if (y.phase !== 'registration') return [];
      return membersOn(s, y.covenantDeadline ?? `${y.year}-12-31`)
        .map((m) => m.unitId)
        .filter((u) => !y.covenants[u]);
    case 'self_score':
      if (y.phase !== 'scoring' || y.round === 'cross') return [];
      return scoring.filter((u) => !y.selfScores[u]);
    case 'cross_score':
      if (y.phase !== 'scoring' || y.round === 'self') return [];
      return scoring.filter((scorer) =>
        scoring.some((scored) => scored !== scorer && !y.crossScores[scored]?.[scorer]),
      );
    case 'review':
      return y.phase === 'scoring' && y.headUnitId ? [y.headUnitId] : [];
    case 'meeting':
      return y.phase === 'reviewed' && y.headUnitId ? [y.headUnitId] : [];
  }
}

const refuse = (
  code: BlocErrorCode,
  rule: string,
  vi: string,
  en: string,
  details: Record<string, unknown> = {},
): BlocError => new BlocError(code, vi, en, { rule, ...details });

/** Whether the member belongs to the bloc on a date. */
export function isMemberOn(m: BlocMember, date: string): boolean {
  return m.from <= date && (m.to === null || date < m.to);
}

/** The members on a date. */
export function membersOn(state: NonNullable<BlocState>, date: string): BlocMember[] {
  return state.members.filter((m) => isMemberOn(m, date));
}

/** The members at any time during a year. */
export function membersDuring(state: NonNullable<BlocState>, year: number): BlocMember[] {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  return state.members.filter((m) => m.from < end && (m.to === null || m.to > start));
}

/** Members that signed the covenant and take part in scoring. */
export function participants(y: BlocYear): string[] {
  return Object.keys(y.covenants).filter((u) => !y.withoutCovenant.includes(u));
}

/** A member's ranking score: the mean of the other members' cross-scores, else its self-score. */
export function rankingScore(y: BlocYear, unitId: string): number | null {
  const cross = Object.values(y.crossScores[unitId] ?? {});
  if (cross.length > 0) return Math.round((cross.reduce((s, c) => s + c.total, 0) / cross.length) * 100) / 100;
  return y.selfScores[unitId]?.total ?? null;
}

/** The ranking of the given units by score (highest first; ties by unit id, so it is stable). */
export function rankUnits(y: BlocYear, unitIds: readonly string[]): { unitId: string; score: number | null }[] {
  return unitIds
    .map((unitId) => ({ unitId, score: rankingScore(y, unitId) }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unitId.localeCompare(b.unitId));
}

function mustExist(state: BlocState): NonNullable<BlocState> {
  if (!state) throw refuse('BLOC.NOT_FOUND', 'bloc.exists', 'Không tìm thấy khối thi đua.', 'No such bloc.');
  return state;
}

function mustYear(state: NonNullable<BlocState>, year: number): BlocYear {
  const y = state.years[String(year)];
  if (!y || y.imported) {
    throw refuse(
      'BLOC.WRONG_PHASE',
      'bloc.year_open',
      `Năm thi đua ${year} của khối chưa được mở.`,
      `The bloc's ${year} emulation year is not open.`,
      { year },
    );
  }
  return y;
}

function mustPhase(y: BlocYear, phases: BlocYear['phase'][], vi: string, en: string): void {
  if (!phases.includes(y.phase)) throw refuse('BLOC.WRONG_PHASE', 'bloc.phase', vi, en, { phase: y.phase });
}

function mustMember(state: NonNullable<BlocState>, unitId: string, date: string, field: string): BlocMember {
  const m = state.members.find((x) => x.unitId === unitId && isMemberOn(x, date));
  if (!m) {
    throw refuse(
      'BLOC.NOT_A_MEMBER',
      'bloc.member',
      `Đơn vị không thuộc khối vào ngày ${viDate(date)}.`,
      `The unit is not a member of the bloc on ${date}.`,
      { field, unitId },
    );
  }
  return m;
}

function checkPoints(criteria: readonly BlocCriterion[], points: Record<string, number>): void {
  for (const code of Object.keys(points)) {
    if (!criteria.some((c) => c.code === code)) {
      throw refuse(
        'BLOC.INVALID',
        'bloc.score_criterion',
        `Tiêu chí ${code} không có trong biểu chấm điểm của năm.`,
        `Criterion ${code} is not on the year's score table.`,
        { field: `points.${code}` },
      );
    }
  }
  for (const c of criteria) {
    const p = points[c.code];
    if (p === undefined) {
      throw refuse(
        'BLOC.INVALID',
        'bloc.score_complete',
        `Chưa chấm tiêu chí "${c.titleVi}".`,
        `Criterion ${c.code} is not scored.`,
        { field: `points.${c.code}` },
      );
    }
    if (!Number.isFinite(p) || p < 0 || p > c.maxPoints) {
      throw refuse(
        'BLOC.SCORE_OUT_OF_RANGE',
        'bloc.score_range',
        `Điểm tiêu chí "${c.titleVi}" phải từ 0 đến ${c.maxPoints} (${BLOC_SOURCES.scoreRange}).`,
        `Criterion ${c.code} takes 0 to ${c.maxPoints} points.`,
        { field: `points.${c.code}`, maxPoints: c.maxPoints, source: BLOC_SOURCES.scoreRange },
      );
    }
  }
}

function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Decides a bloc command against the bloc's state. */
export function decideBloc(c: BlocCommand, state: BlocState): BlocEvent[] {
  const today = vietnamDateOf(c.now);
  if (c.type === 'FormBloc') {
    if (state) {
      throw refuse('BLOC.ALREADY_EXISTS', 'bloc.unique', 'Khối thi đua này đã có.', 'The bloc already exists.');
    }
    const ids = c.members.map((m) => m.unitId);
    if (ids.length < 2 || new Set(ids).size !== ids.length) {
      throw refuse(
        'BLOC.INVALID',
        'bloc.members',
        'Khối thi đua cần ít nhất hai đơn vị khác nhau.',
        'A bloc needs at least two distinct member units.',
        { field: 'members' },
      );
    }
    return [
      {
        type: 'BlocFormed',
        data: {
          blocId: c.blocId,
          name: c.name,
          level: c.level,
          organiserUnitId: c.organiserUnitId,
          formedOn: c.formedOn,
          members: c.members,
        },
      },
    ];
  }
  const s = mustExist(state);
  switch (c.type) {
    case 'AddBlocMember': {
      if (s.members.some((m) => m.unitId === c.unitId && (m.to === null || m.to > c.from))) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.member_once',
          'Đơn vị đã là thành viên của khối trong thời gian này.',
          'The unit is already a member then.',
          { field: 'unitId' },
        );
      }
      return [
        { type: 'BlocMemberJoined', data: { unitId: c.unitId, unitName: c.unitName, from: c.from, reason: c.reason } },
      ];
    }
    case 'RemoveBlocMember': {
      const m = s.members.find((x) => x.unitId === c.unitId && x.to === null);
      if (!m || c.on <= m.from) {
        throw refuse(
          'BLOC.NOT_A_MEMBER',
          'bloc.member',
          'Đơn vị không còn là thành viên của khối vào ngày đó.',
          'The unit is not a current member on that date.',
          { field: 'unitId' },
        );
      }
      return [
        { type: 'BlocMemberLeft', data: { unitId: c.unitId, on: c.on, reason: c.reason, dissolved: c.dissolved } },
      ];
    }
    case 'OpenBlocYear': {
      if (s.years[String(c.year)]) {
        throw refuse(
          'BLOC.ALREADY_EXISTS',
          'bloc.year_unique',
          `Năm thi đua ${c.year} của khối đã có.`,
          `The bloc's ${c.year} year exists already.`,
          { field: 'year' },
        );
      }
      if (!c.covenantDeadline.startsWith(`${c.year}-`)) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.deadline_in_year',
          `Hạn ký giao ước phải trong năm ${c.year}.`,
          `The covenant deadline must fall in ${c.year}.`,
          { field: 'covenantDeadline' },
        );
      }
      mustMember(s, c.headUnitId, c.covenantDeadline, 'headUnitId');
      mustMember(s, c.deputyUnitId, c.covenantDeadline, 'deputyUnitId');
      if (c.headUnitId === c.deputyUnitId) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.head_deputy',
          'Trưởng khối và phó khối phải là hai đơn vị khác nhau.',
          'The head and the deputy must be different units.',
          { field: 'deputyUnitId' },
        );
      }
      return [
        {
          type: 'BlocYearOpened',
          data: {
            year: c.year,
            awardCode: c.awardCode,
            ruleSetVersion: c.ruleSetVersion,
            criteria: c.rules.criteria,
            criteriaSource: c.rules.source,
            selfCrossMarginShare: c.rules.selfCrossMarginShare,
            rotationMinYears: c.rules.rotationMinYears,
            covenantDeadline: c.covenantDeadline,
            headUnitId: c.headUnitId,
            deputyUnitId: c.deputyUnitId,
          },
        },
      ];
    }
    case 'RegisterForBlocYear':
    case 'SignBlocCovenant': {
      const y = mustYear(s, c.year);
      if (y.phase !== 'registration') {
        // Scoring opened (all signed, or the deadline passed): a covenant now is a late one.
        throw refuse(
          'BLOC.LATE_COVENANT',
          'bloc.covenant_deadline',
          `Đã hết hạn đăng ký, ký giao ước thi đua${y.covenantDeadline ? ` (hạn ${viDate(y.covenantDeadline)})` : ''}; khối đã mở chấm điểm.`,
          'Registration is over: scoring has opened.',
          { field: 'on', deadline: y.covenantDeadline, source: BLOC_SOURCES.covenant },
        );
      }
      mustMember(s, c.unitId, c.on, 'unitId');
      if (c.on > today) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.not_future',
          'Ngày ký không được sau hôm nay.',
          'The date must not be in the future.',
          { field: 'on' },
        );
      }
      if (y.covenantDeadline && c.on > y.covenantDeadline) {
        throw refuse(
          'BLOC.LATE_COVENANT',
          'bloc.covenant_deadline',
          `Quá hạn đăng ký, ký giao ước thi đua (hạn ${viDate(y.covenantDeadline)}).`,
          `Past the covenant deadline (${y.covenantDeadline}).`,
          { field: 'on', deadline: y.covenantDeadline, source: BLOC_SOURCES.covenant },
        );
      }
      if (c.type === 'RegisterForBlocYear') {
        return y.registered[c.unitId]
          ? []
          : [{ type: 'BlocRegistered', data: { year: c.year, unitId: c.unitId, on: c.on } }];
      }
      if (!y.registered[c.unitId]) {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.register_first',
          'Đơn vị phải đăng ký thi đua trước khi ký giao ước.',
          'The unit must register before signing the covenant.',
          { field: 'unitId' },
        );
      }
      return y.covenants[c.unitId]
        ? []
        : [{ type: 'BlocCovenantSigned', data: { year: c.year, unitId: c.unitId, on: c.on } }];
    }
    case 'OpenBlocScoring': {
      const y = mustYear(s, c.year);
      mustPhase(y, ['registration'], 'Đã mở chấm điểm.', 'Scoring is open already.');
      const expected = membersOn(s, y.covenantDeadline ?? today).map((m) => m.unitId);
      const missing = expected.filter((u) => !y.covenants[u]);
      if (missing.length > 0 && y.covenantDeadline !== null && today <= y.covenantDeadline) {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.covenant_all',
          `Còn ${missing.length} đơn vị chưa ký giao ước; chỉ mở chấm điểm khi đủ hoặc khi đã hết hạn.`,
          `${missing.length} member(s) have not signed; scoring opens when all have or the deadline has passed.`,
          { missing },
        );
      }
      return [
        {
          type: 'BlocScoringOpened',
          data: { year: c.year, withoutCovenant: missing, ...(c.rounds ? { rounds: true } : {}) },
        },
      ];
    }
    case 'ScheduleBlocYear': {
      const y = mustYear(s, c.year);
      const { type: _t, blocId: _b, now: _n, ...schedule } = c;
      const same =
        y.schedule &&
        (Object.keys(y.schedule) as (keyof typeof y.schedule)[]).every((k) => y.schedule?.[k] === schedule[k]);
      if (same) return [];
      if (y.schedule || y.phase === 'decided') {
        throw refuse(
          'BLOC.ALREADY_EXISTS',
          'bloc.schedule_once',
          y.schedule ? 'Năm thi đua này đã chạy theo quy trình với các hạn đã định.' : 'Năm thi đua đã có kết quả.',
          y.schedule ? 'The year already runs as a workflow with its deadlines.' : 'The year is decided.',
          { field: 'year' },
        );
      }
      const order = [
        y.covenantDeadline ?? '',
        c.selfScoreDeadline,
        c.crossScoreDeadline,
        c.reviewDeadline,
        c.meetingDeadline,
      ];
      if (order.some((d, i) => i > 0 && d < (order[i - 1] ?? ''))) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.deadlines_in_order',
          'Các hạn phải theo thứ tự: ký giao ước, tự chấm, chấm chéo, rà soát, họp khối.',
          'Deadlines must follow the stages in order.',
          { field: 'selfScoreDeadline' },
        );
      }
      return [{ type: 'BlocYearScheduled', data: { ...schedule, covenantDeadline: y.covenantDeadline ?? '' } }];
    }
    case 'RemindBlocDeadline':
    case 'RecordBlocDeadlineMissed': {
      const y = mustYear(s, c.year);
      const unitIds = pendingUnits(s, y, c.stage);
      // Nothing is missing (or the stage is over): no reminder, no escalation.
      if (unitIds.length === 0) return [];
      const already = (c.type === 'RemindBlocDeadline' ? y.reminders : y.missed).some(
        (r) => r.stage === c.stage && r.dueAt === c.dueAt,
      );
      if (already) return [];
      return c.type === 'RemindBlocDeadline'
        ? [{ type: 'BlocDeadlineReminded', data: { year: c.year, stage: c.stage, dueAt: c.dueAt, unitIds } }]
        : [
            {
              type: 'BlocDeadlineMissed',
              data: { year: c.year, stage: c.stage, dueAt: c.dueAt, unitIds, escalatedToUnitId: s.organiserUnitId },
            },
          ];
    }
    case 'CloseBlocSelfRound': {
      const y = mustYear(s, c.year);
      if (y.phase === 'scoring' && y.round === 'cross') return [];
      mustPhase(y, ['scoring'], 'Chỉ đóng vòng tự chấm khi đang chấm điểm.', 'The self round closes while scoring.');
      if (y.round !== 'self') {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.rounds',
          'Năm thi đua này chấm tự chấm và chấm chéo cùng lúc, không có vòng riêng.',
          'This year takes self and cross sheets at once; it has no separate rounds.',
          { field: 'year' },
        );
      }
      return [
        { type: 'BlocSelfRoundClosed', data: { year: c.year, withoutSelfScore: pendingUnits(s, y, 'self_score') } },
      ];
    }
    case 'RecordBlocWinnerProposal': {
      const y = mustYear(s, c.year);
      mustPhase(y, ['decided'], 'Chỉ đề nghị khi khối đã có kết quả suy tôn.', 'The proposal follows the ballot.');
      if (y.meeting?.winnerUnitId !== c.unitId) {
        throw refuse(
          'BLOC.INVALID',
          'bloc.propose_winner',
          'Chỉ đơn vị được suy tôn dẫn đầu khối mới được đề nghị tặng Cờ thi đua.',
          'Only the unit the ballot chose is proposed for the flag.',
          { field: 'unitId', source: BLOC_SOURCES.flag },
        );
      }
      // The same proposal again (a re-run step) changes nothing; a nomination later started for it is recorded.
      if (y.proposal && y.proposal.nominationId === c.nominationId) return [];
      if (y.proposal?.nominationId) {
        throw refuse(
          'BLOC.ALREADY_EXISTS',
          'bloc.proposal_once',
          'Đơn vị dẫn đầu khối năm nay đã được đề nghị.',
          "This year's leading unit has been proposed already.",
          { field: 'year' },
        );
      }
      return [
        {
          type: 'BlocWinnerProposed',
          data: {
            year: c.year,
            unitId: c.unitId,
            awardCode: y.awardCode,
            nominationId: c.nominationId,
            campaignId: c.campaignId,
            minutesAttachmentId: c.minutesAttachmentId,
            notStartedReason: c.notStartedReason,
          },
        },
      ];
    }
    case 'SubmitBlocSelfScore': {
      const y = mustYear(s, c.year);
      mustPhase(
        y,
        ['scoring'],
        'Biểu chấm điểm chỉ nộp khi đang chấm điểm.',
        'Scores are taken while scoring is open.',
      );
      if (y.round === 'cross') {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.self_round_closed',
          'Vòng tự chấm điểm đã kết thúc; khối đang chấm chéo.',
          'The self-scoring round is closed; the bloc is cross-scoring.',
          { field: 'unitId', source: BLOC_SOURCES.rounds },
        );
      }
      mustParticipant(y, c.unitId, 'unitId');
      checkPoints(y.criteria, c.points);
      return [
        {
          type: 'BlocSelfScored',
          data: {
            year: c.year,
            unitId: c.unitId,
            points: c.points,
            total: weightedTotal(y.criteria, c.points),
            evidenceAttachmentIds: c.evidenceAttachmentIds,
          },
        },
      ];
    }
    case 'SubmitBlocCrossScore': {
      const y = mustYear(s, c.year);
      mustPhase(y, ['scoring'], 'Chỉ chấm chéo khi đang chấm điểm.', 'Cross-scores are taken while scoring is open.');
      if (c.scorerUnitId === c.scoredUnitId) {
        throw refuse(
          'BLOC.CROSS_SCORE_SELF',
          'bloc.cross_not_self',
          `Đơn vị không được tự chấm mình trong vòng chấm chéo (${BLOC_SOURCES.crossScore}).`,
          'A member may not cross-score itself.',
          { field: 'scoredUnitId', source: BLOC_SOURCES.crossScore },
        );
      }
      if (y.round === 'self') {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.cross_after_self',
          'Chấm chéo bắt đầu khi vòng tự chấm điểm kết thúc.',
          'Cross-scoring opens when the self-scoring round closes.',
          { field: 'scorerUnitId', source: BLOC_SOURCES.rounds },
        );
      }
      mustParticipant(y, c.scorerUnitId, 'scorerUnitId');
      mustParticipant(y, c.scoredUnitId, 'scoredUnitId');
      checkPoints(y.criteria, c.points);
      return [
        {
          type: 'BlocCrossScored',
          data: {
            year: c.year,
            scorerUnitId: c.scorerUnitId,
            scoredUnitId: c.scoredUnitId,
            points: c.points,
            total: weightedTotal(y.criteria, c.points),
          },
        },
      ];
    }
    case 'ReviewBlocScores': {
      const y = mustYear(s, c.year);
      mustPhase(y, ['scoring'], 'Chỉ rà soát khi đang chấm điểm.', 'The review closes the scoring round.');
      if (c.byUnitId !== y.headUnitId) {
        throw refuse(
          'BLOC.NOT_HEAD',
          'bloc.head_reviews',
          'Chỉ đơn vị trưởng khối rà soát kết quả chấm điểm.',
          "Only the bloc's head unit reviews the scores.",
          { field: 'byUnitId' },
        );
      }
      if (y.round === 'self') {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.review_after_cross',
          'Trưởng khối rà soát sau vòng chấm chéo.',
          'The head reviews after the cross round.',
          { field: 'year' },
        );
      }
      const stillHere = participants(y).filter((u) => s.members.some((m) => m.unitId === u && m.to === null));
      // A member that let the self round close without a sheet was recorded then; it does not hold the review up.
      const unscored = stillHere.filter((u) => !y.selfScores[u] && !y.withoutSelfScore.includes(u));
      if (unscored.length > 0) {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.self_scores_all',
          `Còn ${unscored.length} đơn vị chưa nộp biểu tự chấm điểm.`,
          `${unscored.length} member(s) have not self-scored.`,
          { unscored },
        );
      }
      return [{ type: 'BlocScoresReviewed', data: { year: c.year, headUnitId: c.byUnitId, note: c.note } }];
    }
    case 'CountBlocBallot':
      return [countBallot(s, c)];
    case 'RecordBlocWinnerReason': {
      const y = s.years[String(c.year)];
      if (!y || (!y.imported && y.phase !== 'decided')) {
        throw refuse(
          'BLOC.WRONG_PHASE',
          'bloc.reason_after_result',
          'Chỉ ghi lý do khi khối đã có kết quả suy tôn.',
          'A reason is recorded once the ballot has a result.',
          { field: 'year' },
        );
      }
      return [{ type: 'BlocWinnerReasonRecorded', data: { year: c.year, reason: c.reason } }];
    }
    case 'ImportBlocYear': {
      const existing = s.years[String(c.year)];
      if (existing && !existing.imported) {
        throw refuse(
          'BLOC.ALREADY_EXISTS',
          'bloc.year_unique',
          `Năm ${c.year} đã diễn ra trên hệ thống, không nhập lại từ hồ sơ giấy.`,
          `${c.year} ran in the engine; it is not imported.`,
          { field: 'year' },
        );
      }
      const outOfRange = c.results.findIndex((r) =>
        [r.selfTotal, r.crossTotal].some((t) => t !== null && (t < 0 || t > c.maxTotal)),
      );
      if (outOfRange >= 0) {
        throw refuse(
          'BLOC.SCORE_OUT_OF_RANGE',
          'bloc.score_range',
          `Tổng điểm của một đơn vị vượt quá điểm tối đa ${c.maxTotal} của biểu chấm điểm (${BLOC_SOURCES.scoreRange}).`,
          `A total is outside 0 to ${c.maxTotal}.`,
          { field: `results.${outOfRange}`, source: BLOC_SOURCES.scoreRange },
        );
      }
      const known = membersDuring(s, c.year).map((m) => m.unitId);
      const stranger = [...c.results.map((r) => r.unitId), ...(c.winnerUnitId ? [c.winnerUnitId] : [])].find(
        (u) => !known.includes(u),
      );
      if (stranger) {
        throw refuse(
          'BLOC.NOT_A_MEMBER',
          'bloc.member',
          `Đơn vị trong kết quả năm ${c.year} không thuộc khối năm đó.`,
          `A unit in the ${c.year} results was not a member that year.`,
          { field: 'results', unitId: stranger },
        );
      }
      return [
        {
          type: 'BlocYearImported',
          data: {
            year: c.year,
            awardCode: c.awardCode,
            maxTotal: c.maxTotal,
            results: c.results,
            winnerUnitId: c.winnerUnitId,
            reason: c.reason,
            source: c.source,
          },
        },
      ];
    }
  }
}

function mustParticipant(y: BlocYear, unitId: string, field: string): void {
  if (!participants(y).includes(unitId)) {
    throw refuse(
      'BLOC.NOT_A_MEMBER',
      'bloc.covenant_signed',
      'Đơn vị chưa ký giao ước năm nay nên không tham gia chấm điểm.',
      "The unit did not sign this year's covenant and takes no part in scoring.",
      { field, unitId },
    );
  }
}

function countBallot(s: NonNullable<BlocState>, c: CountBlocBallot): BlocEvent {
  const y = mustYear(s, c.year);
  mustPhase(y, ['reviewed'], 'Chỉ họp bình xét khi trưởng khối đã rà soát điểm.', 'The meeting follows the review.');
  if (!c.heldOn.startsWith(`${c.year}-`) && !c.heldOn.startsWith(`${c.year + 1}-`)) {
    throw refuse(
      'BLOC.INVALID',
      'bloc.meeting_date',
      'Ngày họp không thuộc năm thi đua.',
      'Meeting date out of year.',
      {
        field: 'heldOn',
      },
    );
  }
  if (c.heldOn > vietnamDateOf(c.now)) {
    throw refuse(
      'BLOC.INVALID',
      'bloc.not_future',
      'Ngày họp không được sau hôm nay.',
      'The meeting date is in the future.',
      {
        field: 'heldOn',
      },
    );
  }
  if (new Set(c.presentUnitIds).size !== c.presentUnitIds.length) {
    throw refuse('BLOC.INVALID', 'bloc.present_once', 'Một đơn vị được điểm danh hai lần.', 'A unit is listed twice.', {
      field: 'presentUnitIds',
    });
  }
  for (const u of c.presentUnitIds) mustMember(s, u, c.heldOn, 'presentUnitIds');
  if (c.ballotsCast > c.presentUnitIds.length) {
    throw refuse(
      'BLOC.BALLOTS_EXCEED_PRESENT',
      'bloc.ballots_le_present',
      `Số phiếu (${c.ballotsCast}) nhiều hơn số đơn vị có mặt (${c.presentUnitIds.length}) (${BLOC_SOURCES.ballot}).`,
      `${c.ballotsCast} ballots but ${c.presentUnitIds.length} members present.`,
      { field: 'ballotsCast', source: BLOC_SOURCES.ballot },
    );
  }
  const candidates = participants(y).filter((u) => s.members.some((m) => m.unitId === u && isMemberOn(m, c.heldOn)));
  const leftBallot = participants(y)
    .filter((u) => !candidates.includes(u))
    .map((u) => {
      const m = [...s.members].reverse().find((x) => x.unitId === u && x.to !== null && x.to <= c.heldOn);
      return { unitId: u, on: m?.to ?? c.heldOn, reason: m?.leftReason ?? '', dissolved: m?.dissolved ?? false };
    });
  let votesTotal = 0;
  for (const [unitId, n] of Object.entries(c.votes)) {
    if (!candidates.includes(unitId)) {
      const left = leftBallot.some((l) => l.unitId === unitId);
      throw refuse(
        'BLOC.NOT_A_MEMBER',
        left ? 'bloc.left_ballot' : 'bloc.candidate',
        left
          ? 'Đơn vị đã rời khối (giải thể hoặc chuyển) trước cuộc họp nên không có tên trên phiếu.'
          : 'Phiếu bầu cho đơn vị không có tên trên phiếu suy tôn.',
        left ? 'The unit left the bloc before the meeting and is off the ballot.' : 'Not a candidate on the ballot.',
        { field: `votes.${unitId}` },
      );
    }
    if (!Number.isInteger(n) || n < 0 || n > c.ballotsCast) {
      throw refuse(
        'BLOC.INVALID',
        'bloc.votes_range',
        'Số phiếu của một đơn vị phải từ 0 đến số phiếu phát ra.',
        'Votes for a unit must be 0 to the ballots cast.',
        { field: `votes.${unitId}` },
      );
    }
    votesTotal += n;
  }
  // Each written ballot names one unit (suy tôn one leader): more names than ballots do not add up.
  if (votesTotal > c.ballotsCast) {
    throw refuse(
      'BLOC.BALLOTS_EXCEED_PRESENT',
      'bloc.votes_le_ballots',
      `Tổng số phiếu bầu (${votesTotal}) nhiều hơn số phiếu phát ra (${c.ballotsCast}).`,
      `${votesTotal} votes counted from ${c.ballotsCast} ballots.`,
      { field: 'votes', source: BLOC_SOURCES.ballot },
    );
  }
  const ranking = rankUnits(y, candidates);
  const topScorerUnitId = ranking[0]?.unitId ?? null;
  const best = Math.max(0, ...Object.values(c.votes));
  // A tie on votes goes to the better score (the ranking), so the result never depends on input order.
  const winnerUnitId = best === 0 ? null : (ranking.find((r) => (c.votes[r.unitId] ?? 0) === best)?.unitId ?? null);
  return {
    type: 'BlocBallotCounted',
    data: {
      year: c.year,
      heldOn: c.heldOn,
      presentUnitIds: c.presentUnitIds,
      ballotsCast: c.ballotsCast,
      votes: c.votes,
      leftBallot,
      winnerUnitId,
      topScorerUnitId,
    },
  };
}

const emptyYear = (year: number): BlocYear => ({
  year,
  awardCode: '',
  imported: false,
  ruleSetVersion: null,
  criteria: [],
  criteriaSource: '',
  selfCrossMarginShare: 0.1,
  rotationMinYears: 3,
  covenantDeadline: null,
  headUnitId: null,
  deputyUnitId: null,
  phase: 'registration',
  registered: {},
  covenants: {},
  withoutCovenant: [],
  selfScores: {},
  crossScores: {},
  review: null,
  schedule: null,
  round: null,
  withoutSelfScore: [],
  reminders: [],
  missed: [],
  proposal: null,
  meeting: null,
  reason: null,
  importedResults: [],
  maxTotal: null,
});

function withYear(s: NonNullable<BlocState>, year: number, f: (y: BlocYear) => BlocYear): NonNullable<BlocState> {
  const key = String(year);
  return { ...s, years: { ...s.years, [key]: f(s.years[key] ?? emptyYear(year)) } };
}

/** Applies a bloc event. */
export function evolveBloc(state: BlocState, e: BlocEvent): BlocState {
  if (e.type === 'BlocFormed') {
    const d = e.data;
    return {
      blocId: d.blocId,
      name: d.name,
      level: d.level,
      organiserUnitId: d.organiserUnitId,
      formedOn: d.formedOn,
      members: d.members.map((m) => ({ ...m, from: d.formedOn, to: null, leftReason: null, dissolved: false })),
      years: {},
    };
  }
  if (!state) return state;
  const s = state;
  switch (e.type) {
    case 'BlocMemberJoined':
      return {
        ...s,
        members: [
          ...s.members,
          {
            unitId: e.data.unitId,
            unitName: e.data.unitName,
            from: e.data.from,
            to: null,
            leftReason: null,
            dissolved: false,
          },
        ],
      };
    case 'BlocMemberLeft':
      return {
        ...s,
        members: s.members.map((m) =>
          m.unitId === e.data.unitId && m.to === null
            ? { ...m, to: e.data.on, leftReason: e.data.reason, dissolved: e.data.dissolved }
            : m,
        ),
      };
    case 'BlocYearOpened': {
      const d = e.data;
      return withYear(s, d.year, (y) => ({
        ...y,
        awardCode: d.awardCode,
        ruleSetVersion: d.ruleSetVersion,
        criteria: d.criteria,
        criteriaSource: d.criteriaSource,
        selfCrossMarginShare: d.selfCrossMarginShare,
        rotationMinYears: d.rotationMinYears,
        covenantDeadline: d.covenantDeadline,
        headUnitId: d.headUnitId,
        deputyUnitId: d.deputyUnitId,
        maxTotal: weightedTotal(d.criteria, Object.fromEntries(d.criteria.map((c) => [c.code, c.maxPoints]))),
      }));
    }
    case 'BlocRegistered':
      return withYear(s, e.data.year, (y) => ({ ...y, registered: { ...y.registered, [e.data.unitId]: e.data.on } }));
    case 'BlocCovenantSigned':
      return withYear(s, e.data.year, (y) => ({ ...y, covenants: { ...y.covenants, [e.data.unitId]: e.data.on } }));
    case 'BlocScoringOpened':
      return withYear(s, e.data.year, (y) => ({
        ...y,
        phase: 'scoring',
        withoutCovenant: e.data.withoutCovenant,
        round: e.data.rounds ? 'self' : null,
      }));
    case 'BlocYearScheduled': {
      const { year, covenantDeadline: _c, ...schedule } = e.data;
      return withYear(s, year, (y) => ({ ...y, schedule }));
    }
    case 'BlocDeadlineReminded': {
      const { year, ...r } = e.data;
      return withYear(s, year, (y) => ({ ...y, reminders: [...y.reminders, r] }));
    }
    case 'BlocDeadlineMissed': {
      const { year, ...m } = e.data;
      return withYear(s, year, (y) => ({ ...y, missed: [...y.missed, m] }));
    }
    case 'BlocSelfRoundClosed':
      return withYear(s, e.data.year, (y) => ({ ...y, round: 'cross', withoutSelfScore: e.data.withoutSelfScore }));
    case 'BlocWinnerProposed': {
      const { year, ...p } = e.data;
      return withYear(s, year, (y) => ({ ...y, proposal: p }));
    }
    case 'BlocSelfScored': {
      const d = e.data;
      return withYear(s, d.year, (y) => ({
        ...y,
        selfScores: {
          ...y.selfScores,
          [d.unitId]: { points: d.points, total: d.total, evidenceAttachmentIds: d.evidenceAttachmentIds },
        },
      }));
    }
    case 'BlocCrossScored': {
      const d = e.data;
      return withYear(s, d.year, (y) => ({
        ...y,
        crossScores: {
          ...y.crossScores,
          [d.scoredUnitId]: {
            ...(y.crossScores[d.scoredUnitId] ?? {}),
            [d.scorerUnitId]: { points: d.points, total: d.total },
          },
        },
      }));
    }
    case 'BlocScoresReviewed':
      return withYear(s, e.data.year, (y) => ({
        ...y,
        phase: 'reviewed',
        review: { headUnitId: e.data.headUnitId, note: e.data.note },
      }));
    case 'BlocBallotCounted': {
      const { year, ...meeting } = e.data;
      return withYear(s, year, (y) => ({ ...y, phase: 'decided', meeting }));
    }
    case 'BlocWinnerReasonRecorded':
      return withYear(s, e.data.year, (y) => ({ ...y, reason: e.data.reason }));
    case 'BlocYearImported': {
      const d = e.data;
      return withYear(s, d.year, (y) => ({
        ...y,
        imported: true,
        awardCode: d.awardCode,
        criteriaSource: d.source,
        phase: 'decided',
        importedResults: d.results,
        maxTotal: d.maxTotal,
        reason: d.reason,
        meeting: {
          heldOn: `${d.year}-12-31`,
          presentUnitIds: [],
          ballotsCast: 0,
          votes: {},
          leftBallot: [],
          winnerUnitId: d.winnerUnitId,
          topScorerUnitId: topOfImported(d.results),
        },
      }));
    }
  }
}

function topOfImported(
  results: { unitId: string; selfTotal: number | null; crossTotal: number | null }[],
): string | null {
  const scored = results
    .map((r) => ({ unitId: r.unitId, score: r.crossTotal ?? r.selfTotal }))
    .filter((r): r is { unitId: string; score: number } => r.score !== null)
    .sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
  return scored[0]?.unitId ?? null;
}

/** The bloc aggregate for the command handler. */
export const blocAggregate: Aggregate<BlocState, BlocCommand, BlocEvent> = {
  label: { vi: 'khối thi đua', en: 'emulation bloc' },
  initialState: null,
  decide: decideBloc,
  evolve: evolveBloc,
  eventSchema: BlocEvent,
};
