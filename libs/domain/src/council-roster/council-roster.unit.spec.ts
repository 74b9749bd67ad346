import {
  decideCouncilRoster,
  evolveCouncilRoster,
  rosterAsOf,
  type CouncilRosterCommand,
  type CouncilRosterState,
} from './council-roster.aggregate';

const now = '2026-01-05T02:00:00.000Z';
const appoint = (
  memberId: string,
  name: string,
  role: 'chair' | 'secretary' | 'member',
  from: string,
  to: string | null = null,
): CouncilRosterCommand => ({
  type: 'AppointCouncilMember',
  now,
  unitId: 'ldld-cao-bang',
  member: { memberId, name, position: 'Ủy viên Ban Thường vụ', role, from, to },
});
const end = (memberId: string, to: string): CouncilRosterCommand => ({
  type: 'EndCouncilMembership',
  now,
  unitId: 'ldld-cao-bang',
  memberId,
  to,
});

function run(commands: CouncilRosterCommand[], from: CouncilRosterState | null = null): CouncilRosterState | null {
  return commands.reduce((s, c) => decideCouncilRoster(c, s).reduce(evolveCouncilRoster, s), from);
}
function refusal(commands: CouncilRosterCommand[]): { code: string; messageVi: string } {
  try {
    run(commands);
  } catch (err) {
    return err as { code: string; messageVi: string };
  }
  throw new Error('not refused');
}

describe('council roster (thành phần Hội đồng TĐKT), effective-dated', () => {
  const first = [
    appoint('hd-1', 'Hoàng Văn Nam', 'chair', '2026-01-01'),
    appoint('hd-2', 'Nông Thị Hoa', 'secretary', '2026-01-01'),
    appoint('hd-3', 'Lý Văn Thắng', 'member', '2026-01-01'),
  ];

  it('answers the roster in force on a day: a chair replaced mid-year chairs only their own period', () => {
    const state = run([
      ...first,
      end('hd-1', '2026-06-30'),
      appoint('hd-4', 'Triệu Thị Yến', 'chair', '2026-07-01'),
      appoint('hd-1', 'Hoàng Văn Nam', 'member', '2026-07-01'),
    ]);
    const chairOn = (day: string) => rosterAsOf(state, day).find((m) => m.role === 'chair')?.name;
    expect(chairOn('2026-03-15')).toBe('Hoàng Văn Nam');
    expect(chairOn('2026-06-30')).toBe('Hoàng Văn Nam');
    expect(chairOn('2026-07-01')).toBe('Triệu Thị Yến');
    expect(rosterAsOf(state, '2026-11-25').map((m) => [m.name, m.role])).toEqual([
      ['Triệu Thị Yến', 'chair'],
      ['Nông Thị Hoa', 'secretary'],
      ['Lý Văn Thắng', 'member'],
      ['Hoàng Văn Nam', 'member'],
    ]);
    expect(rosterAsOf(state, '2025-12-31')).toEqual([]);
  });

  it('refuses a second chair for the same days, naming who holds the role, and a member seated twice', () => {
    expect(refusal([...first, appoint('hd-4', 'Triệu Thị Yến', 'chair', '2026-07-01')])).toEqual(
      expect.objectContaining({
        code: 'COUNCIL_ROSTER.ROLE_TAKEN',
        messageVi:
          'Hoàng Văn Nam đang là Chủ tịch Hội đồng từ 01/01/2026: Hội đồng chỉ có một Chủ tịch Hội đồng trong cùng thời gian.',
      }),
    );
    expect(refusal([...first, appoint('hd-3', 'Lý Văn Thắng', 'secretary', '2026-09-01')]).code).toBe(
      'COUNCIL_ROSTER.ALREADY_MEMBER',
    );
    expect(refusal([...first, end('hd-3', '2025-12-01')]).code).toBe('COUNCIL_ROSTER.INVALID');
    expect(refusal([end('hd-9', '2026-12-01')]).code).toBe('COUNCIL_ROSTER.NOT_A_MEMBER');
  });

  it('repeats nothing: the same appointment or the same end again writes no event', () => {
    const state = run([...first, end('hd-3', '2026-06-30')]);
    expect(decideCouncilRoster(first[0] as CouncilRosterCommand, state)).toEqual([]);
    expect(decideCouncilRoster(end('hd-3', '2026-06-30'), state)).toEqual([]);
  });
});
