import { demoUnitIds } from '@vinhdanh/domain';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// Danh bạ: labels of the codes the API sends, and people chosen by name within what the caller may see.
describe('DirectoryController', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext();
  });
  afterAll(() => ctx?.close());

  it('names awards per rule-set version, with the documents each requires, and every status', async () => {
    const res = await ctx.http.get('/api/directory/labels').expect(200);
    expect(res.body.awards.GK).toEqual({ vi: 'Giấy khen', en: 'Certificate of commendation' });
    const gk = res.body.ruleSets
      .flatMap((r: { awards: unknown[] }) => r.awards)
      .find((a: { code: string }) => a.code === 'GK');
    expect(gk.requiredAttachments).toEqual(expect.arrayContaining(['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN']));
    expect(res.body.attachmentKinds.TO_TRINH.vi).toBe('Tờ trình');
    expect(res.body.statuses.GRANTED.vi).toMatch(/khen thưởng/i);
    expect(res.body.events.NominationReturned.vi).toBe('Trả lại để bổ sung');
    expect(res.body.stuckReasons.no_assignee.vi).toBe('Không có người xử lý');
    expect(res.body.procedureSteps.vote.vi).toBe('Bình xét');
    expect(res.body.calendarDayKinds.makeup_workday.vi).toBe('Làm bù');
  });

  it('lists the approvers of the caller’s own unit by name, searchable, without usernames or emails', async () => {
    const auth = { Authorization: `Bearer ${await ctx.tokenFor('bvdp.chair')}` };
    const res = await ctx.http
      .get('/api/directory/people')
      .query({ unitId: demoUnitIds.cdcsBvdkDanPhuong, role: 'reviewer' })
      .set(auth)
      .expect(200);
    expect(res.body.items).toEqual([{ userId: expect.any(String), fullName: 'Kiều Văn Toàn', roles: ['reviewer'] }]);
    const all = await ctx.http.get('/api/directory/people').query({ unitId: demoUnitIds.cdcsBvdkDanPhuong }).set(auth);
    expect(all.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(
      expect.arrayContaining(['Đỗ Thị Thanh Hà', 'Nguyễn Thị Thu Hằng', 'Kiều Văn Toàn']),
    );
    const search = await ctx.http
      .get('/api/directory/people')
      .query({ unitId: demoUnitIds.cdcsBvdkDanPhuong, q: 'toàn' })
      .set(auth);
    expect(search.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Kiều Văn Toàn']);
  });

  it('refuses another unit’s people in Vietnamese, except to auditors; a bad role names the field', async () => {
    const chair = { Authorization: `Bearer ${await ctx.tokenFor('bvdp.chair')}` };
    const refused = await ctx.http
      .get('/api/directory/people')
      .query({ unitId: demoUnitIds.ldldDanPhuong })
      .set(chair)
      .expect(403);
    expect(refused.body.detail).toBe('Bạn chỉ xem được danh bạ của đơn vị mình đang công tác.');
    const auditor = { Authorization: `Bearer ${await ctx.tokenFor('tld.auditor')}` };
    const seen = await ctx.http
      .get('/api/directory/people')
      .query({ unitId: demoUnitIds.ldldDanPhuong })
      .set(auditor)
      .expect(200);
    expect(seen.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(
      expect.arrayContaining(['Phùng Thị Nga', 'Nguyễn Văn Quang']),
    );
    const bad = await ctx.http
      .get('/api/directory/people')
      .query({ unitId: demoUnitIds.cdcsBvdkDanPhuong, role: 'boss' })
      .set(chair)
      .expect(400);
    expect(bad.body.errors[0].field).toBe('role');
  });
});
