import { randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Locator, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import {
  APP,
  goTo,
  logInApp,
  mainText,
  openViewport,
  pageWidths,
  pick,
  snap,
  typeDate,
  unlabelledControls,
  useBrowserSystem,
  VIEWPORTS,
} from './browser';
import type { E2eSystem } from '../support/e2e-system';

/** Codes, ids and machine stamps: none may reach a screen. */
const LEAKS =
  /\b(GK|BK_[A-Z]+)\b|ldld-|cdcs-|cd-[a-z]|[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}|Nomination[A-Z]|Unit[A-Z]/;
/** A time as people read it here: dd/mm/yyyy HH:mm. */
const VN_TIME = /\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

/** The message Ant Design shows under the form field labelled `label` inside `scope`. */
const errorUnder = (scope: Locator, label: string) =>
  scope
    .locator('.ant-form-item')
    // A `has` locator is matched inside each form item, so it starts from the page, not from `scope`.
    .filter({ has: scope.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

// The administrators' editors of the React app against the real system (the journeys of the old
// app's admin-editors and units editor): a campaign whose cut-off the server refuses under its field,
// a quota override with its reason, a make-up day refused on a weekday, a role granted and revoked
// and an account locked and unlocked, a unit created, renamed and dissolved with the moves' progress;
// then an auditor reads those changes' histories with names and Vietnam time. Desktop and phone;
// screenshots in test-artifacts/web/react-*-editors-*.
describe('the React app: administrators’ editors and the audit of their changes', () => {
  beforeAll(() => ensureWebBuilt(), 300_000);
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));
  const [desktop, phone] = VIEWPORTS;
  // A quota the administrators then change on screen (a fresh system has no bucket until one is used).
  const BUCKET = `GK|unit:${demoUnitIds.ldldCaoBang}|year:2026`;
  beforeAll(async () => {
    const res = await sys.http
      .put(`/api/admin/campaigns/${demoCampaignIds.annual2026}/quotas/${encodeURIComponent(BUCKET)}`)
      .set(await sys.as('sysadmin'))
      .send({ limit: 5, reason: 'Chỉ tiêu giao đầu năm.' });
    if (res.status !== 200) throw new Error(`quota: ${res.status} ${JSON.stringify(res.body)}`);
  });
  const shot = (page: Page, name: string) => snap(page, `react-${name}`);

  async function get<T>(username: string, path: string): Promise<T> {
    const res = await sys.http.get(path).set(await sys.as(username));
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  async function signedIn(viewport: (typeof VIEWPORTS)[number], username: string) {
    const opened = await openViewport(browser, viewport);
    await logInApp(opened.page, sys.baseUrl!, username);
    return opened;
  }

  it('desktop: a system admin creates a campaign (a cut-off refused under its field), overrides a quota, and is refused a make-up day on a weekday', async () => {
    const labels = await get<{
      levels: Record<string, { vi: string }>;
      calendarDayKinds: Record<string, { vi: string }>;
      ruleSets: { version: string; awards: { name: { vi: string } }[] }[];
    }>('sysadmin', '/api/directory/labels');
    // The version in effect when the campaign opens (the server refuses any other).
    const versions = await get<{ version: string; status: string; effectiveFrom: string | null }[]>(
      'sysadmin',
      '/api/admin/rule-sets',
    );
    const version = versions
      .filter((v) => v.status === 'published' && (v.effectiveFrom ?? '') <= '2027-01-01')
      .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''))[0]!.version;
    const award = labels.ruleSets.find((r) => r.version === version)!.awards[0]!.name.vi;
    const { page, violations } = await signedIn(desktop, 'sysadmin');

    await goTo(page, false, 'Quản trị', 'Đợt thi đua');
    await page.getByRole('button', { name: /Mở đợt thi đua$/ }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: 'Bộ quy định áp dụng' });
    await drawer.getByLabel('Tên đợt thi đua').fill('Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2027');
    await drawer.getByLabel('Số hiệu đợt').fill('LDG-LDST-2027');
    await pick(page, drawer, 'Bộ quy định áp dụng', `Phiên bản ${version}`);
    await pick(page, drawer, 'Hình thức khen thưởng của đợt', award);
    await typeDate(drawer, 'Ngày mở', '01/01/2027');
    await typeDate(drawer, 'Ngày đóng', '31/12/2026');
    // A closing day before the opening and a cut-off before the campaign opens: the server's refusals
    // land under those fields, in Vietnamese with dates as offices write them.
    const level1 = labels.levels['1']!.vi;
    await typeDate(drawer, level1, '01/12/2026');
    expect(await unlabelledControls(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Mở đợt thi đua' }).click();
    const refused = errorUnder(drawer, level1);
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/01\/12\/2026.*01\/01\/2027/);
    expect(await errorUnder(drawer, 'Ngày đóng').textContent()).toMatch(/31\/12\/2026.*01\/01\/2027/);
    expect(await drawer.textContent()).not.toMatch(LEAKS);
    await shot(page, 'desktop-50-editors-campaign-refused');
    await typeDate(drawer, 'Ngày đóng', '31/12/2027');
    await typeDate(drawer, level1, '31/10/2027');
    await drawer.getByRole('button', { name: 'Mở đợt thi đua' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'sáng tạo" năm 2027' })
      .waitFor()
      .catch(async (err: unknown) => {
        throw new Error(`not created: ${String(err)}\n${await drawer.textContent()}`);
      });
    const stored = await sys.database.db
      .selectFrom('campaigns')
      .select(['cutoffs', 'opens_on', 'closes_on'])
      .where('code', '=', 'LDG-LDST-2027')
      .executeTakeFirstOrThrow();
    expect(stored.cutoffs).toEqual({ '1': '2027-10-31' });
    await shot(page, 'desktop-51-editors-campaign-created');

    // A quota override: refused without a reason, then kept with it and with who changed it.
    await page.goto(`${sys.baseUrl!}${APP}/admin/quotas?campaignId=${demoCampaignIds.annual2026}`);
    const row = page.locator(`tr[data-bucket-key="${BUCKET}"]`);
    await row.getByRole('button', { name: /^Điều chỉnh chỉ tiêu / }).click();
    const modal = page.getByRole('dialog').filter({ hasText: 'Số suất tối đa' });
    await modal.getByLabel('Số suất tối đa').fill('7');
    await modal.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await errorUnder(modal, 'Lý do điều chỉnh').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, 'desktop-52-editors-quota-needs-reason');
    await modal.getByLabel('Lý do điều chỉnh').fill('Bổ sung chỉ tiêu theo Công văn 123/TLĐ.');
    await modal.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await row.getByText('sysadmin (Lê Minh Tuấn): Bổ sung chỉ tiêu theo Công văn 123/TLĐ.', { exact: false }).waitFor();
    expect(await mainText(page)).not.toMatch(LEAKS);
    await shot(page, 'desktop-53-editors-quota-overridden');

    // A make-up working day must replace a Saturday or Sunday: a Monday is refused under "Loại ngày".
    await goTo(page, false, 'Quản trị', 'Lịch làm việc');
    const today = new Date();
    const monday = new Date(today.getFullYear(), today.getMonth(), 1);
    while (monday.getDay() !== 1) monday.setDate(monday.getDate() + 1);
    const iso = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
    const shown = iso.split('-').reverse().join('/');
    await page.locator(`.ant-picker-calendar td[title="${iso}"]`).click();
    const day = page.getByRole('dialog').filter({ hasText: `Ngày ${shown}` });
    await pick(page, day, 'Loại ngày', labels.calendarDayKinds['makeup_workday']!.vi);
    await day.getByLabel('Tên ngày', { exact: true }).fill('Làm bù Tết Dương lịch');
    await day.getByLabel('Tên tiếng Anh').fill('Make-up for New Year');
    await day.getByRole('button', { name: 'Lưu' }).click();
    const weekday = errorUnder(day, 'Loại ngày');
    await weekday.waitFor();
    expect(await weekday.textContent()).toContain('thứ Bảy hoặc Chủ nhật');
    expect(await weekday.textContent()).toContain(shown);
    await shot(page, 'desktop-54-editors-calendar-refused');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('desktop: a system admin grants and revokes a role and locks and unlocks an account, each with a reason', async () => {
    const { page, violations } = await signedIn(desktop, 'sysadmin');
    await goTo(page, false, 'Quản trị', 'Người dùng');
    await page.getByLabel('Tìm người dùng').fill('snv.chair');
    await page.getByLabel('Tìm người dùng').press('Enter');
    await page.getByRole('button', { name: 'Quản lý tài khoản của Lý Văn Thắng' }).click();
    const panel = page.getByTestId('user-panel');
    await pick(page, panel, 'Vai trò', 'Chuyên viên thẩm định');
    await pick(page, panel, 'Tại đơn vị', 'Công đoàn Viên chức tỉnh Cao Bằng', 'Viên chức');
    await panel.getByRole('button', { name: 'Phân quyền', exact: true }).click();
    await errorUnder(panel, 'Lý do (ghi vào lịch sử)').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    const reason = panel.getByLabel('Lý do (ghi vào lịch sử)');
    await reason.fill('Phân công theo Quyết định 45/QĐ-CĐVC.');
    await panel.getByRole('button', { name: 'Phân quyền', exact: true }).click();
    const granted = panel.locator(
      'tr[data-role="reviewer"][data-unit-id="cd-vien-chuc-cao-bang"][data-current="true"]',
    );
    await granted.waitFor();
    await shot(page, 'desktop-55-editors-user-granted');

    await reason.fill('Hết phân công.');
    await granted
      .getByRole('button', { name: 'Thu hồi quyền Chuyên viên thẩm định tại Công đoàn Viên chức tỉnh Cao Bằng' })
      .click();
    await panel
      .locator('tr[data-role="reviewer"][data-unit-id="cd-vien-chuc-cao-bang"][data-current="false"]')
      .waitFor();

    await reason.fill('Nghỉ phép dài hạn.');
    // The panel's buttons show the last change as pending until its refetch is in.
    await panel.locator('.ant-btn-loading').first().waitFor({ state: 'detached', timeout: 60_000 });
    await panel.getByRole('button', { name: 'Khóa tài khoản', exact: true }).click();
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).waitFor();
    const locked = await sys.database.db
      .selectFrom('users')
      .select(['id', 'active'])
      .where('username', '=', 'snv.chair')
      .executeTakeFirstOrThrow();
    expect(locked.active).toBe(false);
    expect(await panel.textContent()).not.toMatch(LEAKS);
    await shot(page, 'desktop-56-editors-user-locked');
    await reason.fill('Trở lại làm việc.');
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
    await panel.locator('.ant-btn-loading').first().waitFor({ state: 'detached', timeout: 60_000 });
    await panel.getByRole('button', { name: 'Khóa tài khoản', exact: true }).waitFor({ timeout: 60_000 });
    const history = await sys.store.readStream(`user-${locked.id}`);
    expect(history.slice(-4).map((e) => [e.type, e.metadata.reason])).toEqual([
      ['UserRoleGranted', 'Phân công theo Quyết định 45/QĐ-CĐVC.'],
      ['UserRoleRevoked', 'Hết phân công.'],
      ['UserDeactivated', 'Nghỉ phép dài hạn.'],
      ['UserReactivated', 'Trở lại làm việc.'],
    ]);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('desktop: a system admin creates a unit, renames another and dissolves it into the new one with the moves’ progress; an auditor reads the unit’s and the quotas’ histories by name', async () => {
    // A nomination whose route passes the district federation: the dissolution moves its pending step.
    const dossier = sampleDossier();
    const created = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', randomUUID())
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'GK',
        campaignId: demoCampaignIds.annual2026,
        dossier: {
          ...dossier,
          nominee: { ...dossier.nominee, fullName: 'Vương Thị Di Chuyển', personKey: `DV-${randomUUID()}` },
        },
      });
    expect(created.status).toBeLessThan(300);

    const { page, violations } = await signedIn(desktop, 'sysadmin');
    await goTo(page, false, 'Quản trị', 'Đơn vị');
    await page.getByRole('button', { name: /Thành lập đơn vị$/ }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: 'Loại đơn vị' });
    await drawer.getByLabel('Tên đơn vị').fill('Công đoàn xã Đan Phượng');
    await drawer.getByLabel('Mã đơn vị').fill('HN-XDP');
    await pick(page, drawer, 'Loại đơn vị', 'Công đoàn xã, phường, đặc khu');
    await pick(page, drawer, 'Đơn vị cấp trên', 'Liên đoàn Lao động thành phố Hà Nội', 'thành phố Hà Nội');
    await typeDate(drawer, 'Có hiệu lực từ ngày', '01/06/2026');
    await drawer.getByLabel('Lý do, căn cứ').fill('Thành lập theo Quyết định 1234/QĐ-LĐLĐ.');
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, 'desktop-57-editors-unit-create');
    await drawer.getByRole('button', { name: 'Thành lập', exact: true }).click();
    const panel = page.getByTestId('unit-panel');
    await panel.getByRole('heading', { name: 'Công đoàn xã Đan Phượng' }).waitFor();
    expect(await panel.textContent()).toContain('HN-XDP');

    // Rename the district federation; a missing reason is refused under its field first.
    await page.getByLabel('Tìm đơn vị').fill('huyện Đan Phượng');
    await page.getByRole('tree').getByText('Liên đoàn Lao động huyện Đan Phượng', { exact: true }).click();
    await panel.getByRole('heading', { name: 'Liên đoàn Lao động huyện Đan Phượng', exact: true }).waitFor();
    const rename = page.getByTestId('rename-form');
    await rename.getByLabel('Tên mới').fill('Liên đoàn Lao động huyện Đan Phượng (cũ)');
    await rename.getByRole('button', { name: 'Đổi tên' }).click();
    await errorUnder(rename, 'Lý do, căn cứ').waitFor();
    await rename.getByLabel('Lý do, căn cứ').fill('Chuẩn bị sắp xếp.');
    await rename.getByRole('button', { name: 'Đổi tên' }).click();
    await panel.getByRole('heading', { name: 'Liên đoàn Lao động huyện Đan Phượng (cũ)' }).waitFor();

    // Dissolve into the new commune union from the e2e clock's today (15/06/2026).
    const dissolve = page.getByTestId('dissolve-form');
    await pick(page, dissolve, 'Đơn vị kế thừa (cùng cấp)', 'Công đoàn xã Đan Phượng', 'xã Đan');
    await typeDate(dissolve, 'Giải thể từ ngày', '15/06/2026');
    await dissolve.getByLabel('Lý do, căn cứ').fill('Giải thể LĐLĐ huyện theo Nghị quyết 60-NQ/TW.');
    await dissolve.getByRole('button', { name: 'Giải thể' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Giải thể' }).click();
    const progress = page.getByTestId('reorganisation');
    const finished = progress.locator('[data-reorg-status="completed"], [data-reorg-status="completed_with_failures"]');
    await finished.waitFor({ timeout: 60_000 });
    expect(await progress.locator('[data-count="moved"]').textContent()).toBe('1');
    expect(await progress.locator('[data-count="pending"]').textContent()).toBe('0');
    expect(await progress.textContent()).toContain('Giải thể từ 15/06/2026');
    await panel.getByText('Giải thể từ', { exact: true }).waitFor();
    expect(await mainText(page)).not.toMatch(LEAKS);
    await shot(page, 'desktop-58-editors-unit-dissolved');
    // Retry is safe: nothing is left to move.
    await progress.getByRole('button', { name: 'Chạy lại' }).click();
    await progress.locator('[data-reorg-status="completed"]').waitFor({ timeout: 30_000 });
    expect(await progress.locator('[data-count="moved"]').textContent()).toBe('1');
    expect(violations).toEqual([]);
    await page.context().close();

    // The auditor opens the new unit's history from the audit menu: names and Vietnam time only.
    const auditor = await signedIn(desktop, 'tld.auditor');
    await goTo(auditor.page, false, 'Kiểm tra, giám sát', 'Tra cứu hồ sơ');
    const history = auditor.page.getByTestId('admin-history');
    await pick(auditor.page, history, 'Đơn vị', 'Công đoàn xã Đan Phượng', 'xã Đan');
    await history.getByRole('button', { name: 'Lịch sử đơn vị' }).click();
    await auditor.page.getByRole('heading', { name: /Công đoàn xã Đan Phượng$/, level: 1 }).waitFor();
    const created1 = auditor.page.locator('tr[data-event-type="UnitCreated"]');
    await created1.waitFor();
    expect(await created1.textContent()).toContain(
      'Thành lập đơn vị "Công đoàn xã Đan Phượng" (HN-XDP) trực thuộc Liên đoàn Lao động thành phố Hà Nội từ 01/06/2026',
    );
    expect(await created1.textContent()).toMatch(VN_TIME);
    expect(await created1.textContent()).toContain('Lê Minh Tuấn');
    await auditor.page.getByTestId('stream-integrity').getByText('Nguyên vẹn', { exact: false }).waitFor();
    expect(await mainText(auditor.page)).not.toMatch(LEAKS);
    await shot(auditor.page, 'desktop-59-audit-unit-history');

    await auditor.page.goBack();
    await pick(
      auditor.page,
      history,
      'Đợt thi đua',
      'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026',
      'sáng tạo" năm 2026',
    );
    await history.getByRole('button', { name: 'Lịch sử chỉ tiêu' }).click();
    const override = auditor.page.locator('tr[data-event-type="QuotaLimitChanged"]', {
      hasText: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.',
    });
    await override.waitFor();
    expect(await override.textContent()).toMatch(
      /Đặt chỉ tiêu Giấy khen.* tại đơn vị Liên đoàn Lao động tỉnh Cao Bằng, năm 2026 là 7 \(trước là 5\)/,
    );
    expect(await mainText(auditor.page)).not.toMatch(LEAKS);
    await shot(auditor.page, 'desktop-60-audit-quota-history');
    expect(auditor.violations).toEqual([]);
    await auditor.page.context().close();
  });

  it('phone: the users panel, the quota editor and an audit history fit a 390 px screen', async () => {
    const { page, violations } = await signedIn(phone, 'sysadmin');
    const fits = async () => {
      const widths = await pageWidths(page);
      expect({ ...widths, fits: widths.scrollWidth <= widths.width }).toMatchObject({ fits: true });
    };
    await goTo(page, true, 'Quản trị', 'Người dùng');
    await page.getByLabel('Tìm người dùng').fill('bvdp.reviewer');
    await page.getByLabel('Tìm người dùng').press('Enter');
    await page.getByRole('button', { name: 'Quản lý tài khoản của Kiều Văn Toàn' }).click();
    const panel = page.getByTestId('user-panel');
    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Tạm khóa để rà soát.');
    await panel.getByRole('button', { name: 'Khóa tài khoản', exact: true }).click();
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).waitFor();
    await fits();
    await shot(page, 'phone-50-editors-user-locked');
    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Rà soát xong.');
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
    await panel.locator('.ant-btn-loading').first().waitFor({ state: 'detached', timeout: 60_000 });
    await panel.getByRole('button', { name: 'Khóa tài khoản', exact: true }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');

    await page.goto(`${sys.baseUrl!}${APP}/admin/quotas?campaignId=${demoCampaignIds.annual2026}`);
    await page
      .getByRole('button', { name: /^Điều chỉnh chỉ tiêu / })
      .first()
      .waitFor();
    await fits();
    await page
      .getByRole('button', { name: /^Điều chỉnh chỉ tiêu / })
      .first()
      .click();
    await page.getByRole('dialog').filter({ hasText: 'Số suất tối đa' }).getByLabel('Lý do điều chỉnh').waitFor();
    await fits();
    await shot(page, 'phone-51-editors-quota');
    await page.context().close();

    const auditor = await signedIn(phone, 'tld.auditor');
    await auditor.page.goto(`${sys.baseUrl!}${APP}/audit/streams/quota-${demoCampaignIds.annual2026}`);
    await auditor.page.locator('tr[data-event-type]').first().waitFor();
    expect(await mainText(auditor.page)).not.toMatch(LEAKS);
    const widths = await pageWidths(auditor.page);
    expect({ ...widths, fits: widths.scrollWidth <= widths.width }).toMatchObject({ fits: true });
    await shot(auditor.page, 'phone-52-audit-quota-history');
    expect([...violations, ...auditor.violations]).toEqual([]);
    await auditor.page.context().close();
  });
});
