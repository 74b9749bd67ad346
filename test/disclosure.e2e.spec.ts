import { randomUUID } from 'node:crypto';
import { demoUnitIds, ruleSet2026, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Black box over HTTP with the real worker and the real calendar: a Giấy khen under rule set 2026.1
// (2024.2 + 5 working days of public disclosure at the nominating unit). The posting starts at workflow
// time (the machine's date), so the test checks the shape of the end (17:00 Vietnam on a weekday, at
// least 5 days later) rather than a date. The end itself (a durable timer) is covered by
// workflows/src/nomination-disclosure.int.spec.ts with a 3-second period.
describe('public disclosure (công khai) over HTTP', () => {
  let sys: E2eSystem;
  let campaignId: string;
  beforeAll(async () => {
    sys = await startE2eSystem();
    // Pinned straight in the table: 2026.1 takes effect in 2028, the admin API would refuse a 2026 campaign.
    ({ id: campaignId } = await sys.database.db
      .insertInto('campaigns')
      .values({
        code: `CK-${randomUUID().slice(0, 6)}`,
        name: 'Thi đua thử nghiệm công khai 2026',
        kind: 'annual',
        rule_set_version: ruleSet2026.version,
        award_codes: ['GK'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => sys?.close());

  async function post(username: string, path: string, body: object) {
    return sys.http
      .post(path)
      .set(await sys.as(username))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send(body);
  }
  const council = {
    membersTotal: 7,
    present: 7,
    votesFor: 6,
    votesAgainst: 1,
    abstentions: 0,
    writtenFor: 0,
    writtenAgainst: 0,
  };

  it('posts on submission, refuses forwarding with the end date, records and answers objections', async () => {
    const dossier = sampleDossier();
    const created = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'GK',
      campaignId,
      dossier: { ...dossier, nominee: { ...dossier.nominee, fullName: 'Đỗ Thị Lệ', personKey: `DV-${randomUUID()}` } },
    });
    expect([201, 202]).toContain(created.status); // 202: the read model lagged (busy machine); polled below
    const id = created.body.nominationId as string;
    const at = (p: string) => `/api/nominations/${id}/${p}`;

    // The posting follows the submission within the workflow; wait for the read model to show it.
    let detail = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.chair'));
    for (let i = 0; i < 100 && detail.body.disclosure?.state !== 'open'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      detail = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.chair'));
    }
    expect(detail.body.disclosure).toMatchObject({
      state: 'open',
      label: { vi: 'Đang công khai', en: 'Publicly disclosed' },
      workingDays: 5,
      objections: [],
    });
    const endsAt = detail.body.disclosure.endsAt as string;
    expect(endsAt).toMatch(/T10:00:00\.000Z$/);
    expect(Date.parse(endsAt) - Date.parse(detail.body.disclosure.postedAt)).toBeGreaterThan(5 * 86_400_000);
    expect([0, 6]).not.toContain(new Date(endsAt).getUTCDay());
    const [y, m, d] = endsAt.slice(0, 10).split('-');

    expect((await post('bvdp.reviewer', at('appraisal'), { note: 'Đã đối chiếu.' })).status).toBe(200);
    expect((await post('bvdp.chair', at('vote'), council)).status).toBe(200);
    const early = await post('bvdp.chair', at('decisions'), { decision: 'approve', decisionNumber: '15/TTr-CĐCS' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOMINATION.DISCLOSURE_OPEN');
    expect(early.body.detail).toBe(
      `Hồ sơ đang trong thời gian công khai đến hết ngày ${d}/${m}/${y}; chưa thể chuyển cấp trên.`,
    );
    expect(early.body.detail_en).toContain(`until ${y}-${m}-${d}`);

    // Only the nominating unit's staff record objections; the level above cannot.
    expect((await post('dp.reviewer', at('objections'), { text: 'Phản ánh.' })).status).toBe(403);
    const objection = await post('bvdp.reviewer', at('objections'), {
      text: 'Chị Lệ chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ.',
      objectorName: 'Giáo viên khoa Nội',
    });
    expect(objection.status).toBe(201);
    const objectionId = objection.body.objectionId as string;
    expect(objection.body.nomination.disclosure.objections).toEqual([
      expect.objectContaining({ id: objectionId, objectorName: 'Giáo viên khoa Nội' }),
    ]);
    expect(objection.body.nomination.disclosure.unanswered).toBe(1);

    // A reviewer may record but not answer; the chair answers.
    const byReviewer = await post('bvdp.reviewer', at(`objections/${objectionId}/answer`), {
      answer: 'x',
      upheld: false,
    });
    expect(byReviewer.status).toBe(403);
    const unknown = await post('bvdp.chair', at(`objections/${randomUUID()}/answer`), { answer: 'x', upheld: false });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('OBJECTION.NOT_FOUND');
    const answered = await post('bvdp.chair', at(`objections/${objectionId}/answer`), {
      answer: 'Đã đối chiếu quyết định công nhận năm 2024 và 2025; phản ánh không đúng.',
      upheld: false,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.nomination.disclosure.objections[0].answer).toMatchObject({ upheld: false });
    // Still posted: forwarding waits for the end date even with every objection answered.
    const stillEarly = await post('bvdp.chair', at('decisions'), {
      decision: 'approve',
      decisionNumber: '15/TTr-CĐCS',
    });
    expect(stillEarly.body.code).toBe('NOMINATION.DISCLOSURE_OPEN');

    const list = await sys.http.get(`/api/nominations?campaignId=${campaignId}`).set(await sys.as('bvdp.chair'));
    expect(list.status).toBe(200);
    expect(list.body.items[0].disclosure).toMatchObject({ state: 'open', endsAt });

    // A nomination without disclosure refuses objections.
    const plain = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier,
    });
    expect([201, 202]).toContain(plain.status);
    const refused = await post('bvdp.nominator', `/api/nominations/${plain.body.nominationId}/objections`, {
      text: 'x',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOMINATION.NO_DISCLOSURE');
  });

  // Law 06/2022 Art. 84(5) [S27]: a unit that posted the list on paper before entering the dossier
  // records that posting; the workflow's own posting then ends and the unit forwards at once.
  it('records a disclosure already held on paper, refusing one too short, not over, or by a reviewer', async () => {
    const dossier = sampleDossier();
    const created = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'GK',
      campaignId,
      dossier: {
        ...dossier,
        nominee: { ...dossier.nominee, fullName: 'Vũ Thị Hằng', personKey: `DV-${randomUUID()}` },
      },
    });
    expect([201, 202]).toContain(created.status);
    const id = created.body.nominationId as string;
    const at = (p: string) => `/api/nominations/${id}/${p}`;
    // The workflow stamps commands with the machine's date: the periods are counted back from it.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const record = (as: string, postedOn: string, endedOn: string, key = `k-${randomUUID()}`) =>
      sys.as(as).then((auth) =>
        sys.http
          .post(at('paper-disclosure'))
          .set(auth)
          .set('Idempotency-Key', key)
          .send({
            place: 'Bảng tin Công đoàn cơ sở Bệnh viện',
            postedOn,
            endedOn,
            objections: [
              {
                text: 'Đề nghị làm rõ thời gian công tác.',
                answer: 'Đã bổ sung quyết định tuyển dụng; đủ điều kiện.',
                upheld: false,
              },
            ],
          }),
      );
    let refused = await record('bvdp.reviewer', day(-40), day(-10));
    for (let i = 0; i < 100 && refused.status === 404; i++) {
      await new Promise((r) => setTimeout(r, 100));
      refused = await record('bvdp.reviewer', day(-40), day(-10));
    }
    expect(refused.status).toBe(403);
    const short = await record('bvdp.chair', day(-15), day(-14));
    expect(short.status).toBe(422);
    expect(short.body.code).toBe('NOMINATION.DISCLOSURE_TOO_SHORT');
    expect(short.body.detail).toContain('ít nhất 5 ngày làm việc');
    const future = await record('bvdp.chair', day(-20), day(10));
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('NOMINATION.DISCLOSURE_NOT_ENDED');
    const bad = await record('bvdp.chair', '2026-13-01', day(-10));
    expect(bad.status).toBe(400);

    const key = `k-${randomUUID()}`;
    const held = await record('bvdp.chair', day(-40), day(-10), key);
    expect(held.status).toBe(200);
    expect(held.body.nomination.disclosure).toMatchObject({
      state: 'ended',
      heldOnPaper: { place: 'Bảng tin Công đoàn cơ sở Bệnh viện', postedOn: day(-40), endedOn: day(-10) },
      unanswered: 0,
    });
    expect(held.body.nomination.disclosure.heldOnPaper.workingDays).toBeGreaterThanOrEqual(5);
    expect((await record('bvdp.chair', day(-40), day(-10), key)).status).toBe(200);
    const again = await record('bvdp.chair', day(-41), day(-10));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOMINATION.DISCLOSURE_ALREADY_ENDED');

    expect((await post('bvdp.reviewer', at('appraisal'), { note: 'Đã đối chiếu.' })).status).toBe(200);
    expect((await post('bvdp.chair', at('vote'), council)).status).toBe(200);
    const forwarded = await post('bvdp.chair', at('decisions'), { decision: 'approve', decisionNumber: '16/TTr-CĐCS' });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.nomination.status).toBe('AWAITING_INTAKE');
    expect(forwarded.body.nomination.currentTask).toMatchObject({ level: 2 });
  });
});
