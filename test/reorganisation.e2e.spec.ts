import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Issue 4's reorganisation over HTTP on real Temporal: LĐLĐ huyện Đan Phượng is dissolved while a
// nomination waits there; it moves to the new Công đoàn xã, whose chair approves it.
describe('a reorganisation moves a waiting nomination to the successor unit', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const key = (label: string) => `${label}-${randomUUID()}`;
  const TODAY = '2026-06-15'; // the e2e system's clock starts on this day (Vietnam time)
  const REASON = 'Giải thể LĐLĐ huyện Đan Phượng theo Nghị quyết 60-NQ/TW; hồ sơ chuyển về Công đoàn xã Đan Phượng.';

  async function post(as: string, path: string, body: object) {
    return sys.http
      .post(path)
      .set(await sys.as(as))
      .set('Idempotency-Key', key('k'))
      .send(body);
  }

  async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function inboxTask(username: string, nominationId: string) {
    const res = await sys.http.get('/api/inbox').set(await sys.as(username));
    if (res.status !== 200) return undefined;
    return (res.body.items as Array<{ nominationId: string; taskSeq: number; level: number; unitId: string }>).find(
      (t) => t.nominationId === nominationId,
    );
  }

  it('moves the task, the successor’s chair approves, and the timeline says why', async () => {
    // A nomination from the hospital's CĐCS, approved at level 1: it waits at the district.
    const created = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: sampleDossier(),
    });
    expect(created.status).toBe(201);
    const id: string = created.body.nominationId;
    const first = await inboxTask('bvdp.chair', id);
    const approved = await post('bvdp.chair', `/api/nominations/${id}/decisions`, {
      decision: 'approve',
      taskSeq: first?.taskSeq,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.nomination.currentTask).toMatchObject({ level: 2, unitId: demoUnitIds.ldldDanPhuong });

    // The successor and its chair.
    const commune = await post('sysadmin', '/api/admin/units', {
      code: 'HN-XDP',
      name: 'Công đoàn xã Đan Phượng',
      kind: 'CD_XA_PHUONG',
      parentId: demoUnitIds.ldldHaNoi,
      effectiveFrom: '2025-07-01',
      reason: 'Thành lập theo Đề án sắp xếp tổ chức công đoàn.',
    });
    expect(commune.status).toBe(201);
    const communeId: string = commune.body.unit.id;
    const chair = await post('sysadmin', '/api/admin/users', {
      username: 'xdp.chair',
      fullName: 'Ngô Thị Mai',
      initialPassword: 'Mat-khau-ban-dau-2026',
      roles: [{ role: 'chair', unitId: communeId }],
      reason: 'Chủ tịch Công đoàn xã theo Quyết định 12/QĐ-LĐLĐ.',
    });
    expect(chair.status).toBe(201);
    const login = await sys.http
      .post('/api/auth/login')
      .send({ username: 'xdp.chair', password: 'Mat-khau-ban-dau-2026' })
      .expect(200);
    // An administrator-set password is replaced at first login before anything else.
    const changed = await sys.http
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ currentPassword: 'Mat-khau-ban-dau-2026', newPassword: 'Song-Hong-phu-sa-2026' })
      .expect(200);
    const asChair = { Authorization: `Bearer ${changed.body.accessToken}` };

    // Dissolve the district from today: 202 and a reorganisation to follow.
    const dissolved = await post('sysadmin', `/api/admin/units/${demoUnitIds.ldldDanPhuong}/dissolution`, {
      effectiveFrom: TODAY,
      successorId: communeId,
      reason: REASON,
    });
    expect(dissolved.status).toBe(202);
    const href: string = dissolved.body.reorganisation.href;
    const done = await waitFor('the moves', async () => {
      const res = await sys.http.get(href).set(await sys.as('sysadmin'));
      return res.body.status === 'completed' || res.body.status === 'completed_with_failures' ? res.body : undefined;
    });
    expect(done).toMatchObject({ status: 'completed', counts: { moved: 1, failed: 0, pending: 0 } });

    // The task is the commune's now: in its chair's inbox, and the district's chair lost the role.
    const moved = await waitFor('the moved task', async () => {
      const res = await sys.http.get('/api/inbox').set(asChair).expect(200);
      return (res.body.items as Array<{ nominationId: string; taskSeq: number; level: number; unitId: string }>).find(
        (t) => t.nominationId === id,
      );
    });
    expect(moved).toMatchObject({ level: 2, unitId: communeId, taskSeq: first ? first.taskSeq + 1 : 2 });
    // The successor's chair is told the task arrived.
    const told = await waitFor('the new-task notification', async () => {
      const res = await sys.http.get('/api/notifications').set(asChair).expect(200);
      return (res.body.items as Array<{ nominationId: string; kind: string; titleVi: string }>).find(
        (n) => n.nominationId === id && n.kind === 'new_task',
      );
    });
    expect(told?.titleVi).toContain('chuyển đến đơn vị');
    // The auditors' past inbox of the successor (folded from the events) holds the moved task too.
    const pastInbox = await sys.http
      .get(`/api/audit/units/${communeId}/inbox-as-of`)
      .query({ at: new Date().toISOString() })
      .set(await sys.as('tld.auditor'))
      .expect(200);
    expect((pastInbox.body.tasks as Array<{ nominationId: string }>).map((t) => t.nominationId)).toContain(id);
    const stale = await post('dp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' });
    expect(stale.status).toBe(403);

    const decided = await sys.http
      .post(`/api/nominations/${id}/decisions`)
      .set(asChair)
      .set('Idempotency-Key', key('decide'))
      .send({ decision: 'approve', taskSeq: moved.taskSeq });
    expect(decided.status).toBe(200);
    expect(decided.body.nomination.currentTask).toMatchObject({ level: 3, unitId: demoUnitIds.ldldHaNoi });
    expect(decided.body.nomination.route.map((s: { unitId: string }) => s.unitId)).toEqual([
      demoUnitIds.cdcsBvdkDanPhuong,
      communeId,
      demoUnitIds.ldldHaNoi,
      demoUnitIds.tongLdld,
    ]);

    const timeline = await sys.http
      .get(`/api/audit/nominations/${id}/timeline`)
      .set(await sys.as('tld.auditor'))
      .expect(200);
    const entries = (timeline.body.events ?? timeline.body.entries ?? timeline.body.items) as Array<{
      type: string;
      reason: string | null;
      description: string;
    }>;
    const rerouted = entries.find((e) => e.type === 'NominationRerouted');
    expect(rerouted).toMatchObject({ reason: REASON });
    // The auditors read the new unit by name, not by its id.
    expect(rerouted?.description).toContain('Công đoàn xã Đan Phượng');
    expect(rerouted?.description).not.toContain(communeId);

    // A retry moves nothing twice: the Update id is per reorganisation and nomination.
    const retried = await sys.http
      .post(`${href}/retry`)
      .set(await sys.as('sysadmin'))
      .expect(202);
    expect(retried.body.id).toBe(dissolved.body.reorganisation.id);
    const after = await waitFor('the retry', async () => {
      const res = await sys.http.get(href).set(await sys.as('sysadmin'));
      return res.body.status === 'running' ? undefined : res.body;
    });
    expect(after.counts).toMatchObject({ moved: 1, failed: 0 });
    const events = await sys.store.readStream(nominationStreamId(id));
    expect(events.filter((e) => e.type === 'NominationRerouted')).toHaveLength(1);
  });
});
