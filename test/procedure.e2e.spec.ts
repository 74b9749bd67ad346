import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Black box over HTTP with the real worker: the thematic campaign pins rule set 2024.2, so a
// Giấy khen climbs CĐCS BVĐK Đan Phượng (appraisal, vote, sign-off) → LĐLĐ huyện Đan Phượng
// (intake, appraisal, vote, sign-off = the award decision).
describe('the procedure at each level over HTTP', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const council = {
    membersTotal: 7,
    present: 5,
    votesFor: 4,
    votesAgainst: 1,
    abstentions: 0,
    writtenFor: 1,
    writtenAgainst: 0,
  };

  async function post(username: string, path: string, body: object, key = `k-${randomUUID()}`) {
    return sys.http
      .post(path)
      .set(await sys.as(username))
      .set('Idempotency-Key', key)
      .send(body);
  }

  async function nominate(fullName: string, awardCode = 'GK'): Promise<string> {
    const dossier = sampleDossier();
    const res = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode,
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `DV-${randomUUID()}` } },
    });
    expect(res.status).toBe(201);
    return res.body.nominationId as string;
  }

  const step = (id: string, name: string) => `/api/nominations/${id}/${name}`;

  it('goes through appraisal, vote and sign-off at each level to granted; then the award is revoked', async () => {
    const id = await nominate('Nguyễn Thị Thu Trang');

    const early = await post('bvdp.chair', step(id, 'decisions'), { decision: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOMINATION.STEP_PENDING');
    expect(early.body.detail).toBe('Chưa thể đồng ý ở cấp 1: bước "thẩm định" chưa hoàn thành.');

    const appraised = await post('bvdp.reviewer', step(id, 'appraisal'), { note: 'Đã đối chiếu.' });
    expect(appraised.status).toBe(200);
    expect(appraised.body.outcome.events.map((e: { type: string }) => e.type)).toContain('NominationAppraisalRecorded');

    const badTally = await post('bvdp.chair', step(id, 'vote'), { ...council, votesFor: 9 });
    expect(badTally.status).toBe(400);
    expect(badTally.body.code).toBe('VOTE.INVALID_TALLY');
    expect(badTally.body.detail_en).toContain('votesFor + votesAgainst + abstentions (10) must equal present (5)');

    const vote1 = await post('bvdp.chair', step(id, 'vote'), { ...council, minutesNumber: '03/BB-CĐCS' });
    expect(vote1.status).toBe(200);
    expect(vote1.body.vote).toMatchObject({
      threshold: { class: 'majority', minShare: 0.5, strict: true },
      required: 4,
      votesForTotal: 5,
      passed: true,
    });
    expect(vote1.body.vote.share).toBeCloseTo(5 / 7);

    // The chair signs: a reviewer may not approve at the sign-off step.
    const byReviewer = await post('bvdp.reviewer', step(id, 'decisions'), { decision: 'approve' });
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body.detail).toBe(
      'Bạn không có vai trò Chủ tịch tại đơn vị Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng.',
    );
    const forwarded = await post('bvdp.chair', step(id, 'decisions'), {
      decision: 'approve',
      decisionNumber: '12/TTr-CĐCS',
    });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.nomination.currentTask).toMatchObject({ level: 2, unitId: demoUnitIds.ldldDanPhuong });

    const intake = await post('dp.reviewer', step(id, 'intake'), { complete: true });
    expect(intake.status).toBe(200);
    expect((await post('dp.reviewer', step(id, 'appraisal'), {})).status).toBe(200);
    const vote2 = await post('dp.chair', step(id, 'vote'), { ...council, votesFor: 5, votesAgainst: 0, writtenFor: 2 });
    expect(vote2.body.vote).toMatchObject({ passed: true, votesForTotal: 7, share: 1 });
    const grantKey = `grant-${randomUUID()}`;
    const grant = await post(
      'dp.chair',
      step(id, 'decisions'),
      { decision: 'approve', decisionNumber: '88/QĐ-LĐLĐ' },
      grantKey,
    );
    expect(grant.status).toBe(200);
    expect(grant.body.nomination.status).toBe('GRANTED');

    const revoke = { reason: 'Thành tích kê khai không đúng (kết luận 12/KL).', decisionNumber: '90/QĐ-LĐLĐ' };
    const byOther = await post('bvdp.chair', step(id, 'revocation'), revoke);
    expect(byOther.status).toBe(403);
    const revoked = await post('dp.chair', step(id, 'revocation'), revoke);
    expect(revoked.status).toBe(200);
    expect(revoked.body.nomination.status).toBe('REVOKED');
    const types = (await sys.store.readStream(nominationStreamId(id))).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['NominationGranted', 'NominationRevoked']);
  });

  it('records a failed council vote with its threshold, and the nomination is rejected', async () => {
    const id = await nominate('Lê Văn Hải');
    expect((await post('bvdp.reviewer', step(id, 'appraisal'), {})).status).toBe(200);
    const failed = await post('bvdp.chair', step(id, 'vote'), {
      ...council,
      votesFor: 2,
      votesAgainst: 3,
      writtenFor: 1,
    });
    expect(failed.status).toBe(200);
    expect(failed.body.vote).toMatchObject({ passed: false, required: 4, votesForTotal: 3 });
    expect(failed.body.vote.reasonVi).toBe(
      'Không đạt: 3/7 thành viên Hội đồng tán thành; cần quá 50 % tổng số thành viên (4 phiếu).',
    );
    expect(failed.body.outcome.events.map((e: { type: string }) => e.type)).toContain('NominationVoteFailed');
    expect(failed.body.nomination.status).toBe('REJECTED');
  });

  it('a hold blocks steps and decisions until it is resumed; an administrator extends the deadline', async () => {
    const id = await nominate('Phạm Thị Lan');
    const hold = await post('bvdp.chair', step(id, 'hold'), {
      kind: 'complaint',
      reason: 'Có đơn khiếu nại đang xác minh.',
    });
    expect(hold.status).toBe(200);
    expect(hold.body.nomination.status).toBe('ON_HOLD');

    const blocked = await post('bvdp.reviewer', step(id, 'appraisal'), {});
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('NOMINATION.ON_HOLD');
    expect(blocked.body.detail).toMatch(
      /^Hồ sơ đang tạm dừng \(có khiếu nại, tố cáo chưa giải quyết\) từ .+: Có đơn khiếu nại đang xác minh\.\.? Không thể thao tác cho tới khi tiếp tục\.$/,
    );
    const decision = await post('bvdp.chair', step(id, 'decisions'), { decision: 'reject', reason: 'Thử.' });
    expect(decision.status).toBe(409);
    expect(decision.body.code).toBe('NOMINATION.ON_HOLD');

    const resumed = await post('bvdp.chair', step(id, 'resume'), { reason: 'Khiếu nại không có cơ sở.' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.nomination.status).not.toBe('ON_HOLD');
    expect((await post('bvdp.reviewer', step(id, 'appraisal'), {})).status).toBe(200);

    const past = await post('sysadmin', step(id, 'deadline'), { dueAt: '2026-06-01T10:00:00Z', reason: 'Nhầm.' });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('NOMINATION.DEADLINE_NOT_LATER');
    expect(past.body.detail).toMatch(/^Hạn mới \(01\/06\/2026 17:00\) phải sau \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/);
    const extended = await post('sysadmin', step(id, 'deadline'), {
      dueAt: '2027-03-31T10:00:00Z',
      reason: 'Hội đồng họp bù do trùng lịch tiếp dân.',
    });
    expect(extended.status).toBe(200);
    expect(extended.body.outcome.events.map((e: { type: string }) => e.type)).toEqual([
      'NominationTaskDeadlineExtended',
    ]);
    expect(extended.body.nomination.procedure).toMatchObject({
      step: 'vote',
      steps: ['appraisal', 'vote', 'signoff'],
      dueAt: '2027-03-31T10:00:00Z',
      overdue: false,
    });
    expect(extended.body.nomination.hold).toMatchObject({
      kind: 'complaint',
      resumed: { reason: 'Khiếu nại không có cơ sở.' },
    });
    const history = extended.body.nomination.history.map((h: { type: string; reason: string | null }) => [
      h.type,
      h.reason,
    ]);
    expect(history).toContainEqual(['NominationTaskDeadlineExtended', 'Hội đồng họp bù do trùng lịch tiếp dân.']);
  });

  it('lets the administrator of a unit above the task on its route extend the deadline, and no one else', async () => {
    const dossier = sampleDossier();
    const created = await post('snv.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsSoNoiVuCaoBang,
      awardCode: 'BK_TINH',
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      dossier: {
        ...dossier,
        nominee: { ...dossier.nominee, fullName: 'Hà Văn Sáng', personKey: `DV-${randomUUID()}` },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.nominationId as string;
    const body = { dueAt: '2027-02-26T10:00:00Z', reason: 'Chờ ý kiến của Ban Thường vụ.' };
    // cb.admin administers LĐLĐ tỉnh Cao Bằng, the third unit of this CĐCS's route.
    const extended = await post('cb.admin', step(id, 'deadline'), body);
    expect(extended.status).toBe(200);
    expect(extended.body.nomination.procedure).toMatchObject({ dueAt: '2027-02-26T10:00:00Z' });
    const byReviewer = await post('vccb.reviewer', step(id, 'deadline'), body);
    expect(byReviewer.status).toBe(403);
  });

  /** Appraisal, vote and the chair's approval at one level (intake first above the nominating level). */
  async function passLevel(id: string, reviewer: string, chair: string, intake: boolean, extra: object = {}) {
    if (intake) expect((await post(reviewer, step(id, 'intake'), { complete: true })).status).toBe(200);
    expect((await post(reviewer, step(id, 'appraisal'), {})).status).toBe(200);
    expect((await post(chair, step(id, 'vote'), council)).status).toBe(200);
    return post(chair, step(id, 'decisions'), {
      decision: 'approve',
      decisionNumber: `${randomUUID().slice(0, 6)}/TTr`,
      ...extra,
    });
  }

  it('an incomplete dossier goes back with the missing items; a finished step is not recorded twice', async () => {
    const id = await nominate('Đoàn Văn Nam');
    expect((await post('bvdp.reviewer', step(id, 'appraisal'), {})).status).toBe(200);
    const again = await post('bvdp.reviewer', step(id, 'appraisal'), {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOMINATION.STEP_ALREADY_DONE');
    expect(again.body.detail).toBe(
      'Bước "thẩm định" ở cấp 1 đã xong; hồ sơ đang ở bước "bình xét (Hội đồng bỏ phiếu)".',
    );
    expect((await post('bvdp.chair', step(id, 'vote'), council)).status).toBe(200);
    expect((await post('bvdp.chair', step(id, 'decisions'), { decision: 'approve' })).status).toBe(200);

    const incomplete = await post('dp.reviewer', step(id, 'intake'), {
      complete: false,
      missingKinds: ['BIEN_BAN'],
      reason: 'Biên bản họp bình xét chưa có chữ ký.',
    });
    expect(incomplete.status).toBe(200);
    expect(incomplete.body.outcome.events.map((e: { type: string }) => e.type)).toContain(
      'NominationDossierIncomplete',
    );
    expect(incomplete.body.nomination.status).toBe('RETURNED');
    expect(incomplete.body.nomination.currentTask).toMatchObject({
      kind: 'revision',
      unitId: demoUnitIds.cdcsBvdkDanPhuong,
    });
  });

  it('a quota set by an administrator refuses the approval that would exceed it, naming limit and usage', async () => {
    const id = await nominate('Vũ Thị Mai', 'BK_CD');
    expect((await passLevel(id, 'bvdp.reviewer', 'bvdp.chair', false)).status).toBe(200);
    expect((await passLevel(id, 'dp.reviewer', 'dp.chair', true)).status).toBe(200);

    const bucket = `BK_CD|unit:${demoUnitIds.ldldHaNoi}|theme:GVN-DVN-2026`;
    const quotaPath = `/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas/${encodeURIComponent(bucket)}`;
    const closed = await sys.http
      .put(quotaPath)
      .set(await sys.as('sysadmin'))
      .send({ limit: 0, reason: 'Tạm khoá chỉ tiêu chờ phân bổ.' });
    expect(closed.status).toBe(200);

    const refused = await passLevel(id, 'hn.reviewer', 'hn.chair', true);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('QUOTA.EXCEEDED');
    expect(refused.body).toMatchObject({ quotaKey: bucket, limit: 0, used: 0 });
    expect(refused.body.detail).toBe(
      'Vượt chỉ tiêu Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam của đơn vị Liên đoàn Lao động thành phố Hà Nội (chuyên đề GVN-DVN-2026): tối đa 0, đã sử dụng 0.',
    );

    const opened = await sys.http
      .put(quotaPath)
      .set(await sys.as('sysadmin'))
      .send({ limit: 1, reason: 'Phân bổ theo Công văn 55/TLĐ.' });
    expect(opened.body).toMatchObject({ limit: 1, override: { reason: 'Phân bổ theo Công văn 55/TLĐ.' } });
    const forwarded = await post('hn.chair', step(id, 'decisions'), {
      decision: 'approve',
      decisionNumber: '7/TTr-LĐLĐ',
    });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.nomination.currentTask).toMatchObject({ level: 4 });
    const usage = await sys.http
      .get(`/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas`)
      .set(await sys.as('sysadmin'));
    expect(usage.body).toContainEqual(expect.objectContaining({ bucketKey: bucket, limit: 1, used: 1 }));
  });
});
