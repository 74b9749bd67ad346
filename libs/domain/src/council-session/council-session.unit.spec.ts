import {
  decideCouncilSession,
  evolveCouncilSession,
  type CouncilBallot,
  type CouncilSessionCommand,
  type CouncilSessionEvent,
  type CouncilSessionState,
} from './council-session.aggregate';

const now = '2026-11-25T02:00:00.000Z';
const members = [
  { memberId: 'm1', name: 'Nguyễn Đức Long', position: 'Chủ tịch LĐLĐ thành phố', role: 'chair' as const },
  { memberId: 'm2', name: 'Trịnh Thị Hồng', position: 'Trưởng ban Tổ chức', role: 'secretary' as const },
  ...Array.from({ length: 7 }, (_, i) => ({
    memberId: `m${i + 3}`,
    name: `Ủy viên ${i + 3}`,
    position: 'Ủy viên Hội đồng',
    role: 'member' as const,
  })),
];
const candidates = [
  { nominationId: 'n-a', name: 'Lê Văn An', unitName: 'CĐCS A', kind: 'person' as const, gender: 'male' as const },
  { nominationId: 'n-b', name: 'Đỗ Thị Bình', unitName: 'CĐCS B', kind: 'person' as const, gender: 'female' as const },
  { nominationId: 'n-c', name: 'Phạm Văn Cường', unitName: 'CĐCS C', kind: 'person' as const, gender: 'male' as const },
  { nominationId: 'n-d', name: 'Tổ Điều dưỡng', unitName: 'CĐCS D', kind: 'collective' as const, womenShare: 0.5 },
];
const convene: CouncilSessionCommand = {
  type: 'ConveneCouncilSession',
  now,
  sessionId: 's-1',
  councilUnitId: 'ldld-ha-noi',
  councilUnitName: 'Liên đoàn Lao động thành phố Hà Nội',
  title: 'Phiên họp xét khen thưởng năm 2026',
  rosterAsOf: '2026-11-25',
  members,
  campaignId: 'annual-2026',
  awardCode: 'BK_TINH',
  awardName: 'Bằng khen của Liên đoàn Lao động tỉnh, thành phố',
  threshold: { minShare: 0.5, strict: true },
  quorumShare: 2 / 3,
  slots: 2,
  maxRounds: 2,
  candidates,
};

function run(commands: CouncilSessionCommand[]): { state: CouncilSessionState | null; events: CouncilSessionEvent[] } {
  let state: CouncilSessionState | null = null;
  const events: CouncilSessionEvent[] = [];
  for (const c of commands) {
    const out = decideCouncilSession(c, state);
    events.push(...out);
    state = out.reduce(evolveCouncilSession, state);
  }
  return { state, events };
}
const open = (present: string[]): CouncilSessionCommand => ({
  type: 'OpenCouncilSession',
  now,
  sessionId: 's-1',
  present,
});
const ballot = (nominationId: string, votesFor: number, present: number, writtenFor = 0): CouncilBallot => ({
  nominationId,
  votesFor,
  votesAgainst: present - votesFor,
  writtenFor,
  writtenAgainst: 0,
});
const tally = (ballots: CouncilBallot[]): CouncilSessionCommand => ({
  type: 'TallyCouncilBallots',
  now,
  sessionId: 's-1',
  ballots,
});
const seven = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

describe('phiên họp Hội đồng TĐKT (council session)', () => {
  it('sits only with a quorum of two thirds of the roster [S30], and resumes after an adjournment', () => {
    expect(() => run([convene, open(['m1', 'm2', 'm3', 'm4', 'm5'])])).toThrow(
      expect.objectContaining({ code: 'COUNCIL.NO_QUORUM', messageVi: expect.stringContaining('cần ít nhất 6') }),
    );
    const { state, events } = run([
      convene,
      open(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']),
      { type: 'AdjournCouncilSession', now, sessionId: 's-1', reason: 'Chờ xác minh đơn thư' },
      open(seven),
    ]);
    expect(events.map((e) => e.type)).toEqual([
      'CouncilSessionConvened',
      'CouncilSessionOpened',
      'CouncilSessionAdjourned',
      'CouncilSessionOpened',
    ]);
    expect(events[3]?.data).toMatchObject({ resumed: true, quorum: 6 });
    expect(state?.present).toEqual(seven);
  });

  it('counts each ballot on ALL nine members with written votes of the absent (NĐ 98/2023 Art. 30(7) [S22])', () => {
    // More than half of 9 = 5; 4 in the room + 1 in writing passes, 4 alone does not.
    const { state } = run([
      convene,
      open(seven),
      tally([ballot('n-a', 4, 7, 1), ballot('n-b', 4, 7), ballot('n-c', 6, 7), ballot('n-d', 7, 7, 2)]),
    ]);
    expect(state?.rounds[0]).toMatchObject({ required: 5, membersTotal: 9, present: 7 });
    expect(state?.rounds[0]?.ballots.map((b) => [b.nominationId, b.votesForTotal, b.passed])).toEqual([
      ['n-a', 5, true],
      ['n-b', 4, false],
      ['n-c', 6, true],
      ['n-d', 9, true],
    ]);
  });

  it('refuses a tally that does not add up, naming the candidate', () => {
    expect(() =>
      run([
        convene,
        open(seven),
        tally([ballot('n-a', 4, 6), ballot('n-b', 4, 7), ballot('n-c', 4, 7), ballot('n-d', 4, 7)]),
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'COUNCIL.INVALID_TALLY',
        messageVi: 'Kết quả kiểm phiếu không khớp: Lê Văn An (CĐCS A): số phiếu tại phiên (6) khác số có mặt (7).',
      }),
    );
  });

  it('names people and collectives, never nomination ids, in a refused tally or tie-break', () => {
    const refusal = (commands: CouncilSessionCommand[]): string => {
      try {
        run(commands);
      } catch (err) {
        return (err as { messageVi: string }).messageVi;
      }
      throw new Error('not refused');
    };
    const missing = refusal([convene, open(seven), tally([ballot('n-a', 4, 7), ballot('n-x', 4, 7)])]);
    expect(missing).toBe(
      'Kết quả kiểm phiếu không khớp: thiếu phiếu của Đỗ Thị Bình (CĐCS B); thiếu phiếu của Phạm Văn Cường (CĐCS C); ' +
        'thiếu phiếu của tập thể Tổ Điều dưỡng (CĐCS D); đề nghị mã "n-x" không có trong danh sách xét của phiên họp.',
    );
    const first = [
      convene,
      open(seven),
      tally([ballot('n-a', 6, 7), ballot('n-b', 3, 7), ballot('n-c', 7, 7), ballot('n-d', 2, 7)]),
    ];
    expect(refusal([...first, tally([ballot('n-c', 7, 7), ballot('n-b', 3, 7), ballot('n-d', 2, 7)])])).toBe(
      'Kết quả kiểm phiếu không khớp: Phạm Văn Cường (CĐCS C) đã đạt ở vòng trước, không bỏ phiếu lại.',
    );
    const tied = [
      convene,
      open(seven),
      tally([ballot('n-a', 6, 7), ballot('n-b', 3, 7), ballot('n-c', 6, 7), ballot('n-d', 6, 7)]),
    ];
    expect(
      refusal([...tied, { type: 'ConcludeCouncilSession', now, sessionId: 's-1', minutesNumber: '01/BB-HĐ' }]),
    ).toMatch(
      /^Còn trường hợp bằng phiếu ở suất cuối \((Lê Văn An \(CĐCS A\)|Phạm Văn Cường \(CĐCS C\)|tập thể Tổ Điều dưỡng \(CĐCS D\))(, .+)+\)/,
    );
    expect(missing).not.toMatch(/n-[abcd]\b/);
  });

  it('fills the slots by rank; at equal votes the woman comes first (NĐ 152/2025 Art. 4(6) [S26])', () => {
    const { state } = run([
      convene,
      open(seven),
      tally([ballot('n-a', 6, 7), ballot('n-b', 6, 7), ballot('n-c', 7, 7), ballot('n-d', 3, 7)]),
    ]);
    const r = state?.ranking;
    expect(r?.ranked.filter((x) => x.selected).map((x) => x.nominationId)).toEqual(['n-c', 'n-b']);
    expect(r?.ranked.find((x) => x.nominationId === 'n-b')?.note).toContain('Ưu tiên nữ');
    expect(r?.ranked.find((x) => x.nominationId === 'n-a')?.note).toBe('Ngoài chỉ tiêu');
  });

  it('leaves a tie the rule cannot break to the chair (TT 25/2025 [S32]) and will not conclude before', () => {
    const tied = [
      convene,
      open(seven),
      tally([ballot('n-a', 6, 7), ballot('n-b', 3, 7), ballot('n-c', 6, 7), ballot('n-d', 7, 7)]),
    ];
    const { state } = run(tied);
    expect(state?.ranking?.chairMustChoose.sort()).toEqual(['n-a', 'n-c']);
    const conclude: CouncilSessionCommand = {
      type: 'ConcludeCouncilSession',
      now,
      sessionId: 's-1',
      minutesNumber: '05/BB-HĐTĐKT',
    };
    expect(() => run([...tied, conclude])).toThrow(expect.objectContaining({ code: 'COUNCIL.CHAIR_MUST_CHOOSE' }));
    const { events } = run([...tied, { type: 'ChairBreaksTie', now, sessionId: 's-1', chosen: ['n-c'] }, conclude]);
    const done = events.at(-1);
    expect(done?.type).toBe('CouncilSessionConcluded');
    expect(done?.type === 'CouncilSessionConcluded' && done.data.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nominationId: 'n-d', outcome: 'selected' }),
        expect.objectContaining({ nominationId: 'n-c', outcome: 'selected' }),
        expect.objectContaining({ nominationId: 'n-a', outcome: 'over-quota' }),
        expect.objectContaining({ nominationId: 'n-b', outcome: 'failed' }),
      ]),
    );
  });

  it('re-votes only those who did not pass while rounds are left, then refuses another round', () => {
    const first = [
      convene,
      open(seven),
      tally([ballot('n-a', 6, 7), ballot('n-b', 3, 7), ballot('n-c', 7, 7), ballot('n-d', 2, 7)]),
    ];
    expect(() => run([...first, tally([ballot('n-a', 6, 7), ballot('n-b', 5, 7), ballot('n-d', 2, 7)])])).toThrow(
      expect.objectContaining({ code: 'COUNCIL.INVALID_TALLY' }),
    );
    const again = [...first, tally([ballot('n-b', 6, 7), ballot('n-d', 2, 7)])];
    const { state } = run(again);
    expect(state?.rounds[1]?.ballots.map((b) => [b.nominationId, b.passed])).toEqual([
      ['n-b', true],
      ['n-d', false],
    ]);
    expect(state?.ranking?.ranked.filter((x) => x.selected).map((x) => x.nominationId)).toEqual(['n-c', 'n-b']);
    expect(() => run([...again, tally([ballot('n-d', 7, 7)])])).toThrow(
      expect.objectContaining({ code: 'COUNCIL.NO_ROUNDS_LEFT' }),
    );
  });

  it('refuses a roster without exactly one chair and one secretary', () => {
    expect(() => run([{ ...convene, members: members.map((m) => ({ ...m, role: 'member' as const })) }])).toThrow(
      expect.objectContaining({ code: 'COUNCIL.INVALID_ROSTER' }),
    );
  });
});
