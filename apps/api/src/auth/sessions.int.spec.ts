import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@vinhdanh/seed';
import { demoUnitIds } from '@vinhdanh/domain';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const key = () => `k-${randomUUID()}`;

describe('auth: sessions, revocation and passwords', () => {
  let t: ApiTestContext;
  // Each test speaks from its own client address, so login budgets never leak between tests.
  let address = 10;
  let from = '';
  const login = (username: string, password = DEMO_PASSWORD) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const me = (token: string) => t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
  const asSysadmin = async () => ({ Authorization: `Bearer ${(await login('sysadmin')).body.accessToken}` });

  beforeAll(async () => {
    t = await createApiTestContext({ trustProxy: true });
  });
  beforeEach(() => {
    from = `198.51.100.${address++}`;
  });
  afterAll(() => t.close());

  it('issues a short access token and a single-use refresh token; a reused refresh token ends the session', async () => {
    const first = await login('cb.chair').expect(200);
    expect(first.body).toMatchObject({ tokenType: 'Bearer', mustChangePassword: false });
    const lifetime = Date.parse(first.body.expiresAt) - Date.now();
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    expect(Date.parse(first.body.refreshExpiresAt)).toBeGreaterThan(Date.parse(first.body.expiresAt));

    const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect(second.body.user.username).toBe('cb.chair');
    await me(second.body.accessToken).expect(200);

    // The spent token again: refused, and the session it belongs to ends for everyone holding it.
    const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(replay.body.code).toBe('AUTH.REFRESH_INVALID');
    expect(replay.body.detail).toMatch(/đăng nhập lại/);
    expect((await me(second.body.accessToken).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
    await t.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: 'x'.repeat(43) })
      .expect(401);
  });

  it('logout ends the access token and the refresh token of that session only', async () => {
    const a = (await login('cb.reviewer').expect(200)).body;
    const b = (await login('cb.reviewer').expect(200)).body;
    await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${a.accessToken}`).expect(204);
    expect((await me(a.accessToken).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
    await t.http.post('/api/auth/refresh').send({ refreshToken: a.refreshToken }).expect(401);
    await me(b.accessToken).expect(200);
  });

  it('deactivation, reactivation and role revocation end the tokens issued before', async () => {
    const admin = await asSysadmin();
    const old = (await login('bvdp.nominator').expect(200)).body;
    const id = old.user.id as string;
    const post = (path: string, body: object) =>
      t.http.post(`/api/admin/users/${id}/${path}`).set(admin).set('Idempotency-Key', key()).send(body);
    await post('deactivation', { reason: 'Chuyển công tác.' }).expect(200);
    await post('reactivation', { reason: 'Trở lại công tác.' }).expect(200);
    // Reactivation does not revive what was issued before the deactivation.
    expect((await me(old.accessToken).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
    await t.http.post('/api/auth/refresh').send({ refreshToken: old.refreshToken }).expect(401);

    const fresh = (await login('bvdp.nominator').expect(200)).body;
    await me(fresh.accessToken).expect(200);
    const grant = { role: 'reviewer', unitId: demoUnitIds.ldldHauGiang, reason: 'Phân công thẩm định.' };
    await post('roles', grant).expect(200);
    await me(fresh.accessToken).expect(200);
    await post('roles/revocation', grant).expect(200);
    expect((await me(fresh.accessToken).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
  });

  it('an administrator-created account must change its password first; the policy refuses weak ones', async () => {
    const admin = await asSysadmin();
    const initialPassword = 'Mat-khau-ban-dau-2026';
    await t.http
      .post('/api/admin/users')
      .set(admin)
      .set('Idempotency-Key', key())
      .send({
        username: 'xha.secretary',
        fullName: 'Vũ Thị Hạnh',
        initialPassword,
        roles: [{ role: 'nominator', unitId: demoUnitIds.cdXaHoaAn }],
        reason: 'Cán bộ mới theo Quyết định 15/QĐ-LĐLĐ.',
      })
      .expect(201);
    const first = (await login('xha.secretary', initialPassword).expect(200)).body;
    expect(first.mustChangePassword).toBe(true);
    const bearer = { Authorization: `Bearer ${first.accessToken}` };

    const held = await t.http.get('/api/nominations').set(bearer).expect(403);
    expect(held.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(held.body).toMatchObject({ code: 'AUTH.PASSWORD_CHANGE_REQUIRED' });
    expect(held.body.detail).toBe('Bạn cần đổi mật khẩu do quản trị viên cấp trước khi tiếp tục sử dụng hệ thống.');
    expect((await t.http.get('/api/me').set(bearer).expect(200)).body.mustChangePassword).toBe(true);

    const change = (currentPassword: string, newPassword: string) =>
      t.http.post('/api/auth/password').set(bearer).send({ currentPassword, newPassword });
    const rules = async (newPassword: string) =>
      ((await change(initialPassword, newPassword).expect(400)).body.errors as Array<{ field: string; rule: string }>)
        .filter((e) => e.field === 'newPassword')
        .map((e) => e.rule);
    expect(await rules('password123')).toContain('password-common');
    expect(await rules('Password2026!')).toContain('password-common');
    expect(await rules('congdoan@2026')).toContain('password-common');
    expect(await rules('aaaaaaaaaaaa')).toContain('password-repetitive');
    expect(await rules('1234567890')).toContain('password-sequence');
    expect(await rules('xha.secretary-2026')).toContain('password-username');
    expect(await rules('ngắn')).toContain('password-length');
    expect(await rules(initialPassword)).toContain('password-unchanged');
    const wrong = await change('not-the-password', 'Hoa-sen-no-tren-ao-2026').expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'currentPassword' });

    const changed = await change(initialPassword, 'Hoa-sen-no-tren-ao-2026').expect(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect((await me(first.accessToken).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
    await t.http.get('/api/nominations').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
    await login('xha.secretary', initialPassword).expect(401);
    expect((await login('xha.secretary', 'Hoa-sen-no-tren-ao-2026').expect(200)).body.mustChangePassword).toBe(false);
  });

  it('a password change ends the user’s other sessions', async () => {
    const other = (await login('hn.chair').expect(200)).body;
    const mine = (await login('hn.chair').expect(200)).body;
    await t.http
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'Truong-Son-dong-2026' })
      .expect(200);
    await me(other.accessToken).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
  });

  it('one client address spraying many usernames is stopped, other addresses are not', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await login(`spray.user.${i}`, 'wrong-password').expect(401);
      expect(res.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const stopped = await login('snv.nominator').expect(429);
    expect(stopped.body.code).toBe('AUTH.RATE_LIMITED');
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);
    from = '198.51.100.250';
    await login('snv.nominator').expect(200);
  });
});
