import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, sampleDossier, type PersonNominee } from '@vinhdanh/domain';
import { demoCampaignIds, demoPersonKey } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Issue 5 over HTTP with the real worker: who holds a task (claim, assign, reassign, an
// administrator's intervention), a delegate acting for a colleague on leave (actor + onBehalfOf on
// the event) until the delegation ends, conflicts of interest and recusal. Route: CĐCS BVĐK Đan
// Phượng → LĐLĐ huyện Đan Phượng → LĐLĐ TP Hà Nội → Tổng LĐLĐ (annual campaign, one sign-off per level).
describe('approvers: task holders, delegation, conflicts of interest', () => {
  let sys: E2eSystem;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    sys = await startE2eSystem();
    const rows = await sys.database.db.selectFrom('users').select(['id', 'username']).execute();
    for (const r of rows) ids.set(r.username, r.id);
  });
  afterAll(() => sys?.close());

  const idOf = (username: string) => ids.get(username) ?? '';
  const post = async (username: string, path: string, body: object, key = `k-${randomUUID()}`) =>
    sys.http
      .post(path)
      .set(await sys.as(username))
      .set('Idempotency-Key', key)
      .send(body);
  const act = (username: string, id: string, what: string, body: object = {}) =>
    post(username, `/api/nominations/${id}/${what}`, body);
  const approve = (username: string, id: string) => act(username, id, 'decisions', { decision: 'approve' });
  const inboxItem = async (username: string, id: string, query = '') => {
    const res = await sys.http.get(`/api/inbox${query}`).set(await sys.as(username));
    expect(res.status).toBe(200);
    return (res.body.items as { nominationId: string; holder: { userId: string; name: string } | null }[]).find(
      (i) => i.nominationId === id,
    );
  };

  /** A nomination forwarded by its CĐCS: it waits at LĐLĐ huyện Đan Phượng (level 2). */
  async function atDistrict(personKey = `DV-${randomUUID()}`): Promise<string> {
    const dossier = sampleDossier();
    const nominee = { ...(dossier.nominee as PersonNominee), personKey };
    const created = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee },
    });
    expect([201, 202]).toContain(created.status); // 202: the read model had not caught up within the wait
    const id = created.body.nominationId as string;
    await until(async () => (await inboxItem('bvdp.chair', id)) !== undefined);
    expect((await approve('bvdp.chair', id)).status).toBe(200);
    return id;
  }

  async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the read model');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const types = (res: { body: { outcome: { events: { type: string }[] } } }) =>
    res.body.outcome.events.map((e) => e.type);

  it('claims, reassigns and intervenes; the inbox shows who holds the task; a delegate acts on behalf', async () => {
    const id = await atDistrict();
    const claimed = await act('dp.reviewer', id, 'claim');
    expect(claimed.status).toBe(200);
    expect(types(claimed)).toEqual(['NominationTaskClaimed']);
    expect((await inboxItem('dp.chair', id))?.holder).toMatchObject({
      userId: idOf('dp.reviewer'),
      name: 'Phùng Thị Nga',
    });
    expect(await inboxItem('dp.reviewer', id, '?holder=me')).toBeDefined();

    const taken = await act('dp.chair', id, 'claim');
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('NOMINATION.TASK_HELD');
    expect(taken.body.detail).toContain('Phùng Thị Nga');

    const reassigned = await act('dp.chair', id, 'assignment', {
      assigneeUserId: idOf('dp.chair'),
      reason: 'Tôi xử lý',
    });
    expect(types(reassigned)).toEqual(['NominationTaskReassigned']);
    expect((await inboxItem('dp.reviewer', id))?.holder?.name).toBe('Nguyễn Văn Quang');
    const byReviewer = await approve('dp.reviewer', id);
    expect(byReviewer.status).toBe(409);
    expect(byReviewer.body.code).toBe('NOMINATION.TASK_HELD');
    // The chair decides whoever holds the task; the next level's task is held by nobody.
    expect((await act('dp.chair', id, 'assignment', { assigneeUserId: idOf('dp.reviewer') })).status).toBe(200);
    // (The deadline ladder adds NominationTaskDueSet for the new task.)
    expect(types(await approve('dp.chair', id)).slice(0, 2)).toEqual(['NominationForwarded', 'NominationReviewOpened']);
    expect((await inboxItem('hn.chair', id))?.holder).toBeNull();

    // A system admin intervenes at LĐLĐ TP Hà Nội, with a reason.
    const noReason = await act('sysadmin', id, 'assignment', { assigneeUserId: idOf('hn.reviewer') });
    expect(noReason.status).toBe(400);
    const intervened = await act('sysadmin', id, 'assignment', {
      assigneeUserId: idOf('hn.reviewer'),
      reason: 'Hồ sơ chưa ai nhận sau 5 ngày',
    });
    expect(types(intervened)).toEqual(['NominationTaskAssigned']);

    // hn.reviewer goes on leave: Nguyễn Văn Tâm stands in and decides; the event says for whom.
    const delegation = await post('hn.reviewer', '/api/delegations', {
      delegateUserId: idOf('cta.reviewer'),
      unitId: u.ldldHaNoi,
      endsAt: '2026-07-15T00:00:00Z',
      reason: 'Nghỉ phép năm',
    });
    expect(delegation.status).toBe(201);
    expect(await inboxItem('cta.reviewer', id)).toBeDefined();
    const byDelegate = await approve('cta.reviewer', id);
    expect(byDelegate.status).toBe(200);
    const events = await sys.store.readStream(nominationStreamId(id));
    const forwarded = events.filter((e) => e.type === 'NominationForwarded').at(-1);
    expect(forwarded?.metadata).toMatchObject({ actor: idOf('cta.reviewer'), onBehalfOf: idOf('hn.reviewer') });
    const assigned = events.find((e) => e.type === 'NominationTaskAssigned');
    expect(assigned?.data).toMatchObject({ intervention: true, reason: 'Hồ sơ chưa ai nhận sau 5 ngày' });
    expect(assigned?.metadata).toMatchObject({ actor: idOf('sysadmin') });
    const timeline = await sys.http.get(`/api/audit/nominations/${id}/timeline`).set(await sys.as('tld.auditor'));
    expect(JSON.stringify(timeline.body)).toContain(idOf('hn.reviewer'));

    // hn.reviewer is back early: revoked, so it lends nothing any more.
    const revoked = await post('hn.reviewer', `/api/delegations/${delegation.body.id as string}/revoke`, {});
    expect(revoked.body.status).toBe('revoked');

    // A short delegation at Tổng LĐLĐ: the delegate acts only until it ends (the API clock, each request).
    const apiNow = Date.parse(delegation.body.createdAt as string);
    const offset = apiNow - Date.now();
    const endsAt = new Date(Date.now() + offset + 4000);
    const short = await post('tld.reviewer', '/api/delegations', {
      delegateUserId: idOf('cta.reviewer'),
      unitId: u.tongLdld,
      endsAt: endsAt.toISOString(),
      reason: 'Đi công tác',
    });
    expect(short.status).toBe(201);
    expect(await inboxItem('cta.reviewer', id)).toBeDefined();
    await new Promise((r) => setTimeout(r, Math.max(0, endsAt.getTime() - offset - Date.now()) + 500));
    expect(await inboxItem('cta.reviewer', id)).toBeUndefined();
    const late = await act('cta.reviewer', id, 'decisions', { decision: 'approve', decisionNumber: '9/QĐ-TLĐ' });
    expect(late.status).toBe(403);
    expect(late.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses the nominee and a declared relative; a recusal is an event and the user is then refused', async () => {
    // The nominee is dp.chair himself; dp.reviewer declared him as her husband.
    const declared = await post('dp.reviewer', '/api/me/relatives', {
      personKey: demoPersonKey('dp.chair'),
      fullName: 'Nguyễn Văn Quang',
      relation: 'chồng',
    });
    expect(declared.status).toBe(201);
    const own = await atDistrict(demoPersonKey('dp.chair'));
    const self = await approve('dp.chair', own);
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('CONFLICT_OF_INTEREST.SELF');
    expect(self.body.title).toBeDefined();
    const relative = await approve('dp.reviewer', own);
    expect(relative.status).toBe(403);
    expect(relative.body.code).toBe('CONFLICT_OF_INTEREST.RELATIVE');
    expect(relative.body.detail).toContain('là chồng của Phùng Thị Nga');

    const id = await atDistrict();
    expect((await act('dp.reviewer', id, 'claim')).status).toBe(200);
    const recused = await act('dp.reviewer', id, 'recusal', { reason: 'Người được đề nghị là em họ của tôi' });
    expect(recused.status).toBe(200);
    expect(types(recused)).toEqual(['NominationRecused']);
    expect((await inboxItem('dp.chair', id))?.holder).toBeNull();
    const events = await sys.store.readStream(nominationStreamId(id));
    expect(events.find((e) => e.type === 'NominationRecused')).toMatchObject({
      type: 'NominationRecused',
      data: { reason: 'Người được đề nghị là em họ của tôi', releasedTaskSeq: 2 },
      metadata: { actor: idOf('dp.reviewer') },
    });
    const after = await approve('dp.reviewer', id);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('CONFLICT_OF_INTEREST.RECUSED');
    // The workflow's own decider refuses too (release has no API-side check).
    const release = await act('dp.reviewer', id, 'release');
    expect(release.status).toBe(403);
    expect(release.body.code).toBe('NOMINATION.RECUSED');
    // A colleague carries on.
    expect((await approve('dp.chair', id)).status).toBe(200);
  });
});
