import { randomUUID } from 'node:crypto';
import { demoUnitIds } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

describe('auditors read every aggregate: timeline, as-of and chain check of a calendar year and a campaign', () => {
  let t: ApiTestContext;
  let now = new Date('2026-06-15T03:00:00Z');
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => now });
  });
  afterAll(() => t.close());

  it('shows the calendar year from its seeded days, each change in both languages, and the state between', async () => {
    const admin = await auth('sysadmin');
    const day = { kind: 'makeup_workday', nameVi: 'Làm bù ngày 29/06/2026', nameEn: 'Make-up for 29 June 2026' };
    expect((await t.http.put('/api/admin/calendar/2026-06-20').set(admin).send(day)).status).toBe(200);
    now = new Date('2026-06-15T03:05:00Z');
    expect((await t.http.delete('/api/admin/calendar/2026-06-20').set(admin)).status).toBe(204);

    const auditor = await auth('tld.auditor');
    const timeline = await t.http.get('/api/audit/streams/working-calendar-2026/timeline').set(auditor);
    expect(timeline.status).toBe(200);
    const lines = timeline.body.events.map((e: { type: string; description: string; descriptionEn: string }) => [
      e.type,
      e.description,
      e.descriptionEn,
    ]);
    expect(lines[0][0]).toBe('WorkingCalendarRecorded');
    expect(lines[0][1]).toMatch(/^Ghi nhận lịch năm 2026 đã có từ trước \(\d+ ngày khác ngày thường\)$/);
    expect(lines.slice(1)).toEqual([
      [
        'WorkingCalendarDaySet',
        'Đặt ngày 20/06/2026 là ngày làm bù "Làm bù ngày 29/06/2026"',
        '20/06/2026 set as make-up working day "Make-up for 29 June 2026"',
      ],
      [
        'WorkingCalendarDayCleared',
        'Bỏ ngày làm bù ngày 20/06/2026: trở lại ngày thường',
        'make-up working day on 20/06/2026 removed: an ordinary day again',
      ],
    ]);
    expect(timeline.body.events[1].actor).toMatchObject({ name: 'Lê Minh Tuấn' });

    const between = await t.http
      .get('/api/audit/streams/working-calendar-2026/as-of')
      // recorded_at has microseconds and the timeline milliseconds: one more millisecond is still before the next.
      .query({ at: new Date(Date.parse(timeline.body.events[1].recordedAt) + 1).toISOString() })
      .set(auditor);
    expect(between.status).toBe(200);
    expect(between.body.version).toBe(2);
    expect(between.body.state.days['2026-06-20']).toMatchObject({ kind: 'makeup_workday' });
    const after = await t.http
      .get('/api/audit/streams/working-calendar-2026/as-of')
      .query({ at: '2099-01-01T00:00:00Z' })
      .set(auditor);
    expect(after.body.state.days['2026-06-20']).toBeUndefined();
    const before = await t.http
      .get('/api/audit/streams/working-calendar-2026/as-of')
      .query({ at: '2000-01-01T00:00:00+07:00' })
      .set(auditor);
    expect(before.status).toBe(404);
    expect(before.body.detail).toBe('Chưa có sự kiện nào của lịch làm việc lúc 01/01/2000 00:00 (giờ Việt Nam).');

    const verify = await t.http.get('/api/audit/streams/working-calendar-2026/verify').set(auditor);
    expect(verify.body).toMatchObject({ streamId: 'working-calendar-2026', ok: true, eventsChecked: 3 });
  });

  it('records a seeded campaign before its first change, and refuses streams it does not own or users it does not serve', async () => {
    const campaign = demoCampaignIds.annual2026;
    const changed = await t.http
      .patch(`/api/admin/campaigns/${campaign}`)
      .set(await auth('sysadmin'))
      .send({ name: 'Thi đua thường niên năm 2026 (sửa tên)' });
    expect(changed.status).toBe(200);
    const auditor = await auth('tld.auditor');
    const timeline = await t.http.get(`/api/audit/streams/campaign-${campaign}/timeline`).set(auditor);
    expect(timeline.body.events.map((e: { type: string }) => e.type)).toEqual(['CampaignRecorded', 'CampaignChanged']);
    expect(timeline.body.events[1].description).toMatch(
      /^Sửa đợt thi đua "Thi đua thường niên năm 2026 \(sửa tên\)": tên; nay từ /,
    );

    const nomination = await t.http.get('/api/audit/streams/nomination-1/timeline').set(auditor);
    expect(nomination.status).toBe(400);
    expect(nomination.body.errors[0]).toMatchObject({ field: 'streamId', in: 'path' });
    const missing = await t.http.get('/api/audit/streams/delegation-none/timeline').set(auditor);
    expect(missing.status).toBe(404);
    const notAuditor = await t.http
      .get('/api/audit/streams/working-calendar-2026/timeline')
      .set(await auth('cb.admin'));
    expect(notAuditor.status).toBe(403);
  });

  it('reads a seeded account: recorded from its rows, then a grant and its revocation, folded and verified', async () => {
    const admin = await auth('sysadmin');
    const { body: list } = await t.http.get('/api/admin/users?q=hv.nominator').set(admin).expect(200);
    const id = list.items[0].id as string;
    const change = async (path: string, key: string) =>
      t.http
        .post(`/api/admin/users/${id}/${path}`)
        .set(await auth('sysadmin'))
        .set('Idempotency-Key', key)
        .send({ role: 'reviewer', unitId: list.items[0].roles[0].unitId, reason: 'Phân công thẩm định.' });
    now = new Date('2026-06-15T03:10:00Z');
    expect((await change('roles', 'audit-grant-1')).status).toBe(200);
    now = new Date('2026-06-15T03:20:00Z');
    expect((await change('roles/revocation', 'audit-revoke-1')).status).toBe(200);

    const auditor = await auth('tld.auditor');
    const timeline = await t.http.get(`/api/audit/streams/user-${id}/timeline`).set(auditor);
    expect(timeline.status).toBe(200);
    const events = timeline.body.events as { type: string; description: string; descriptionEn: string }[];
    expect(events.map((e) => e.type)).toEqual(['UserRecorded', 'UserRoleGranted', 'UserRoleRevoked']);
    expect(events[1]?.description).toMatch(/^Cấp vai trò Chuyên viên thẩm định tại đơn vị .+ từ 15\/06\/2026 10:10$/);
    expect(events[2]?.descriptionEn).toMatch(/^Role Reviewer at unit .+ ended at 15\/06\/2026 10:20$/);

    const between = await t.http
      .get(`/api/audit/streams/user-${id}/as-of`)
      // As of when the grant was stored (recorded_at, microseconds): just after it, before the revocation.
      .query({ at: new Date(Date.parse(timeline.body.events[1].recordedAt) + 1).toISOString() })
      .set(auditor);
    expect(between.status).toBe(200);
    expect(between.body.state.grants).toContainEqual(
      expect.objectContaining({ role: 'reviewer', validFrom: '2026-06-15T03:10:00.000Z', validTo: null }),
    );
    const verify = await t.http.get(`/api/audit/streams/user-${id}/verify`).set(auditor);
    expect(verify.body).toMatchObject({ ok: true, eventsChecked: 3 });
  });

  it('names units, users, awards and campaigns in every line people read, with Vietnam time dd/mm/yyyy HH:mm', async () => {
    const admin = await auth('sysadmin');
    const post = (path: string, body: object) =>
      t.http.post(path).set(admin).set('Idempotency-Key', randomUUID()).send(body);
    const created = await post('/api/admin/units', {
      code: 'HN-XDP',
      name: 'Công đoàn xã Đan Phượng',
      kind: 'CD_XA_PHUONG',
      parentId: demoUnitIds.ldldHaNoi,
      effectiveFrom: '2026-06-01',
      reason: 'Thành lập theo Quyết định 1234/QĐ-LĐLĐ.',
    });
    expect(created.status).toBe(201);
    const unitId = created.body.unit.id as string;
    const { body: list } = await t.http.get('/api/admin/users?q=dp.chair').set(admin).expect(200);
    const userId = list.items[0].id as string;
    now = new Date('2026-06-15T03:30:00Z');
    const granted = await post(`/api/admin/users/${userId}/roles`, {
      role: 'reviewer',
      unitId,
      reason: 'Phân công thẩm định.',
    });
    expect(granted.status).toBe(200);
    const bucketKey = `GK|unit:${demoUnitIds.ldldDanPhuong}|year:2026`;
    const quota = await t.http
      .put(`/api/admin/campaigns/${demoCampaignIds.annual2026}/quotas/${encodeURIComponent(bucketKey)}`)
      .set(admin)
      .send({ limit: 9, reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.' });
    expect(quota.status).toBe(200);

    const auditor = await auth('tld.auditor');
    const lines = async (streamId: string) => {
      const res = await t.http.get(`/api/audit/streams/${streamId}/timeline`).set(auditor);
      expect(res.status).toBe(200);
      return (res.body.events as { description: string }[]).map((e) => e.description);
    };
    const unit = await lines(`unit-${unitId}`);
    expect(unit[0]).toBe(
      'Thành lập đơn vị "Công đoàn xã Đan Phượng" (HN-XDP) trực thuộc Liên đoàn Lao động thành phố Hà Nội từ 01/06/2026',
    );
    const user = await lines(`user-${userId}`);
    expect(user.at(-1)).toBe(
      'Cấp vai trò Chuyên viên thẩm định tại đơn vị Công đoàn xã Đan Phượng từ 15/06/2026 10:30',
    );
    const quotas = await lines(`quota-${demoCampaignIds.annual2026}`);
    expect(quotas.at(-1)).toMatch(
      /^Đặt chỉ tiêu Giấy khen .*tại đơn vị Liên đoàn Lao động huyện Đan Phượng, năm 2026 là 9.*: Bổ sung chỉ tiêu theo Công văn 123\/TLĐ\.$/,
    );
    const campaign = await lines(`campaign-${demoCampaignIds.annual2026}`);
    // No code, id or machine stamp in any of them.
    for (const line of [...unit, ...user, ...quotas, ...campaign])
      expect(line).not.toMatch(
        /\b(GK|BK_[A-Z]+)\b|ldld-|cdcs-|cd-|[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}|\d{2}:\d{2} \d{2}\//,
      );
  });
});
