import { randomUUID } from 'node:crypto';
import {
  demoUnitIds as u,
  ruleSet2024SignOff,
  sampleDossier,
  sampleSubmitNomination,
  type Actor,
  type NominationCommand,
  type PersonNominee,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds, demoPersonKey } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';

// Without Temporal (its address is unreachable here): the task checks the API makes before it
// sends an Update (conflicts of interest, who holds the task, delegated roles), the inbox's holder
// columns folded by the projection from events appended straight to the store, and delegations.

describe('tasks, conflicts of interest and delegations (no Temporal)', () => {
  let t: ApiTestContext;
  let store: EventStore;
  let now = new Date('2026-06-15T03:00:00Z');
  const users = new Map<string, { id: string; name: string }>();
  const ids: Record<string, string> = {};
  const user = (username: string) => {
    const found = users.get(username);
    if (!found) throw new Error(`no user ${username}`);
    return found;
  };
  const actor = (username: string, unitId: string): Actor => ({
    userId: user(username).id,
    name: user(username).name,
    unitId,
  });
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const post = async (path: string, username: string, body: object, key = `k-${randomUUID()}`) =>
    t.http
      .post(path)
      .set(await auth(username))
      .set('Idempotency-Key', key)
      .send(body);
  const get = async (path: string, username: string) => t.http.get(path).set(await auth(username));

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => now });
    store = new EventStore(t.database.pool);
    for (const r of await t.db.selectFrom('users').select(['id', 'username', 'full_name']).execute()) {
      users.set(r.username, { id: r.id, name: r.full_name });
    }
    // A rule set (not a shipped version) that bars people of the nominating unit at the levels above.
    const strict = { ...ruleSet2024SignOff, version: 'COI-TEST', effectiveFrom: '2099-01-01', effectiveTo: null };
    await t.db
      .insertInto('rule_sets')
      .values({
        version: 'COI-TEST',
        effective_from: '2099-01-01',
        effective_to: null,
        body: JSON.stringify({ ...strict, conflictOfInterest: { excludeOwnUnit: true } }),
      })
      .execute();
    // dp.reviewer also nominates at the CĐCS whose nominations climb to their level.
    await t.db
      .insertInto('user_roles')
      .values({
        user_id: user('dp.reviewer').id,
        unit_id: u.cdcsBvdkDanPhuong,
        role: 'nominator',
        valid_from: '2024-01-01',
      })
      .execute();
    const seed = (
      personKey: string,
      extra: (id: string) => NominationCommand[] = () => [],
      ruleSetVersion = '2024.1',
    ) =>
      seedNomination(store, (id) => [
        sampleSubmitNomination({
          nominationId: id,
          nominatingUnitId: u.cdcsBvdkDanPhuong,
          actor: at(u.cdcsBvdkDanPhuong),
          campaignId: demoCampaignIds.annual2026,
          ruleSetVersion,
          dossier: { ...sampleDossier(), nominee: { ...(sampleDossier().nominee as PersonNominee), personKey } },
          route: ROUTE,
        }),
        {
          type: 'DecideNomination',
          nominationId: id,
          actor: at(u.cdcsBvdkDanPhuong),
          now: '2026-03-02T09:00:00Z',
          decision: 'approve',
          level: 1,
          unitId: u.cdcsBvdkDanPhuong,
        },
        ...extra(id),
      ]);
    const base = (id: string, username: string) => ({ nominationId: id, actor: actor(username, u.ldldDanPhuong) });
    ids.open = await seed('DV-OPEN-1');
    ids.held = await seed('DV-HELD-1', (id) => [
      { type: 'ClaimTask', ...base(id, 'dp.reviewer'), now: '2026-03-02T10:00:00Z' },
    ]);
    ids.heldByChair = await seed('DV-HELD-2', (id) => [
      { type: 'ClaimTask', ...base(id, 'dp.chair'), now: '2026-03-02T10:00:00Z' },
    ]);
    ids.self = await seed(demoPersonKey('dp.reviewer'));
    ids.relative = await seed('DV-REL-1');
    ids.ownUnit = await seed('DV-OWN-1', () => [], 'COI-TEST');
    ids.recused = await seed('DV-REC-1', (id) => [
      {
        type: 'RecuseFromNomination',
        ...base(id, 'dp.chair'),
        now: '2026-03-02T10:00:00Z',
        reason: 'Người được đề nghị là vợ tôi',
      },
    ]);
    const deadline = Date.now() + 10_000;
    while (
      (await t.db.selectFrom('inbox_tasks').select('nomination_id').execute()).length < 7 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  afterAll(() => t?.close());

  const decide = (id: string, username: string) =>
    post(`/api/nominations/${id}/decisions`, username, { decision: 'approve' });
  const inboxIds = async (username: string, query = '') => {
    const res = await get(`/api/inbox${query}`, username);
    expect(res.status).toBe(200);
    return res.body.items as {
      nominationId: string;
      holder: { userId: string; name: string; claimedAt: string } | null;
    }[];
  };

  it('shows who holds each task in the inbox and filters on it', async () => {
    const items = await inboxIds('dp.chair');
    const held = items.find((i) => i.nominationId === ids.held);
    expect(held?.holder).toEqual({
      userId: user('dp.reviewer').id,
      name: 'Phùng Thị Nga',
      claimedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(items.find((i) => i.nominationId === ids.open)?.holder).toBeNull();
    const mine = (await inboxIds('dp.reviewer', '?holder=me')).map((i) => i.nominationId);
    expect(mine).toEqual([ids.held]);
    const unassigned = (await inboxIds('dp.chair', '?holder=unassigned')).map((i) => i.nominationId);
    expect(unassigned).toContain(ids.open);
    expect(unassigned).not.toContain(ids.held);
    const byId = (await inboxIds('dp.chair', `?holder=${user('dp.chair').id}`)).map((i) => i.nominationId);
    expect(byId).toEqual([ids.heldByChair]);
    const bad = await get('/api/inbox?holder=someone', 'dp.chair');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'holder', in: 'query' });
  });

  it('refuses a reviewer a task someone else holds (409 naming the holder), for decisions and steps', async () => {
    const refused = await decide(ids.heldByChair, 'dp.reviewer');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('NOMINATION.TASK_HELD');
    expect(refused.body.detail).toContain('Nhiệm vụ đang do Nguyễn Văn Quang đảm nhận');
    expect(refused.body.detail_en).toContain('held by Nguyễn Văn Quang');
    const step = await post(`/api/nominations/${ids.heldByChair}/appraisal`, 'dp.reviewer', { note: 'x' });
    expect(step.body.code).toBe('NOMINATION.TASK_HELD');
    // That the chair (and the holder) may act is shown end to end, with Temporal (test/tasks.e2e.spec.ts).
  });

  it('refuses acting on a nomination of oneself (403 naming the conflict, Vietnamese first)', async () => {
    for (const path of ['decisions', 'claim', 'appraisal']) {
      const res = await post(
        `/api/nominations/${ids.self}/${path}`,
        'dp.reviewer',
        path === 'decisions' ? { decision: 'approve' } : {},
      );
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CONFLICT_OF_INTEREST.SELF');
    }
    const res = await decide(ids.self, 'dp.reviewer');
    expect(res.body.detail).toBe(
      'Phùng Thị Nga là người được đề nghị khen thưởng trong hồ sơ này; không thể xử lý hồ sơ của chính mình (xung đột lợi ích).',
    );
    expect(res.body.detail_en).toContain('is the nominee of this nomination');
  });

  it('records declared relatives as events and refuses acting on their nominations', async () => {
    const key = `k-${randomUUID()}`;
    const body = { personKey: 'DV-REL-1', fullName: 'Nguyễn Thị Mai', relation: 'em ruột' };
    const declared = await post('/api/me/relatives', 'dp.chair', body, key);
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject(body);
    const again = await post('/api/me/relatives', 'dp.chair', body, key);
    expect(again.body.id).toBe(declared.body.id);
    const duplicate = await post('/api/me/relatives', 'dp.chair', body);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('RELATIVE.ALREADY_EXISTS');
    const invalid = await post('/api/me/relatives', 'dp.chair', { ...body, relation: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe('relation');
    expect((await get('/api/me/relatives', 'dp.chair')).body).toHaveLength(1);
    const events = await store.readStream(`relatives-${user('dp.chair').id}`);
    expect(events.map((e) => [e.type, e.data['personKey'], e.metadata.actor])).toEqual([
      ['RelativeDeclared', 'DV-REL-1', user('dp.chair').id],
    ]);
    const refused = await decide(ids.relative, 'dp.chair');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CONFLICT_OF_INTEREST.RELATIVE');
    expect(refused.body.detail).toBe(
      'Người được đề nghị (Nguyễn Thị Mai) là em ruột của Nguyễn Văn Quang theo khai báo; không thể xử lý hồ sơ này (xung đột lợi ích).',
    );
  });

  it('bars people of the nominating unit above it where the rule set says so, and recused users', async () => {
    const own = await decide(ids.ownUnit, 'dp.reviewer');
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('CONFLICT_OF_INTEREST.OWN_UNIT');
    expect(own.body.detail).toContain('Theo bộ quy tắc COI-TEST');
    const recused = await decide(ids.recused, 'dp.chair');
    expect(recused.status).toBe(403);
    expect(recused.body.code).toBe('CONFLICT_OF_INTEREST.RECUSED');
  });

  it('checks who may assign, to whom, and that an intervention gives a reason', async () => {
    const path = `/api/nominations/${ids.open}/assignment`;
    const byReviewer = await post(path, 'dp.reviewer', { assigneeUserId: user('dp.chair').id });
    expect(byReviewer.status).toBe(403);
    const notApprover = await post(path, 'dp.chair', { assigneeUserId: user('hn.reviewer').id });
    expect(notApprover.status).toBe(422);
    expect(notApprover.body.code).toBe('TASK.ASSIGNEE_NOT_APPROVER');
    const conflicted = await post(`/api/nominations/${ids.self}/assignment`, 'dp.chair', {
      assigneeUserId: user('dp.reviewer').id,
    });
    expect(conflicted.status).toBe(422);
    expect(conflicted.body.code).toBe('TASK.ASSIGNEE_CONFLICTED');
    const noReason = await post(path, 'sysadmin', { assigneeUserId: user('dp.reviewer').id });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', rule: 'required' });
  });

  describe('delegations', () => {
    const create = (username: string, body: object, key?: string) => post('/api/delegations', username, body, key);
    const lend = (extra: object = {}) => ({
      delegateUserId: user('cta.reviewer').id,
      unitId: u.ldldDanPhuong,
      endsAt: '2026-06-20T03:00:00Z',
      reason: 'Nghỉ phép năm',
      ...extra,
    });

    it('refuses nonsense naming the field, and roles the caller does not hold', async () => {
      const self = await create('dp.reviewer', lend({ delegateUserId: user('dp.reviewer').id }));
      expect(self.status).toBe(400);
      expect(self.body.errors[0]).toMatchObject({ field: 'delegateUserId', rule: 'not_self' });
      const backwards = await create(
        'dp.reviewer',
        lend({ startsAt: '2026-06-18T00:00:00Z', endsAt: '2026-06-17T00:00:00Z' }),
      );
      expect(backwards.body.errors[0]).toMatchObject({ field: 'endsAt', rule: 'after_start' });
      const tooLong = await create('dp.reviewer', lend({ endsAt: '2026-10-01T00:00:00Z' }));
      expect(tooLong.body.errors[0]).toMatchObject({ field: 'endsAt', rule: 'max_duration' });
      const past = await create('dp.reviewer', lend({ startsAt: '2026-06-01T00:00:00Z' }));
      expect(past.body.errors[0]).toMatchObject({ field: 'startsAt', rule: 'not_past' });
      const notMine = await create('dp.reviewer', lend({ unitId: u.ldldHaNoi }));
      expect(notMine.status).toBe(403);
    });

    it('lets the delegate see the inbox until it ends, with the delegator’s conflicts; on the record; refuses overlaps', async () => {
      const before = await decide(ids.open, 'cta.reviewer');
      expect(before.status).toBe(403);
      const key = `k-${randomUUID()}`;
      const created = await create('dp.reviewer', lend(), key);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'active',
        roles: ['reviewer'],
        delegate: { name: 'Nguyễn Văn Tâm' },
      });
      expect((await create('dp.reviewer', lend(), key)).body.id).toBe(created.body.id);
      const overlap = await create('dp.reviewer', lend({ delegateUserId: user('dp.chair').id }));
      expect(overlap.status).toBe(409);
      expect(overlap.body.code).toBe('DELEGATION.OVERLAPS');
      const received = await get('/api/delegations', 'cta.reviewer');
      expect(received.body.received.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
      expect((await get('/api/delegations', 'dp.reviewer')).body.given).toHaveLength(1);
      const stream = await store.readStream(`delegation-${created.body.id}`);
      expect(stream.map((e) => [e.type, e.metadata.actor])).toEqual([['DelegationGranted', user('dp.reviewer').id]]);

      expect((await inboxIds('cta.reviewer')).map((i) => i.nominationId)).toContain(ids.open);
      // The delegate reads the nomination; deciding on it is shown end to end (test/tasks.e2e.spec.ts).
      expect((await get(`/api/nominations/${ids.open}`, 'cta.reviewer')).status).toBe(200);
      // Standing in for dp.reviewer, the delegate inherits their conflicts.
      expect((await decide(ids.self, 'cta.reviewer')).body.code).toBe('CONFLICT_OF_INTEREST.SELF');

      now = new Date('2026-06-20T03:00:01Z');
      expect((await inboxIds('cta.reviewer')).map((i) => i.nominationId)).not.toContain(ids.open);
      expect((await decide(ids.open, 'cta.reviewer')).status).toBe(403);
      expect((await get('/api/delegations', 'cta.reviewer')).body.received[0].status).toBe('ended');
      const late = await post(`/api/delegations/${created.body.id}/revoke`, 'dp.reviewer', {});
      expect(late.body.code).toBe('DELEGATION.ENDED');
    });

    it('is revoked early by the delegator only, once', async () => {
      const created = await create('dp.reviewer', lend({ endsAt: '2026-06-25T00:00:00Z' }));
      expect(created.status).toBe(201);
      const path = `/api/delegations/${created.body.id}/revoke`;
      expect((await post(path, 'cta.reviewer', {})).status).toBe(403);
      const key = `k-${randomUUID()}`;
      const revoked = await post(path, 'dp.reviewer', { reason: 'Đi làm lại sớm' }, key);
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ status: 'revoked', revoked: { reason: 'Đi làm lại sớm' } });
      // A retry is the same request: same key, same body (another body with that key is refused).
      expect((await post(path, 'dp.reviewer', { reason: 'Đi làm lại sớm' }, key)).status).toBe(200);
      expect((await post(path, 'dp.reviewer', {}, key)).body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      const again = await post(path, 'dp.reviewer', {});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DELEGATION.ALREADY_REVOKED');
      expect((await decide(ids.open, 'cta.reviewer')).status).toBe(403);
      const stream = await store.readStream(`delegation-${created.body.id}`);
      expect(stream.map((e) => e.type)).toEqual(['DelegationGranted', 'DelegationRevoked']);
    });
  });
});
