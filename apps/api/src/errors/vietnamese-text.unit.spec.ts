import {
  decide,
  demoOrgTree,
  demoUnitIds as u,
  DomainError,
  foldNomination,
  sampleRoute,
  sampleSubmitNomination,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
} from '@vinhdanh/domain';
import { codeNames } from './problem-names';
import { humaniseText, idCandidates, leaks, vietnamDate, vietnamDateTime, type NameBook } from './vietnamese-text';

const book: NameBook = {
  codes: codeNames(),
  ids: new Map(demoOrgTree.units.map((unit) => [unit.id, unit.name])),
};

describe('Vietnamese text for people', () => {
  it('writes instants in Vietnam time as dd/mm/yyyy HH:mm and dates as dd/mm/yyyy', () => {
    expect(vietnamDateTime('2026-10-31T10:00:00.000Z')).toBe('31/10/2026 17:00');
    expect(vietnamDateTime('2026-12-31T20:30:00Z')).toBe('01/01/2027 03:30');
    expect(vietnamDate('2026-06-17')).toBe('17/06/2026');
  });

  it('puts names in place of roles, units, awards, attachment kinds, events, statuses and stamps', () => {
    const text =
      `Bạn không có vai trò unit_admin / system_admin tại đơn vị "${u.ldldDanPhuong}". ` +
      'Thiếu tài liệu loại: TO_TRINH, BIEN_BAN. Vượt chỉ tiêu BK_CD; hồ sơ đang ở trạng thái AWAITING_INTAKE ' +
      'sau NominationReturned lúc 2026-10-31T10:00:00.000Z, hạn 2026-11-30.';
    const out = humaniseText(text, book);
    expect(out).toBe(
      'Bạn không có vai trò Quản trị đơn vị / Quản trị hệ thống tại đơn vị Liên đoàn Lao động huyện Đan Phượng. ' +
        'Thiếu tài liệu loại: Tờ trình, Biên bản họp bình xét. Vượt chỉ tiêu Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam' +
        `; hồ sơ đang ở trạng thái ${book.codes.get('AWAITING_INTAKE')} ` +
        'sau Trả lại để bổ sung lúc 31/10/2026 17:00, hạn 30/11/2026.',
    );
    expect(leaks(out, book)).toEqual([]);
    expect(leaks(text, book).sort()).toEqual(
      [
        '2026-10-31T10:00:00.000Z',
        '2026-11-30',
        'AWAITING_INTAKE',
        'BIEN_BAN',
        'BK_CD',
        'NominationReturned',
        'TO_TRINH',
        u.ldldDanPhuong,
        'system_admin',
        'unit_admin',
      ].sort(),
    );
  });

  it('names a campaign behind its stream prefix and leaves unknown ids and ordinary words alone', () => {
    const campaign = '0b6f3a52-1111-4222-8333-944445555666';
    const named: NameBook = { codes: book.codes, ids: new Map([[campaign, 'Thi đua năm 2026']]) };
    expect(humaniseText(`Chỉ tiêu (campaign:${campaign}) đã hết.`, named)).toBe('Chỉ tiêu (Thi đua năm 2026) đã hết.');
    expect(idCandidates(`đợt ${campaign} của "ldld-ha-noi" ngày 2026-01-02`)).toEqual([campaign, 'ldld-ha-noi']);
    expect(humaniseText('Hồ sơ PDF của Chủ tịch "khong-co-don-vi".', book)).toBe(
      'Hồ sơ PDF của Chủ tịch "khong-co-don-vi".',
    );
  });
});

// Walks the nomination decider's refusals along the demo route and checks that each Vietnamese
// message, once the API has put the names in, carries no code, unit id or ISO stamp.
describe('nomination refusals read in Vietnamese with names', () => {
  const actorAt = (unitId: string, name = 'Phùng Thị Nga', userId = `user-${unitId}`) => ({ userId, name, unitId });
  const submit = sampleSubmitNomination();
  const submitted = decide(submit, foldNomination([]));
  const approve = (level: number, extra: Partial<NominationCommand> = {}): NominationCommand =>
    ({
      type: 'DecideNomination',
      nominationId: submit.nominationId,
      actor: actorAt(sampleRoute[level - 1]!.unitId),
      now: `2026-03-0${level + 2}T09:00:00Z`,
      decision: 'approve',
      level,
      unitId: sampleRoute[level - 1]!.unitId,
      ...extra,
    }) as NominationCommand;

  function refusal(command: NominationCommand, state: NominationState): DomainError {
    try {
      decide(command, state);
    } catch (err) {
      if (err instanceof DomainError) return err;
      throw err;
    }
    throw new Error(`${command.type} was not refused`);
  }

  function stateAfter(...commands: NominationCommand[]): NominationState {
    const events: NominationEvent[] = [...submitted];
    for (const c of commands) events.push(...decide(c, foldNomination(events)));
    return foldNomination(events);
  }

  it('each refusal names units, roles, awards and times, never their codes [S24 route of the award]', () => {
    const atLevel1 = stateAfter();
    const atTop = stateAfter(approve(1), approve(2), approve(3));
    const refusals = [
      refusal(
        { ...submit, actor: actorAt(u.cdcsThcsTanHoi, 'Lê Thị Hoa', 'u-other'), now: '2026-03-05T01:00:00Z' },
        atLevel1,
      ),
      refusal(approve(3), atLevel1),
      refusal(approve(1, { actor: actorAt(u.ldldHaNoi) }), atLevel1),
      refusal(approve(4), atTop),
      refusal(approve(1, { decision: 'return' } as Partial<NominationCommand>), atLevel1),
      refusal(
        {
          type: 'WithdrawNomination',
          nominationId: submit.nominationId,
          actor: actorAt(u.ldldDanPhuong),
          now: '2026-03-06T09:00:00Z',
          reason: 'Rút.',
        },
        atLevel1,
      ),
      refusal(approve(1, { actor: actorAt(u.cdcsThcsTanHoi, 'Trần Văn Nam', 'u-late') }), stateAfter(approve(1))),
    ];
    expect(refusals.map((e) => e.code)).toEqual([
      'NOMINATION.ALREADY_SUBMITTED',
      'NOMINATION.NOT_AT_THIS_LEVEL',
      'NOMINATION.ACTOR_NOT_AT_UNIT',
      'NOMINATION.INVALID',
      'NOMINATION.INVALID',
      'NOMINATION.NOT_NOMINATING_UNIT',
      'NOMINATION.ALREADY_DECIDED',
    ]);
    for (const e of refusals) {
      const text = humaniseText(e.messageVi, book);
      expect({ code: e.code, text, leaks: leaks(text, book) }).toEqual({ code: e.code, text, leaks: [] });
      expect(text).not.toMatch(/\b(is required|must|the nomination)\b/);
    }
    expect(humaniseText(refusals[3]!.messageVi, book)).toContain('Số quyết định: bắt buộc khi đồng ý ở cấp quyết định');
    expect(humaniseText(refusals[0]!.messageVi, book)).toContain('lúc 02/03/2026 15:00');
    expect(humaniseText(refusals[4]!.messageVi, book)).toContain('Lý do: bắt buộc');
    expect(humaniseText(refusals[1]!.messageVi, book)).toContain('Công đoàn cơ sở Trường Trung học cơ sở Tân Hội');
  });
});
