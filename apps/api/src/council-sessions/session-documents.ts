import type { DocumentData } from '@vinhdanh/documents';
import { latestBallots, quorumOf, type CouncilSessionState } from '@vinhdanh/domain';

/** What the secretary types once for the minutes; the rest comes from the session's events. */
export interface BienBanInputs {
  date: string;
  place: string;
  location: string;
  startedAt: string;
  endedAt: string;
}

/** Biên bản họp Hội đồng TĐKT và kiểm phiếu (TT 62/2025 Mẫu 03 [S34]) of a concluded session. */
export function bienBanData(state: CouncilSessionState, inputs: BienBanInputs): DocumentData<'bien-ban-hoi-dong'> {
  const c = state.convened;
  const n = c.members.length;
  const chair = c.members.find((m) => m.role === 'chair');
  const secretary = c.members.find((m) => m.role === 'secretary');
  const present = new Set(state.present);
  const ranking = state.ranking;
  const latest = latestBallots(state);
  const names = new Map(c.candidates.map((k) => [k.nominationId, k]));
  const pct = Math.round(c.threshold.minShare * 100);
  const required = ranking?.required ?? 0;
  const reVoted = state.rounds
    .slice(1)
    .map(
      (r) =>
        `Bỏ phiếu lại (vòng ${r.round}) đối với: ${r.ballots.map((b) => names.get(b.nominationId)?.name ?? '').join(', ')}.`,
    );
  const selected = (ranking?.ranked ?? []).filter((r) => r.selected).map((r) => r.name);
  return {
    header: {
      parentBody: c.councilUnitName,
      issuingBody: 'Hội đồng Thi đua – Khen thưởng',
      number: state.concluded?.minutesNumber ?? '',
      place: inputs.place,
      date: inputs.date,
    },
    councilName: `Hội đồng Thi đua – Khen thưởng ${c.councilUnitName}`,
    startedAt: inputs.startedAt,
    location: inputs.location,
    chair: `${chair?.name ?? ''} – Chủ tịch Hội đồng`,
    secretary: `${secretary?.name ?? ''} – Thư ký Hội đồng`,
    memberCount: n,
    present: c.members.filter((m) => present.has(m.memberId)).map((m) => `${m.name}, ${m.position}`),
    absent: c.members.filter((m) => !present.has(m.memberId)).map((m) => `${m.name}, ${m.position}`),
    quorumText: `Số thành viên có mặt ${present.size}/${n}, đủ điều kiện họp (tối thiểu ${quorumOf(n, c.quorumShare)}/${n}).`,
    thresholdText:
      `Đề nghị được thông qua khi đạt ${c.threshold.strict ? 'trên' : 'từ'} ${pct}% tổng số thành viên Hội đồng ` +
      `(ít nhất ${required}/${n} phiếu, kể cả phiếu bằng văn bản của thành viên vắng mặt).`,
    sessionNotes: [...state.adjournments.map((r) => `Phiên họp tạm dừng (${r}), sau đó họp tiếp.`), ...reVoted],
    candidates: (ranking?.ranked ?? []).map((r) => ({
      rank: r.rank,
      name: r.name,
      unit: names.get(r.nominationId)?.unitName ?? '',
      awardName: c.awardName,
      votesFor: latest.get(r.nominationId)?.votesForTotal ?? 0,
      ballots: n,
      passed: r.passed,
      note: r.note,
    })),
    conclusion: selected.length
      ? `Hội đồng thống nhất đề nghị tặng ${c.awardName} cho ${selected.length} trường hợp: ${selected.join(', ')}.`
      : 'Không có trường hợp nào đủ điều kiện đề nghị khen thưởng.',
    endedAt: inputs.endedAt,
    chairSigner: { capacity: '', title: 'Chủ tịch Hội đồng', name: chair?.name ?? '' },
    secretarySigner: { capacity: '', title: 'Thư ký Hội đồng', name: secretary?.name ?? '' },
  };
}
