import { randomUUID } from 'node:crypto';
import { demoOrgTree, demoUnitIds as u, sampleAttachment, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { codeNames } from './problem-names';
import { leaks, type NameBook } from './vietnamese-text';

// Walks refusals the API answers before any workflow runs (no Temporal here) and checks that what a
// person reads — `detail` and each field message — names units, roles, awards, attachment kinds and
// campaigns and writes times in Vietnam time, while `code` and the extension members stay machine-readable.

describe('refusals read in Vietnamese with names', () => {
  let t: ApiTestContext;
  let book: NameBook;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-02-16T03:00:00Z') });
    const campaigns = await t.db.selectFrom('campaigns').select(['id', 'name']).execute();
    book = {
      codes: codeNames(),
      ids: new Map([
        ...demoOrgTree.units.map((unit): [string, string] => [unit.id, unit.name]),
        ...campaigns.map((c): [string, string] => [c.id, c.name]),
      ]),
    };
  });
  afterAll(() => t?.close());

  const create = async (body: object, username = 'bvdp.nominator') =>
    t.http
      .post('/api/nominations')
      .set(await auth(username))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
        ...body,
      });

  it('no refusal leaks a code, an id or an ISO stamp; the machine members are unchanged', async () => {
    const forbidden = await create({}, 'snv.nominator');
    const notOpen = await create({ campaignId: demoCampaignIds.gioiViecNuoc2026, awardCode: 'GK' });
    const notOffered = await create({ campaignId: demoCampaignIds.gioiViecNuoc2026 });
    const missing = await create({ dossier: { ...sampleDossier(), attachments: [sampleAttachment('TO_TRINH')] } });
    const route = await create({ awardCode: 'CO_TINH' });
    const auditOnly = await t.http.get('/api/audit/anomalies').set(await auth('bvdp.nominator'));
    const weekday = await t.http
      .put('/api/admin/calendar/2026-06-17')
      .set(await auth('sysadmin'))
      .send({ kind: 'makeup_workday', nameVi: 'Làm bù', nameEn: 'Make-up' });
    const answers = [forbidden, notOpen, notOffered, missing, route, auditOnly, weekday];

    expect(answers.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'AUTH.FORBIDDEN'],
      [422, 'CAMPAIGN.NOT_OPEN'],
      [422, 'CAMPAIGN.AWARD_NOT_OFFERED'],
      [422, 'NOMINATION.MISSING_ATTACHMENTS'],
      [422, expect.stringMatching(/^ROUTE\./)],
      [403, 'AUTH.FORBIDDEN'],
      [400, 'CALENDAR.INVALID_DAY'],
    ]);
    for (const { body } of answers) {
      const texts = [body.title, body.detail, ...(body.errors ?? []).map((e: { message: string }) => e.message)];
      for (const text of texts)
        expect({ code: body.code, text, leaks: leaks(text, book) }).toMatchObject({ leaks: [] });
    }

    expect(forbidden.body.detail).toBe(
      'Bạn không có vai trò Cán bộ đề nghị tại đơn vị Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng.',
    );
    expect(forbidden.body).toMatchObject({ unitId: u.cdcsBvdkDanPhuong, requiredRoles: ['nominator'] });
    expect(notOpen.body).toMatchObject({ opensOn: '2026-03-01', today: '2026-02-16' });
    expect(notOpen.body.detail).toContain('01/03/2026');
    expect(missing.body.detail).toContain('Báo cáo thành tích');
    expect(missing.body.missing).toContain('BAO_CAO_THANH_TICH');
    expect(weekday.body.detail).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 17/06/2026 là thứ Tư.');
  });
});
