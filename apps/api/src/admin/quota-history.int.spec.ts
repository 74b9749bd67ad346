import { demoUnitIds as u } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

describe('quota override history: each change is an event with operator, reason, limit before and after', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const campaign = demoCampaignIds.gioiViecNuoc2026;
  const bucket = `BK_CD|unit:${u.cdVienChucCaoBang}|theme:GVN-DVN-2026`;
  const path = `/api/admin/campaigns/${campaign}/quotas/${encodeURIComponent(bucket)}`;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('records every change (a repeat records nothing) and serves the history oldest first', async () => {
    const put = async (username: string, limit: number, reason: string) =>
      t.http
        .put(path)
        .set(await auth(username))
        .send({ limit, reason });
    expect((await put('cb.admin', 6, 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.')).status).toBe(200);
    expect((await put('cb.admin', 6, 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.')).status).toBe(200);
    expect((await put('sysadmin', 3, 'Điều chỉnh lại theo Công văn 130/TLĐ.')).status).toBe(200);

    const history = await t.http.get(`${path}/history`).set(await auth('cb.admin'));
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        version: 1,
        bucketKey: bucket,
        previousLimit: null,
        limit: 6,
        reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.',
        by: expect.objectContaining({ name: 'Hà Thị Mai', username: 'cb.admin' }),
      }),
      expect.objectContaining({
        version: 2,
        previousLimit: 6,
        limit: 3,
        reason: 'Điều chỉnh lại theo Công văn 130/TLĐ.',
        by: expect.objectContaining({ username: 'sysadmin' }),
      }),
    ]);
    // The latest override is still what the quota list shows; the events are hash-chained like nominations.
    const stream = await new EventStore(t.database.pool).readStream(`quota-${campaign}`);
    expect(stream.map((e) => e.type)).toEqual(['QuotaLimitChanged', 'QuotaLimitChanged']);
    expect(stream[1]?.prevHash).toBe(stream[0]?.hash);
    expect(stream[1]?.data).toMatchObject({ previousOverride: { limit: 6, changedBy: 'cb.admin (Hà Thị Mai)' } });
  });

  it('shows a bucket’s history only to those who may change it', async () => {
    const own = `BK_CD|unit:${u.ldldCaoBang}|theme:GVN-DVN-2026`;
    const res = await t.http
      .get(`/api/admin/campaigns/${campaign}/quotas/${encodeURIComponent(own)}/history`)
      .set(await auth('cb.admin'));
    expect(res.status).toBe(403);
    const reviewer = await t.http.get(`${path}/history`).set(await auth('cb.reviewer'));
    expect(reviewer.status).toBe(403);
  });

  it('reads changes stored in the first shape (who only in the metadata) and continues their chain', async () => {
    const other = demoCampaignIds.annual2026;
    const key = `BK_CD|unit:${u.cdVienChucCaoBang}|year:2026`;
    const store = new EventStore(t.database.pool);
    await store.append(`quota-${other}`, 0, [
      {
        eventId: '0b5c2d3e-1f00-4a00-8000-000000000001',
        type: 'QuotaLimitChanged',
        data: { campaignId: other, bucketKey: key, limit: 5, reason: 'Phân bổ đầu năm.', previousLimit: null },
        metadata: { actor: 'u-old', actorName: 'Hà Thị Mai', actorUsername: 'cb.admin', reason: 'Phân bổ đầu năm.' },
        occurredAt: '2026-01-05T03:00:00Z',
      },
    ]);
    const res = await t.http
      .put(`/api/admin/campaigns/${other}/quotas/${encodeURIComponent(key)}`)
      .set(await auth('sysadmin'))
      .send({ limit: 7, reason: 'Bổ sung giữa năm.' });
    expect(res.status).toBe(200);
    const stream = await store.readStream(`quota-${other}`);
    expect(stream.map((e) => [e.schemaVersion, e.data['previousOverride'] ?? null])).toEqual([
      [1, null],
      [2, { limit: 5, reason: 'Phân bổ đầu năm.', changedBy: 'cb.admin (Hà Thị Mai)' }],
    ]);
    expect(await store.verifyStream(`quota-${other}`)).toMatchObject({ ok: true });
  });
});
