import { demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

describe('admin API: campaigns, quota overrides, calendar', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const campaign = {
    code: 'LDG-LDST-2027',
    name: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2027',
    kind: 'annual',
    ruleSetVersion: '2024.2',
    awardCodes: ['GK', 'BK_TINH', 'BK_TLD'],
    opensOn: '2027-01-01',
    closesOn: '2027-12-31',
    cutoffs: { '1': '2027-10-31', '2': '2027-11-10', '3': '2027-11-25', '4': '2027-12-15' },
  };

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t.close());

  it('creates and changes a campaign checked against its rule set; refusals name the field', async () => {
    const admin = await auth('sysadmin');
    const created = await t.http.post('/api/admin/campaigns').set(admin).send(campaign);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'LDG-LDST-2027', opensOn: '2027-01-01', cutoffs: campaign.cutoffs });

    const again = await t.http.post('/api/admin/campaigns').set(admin).send(campaign);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CAMPAIGN.ALREADY_EXISTS', field: 'code' });

    const backwards = await t.http
      .post('/api/admin/campaigns')
      .set(admin)
      .send({ ...campaign, code: 'X-2027', closesOn: '2026-12-01', cutoffs: { '3': '2027-11-25', '4': '2027-11-01' } });
    expect(backwards.status).toBe(400);
    const fields = backwards.body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'closesOn: Ngày kết thúc (01/12/2026) trước ngày bắt đầu (01/01/2027).',
        'cutoffs.4: Hạn chót cấp 4 trước hạn chót cấp 3.',
      ]),
    );
    const english = backwards.body.errors.map((e: { field: string; message_en: string }) => e.message_en);
    expect(english).toContain('closesOn (2026-12-01) is before opensOn (2027-01-01)');

    const unknownRules = await t.http
      .post('/api/admin/campaigns')
      .set(admin)
      .send({ ...campaign, code: 'Y-2027', ruleSetVersion: 'nope' });
    expect(unknownRules.status).toBe(422);
    expect(unknownRules.body.code).toBe('RULES.RULE_SET_MISSING');

    const changed = await t.http
      .patch(`/api/admin/campaigns/${created.body.id}`)
      .set(admin)
      .send({ closesOn: '2027-12-20', awardCodes: ['GK'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ closesOn: '2027-12-20', awardCodes: ['GK'] });

    const badMerge = await t.http
      .patch(`/api/admin/campaigns/${created.body.id}`)
      .set(admin)
      .send({ opensOn: '2028-01-01' });
    expect(badMerge.status).toBe(400);
    expect(badMerge.body.errors[0].field).toBe('closesOn');

    const notAdmin = await t.http
      .post('/api/admin/campaigns')
      .set(await auth('cb.admin'))
      .send(campaign);
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('overrides a quota with operator and reason; a unit admin only for units below theirs', async () => {
    const bucket = `BK_CD|unit:${u.cdVienChucCaoBang}|theme:GVN-DVN-2026`;
    const path = `/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas/${encodeURIComponent(bucket)}`;
    const set = await t.http
      .put(path)
      .set(await auth('cb.admin'))
      .send({ limit: 6, reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      bucketKey: bucket,
      unitId: u.cdVienChucCaoBang,
      limit: 6,
      used: 0,
      override: { limit: 6, reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.', changedBy: 'cb.admin (Hà Thị Mai)' },
    });

    const own = `BK_CD|unit:${u.ldldCaoBang}|theme:GVN-DVN-2026`;
    const ownPath = `/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas/${encodeURIComponent(own)}`;
    const raiseOwn = await t.http
      .put(ownPath)
      .set(await auth('cb.admin'))
      .send({ limit: 9, reason: 'Tự nâng.' });
    expect(raiseOwn.status).toBe(403);
    expect(raiseOwn.body.unitId).toBe(u.ldldCaoBang);
    const bySystem = await t.http
      .put(ownPath)
      .set(await auth('sysadmin'))
      .send({ limit: 9, reason: 'Phân bổ lại.' });
    expect(bySystem.status).toBe(200);

    const list = await t.http
      .get(`/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas`)
      .set(await auth('cb.admin'));
    expect(list.status).toBe(200);
    expect(list.body.map((q: { bucketKey: string }) => q.bucketKey)).toEqual([bucket]);

    const sys = await auth('sysadmin');
    const quotas = `/api/admin/campaigns/${demoCampaignIds.gioiViecNuoc2026}/quotas`;
    const badKey = await t.http.put(`${quotas}/whatever`).set(sys).send({ limit: 1, reason: 'x' });
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0]).toMatchObject({ field: 'bucketKey', in: 'path' });
    const badBody = await t.http.put(path).set(sys).send({ limit: -1 });
    expect(badBody.status).toBe(400);
    expect(badBody.body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`)).toEqual([
      'limit: Tối thiểu 0.',
      'reason: Trường này là bắt buộc.',
    ]);
  });

  it('lists, sets and deletes calendar days; a make-up day must be a weekend', async () => {
    const admin = await auth('sysadmin');
    const year = await t.http.get('/api/admin/calendar?year=2026').set(await auth('bvdp.nominator'));
    expect(year.status).toBe(200);
    expect(year.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2026-02-17', kind: 'holiday', nameEn: 'Lunar New Year 2026' }),
      ]),
    );

    const weekday = await t.http
      .put('/api/admin/calendar/2026-06-17')
      .set(admin)
      .send({ kind: 'makeup_workday', nameVi: 'Làm bù', nameEn: 'Make-up' });
    expect(weekday.status).toBe(400);
    expect(weekday.body).toMatchObject({ code: 'CALENDAR.INVALID_DAY' });
    expect(weekday.body.detail).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 17/06/2026 là thứ Tư.');

    const set = await t.http.put('/api/admin/calendar/2026-06-20').set(admin).send({
      kind: 'makeup_workday',
      nameVi: 'Làm bù ngày 29/06/2026',
      nameEn: 'Make-up for 29 June 2026',
      note: 'TB 1/TB',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      date: '2026-06-20',
      kind: 'makeup_workday',
      updatedBy: 'sysadmin (Lê Minh Tuấn)',
    });

    const forbidden = await t.http.delete('/api/admin/calendar/2026-06-20').set(await auth('cb.admin'));
    expect(forbidden.status).toBe(403);
    expect((await t.http.delete('/api/admin/calendar/2026-06-20').set(admin)).status).toBe(204);
    const gone = await t.http.delete('/api/admin/calendar/2026-06-20').set(admin);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('CALENDAR_DAY.NOT_FOUND');

    const badYear = await t.http.get('/api/admin/calendar?year=abc').set(admin);
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors[0]).toMatchObject({ field: 'year', in: 'query' });
  });

  it('documents the admin and procedure endpoints in OpenAPI with body examples', async () => {
    const doc = await t.http.get('/api/docs-json');
    expect(doc.status).toBe(200);
    const paths = doc.body.paths as Record<string, Record<string, { requestBody?: unknown }>>;
    for (const path of [
      '/api/admin/campaigns',
      '/api/admin/campaigns/{id}/quotas/{bucketKey}',
      '/api/admin/calendar/{date}',
      '/api/nominations/{id}/intake',
      '/api/nominations/{id}/appraisal',
      '/api/nominations/{id}/vote',
      '/api/nominations/{id}/hold',
      '/api/nominations/{id}/resume',
      '/api/nominations/{id}/deadline',
      '/api/nominations/{id}/revocation',
    ]) {
      expect(Object.keys(paths)).toContain(path);
    }
    const vote = JSON.stringify(paths['/api/nominations/{id}/vote']?.post?.requestBody);
    expect(vote).toContain('"membersTotal"');
    expect(vote).toContain('12/BB-HĐTĐKT');
  });
});
