import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleDossier } from '@vinhdanh/domain';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// The API keeps each user's roles and delegated grants in memory between requests. A revoked role
// must still stop the very next decision: of the user whose role it was (their old token ends; a
// new login carries no role), and of a delegate acting with it, whose own token lives on.
describe('access cache: a revoked role stops the next decision', () => {
  let sys: E2eSystem;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    sys = await startE2eSystem();
    const rows = await sys.database.db.selectFrom('users').select(['id', 'username']).execute();
    for (const r of rows) ids.set(r.username, r.id);
  });
  afterAll(() => sys?.close());

  const idOf = (username: string) => ids.get(username) ?? '';
  const login = async (username: string) => {
    const res = await sys.http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return { Authorization: `Bearer ${res.body.accessToken as string}` };
  };
  const post = (auth: { Authorization: string }, path: string, body: object) =>
    sys.http.post(path).set(auth).set('Idempotency-Key', `k-${randomUUID()}`).send(body);
  const inboxHas = async (auth: { Authorization: string }, id: string) => {
    const res = await sys.http.get('/api/inbox?limit=200').set(auth);
    expect(res.status).toBe(200);
    return (res.body.items as { nominationId: string }[]).some((t) => t.nominationId === id);
  };
  async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the read model');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A nomination forwarded by its CĐCS: it waits at LĐLĐ huyện Đan Phượng. */
  async function atDistrict(): Promise<string> {
    const created = await post(await login('bvdp.nominator'), '/api/nominations', {
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: sampleDossier(),
    });
    expect([201, 202]).toContain(created.status);
    const id = created.body.nominationId as string;
    const chair = await login('bvdp.chair');
    await until(() => inboxHas(chair, id));
    expect((await post(chair, `/api/nominations/${id}/decisions`, { decision: 'approve' })).status).toBe(200);
    return id;
  }

  const revokeReviewerAtDistrict = async (username: string) => {
    const revoked = await post(await login('sysadmin'), `/api/admin/users/${idOf(username)}/roles/revocation`, {
      role: 'reviewer',
      unitId: u.ldldDanPhuong,
      reason: 'Điều chuyển công tác theo quyết định của Ban Thường vụ.',
    });
    expect(revoked.status).toBe(200);
  };

  it('refuses a delegate acting with a role the delegator just lost, though the delegate’s token lives on', async () => {
    const id = await atDistrict();
    const reviewer = await login('dp.reviewer');
    const delegation = await post(reviewer, '/api/delegations', {
      delegateUserId: idOf('cta.reviewer'),
      unitId: u.ldldDanPhuong,
      endsAt: '2026-07-15T00:00:00Z',
      reason: 'Nghỉ phép năm',
    });
    expect(delegation.status).toBe(201);
    const delegate = await login('cta.reviewer');
    // The delegate's principal, with the lent role, is now cached by the API.
    await until(() => inboxHas(delegate, id));

    await revokeReviewerAtDistrict('dp.reviewer');
    const refused = await post(delegate, `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    expect(await inboxHas(delegate, id)).toBe(false);
  });

  it('refuses the user whose own role was revoked: the old token ends, a new login holds no role there', async () => {
    const id = await atDistrict();
    const chair = await login('dp.chair');
    expect(await inboxHas(chair, id)).toBe(true);
    const revoked = await post(await login('sysadmin'), `/api/admin/users/${idOf('dp.chair')}/roles/revocation`, {
      role: 'chair',
      unitId: u.ldldDanPhuong,
      reason: 'Điều chuyển công tác theo quyết định của Ban Thường vụ.',
    });
    expect(revoked.status).toBe(200);

    const withOldToken = await post(chair, `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(withOldToken.status).toBe(401);
    const again = await post(await login('dp.chair'), `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('AUTH.FORBIDDEN');
  });
});
