import type { DocumentData } from '@vinhdanh/documents';
import { participants, rankUnits, type BlocState } from '@vinhdanh/domain';

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Biên bản họp khối thi đua và kiểm phiếu suy tôn, generated from the bloc's events in the layout of
 * the council's minutes (TT 62/2025 Mẫu 03 [S34]; a cụm/khối meeting's minutes, domain-sources §5):
 * attendance, the ranking by score, each unit's votes, the members that left the ballot and why.
 */
export function blocMinutesData(state: NonNullable<BlocState>, year: number): DocumentData<'bien-ban-hoi-dong'> {
  const y = state.years[String(year)];
  const meeting = y?.meeting;
  if (!y || !meeting) throw new Error(`bloc ${state.blocId} has no ${year} meeting`);
  const name = (unitId: string) => state.members.find((m) => m.unitId === unitId)?.unitName ?? unitId;
  const head = y.headUnitId ? name(y.headUnitId) : '';
  const deputy = y.deputyUnitId ? name(y.deputyUnitId) : '';
  const present = new Set(meeting.presentUnitIds);
  const onBallot = participants(y).filter((u) => !meeting.leftBallot.some((l) => l.unitId === u));
  const members = state.members.filter((m) => m.from <= meeting.heldOn && (m.to === null || m.to > meeting.heldOn));
  const ranking = rankUnits(y, onBallot);
  const awardName =
    y.awardCode === 'CO_TINH'
      ? 'Cờ thi đua của Liên đoàn Lao động tỉnh'
      : 'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam';
  const left = meeting.leftBallot.map(
    (l) =>
      `${name(l.unitId)} ${l.dissolved ? 'đã giải thể' : 'đã rời khối'} từ ngày ${viDate(l.on)}${l.reason ? ` (${l.reason})` : ''}: điểm chấm vẫn lưu, không có tên trên phiếu suy tôn.`,
  );
  return {
    header: {
      parentBody: state.name,
      issuingBody: `Trưởng khối: ${head}`,
      number: '',
      place: 'Cao Bằng',
      date: meeting.heldOn,
    },
    councilName: `${state.name} – họp tổng kết, bình xét suy tôn năm ${year}`,
    startedAt: viDate(meeting.heldOn),
    location: head,
    chair: `${head} – Trưởng khối`,
    secretary: `${deputy} – Phó khối`,
    memberCount: Math.max(1, members.length),
    present: members.filter((m) => present.has(m.unitId)).map((m) => m.unitName),
    absent: members.filter((m) => !present.has(m.unitId)).map((m) => m.unitName),
    quorumText: `Có mặt ${present.size}/${members.length} đơn vị thành viên; phát ra ${meeting.ballotsCast} phiếu, thu về ${meeting.ballotsCast} phiếu.`,
    thresholdText:
      'Bỏ phiếu kín suy tôn một đơn vị dẫn đầu khối; đơn vị nhiều phiếu nhất được suy tôn, bằng phiếu thì xét theo điểm.',
    sessionNotes: [
      `Tổng hợp điểm: trung bình điểm chấm chéo của các đơn vị khác, chưa có thì lấy điểm tự chấm (biểu chấm điểm: ${y.criteriaSource}).`,
      ...left,
    ],
    candidates: ranking.map((r, i) => ({
      rank: i + 1,
      name: name(r.unitId),
      unit: r.score === null ? 'chưa có điểm' : `${r.score} điểm`,
      awardName,
      votesFor: meeting.votes[r.unitId] ?? 0,
      ballots: meeting.ballotsCast,
      passed: r.unitId === meeting.winnerUnitId,
      note: r.unitId === meeting.topScorerUnitId ? 'Điểm cao nhất' : '',
    })),
    conclusion: meeting.winnerUnitId
      ? `Khối thống nhất suy tôn ${name(meeting.winnerUnitId)} là đơn vị dẫn đầu khối năm ${year}, đề nghị tặng ${awardName}.${y.reason ? ` Lý do: ${y.reason}` : ''}`
      : 'Không có đơn vị nào được suy tôn.',
    endedAt: viDate(meeting.heldOn),
    chairSigner: { capacity: 'TM. KHỐI THI ĐUA', title: 'Trưởng khối', name: head || 'Trưởng khối' },
    secretarySigner: { capacity: '', title: 'Phó khối', name: deputy || 'Phó khối' },
  };
}
