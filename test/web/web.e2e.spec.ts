import { createHash, randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Page } from 'playwright-core';
import { snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

// A real browser against the real system (API + web UI, worker, Temporal, PostgreSQL): a CĐCS
// nominator nominates; CĐCS, district, province and national approvers each approve from their inbox.
describe('the web UI against the real system', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  const NOMINEE = 'Nguyễn Thị Hồng Nhung';
  const files = [
    // Uploaded for real: the server checks each file starts with the PDF signature.
    { name: 'to-trinh-2026.pdf', body: Buffer.from('%PDF-1.4\n% Tờ trình đề nghị khen thưởng năm 2026') },
    { name: 'bao-cao-thanh-tich.pdf', body: Buffer.from('%PDF-1.4\n% Báo cáo thành tích cá nhân') },
    { name: 'bien-ban-hop.pdf', body: Buffer.from('%PDF-1.4\n% Biên bản họp bình xét') },
  ];
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    return page;
  }

  async function logIn(page: Page, username: string) {
    await page.goto(`${sys.baseUrl!}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('vinhdanh@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  /** Opens the nomination as `username` from the inbox, ready to decide. */
  async function openFromInbox(username: string, step: string): Promise<Page> {
    const page = await newPage();
    await logIn(page, username);
    await page.waitForURL(/\/inbox$/);
    const row = page.getByRole('row').filter({ hasText: NOMINEE });
    await row.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, `${step}-inbox`);
    await row.getByRole('link', { name: NOMINEE }).click();
    await page.getByRole('heading', { name: NOMINEE }).waitFor();
    return page;
  }

  async function approveFromInbox(username: string, step: string, decisionNumber?: string) {
    const page = await openFromInbox(username, step);
    if (decisionNumber) await page.getByLabel('Số quyết định').fill(decisionNumber);
    const approve = page.getByRole('button', {
      name: decisionNumber ? 'Quyết định khen thưởng' : 'Đồng ý, chuyển cấp trên',
    });
    await snap(page, `${step}-nomination`);
    // Keyboard: the decision is reachable and pressable without a mouse.
    await approve.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Đã ghi nhận.').waitFor();
    await snap(page, `${step}-decided`);
    await page.context().close();
  }

  it('nominates with checksums and field errors, then climbs four inboxes to the grant', async () => {
    const page = await newPage();
    await page.goto(`${sys.baseUrl!}/`);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '01-login');

    await logIn(page, 'bvdp.nominator');
    await page.waitForURL(/\/nominations$/);
    await snap(page, '02-nominator-home');
    await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).first().click();
    await page.getByRole('heading', { name: 'Đề nghị khen thưởng' }).waitFor();

    await page
      .getByLabel('Đợt thi đua')
      .selectOption({ label: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026' });
    await page.getByLabel('Hình thức khen thưởng').selectOption('BK_TLD');
    // Submitting without a name: the API's field error shows next to the field.
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const nameError = page.locator('[data-field-wrap="dossier.nominee.fullName"] .field-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).not.toBe('');
    await snap(page, '03-nominate-errors');

    await page.getByLabel('Họ và tên').fill(NOMINEE);
    await page.getByLabel('Năm sinh').fill('1986');
    await page.getByLabel('Chức vụ, đơn vị công tác').fill('Điều dưỡng trưởng khoa Hồi sức cấp cứu');
    await page.getByLabel('Là công nhân, người lao động trực tiếp').check();
    await page
      .getByLabel('Thành tích đạt được')
      .fill('Hai năm liền hoàn thành xuất sắc nhiệm vụ; 2 sáng kiến áp dụng toàn bệnh viện.');
    for (const [i, [title, value]] of [
      ['Quy trình sàng lọc người bệnh nặng tại khoa cấp cứu', '85000000'],
      ['Bảng theo dõi thuốc điện tử', '40000000'],
    ].entries()) {
      await page.getByRole('button', { name: '+ Thêm sáng kiến' }).click();
      const row = page.locator('fieldset.initiative').nth(i);
      await row.getByLabel('Tên sáng kiến').fill(title);
      await row.getByLabel('Giá trị làm lợi (đồng)').fill(value);
      await row.getByLabel('Năm áp dụng').fill('2025');
    }
    await expect(page.locator('fieldset.initiative').first().locator('output').textContent()).resolves.toContain(
      '85.000.000',
    );
    await page
      .getByLabel('Chọn tệp từ máy tính')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/pdf', buffer: f.body })));
    for (const f of files) await page.locator('code.hash', { hasText: sha256(f.body) }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '04-nominate-filled');

    // A double click is one nomination: the form keeps one Idempotency-Key.
    await page.getByRole('button', { name: 'Gửi đề nghị' }).dblclick();
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
    await page.locator('.page-header .chip', { hasText: 'Chờ tiếp nhận' }).waitFor();
    await snap(page, '05-nomination-submitted');
    const count = await sys.database.db
      .selectFrom('nominations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    await page.context().close();

    await approveFromInbox('bvdp.chair', '06-cdcs');
    // Two district approvers have the page open; the chair approves first, the reviewer is told who did.
    const rival = await openFromInbox('dp.reviewer', '07-district-rival');
    await approveFromInbox('dp.chair', '07-district');
    await rival.getByRole('button', { name: 'Đồng ý, chuyển cấp trên' }).click();
    const conflict = rival.locator('.alert-error');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Nguyễn Văn Quang');
    // The decision is gone (the nomination moved on); putting it on hold stays open to approvers on the route.
    await rival.locator('.decision-form').waitFor({ state: 'detached' });
    expect(await rival.getByRole('button', { name: 'Đồng ý, chuyển cấp trên' }).count()).toBe(0);
    await snap(rival, '07-district-rival-409');
    await rival.context().close();
    await approveFromInbox('hn.chair', '08-province');
    await approveFromInbox('tld.chair', '09-national', '1234/QĐ-TLĐ');

    const last = await newPage();
    await logIn(last, 'bvdp.nominator');
    await last.getByRole('link', { name: NOMINEE }).click();
    await last.locator('.page-header .chip', { hasText: 'Đã khen thưởng' }).waitFor();
    expect(await last.getByTestId('where').textContent()).toContain('1234/QĐ-TLĐ');
    const timeline = last.locator('section[aria-labelledby="timeline-h"] tbody tr');
    const events = await timeline.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(events[0]).toBe('NominationSubmitted');
    expect(events.at(-1)).toBe('NominationGranted');
    expect(events.filter((e) => e === 'NominationForwarded')).toHaveLength(3);
    await last.getByRole('cell', { name: 'Quyết định khen thưởng' }).waitFor();
    for (const f of files) await last.locator('code.hash', { hasText: sha256(f.body) }).waitFor();
    expect(await last.locator('.step-done').count()).toBe(4);
    expect(await last.getByText('Bạn không có thao tác nào').count()).toBe(1);
    await snap(last, '10-granted');

    // English switch, remembered across reloads.
    await last.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await last.locator('.page-header .chip', { hasText: 'Granted' }).waitFor();
    await last.reload();
    await last.locator('.page-header .chip', { hasText: 'Granted' }).waitFor();
    expect(await last.getAttribute('html', 'lang')).toBe('en');
    await snap(last, '11-granted-en');
  });

  it('returns with a reason shown under the field when missing; the nominator resubmits from the inbox', async () => {
    const login = await fetch(`${sys.baseUrl!}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'bvdp.nominator', password: 'vinhdanh@2026' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const dossier = { ...sampleDossier(), nominee: { ...sampleDossier().nominee, fullName: 'Kiều Thị Lan Anh' } };
    const created = await fetch(`${sys.baseUrl!}/api/nominations`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${accessToken}`,
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TINH',
        campaignId: demoCampaignIds.annual2026,
        dossier,
      }),
    });
    expect(created.status).toBe(201);

    const chair = await newPage();
    await logIn(chair, 'bvdp.chair');
    await chair.getByRole('link', { name: 'Kiều Thị Lan Anh' }).click();
    const returnButton = chair.getByRole('button', { name: 'Trả lại để bổ sung' });
    await returnButton.click();
    const reasonError = chair.locator('.decision-form [data-field-wrap="reason"] .field-error');
    await reasonError.waitFor();
    expect(await reasonError.textContent()).toBe('Cần ghi lý do khi trả lại hoặc không duyệt.');
    expect(await chair.getByLabel('Lý do', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await snap(chair, '20-return-needs-reason');
    await chair.getByLabel('Lý do', { exact: true }).fill('Thiếu biên bản họp bình xét có chữ ký.');
    await returnButton.click();
    await chair.locator('.page-header .chip', { hasText: 'Bị trả lại' }).waitFor();
    await snap(chair, '21-returned');
    await chair.context().close();

    const nominator = await newPage();
    await logIn(nominator, 'bvdp.nominator');
    await nominator.getByRole('link', { name: 'Hộp việc' }).click();
    const row = nominator.getByRole('row').filter({ hasText: 'Kiều Thị Lan Anh' });
    await row.getByText('Bổ sung hồ sơ').waitFor();
    await snap(nominator, '22-nominator-inbox');
    await row.getByRole('link', { name: 'Kiều Thị Lan Anh' }).click();
    await nominator.getByLabel('Ghi chú khi gửi lại').fill('Đã bổ sung biên bản họp bình xét.');
    await nominator.getByRole('button', { name: 'Gửi lại' }).click();
    await nominator.locator('.page-header .chip', { hasText: 'Chờ tiếp nhận' }).waitFor();
    await nominator.getByRole('cell', { name: 'Thiếu biên bản họp bình xét có chữ ký.' }).waitFor();
    await nominator.getByRole('cell', { name: 'Gửi lại sau khi bổ sung' }).waitFor();
    await snap(nominator, '23-resubmitted');
    await nominator.context().close();
  });
});
