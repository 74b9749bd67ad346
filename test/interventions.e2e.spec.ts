import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Administrators' interventions over HTTP with the real worker: each one an event with the operator and reason.
describe('administrators’ interventions', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const projected = (res: { status: number; body: { nominationId: string } }) => sys.projected(res);

  const post = (username: string, path: string, body: object, key?: string) => sys.post(username, path, body, key);

  async function nominate(fullName: string, awardCode = 'BK_TLD', campaignId: string = demoCampaignIds.annual2026) {
    const dossier = sampleDossier();
    const res = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode,
      campaignId,
      dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `P-${randomUUID()}` } },
    });
    return projected(res);
  }

  const approveAtLevel1 = async (id: string) =>
    expect((await post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' })).status).toBe(200);
  const eventsOf = (id: string) => sys.store.readStream(nominationStreamId(id));
  const last = async (id: string, type: string) => (await eventsOf(id)).filter((e) => e.type === type).at(-1);

  it('reminds, returns to the nominating unit and cancels, each recorded with the operator and the reason', async () => {
    const id = await nominate('Phạm Thị Nhắc');
    await approveAtLevel1(id);

    const reminded = await post('sysadmin', `/api/admin/nominations/${id}/reminder`, {
      reason: 'Đề nghị xử lý trước ngày họp.',
    });
    expect(reminded.status).toBe(200);
    const reminder = await last(id, 'NominationTaskReminded');
    expect(reminder?.metadata).toMatchObject({ actorName: 'Lê Minh Tuấn', reason: 'Đề nghị xử lý trước ngày họp.' });
    expect(reminder?.data).toMatchObject({ level: 2, unitId: demoUnitIds.ldldDanPhuong, kind: 'review' });
    // The notifications projection tells the task's holders (LĐLĐ Đan Phượng's reviewer and chair).
    const inbox = async (username: string) =>
      (await sys.http.get('/api/notifications').set(await sys.as(username))).body.items as Array<{
        kind: string;
        nominationId: string;
        titleVi: string;
      }>;
    // The projection runs asynchronously: wait (bounded) for it.
    const seen = async () => (await inbox('dp.chair')).some((n) => n.titleVi.startsWith('Nhắc việc từ quản trị'));
    for (let i = 0; i < 100 && !(await seen()); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await inbox('dp.chair')).filter((n) => n.nominationId === id && n.kind === 'reminder')).toHaveLength(1);
    expect((await inbox('dp.reviewer')).some((n) => n.nominationId === id && n.kind === 'reminder')).toBe(true);

    const returned = await post('sysadmin', `/api/admin/nominations/${id}/force-return`, {
      reason: 'Bổ sung theo kết luận thanh tra.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.nomination).toMatchObject({
      status: 'RETURNED',
      currentTask: { kind: 'revision', unitId: demoUnitIds.cdcsBvdkDanPhuong },
    });
    expect((await last(id, 'NominationForceReturned'))?.metadata).toMatchObject({
      actorName: 'Lê Minh Tuấn',
      reason: 'Bổ sung theo kết luận thanh tra.',
    });
    const again = await post('sysadmin', `/api/admin/nominations/${id}/force-return`, { reason: 'Lần nữa.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOMINATION.ALREADY_AT_NOMINATING_UNIT');

    const cancelled = await post('sysadmin', `/api/admin/nominations/${id}/cancellation`, {
      reason: 'Hồ sơ trùng lặp.',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.nomination).toMatchObject({
      status: 'CANCELLED',
      statusLabel: { vi: 'Đã hủy', en: 'Cancelled' },
      currentTask: null,
    });
    expect((await last(id, 'NominationCancelled'))?.metadata).toMatchObject({ reason: 'Hồ sơ trùng lặp.' });
    const late = await post('sysadmin', `/api/admin/nominations/${id}/reminder`, { reason: 'Muộn.' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('NOMINATION.ALREADY_FINAL');
  });

  it('a unit admin acts only within their subtree; approvers are not administrators', async () => {
    const id = await nominate('Hoàng Văn Phạm Vi');
    const outside = await post('cb.admin', `/api/admin/nominations/${id}/cancellation`, { reason: 'Không thuộc.' });
    expect(outside.status).toBe(403);
    const approver = await post('bvdp.chair', `/api/admin/nominations/${id}/cancellation`, { reason: 'Không.' });
    expect(approver.status).toBe(403);
    const noReason = await post('sysadmin', `/api/admin/nominations/${id}/cancellation`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toContainEqual(expect.objectContaining({ field: 'reason' }));
  });

  it('cancel releases the quota slots the nomination held, as a rejection does', async () => {
    const id = await nominate('Vũ Thị Chỉ Tiêu', 'BK_CD', demoCampaignIds.gioiViecNuoc2026);
    const step = (name: string) => `/api/nominations/${id}/${name}`;
    const council = {
      membersTotal: 7,
      present: 5,
      votesFor: 4,
      votesAgainst: 1,
      abstentions: 0,
      writtenFor: 1,
      writtenAgainst: 0,
    };
    const pass = async (reviewer: string, chair: string, intake: boolean) => {
      if (intake) expect((await post(reviewer, step('intake'), { complete: true })).status).toBe(200);
      expect((await post(reviewer, step('appraisal'), {})).status).toBe(200);
      expect((await post(chair, step('vote'), council)).status).toBe(200);
      const res = await post(chair, step('decisions'), { decision: 'approve', decisionNumber: '1/TTr' });
      expect(res.status).toBe(200);
    };
    await pass('bvdp.reviewer', 'bvdp.chair', false);
    await pass('dp.reviewer', 'dp.chair', true);
    await pass('hn.reviewer', 'hn.chair', true); // Hà Nội forwards: the unit quota's slot is taken
    const bucket = `BK_CD|unit:${demoUnitIds.ldldHaNoi}|theme:GVN-DVN-2026`;
    const used = async () =>
      (await sql<{ used: number }>`select used from quota_usage where bucket_key = ${bucket}`.execute(sys.database.db))
        .rows[0]?.used;
    const held = async () =>
      (
        await sys.database.db
          .selectFrom('quota_reservations')
          .select('bucket_key')
          .where('nomination_id', '=', id)
          .execute()
      ).length;
    expect(await used()).toBe(1);
    expect(await held()).toBe(1);

    const cancelled = await post('sysadmin', `/api/admin/nominations/${id}/cancellation`, {
      reason: 'Đợt thi đua điều chỉnh đối tượng.',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.nomination.status).toBe('CANCELLED');
    expect(await used()).toBe(0);
    expect(await held()).toBe(0);
  });
});
