import {
  AwardDecisionError,
  decideAwardDecision,
  foldAwardDecision,
  initialAwardDecisionState,
  type AwardDecisionEvent,
  type IssueAwardDecision,
} from './index';

const actor = { userId: 'u-tld-chair', name: 'Trần Văn Thành', unitId: 'tld' };
const entry = (i: number) => ({
  nominationId: `n-${i}`,
  nomineeName: `Nông Thị Hoa ${i}`,
  nomineeKind: 'person' as const,
  unitName: 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng',
  awardCode: 'BK_TLD' as const,
  awardName: 'Bằng khen',
  amount: 1_490_000,
  readiness: null,
});
const issue = (annex: IssueAwardDecision['annex'] = [entry(1), entry(2)]): IssueAwardDecision => ({
  type: 'IssueAwardDecision',
  decisionId: 'd-1',
  actor,
  now: '2026-12-20T03:00:00.000Z',
  issuingUnitId: 'tld',
  issuingUnitName: 'Tổng Liên đoàn Lao động Việt Nam',
  parentBodyName: '',
  place: 'Hà Nội',
  sequence: 125,
  symbol: 'QĐ-TLĐ',
  date: '2026-12-20',
  signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
  authority: 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam',
  subject: 'Về việc tặng Bằng khen năm 2026',
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'],
  proposal: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,',
  awardName: 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
  reason: 'đã có thành tích xuất sắc năm 2026.',
  annex,
});

function refusal(run: () => unknown): AwardDecisionError {
  try {
    run();
  } catch (err) {
    if (err instanceof AwardDecisionError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('award decision (quyết định khen thưởng) decider', () => {
  it('issues with the number from the register sequence and symbol, the year from the date, the annex without readiness', () => {
    const [event] = decideAwardDecision(issue(), initialAwardDecisionState);
    expect(event).toMatchObject({
      type: 'AwardDecisionIssued',
      data: { number: '125/QĐ-TLĐ', year: 2026, sequence: 125 },
    });
    expect((event as Extract<AwardDecisionEvent, { type: 'AwardDecisionIssued' }>).data.annex[0]).not.toHaveProperty(
      'readiness',
    );
  });

  it('refuses the whole decision naming every nomination that is not ready, and duplicates', () => {
    const late = {
      ...entry(2),
      readiness: {
        rule: 'not-at-granting-level',
        message: 'Đề nghị chưa đến cấp quyết định khen thưởng.',
        message_en: 'x',
      },
    };
    const err = refusal(() => decideAwardDecision(issue([entry(1), late, entry(1)]), initialAwardDecisionState));
    expect(err.code).toBe('AWARD_DECISION.NOT_READY');
    expect(err.details['notReady']).toEqual([
      expect.objectContaining({ field: 'nominationIds[1]', nominationId: 'n-2', rule: 'not-at-granting-level' }),
      expect.objectContaining({ field: 'nominationIds[2]', nominationId: 'n-1', rule: 'duplicate' }),
    ]);
    expect(err.messageVi).toContain('Nông Thị Hoa 2');
  });

  it('refuses a malformed symbol naming the field', () => {
    const err = refusal(() => decideAwardDecision({ ...issue(), symbol: '125/QĐ' }, initialAwardDecisionState));
    expect(err.code).toBe('AWARD_DECISION.INVALID');
    expect(err.details['issues']).toEqual([expect.objectContaining({ field: 'symbol' })]);
  });

  it('records grants once, only for nominations of the annex; a second issue is refused', () => {
    const state = foldAwardDecision(decideAwardDecision(issue(), initialAwardDecisionState));
    const base = { decisionId: 'd-1', actor, now: '2026-12-20T03:05:00.000Z' };
    const grants = decideAwardDecision({ type: 'RecordGrants', ...base, nominationIds: ['n-1'] }, state);
    const after = foldAwardDecision([...decideAwardDecision(issue(), initialAwardDecisionState), ...grants]);
    expect(decideAwardDecision({ type: 'RecordGrants', ...base, nominationIds: ['n-1'] }, after)).toEqual([]);
    expect(decideAwardDecision({ type: 'RecordGrants', ...base, nominationIds: ['n-1', 'n-2'] }, after)).toEqual([
      expect.objectContaining({ data: { nominationIds: ['n-2'] } }),
    ]);
    expect(
      refusal(() => decideAwardDecision({ type: 'RecordGrants', ...base, nominationIds: ['n-9'] }, after)).code,
    ).toBe('AWARD_DECISION.NOT_IN_ANNEX');
    expect(refusal(() => decideAwardDecision(issue(), after)).code).toBe('AWARD_DECISION.ALREADY_ISSUED');
  });

  it('a certificate chunk or a document already recorded writes nothing again', () => {
    const state = foldAwardDecision(decideAwardDecision(issue(), initialAwardDecisionState));
    const base = { decisionId: 'd-1', actor, now: '2026-12-20T03:05:00.000Z' };
    const sha = 'a'.repeat(64);
    const chunk = {
      type: 'RecordCertificates' as const,
      ...base,
      printed: {
        chunk: 0,
        certificates: [
          {
            nominationId: 'n-1',
            registerNumber: '125.001',
            pdf: { documentId: 'p1', sha256: sha, size: 10 },
            docx: { documentId: 'd1', sha256: sha, size: 10 },
          },
        ],
      },
    };
    const events = decideAwardDecision(chunk, state);
    expect(events).toHaveLength(1);
    const folded = foldAwardDecision([...decideAwardDecision(issue(), initialAwardDecisionState), ...events]);
    expect(decideAwardDecision(chunk, folded)).toEqual([]);
    expect(Object.keys(folded.certificates)).toEqual(['n-1']);
  });

  it('records a quyết định thu hồi referring to this decision, naming lines it cannot revoke, each revoked once', () => {
    const base = { decisionId: 'd-1', actor, now: '2026-12-28T03:00:00.000Z' };
    const issued = decideAwardDecision(issue([entry(1), entry(2), entry(3)]), initialAwardDecisionState);
    const grants = decideAwardDecision(
      { type: 'RecordGrants', ...base, nominationIds: ['n-1', 'n-2'] },
      foldAwardDecision(issued),
    );
    const granted = [...issued, ...grants];
    const revoke = (revocationId: string, nominationIds: string[]) => ({
      type: 'RevokeByDecision' as const,
      ...base,
      revocation: {
        revocationId,
        number: '12/QĐ-TLĐ',
        date: '2026-12-28',
        reason: 'Kê khai sai thành tích (kết luận thanh tra số 45/KL-TTr).',
        nominationIds,
      },
    });
    const bad = refusal(() => decideAwardDecision(revoke('r-1', ['n-1', 'n-3', 'n-9']), foldAwardDecision(granted)));
    expect(bad.code).toBe('AWARD_DECISION.NOT_REVOCABLE');
    expect(bad.messageVi).toBe(
      'Không thể thu hồi theo Quyết định số 125/QĐ-TLĐ: Nông Thị Hoa 3 chưa được khen thưởng theo quyết định này; ' +
        'mã "n-9" không có trong danh sách kèm theo quyết định.',
    );
    expect(bad.details['notRevocable']).toEqual([
      expect.objectContaining({ field: 'nominationIds[1]', rule: 'not-granted' }),
      expect.objectContaining({ field: 'nominationIds[2]', rule: 'not-in-annex' }),
    ]);

    const revoked = decideAwardDecision(revoke('r-1', ['n-1']), foldAwardDecision(granted));
    expect(revoked).toEqual([
      expect.objectContaining({
        type: 'AwardDecisionRevocationIssued',
        data: expect.objectContaining({ number: '12/QĐ-TLĐ', nominationIds: ['n-1'] }),
      }),
    ]);
    const after = foldAwardDecision([...granted, ...revoked]);
    // The same revocation again (a retry) writes nothing; another one over the same line is refused by name.
    expect(decideAwardDecision(revoke('r-1', ['n-1']), after)).toEqual([]);
    expect(refusal(() => decideAwardDecision(revoke('r-2', ['n-1']), after)).messageVi).toBe(
      'Không thể thu hồi theo Quyết định số 125/QĐ-TLĐ: Nông Thị Hoa 1 đã bị thu hồi theo Quyết định số 12/QĐ-TLĐ.',
    );
    const applied = {
      type: 'RecordRevocationsApplied' as const,
      ...base,
      applied: { revocationId: 'r-1', nominationIds: ['n-1'] },
    };
    const once = decideAwardDecision(applied, after);
    expect(once).toHaveLength(1);
    const done = foldAwardDecision([...granted, ...revoked, ...once]);
    expect(done.revocations).toEqual([expect.objectContaining({ revocationId: 'r-1', applied: ['n-1'] })]);
    expect(decideAwardDecision(applied, done)).toEqual([]);
  });
});
