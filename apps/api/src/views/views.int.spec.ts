import { randomUUID } from 'node:crypto';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { DEMO_PASSWORD } from '@vinhdanh/seed';
import { hashPassword } from '../auth/password';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

describe('saved views (/api/views)', () => {
  let t: ApiTestContext;
  const tokens = new Map<string, string>();
  const auth = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, await t.tokenFor(username));
    return { Authorization: `Bearer ${tokens.get(username)}` };
  };
  const key = () => ({ 'Idempotency-Key': `view-${randomUUID()}` });
  const create = async (username: string, body: object, headers: Record<string, string> = key()) =>
    t.http
      .post('/api/views')
      .set(await auth(username))
      .set(headers)
      .send(body);
  const created = <R extends { status: number; body: { id?: string } }>(r: R): R => {
    expect([r.status, r.body]).toEqual([201, expect.objectContaining({ id: expect.any(String) })]);
    return r;
  };
  const names = (list: Array<{ name: string }>) => list.map((v) => v.name);
  const fields = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field).sort();

  beforeAll(async () => {
    t = await createApiTestContext();
    // A second reviewer at LĐLĐ Hà Nội: the colleague a view shared with "reviewer at Hà Nội" reaches.
    const user = await t.db
      .insertInto('users')
      .values({
        username: 'hn.reviewer2',
        full_name: 'Đặng Văn Bình',
        password_hash: await hashPassword(DEMO_PASSWORD),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('user_roles').values({ user_id: user.id, unit_id: u.ldldHaNoi, role: 'reviewer' }).execute();
  });
  afterAll(() => t.close());

  it('shares a view with a role at a unit: a colleague with that role sees it, others do not', async () => {
    const saved = await create('hn.reviewer', {
      target: 'inbox',
      name: 'Bằng khen chờ duyệt',
      filter: { kind: 'review', awardCode: 'BK_TLD', search: 'nguyen' },
      sort: { by: 'dueAt', direction: 'asc' },
      shares: [{ role: 'reviewer', unitId: u.ldldHaNoi }],
    }).then(created);
    expect(saved.body).toMatchObject({
      name: 'Bằng khen chờ duyệt',
      target: 'inbox',
      filter: { kind: 'review', awardCode: 'BK_TLD', search: 'nguyen' },
      sort: { by: 'dueAt', direction: 'asc' },
      mine: true,
      shares: [{ role: 'reviewer', unitId: u.ldldHaNoi, unitName: 'Liên đoàn Lao động thành phố Hà Nội' }],
    });
    const id = saved.body.id as string;

    const colleague = await t.http
      .get('/api/views')
      .set(await auth('hn.reviewer2'))
      .expect(200);
    expect(names(colleague.body.sharedWithMe)).toEqual(['Bằng khen chờ duyệt']);
    expect(colleague.body.sharedWithMe[0]).toMatchObject({ mine: false, owner: { fullName: 'Trịnh Thị Hồng' } });
    expect(colleague.body.mine).toEqual([]);
    await t.http
      .get(`/api/views/${id}`)
      .set(await auth('hn.reviewer2'))
      .expect(200);

    // Same unit, other role; same role, other unit: neither sees it, nor may open it.
    for (const other of ['hn.chair', 'dp.reviewer']) {
      const list = await t.http
        .get('/api/views')
        .set(await auth(other))
        .expect(200);
      expect(list.body).toEqual({ mine: [], sharedWithMe: [] });
      expect((await t.http.get(`/api/views/${id}`).set(await auth(other))).body.code).toBe('SAVED_VIEW.NOT_FOUND');
    }

    // Only the owner renames or deletes it.
    const rename = await t.http
      .patch(`/api/views/${id}`)
      .set(await auth('hn.reviewer2'))
      .set(key())
      .send({ name: 'Của tôi' });
    expect(rename.status).toBe(403);
    const renamed = await t.http
      .patch(`/api/views/${id}`)
      .set(await auth('hn.reviewer'))
      .set(key())
      .send({ name: 'Hồ sơ quá hạn', sort: { by: 'openedAt', direction: 'desc' } })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Hồ sơ quá hạn', sort: { by: 'openedAt', direction: 'desc' } });
    expect(renamed.body.filter).toEqual(saved.body.filter);
    expect(
      (
        await t.http
          .delete(`/api/views/${id}`)
          .set(await auth('hn.reviewer2'))
          .set(key())
      ).status,
    ).toBe(403);
    await t.http
      .delete(`/api/views/${id}`)
      .set(await auth('hn.reviewer'))
      .set(key())
      .expect(204);
    expect((await t.http.get('/api/views').set(await auth('hn.reviewer2'))).body.sharedWithMe).toEqual([]);
    await t.http
      .get(`/api/views/${id}`)
      .set(await auth('hn.reviewer'))
      .expect(404);
  });

  it('validates the stored filter with the inbox query schema, naming each field', async () => {
    const bad = await create('dp.chair', {
      target: 'inbox',
      name: 'x',
      filter: { kind: 'other', limit: 5 },
      sort: { by: 'salary' },
      shares: [{ role: 'reviewer', unitId: 'no-such-unit' }],
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['filter.kind', 'filter.limit', 'sort.by']);

    const unknownUnit = await create('dp.chair', {
      target: 'inbox',
      name: 'x',
      shares: [{ role: 'reviewer', unitId: 'no-such-unit' }],
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.errors).toEqual([expect.objectContaining({ field: 'shares[0].unitId', rule: 'exists' })]);
    expect(fields((await create('dp.chair', { target: 'desk', name: 'x' })).body)).toEqual(['target']);
    expect(fields((await create('dp.chair', { target: 'inbox', name: '  ' })).body)).toEqual(['name']);

    const ok = await create('dp.chair', { target: 'inbox', name: 'Mặc định' }).then(created);
    expect(ok.body).toMatchObject({ filter: {}, sort: { by: 'openedAt', direction: 'asc' }, shares: [] });
    const badPatch = await t.http
      .patch(`/api/views/${ok.body.id}`)
      .set(await auth('dp.chair'))
      .set(key())
      .send({ filter: { campaignId: '' } });
    expect(badPatch.status).toBe(400);
    expect(fields(badPatch.body)).toEqual(['filter.campaignId']);
    const noKey = await t.http
      .post('/api/views')
      .set(await auth('dp.chair'))
      .send({ target: 'inbox', name: 'y' });
    expect(noKey.body.errors[0]).toMatchObject({ field: 'Idempotency-Key' });
  });

  it('is idempotent per key, refuses a duplicate name, and keeps stuck-desk views to the desk’s roles', async () => {
    const headers = key();
    const first = await create('cta.chair', { target: 'inbox', name: 'Tuần này' }, headers).then(created);
    const again = await create('cta.chair', { target: 'inbox', name: 'Tuần này' }, headers).then(created);
    expect(again.body.id).toBe(first.body.id);
    const dup = await create('cta.chair', { target: 'inbox', name: 'tuần NÀY' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'SAVED_VIEW.ALREADY_EXISTS', errors: [{ field: 'name' }] });

    expect((await create('cta.chair', { target: 'stuck', name: 'Ách tắc' })).status).toBe(403);
    const reviewerShare = await create('cb.admin', {
      target: 'stuck',
      name: 'Ách tắc',
      shares: [{ role: 'reviewer', unitId: u.ldldCaoBang }],
    });
    expect(reviewerShare.body.errors).toEqual([expect.objectContaining({ field: 'shares[0].role' })]);
    const stuck = await create('cb.admin', {
      target: 'stuck',
      name: 'Ách tắc',
      filter: { reason: 'overdue', level: '3' },
      sort: { by: 'daysLate', direction: 'desc' },
    }).then(created);
    expect(stuck.body.filter).toEqual({ reason: 'overdue', level: 3, idleDays: 10, holdDays: 14 });
    const inboxOnly = await t.http
      .get('/api/views?target=inbox')
      .set(await auth('cb.admin'))
      .expect(200);
    expect(inboxOnly.body.mine).toEqual([]);
    expect(names((await t.http.get('/api/views?target=stuck').set(await auth('cb.admin'))).body.mine)).toEqual([
      'Ách tắc',
    ]);
    expect((await t.http.get('/api/views')).status).toBe(401);
  });
});
