import type { Browser, Page } from 'playwright-core';
import { focusedAttribute, hasFocus, logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

const errorOf = (page: Page, field: string) => page.locator(`[data-field-wrap="${field}"] .field-error`);

// The administrators' editors (campaigns, quota overrides, working calendar) and the dd/mm/yyyy date
// field with its keyboard calendar, driven in a browser against the real API.
describe('administrators’ editors in the web UI', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  it('a system admin creates a campaign: dates typed or picked by keyboard, server errors under the fields', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.getByRole('link', { name: 'Đợt thi đua', exact: true }).click();
    await page.getByRole('heading', { name: 'Đợt thi đua và chỉ tiêu' }).waitFor();
    await page.getByRole('button', { name: 'Tạo đợt thi đua mới' }).click();
    const form = page.getByTestId('campaign-form');
    await form.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    await form.getByLabel('Mã đợt', { exact: true }).fill('LDG-LDST-2027');
    await form.getByLabel('Tên đợt thi đua').fill('Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2027');
    await form.getByLabel('Phiên bản quy định').fill('2099.9');
    // Digits only: the mask writes the slashes.
    await form.getByLabel('Ngày mở', { exact: true }).pressSequentially('01012027');
    expect(await form.getByLabel('Ngày mở', { exact: true }).inputValue()).toBe('01/01/2027');
    await form.getByLabel('Ngày đóng', { exact: true }).fill('31/12/2026');
    // A date that does not exist is refused in the browser, under its field.
    const level1 = form.getByLabel('Hạn chót — Công đoàn cơ sở', { exact: true });
    await level1.fill('31/02/2027');
    await level1.blur();
    expect(await errorOf(page, 'cutoffs.1').textContent()).toContain('Ngày không hợp lệ');
    expect(await level1.getAttribute('aria-invalid')).toBe('true');
    await level1.fill('31/10/2027');
    await form.getByLabel('Hạn chót — LĐLĐ tỉnh, thành phố', { exact: true }).fill('25/11/2027');

    // The calendar: the button opens it on the typed day; arrows move, Enter picks, Escape closes.
    const level4 = form.getByLabel('Hạn chót — Tổng LĐLĐ Việt Nam', { exact: true });
    await level4.fill('14/12/2027');
    const opener = form.getByRole('button', { name: 'Mở lịch chọn ngày: Hạn chót — Tổng LĐLĐ Việt Nam' });
    await level4.focus();
    await page.keyboard.press('Tab');
    expect(await hasFocus(opener)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lịch chọn ngày: Hạn chót — Tổng LĐLĐ Việt Nam' });
    await dialog.waitFor();
    expect(await focusedAttribute(page, 'data-date')).toBe('2027-12-14');
    await snap(page, '70-date-calendar-open');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await level4.inputValue()).toBe('22/12/2027');
    await opener.click();
    await dialog.waitFor();
    await page.keyboard.press('PageDown');
    expect(await focusedAttribute(page, 'data-date')).toBe('2028-01-22');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus(opener)).toBe(true);
    expect(await level4.inputValue()).toBe('22/12/2027');

    // The server's 400: closesOn before opensOn and no award, each under its own field.
    await form.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    await errorOf(page, 'closesOn').waitFor();
    expect(await errorOf(page, 'closesOn').textContent()).toContain('01/01/2027');
    expect(await page.locator('fieldset[data-field="awardCodes"] .field-error').textContent()).not.toBe('');
    await snap(page, '71-campaign-form-errors');
    await form.getByLabel('Ngày đóng', { exact: true }).fill('31/12/2027');
    for (const award of ['Giấy khen (GK)', 'Bằng khen của Tổng LĐLĐ Việt Nam (BK_TLD)'])
      await form.getByLabel(award).check();
    // The 422 for an unknown rule set lands under its field too.
    await form.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    await errorOf(page, 'ruleSetVersion').waitFor();
    expect(await errorOf(page, 'ruleSetVersion').textContent()).toContain('2099.9');
    await form.getByLabel('Phiên bản quy định').fill('2024.2');
    await form.getByRole('button', { name: 'Tạo đợt thi đua' }).click();
    const row = page.getByRole('row').filter({ hasText: 'LDG-LDST-2027' });
    await row.waitFor();
    expect(await row.textContent()).toContain('01/01/2027 – 31/12/2027');
    const stored = await sys.database.db
      .selectFrom('campaigns')
      .select(['cutoffs', 'rule_set_version'])
      .where('code', '=', 'LDG-LDST-2027')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      rule_set_version: '2024.2',
      cutoffs: { '1': '2027-10-31', '3': '2027-11-25', '4': '2027-12-22' },
    });
    await snap(page, '72-campaign-created');

    // Edit by keyboard: the row's button, then the name.
    await row.getByRole('button', { name: /^Sửa đợt/ }).focus();
    await page.keyboard.press('Enter');
    await form.getByLabel('Tên đợt thi đua').fill('Phong trào thi đua "Lao động giỏi" năm 2027');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('row').filter({ hasText: 'Phong trào thi đua "Lao động giỏi" năm 2027' }).waitFor();
    await page.context().close();
  });

  it('a system admin overrides a quota with a reason and marks a working day; refusals are explained', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.getByRole('link', { name: 'Đợt thi đua', exact: true }).click();
    const thematic = page.getByRole('row').filter({ hasText: 'GVN-DVN-2026' });
    await thematic.getByRole('button', { name: /^Chỉ tiêu của đợt/ }).click();
    const section = page.getByTestId('quota-section');
    await section.getByLabel('Hình thức khen thưởng').selectOption('BK_CD');
    await section.getByLabel('Đơn vị').selectOption({ label: 'Liên đoàn Lao động tỉnh Cao Bằng' });
    await section.getByLabel('Kỳ tính').selectOption({ label: 'Chuyên đề GVN-DVN-2026' });
    await section.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    const quotaForm = page.getByTestId('quota-form');
    await quotaForm.getByLabel('Số suất tối đa').fill('6');
    await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await errorOf(page, 'reason').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '73-quota-needs-reason');
    await quotaForm.getByLabel('Lý do điều chỉnh').fill('Bổ sung chỉ tiêu theo Công văn 123/TLĐ.');
    await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    const bucket = section.locator('tr[data-bucket-key="BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026"]');
    await bucket.waitFor();
    expect(await bucket.textContent()).toContain('Bổ sung chỉ tiêu theo Công văn 123/TLĐ.');
    expect(await bucket.textContent()).toContain('sysadmin (Lê Minh Tuấn)');
    await snap(page, '74-quota-overridden');

    await page.getByRole('link', { name: 'Lịch làm việc' }).click();
    const calendar = page.getByTestId('calendar-form');
    await calendar.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    // 04/01/2027 is a Monday: it cannot be a make-up working day; the server says so under "Loại ngày".
    await calendar.getByLabel('Ngày', { exact: true }).fill('04/01/2027');
    await calendar.getByLabel('Loại ngày').selectOption('makeup_workday');
    await calendar.getByLabel('Tên ngày (tiếng Việt)').fill('Làm bù Tết Dương lịch');
    await calendar.getByLabel('Tên ngày (tiếng Anh)').fill('Make-up for New Year');
    await calendar.getByLabel('Ghi chú').fill('Theo Thông báo của Bộ Nội vụ');
    await calendar.getByRole('button', { name: 'Lưu ngày' }).click();
    await errorOf(page, 'kind').waitFor();
    expect(await errorOf(page, 'kind').textContent()).toContain('thứ Bảy hoặc Chủ nhật');
    await snap(page, '75-calendar-refused');
    await calendar.getByLabel('Ngày', { exact: true }).fill('02/01/2027');
    await calendar.getByRole('button', { name: 'Lưu ngày' }).click();
    await page.getByRole('status').getByText('Đã lưu ngày 02/01/2027.').waitFor();
    await page.getByLabel('Năm', { exact: true }).selectOption('2027');
    const day = page.locator('tr[data-date="2027-01-02"]');
    await day.waitFor();
    expect(await day.textContent()).toContain('Theo Thông báo của Bộ Nội vụ');
    await snap(page, '76-calendar-saved');

    page.once('dialog', (d) => void d.accept());
    await day.getByRole('button', { name: 'Xóa ngày 02/01/2027 (thành ngày thường)' }).click();
    await day.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: 'Working calendar' }).waitFor();
    expect(await page.getByLabel('Date', { exact: true }).getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await snap(page, '77-calendar-en');
    await page.context().close();
  });

  it('a system admin grants and revokes a role and locks an account, each with a reason', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByLabel('Tìm người dùng').fill('snv.chair');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByRole('button', { name: 'Quản lý tài khoản của Lý Văn Thắng' }).click();
    const panel = page.getByTestId('user-panel');
    await panel.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await panel.getByLabel('Vai trò', { exact: true }).selectOption('reviewer');
    await panel.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Công đoàn Viên chức tỉnh Cao Bằng' });
    await panel.getByRole('button', { name: 'Phân quyền', exact: true }).click();
    await errorOf(page, 'reason').waitFor();
    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Phân công theo Quyết định 45/QĐ-CĐVC.');
    await panel.getByRole('button', { name: 'Phân quyền', exact: true }).click();
    const granted = panel.locator(
      'tr[data-role="reviewer"][data-unit-id="cd-vien-chuc-cao-bang"][data-current="true"]',
    );
    await granted.waitFor();
    await snap(page, '78-user-granted');

    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Hết phân công.');
    await granted
      .getByRole('button', { name: 'Thu hồi quyền Chuyên viên thẩm định tại Công đoàn Viên chức tỉnh Cao Bằng' })
      .click();
    await panel
      .locator('tr[data-role="reviewer"][data-unit-id="cd-vien-chuc-cao-bang"][data-current="false"]')
      .waitFor();

    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Nghỉ phép dài hạn.');
    await panel.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).waitFor();
    const user = await sys.database.db
      .selectFrom('users')
      .select('active')
      .where('username', '=', 'snv.chair')
      .executeTakeFirstOrThrow();
    expect(user.active).toBe(false);
    await snap(page, '79-user-locked');
    await panel.getByLabel('Lý do (ghi vào lịch sử)').fill('Trở lại làm việc.');
    await panel.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
    await panel.getByRole('button', { name: 'Khóa tài khoản' }).waitFor();
    await page.context().close();
  });

  it('a unit admin sees quotas but no campaign editor or calendar editor', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'cb.admin');
    await page.getByRole('link', { name: 'Đợt thi đua', exact: true }).click();
    await page.getByRole('heading', { name: 'Đợt thi đua và chỉ tiêu' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tạo đợt thi đua mới' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Sửa đợt/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Lịch làm việc' }).count()).toBe(0);
    await page.context().close();
  });
});
