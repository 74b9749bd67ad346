import { demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

describe('GET /api/quotas/usage: the quota gauge for approvers of the unit', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const query = { campaignId: demoCampaignIds.gioiViecNuoc2026, unitId: u.ldldCaoBang, awardCode: 'BK_CD' };
  const unitKey = `BK_CD|unit:${u.ldldCaoBang}|theme:GVN-DVN-2026`;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('shows the rule-set limit before any slot is used, then the counter and an override', async () => {
    const reviewer = await auth('cb.reviewer');
    const fresh = await t.http.get('/api/quotas/usage').query(query).set(reviewer);
    expect(fresh.status).toBe(200);
    expect(fresh.body.buckets).toEqual([
      expect.objectContaining({ bucketKey: unitKey, scope: 'unit', limit: 4, used: 0, remaining: 4 }),
      expect.objectContaining({ bucketKey: 'BK_CD|national|theme:GVN-DVN-2026', scope: 'national', limit: 300 }),
    ]);

    // Three slots taken (as three province-level approvals would have).
    await t.db.insertInto('quota_usage').values({ bucket_key: unitKey, quota_limit: 4, used: 3 }).execute();
    const used = await t.http.get('/api/quotas/usage').query(query).set(reviewer);
    expect(used.body.buckets[0]).toMatchObject({ limit: 4, used: 3, remaining: 1 });

    const override = await t.http
      .put(`/api/admin/campaigns/${query.campaignId}/quotas/${encodeURIComponent(unitKey)}`)
      .set(await auth('sysadmin'))
      .send({ limit: 6, reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.' });
    expect(override.status).toBe(200);
    const raised = await t.http
      .get('/api/quotas/usage')
      .query(query)
      .set(await auth('tld.auditor'));
    expect(raised.status).toBe(200);
    expect(raised.body.buckets[0]).toMatchObject({ limit: 6, used: 3, remaining: 3 });
  });

  it('has no unit bucket where the award is not counted, and none at all for awards without quota', async () => {
    const grassroots = await t.http
      .get('/api/quotas/usage')
      .query({ ...query, unitId: u.cdcsSoNoiVuCaoBang })
      .set(await auth('snv.chair'));
    expect(grassroots.status).toBe(200);
    expect(grassroots.body.buckets.map((b: { scope: string }) => b.scope)).toEqual(['national']);
    const none = await t.http
      .get('/api/quotas/usage')
      .query({ ...query, awardCode: 'GK' })
      .set(await auth('cb.chair'));
    expect(none.body).toMatchObject({ awardCode: 'GK', buckets: [] });
  });

  it('is for approvers of that unit only, and names bad query fields', async () => {
    const elsewhere = await t.http
      .get('/api/quotas/usage')
      .query(query)
      .set(await auth('vccb.reviewer'));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('AUTH.FORBIDDEN');
    const nominator = await t.http
      .get('/api/quotas/usage')
      .query(query)
      .set(await auth('snv.nominator'));
    expect(nominator.status).toBe(403);

    const bad = await t.http
      .get('/api/quotas/usage')
      .query({ ...query, awardCode: 'nope', campaignId: 'x' })
      .set(await auth('cb.reviewer'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['awardCode', 'campaignId']);
    const unknown = await t.http
      .get('/api/quotas/usage')
      .query({ ...query, campaignId: '0b6f3a52-7c1e-4c43-9a55-000000000000' })
      .set(await auth('cb.reviewer'));
    expect(unknown.status).toBe(404);
  });
});
