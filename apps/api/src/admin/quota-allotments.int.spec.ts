import { allotmentBucketKey, demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// Chỉ tiêu giao cho đơn vị: the level above allots a unit its number of an award (1689/QĐ-TLĐ
// Art. 14.3: Bằng khen TLĐ per LĐLĐ tỉnh [S3]; Art. 15: ≤ 4 thematic Bằng khen per LĐLĐ [S4]),
// for any award of the campaign, through the campaign's quota-limit aggregate.
describe('PUT/GET /api/admin/campaigns/{id}/allotments', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const campaign = demoCampaignIds.annual2026;
  const path = `/api/admin/campaigns/${campaign}/allotments`;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('allots a unit’s quota for an award with no rule-set quota, records it as a QuotaLimitChanged event and lists it', async () => {
    const body = { unitId: u.cdVienChucCaoBang, awardCode: 'LDST', limit: 2, reason: 'Chỉ tiêu năm 2026.' };
    const set = await t.http
      .put(path)
      .set(await auth('cb.admin'))
      .send(body);
    expect(set.status).toBe(200);
    const key = allotmentBucketKey(campaign, u.cdVienChucCaoBang, 'LDST');
    expect(set.body).toMatchObject({
      bucketKey: key,
      unitId: u.cdVienChucCaoBang,
      unitName: expect.stringContaining('Cao Bằng'),
      awardCode: 'LDST',
      limit: 2,
      used: 0,
      override: { limit: 2, reason: 'Chỉ tiêu năm 2026.', changedBy: 'cb.admin (Hà Thị Mai)' },
    });
    const list = await t.http.get(path).set(await auth('cb.admin'));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ bucketKey: key, awardCode: 'LDST', limit: 2 })]);
    const history = await t.http
      .get(`/api/admin/campaigns/${campaign}/quotas/${encodeURIComponent(key)}/history`)
      .set(await auth('sysadmin'));
    expect(history.body).toEqual([expect.objectContaining({ bucketKey: key, previousLimit: null, limit: 2 })]);
  });

  it('a unit admin cannot allot to their own unit (the level above allots); bad input is a 400 naming the field', async () => {
    const own = await t.http
      .put(path)
      .set(await auth('cb.admin'))
      .send({ unitId: u.ldldCaoBang, awardCode: 'BK_TLD', limit: 9, reason: 'Tự nâng.' });
    expect(own.status).toBe(403);
    const sys = await auth('sysadmin');
    const notInCampaign = await t.http
      .put(path)
      .set(sys)
      .send({ unitId: u.ldldCaoBang, awardCode: 'BK_CD', limit: 1, reason: 'x' });
    expect(notInCampaign.status).toBe(400);
    expect(notInCampaign.body.errors).toEqual([expect.objectContaining({ field: 'awardCode', in: 'body' })]);
    const noUnit = await t.http
      .put(path)
      .set(sys)
      .send({ unitId: 'khong-co-don-vi', awardCode: 'BK_TLD', limit: 1, reason: 'x' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual([expect.objectContaining({ field: 'unitId' })]);
    const bad = await t.http.put(path).set(sys).send({ unitId: u.ldldCaoBang, awardCode: 'BK_TLD', limit: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit', 'reason']);
    const list = await t.http.get(path).set(sys);
    expect(list.body.map((a: { unitId: string }) => a.unitId)).not.toContain(u.ldldCaoBang);
  });
});
