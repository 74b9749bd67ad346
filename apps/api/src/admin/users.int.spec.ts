import { randomUUID } from 'node:crypto';
import { demoUnitIds } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const key = () => `k-${randomUUID()}`;

describe('admin: users and roles', () => {
  let t: ApiTestContext;
  let store: EventStore;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createApiTestContext();
    store = new EventStore(t.database.pool, { notify: false });
  });
  afterAll(() => t.close());

  async function createUser(as: string, body: object, idempotencyKey = key()) {
    return t.http
      .post('/api/admin/users')
      .set(await auth(as))
      .set('Idempotency-Key', idempotencyKey)
      .send(body);
  }

  const newUser = (username: string, roles: object[] = [{ role: 'chair', unitId: demoUnitIds.cdXaHoaAn }]) => ({
    username,
    fullName: 'Ngô Thị Mai',
    email: `${username}@congdoan.vn`,
    initialPassword: 'Mat-khau-ban-dau-2026',
    roles,
    reason: 'Chủ tịch mới theo Quyết định 12/QĐ-LĐLĐ.',
  });

  it('creates a user once per Idempotency-Key, never returns the hash, records the events, and the user logs in', async () => {
    const once = key();
    const created = await createUser('sysadmin', newUser('xha.chair2'), once);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'xha.chair2',
      active: true,
      roles: [{ role: 'chair', unitId: demoUnitIds.cdXaHoaAn, current: true, validTo: null }],
    });
    expect(JSON.stringify(created.body)).not.toMatch(/scrypt|password/i);
    const again = await createUser('sysadmin', newUser('xha.chair2'), once);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(created.body.id);

    const events = await store.readStream(`user-${created.body.id}`);
    expect(events.map((e) => e.type)).toEqual(['UserCreated', 'UserRoleGranted']);
    expect(events[0]?.metadata).toMatchObject({ reason: 'Chủ tịch mới theo Quyết định 12/QĐ-LĐLĐ.' });
    // The command handler's metadata: the operator's full name and, apart, their username.
    expect(events[0]?.metadata).toMatchObject({ actorUsername: 'sysadmin', actorName: 'Lê Minh Tuấn' });

    const login = await t.http
      .post('/api/auth/login')
      .send({ username: 'xha.chair2', password: 'Mat-khau-ban-dau-2026' })
      .expect(200);
    expect(login.body.user.roles).toEqual([expect.objectContaining({ role: 'chair', unitId: demoUnitIds.cdXaHoaAn })]);

    const taken = await createUser('sysadmin', newUser('XHA.chair2'));
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'USER.ALREADY_EXISTS', field: 'username' });
  });

  it('grants and revokes a role; the token follows at once and the history keeps the ended grant', async () => {
    const { body: user } = await createUser('sysadmin', newUser('grant.probe', []));
    const password = 'Mat-khau-ban-dau-2026';
    const token = (await t.http.post('/api/auth/login').send({ username: 'grant.probe', password })).body.accessToken;
    const me = () => t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    const change = async (path: string) =>
      t.http
        .post(`/api/admin/users/${user.id}/${path}`)
        .set(await auth('sysadmin'))
        .set('Idempotency-Key', key())
        .send({ role: 'reviewer', unitId: demoUnitIds.ldldCaoBang, reason: 'Phân công thẩm định.' });

    expect((await change('roles')).status).toBe(200);
    expect((await me()).body.roles).toEqual([expect.objectContaining({ role: 'reviewer' })]);
    expect((await change('roles')).body.code).toBe('USER_ROLE.ALREADY_EXISTS');
    const revoked = await change('roles/revocation');
    expect(revoked.status).toBe(200);
    expect(revoked.body.roles).toEqual([expect.objectContaining({ role: 'reviewer', current: false })]);
    // A revocation ends the tokens issued before it; a new login has no role left.
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    const again = (await t.http.post('/api/auth/login').send({ username: 'grant.probe', password })).body.accessToken;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${again}`).expect(200)).body.roles).toEqual([]);
    const missing = await change('roles/revocation');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('USER_ROLE.NOT_FOUND');
    const types = (await store.readStream(`user-${user.id}`)).map((e) => e.type);
    expect(types).toEqual(['UserCreated', 'UserRoleGranted', 'UserRoleRevoked']);
  });

  it('deactivation refuses the user’s token and login; reactivation lets them log in again', async () => {
    const token = await t.tokenFor('hv.nominator');
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    const { body: list } = await t.http
      .get('/api/admin/users?q=hv.nominator')
      .set(await auth('sysadmin'))
      .expect(200);
    const id = list.items[0].id as string;
    const toggle = async (path: string) =>
      t.http
        .post(`/api/admin/users/${id}/${path}`)
        .set(await auth('sysadmin'))
        .set('Idempotency-Key', key())
        .send({ reason: 'Chuyển công tác.' });
    expect((await toggle('deactivation')).body.active).toBe(false);
    const refused = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body.code).toBe('AUTH.USER_INACTIVE');
    await t.http.post('/api/auth/login').send({ username: 'hv.nominator', password: 'vinhdanh@2026' }).expect(401);
    expect((await toggle('reactivation')).body.active).toBe(true);
    // Reactivation lets the user log in again, but does not revive the tokens issued before.
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    await t.http
      .get('/api/me')
      .set(await auth('hv.nominator'))
      .expect(200);
    const types = (await store.readStream(`user-${id}`)).map((e) => e.type);
    // A seeded account's stream starts with what the tables held, then the commands' own events.
    expect(types).toEqual(['UserRecorded', 'UserDeactivated', 'UserReactivated']);

    const self = (await t.http.get('/api/me').set(await auth('sysadmin'))).body.id;
    const selfLock = await t.http
      .post(`/api/admin/users/${self}/deactivation`)
      .set(await auth('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ reason: 'thử' });
    expect(selfLock.status).toBe(409);
  });

  it('a unit admin works inside their subtree only, and never grants system_admin or auditor', async () => {
    const inside = await createUser(
      'cb.admin',
      newUser('xha.reviewer2', [{ role: 'reviewer', unitId: demoUnitIds.cdXaHoaAn }]),
    );
    expect(inside.status).toBe(201);
    const outside = await createUser(
      'cb.admin',
      newUser('hg.x', [{ role: 'reviewer', unitId: demoUnitIds.ldldHauGiang }]),
    );
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.FORBIDDEN', unitId: demoUnitIds.ldldHauGiang });
    const grant = async (role: string, unitId: string) =>
      t.http
        .post(`/api/admin/users/${inside.body.id}/roles`)
        .set(await auth('cb.admin'))
        .set('Idempotency-Key', key())
        .send({ role, unitId, reason: 'Phân quyền.' });
    expect((await grant('system_admin', demoUnitIds.ldldCaoBang)).status).toBe(403);
    expect((await grant('auditor', demoUnitIds.ldldCaoBang)).status).toBe(403);
    expect((await grant('chair', demoUnitIds.ldldHaNoi)).status).toBe(403);
    expect((await grant('chair', demoUnitIds.cdcsSoNoiVuCaoBang)).status).toBe(200);

    const { body: page } = await t.http
      .get('/api/admin/users?limit=200')
      .set(await auth('cb.admin'))
      .expect(200);
    const names = page.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['cb.reviewer', 'xha.chair', 'xha.reviewer2']));
    expect(names).not.toContain('hg.chair');
    expect(names).not.toContain('sysadmin');
    const { body: sysadmin } = await t.http.get('/api/admin/users?q=sysadmin').set(await auth('sysadmin'));
    await t.http
      .get(`/api/admin/users/${sysadmin.items[0].id}`)
      .set(await auth('cb.admin'))
      .expect(403);
    await t.http
      .get('/api/admin/users')
      .set(await auth('cb.chair'))
      .expect(403);
  });

  it('validation errors name the field', async () => {
    const bad = await createUser('sysadmin', {
      ...newUser('bad.one'),
      email: 'not-an-address',
      initialPassword: 'short',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'initialPassword']);
    const unknownUnit = await createUser('sysadmin', newUser('bad.two', [{ role: 'chair', unitId: 'no-such-unit' }]));
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.errors[0]).toMatchObject({ field: 'roles[0].unitId', rule: 'exists' });
    const dissolved = await createUser(
      'sysadmin',
      newUser('bad.three', [{ role: 'chair', unitId: demoUnitIds.ldldHoaAn }]),
    );
    expect(dissolved.body.errors[0]).toMatchObject({ field: 'roles[0].unitId' });
    const noKey = await t.http
      .post('/api/admin/users')
      .set(await auth('sysadmin'))
      .send(newUser('bad.four'));
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors[0].field).toBe('Idempotency-Key');
    const badRole = await t.http
      .post(`/api/admin/users/${randomUUID()}/roles`)
      .set(await auth('sysadmin'))
      .set('Idempotency-Key', key())
      .send({ role: 'king', unitId: demoUnitIds.tongLdld, reason: 'x' });
    expect(badRole.body.errors[0].field).toBe('role');
  });
});
