import type { Browser, Locator } from 'playwright-core';
import { hasFocus, logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

const errorOf = (scope: Locator, field: string) => scope.locator(`[data-field-wrap="${field}"] .field-error`);

// Ủy quyền (delegations and declared relatives) in a browser against the real system: a chair
// delegates to a colleague (a too-long period refused under the date) and revokes it. (The units
// editor's journey is in react-admin-editors.e2e.spec.ts.)
describe('delegations and relatives', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  it('a chair delegates to a colleague, revokes it, and declares a relative', async () => {
    const reviewer = await sys.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'bvdp.reviewer')
      .executeTakeFirstOrThrow();
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.chair');
    await page.getByRole('link', { name: 'Ủy quyền', exact: true }).click();
    const form = page.getByTestId('delegation-form');
    await form.waitFor();
    await page.getByTestId('relatives').getByText('Chưa kê khai người thân nào.').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    await form.getByLabel('Người được ủy quyền (mã người dùng)').fill(reviewer.id);
    // The e2e clock is in mid-June 2026: the end of December is more than 90 days away.
    await form.getByLabel('Đến hết ngày', { exact: true }).pressSequentially('31122026');
    await form.getByLabel('Lý do').fill('Nghỉ phép năm.');
    await form.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
    await errorOf(form, 'endsAt').waitFor();
    expect(await errorOf(form, 'endsAt').textContent()).not.toBe('');
    expect(await hasFocus(form.getByLabel('Đến hết ngày', { exact: true }))).toBe(true);
    await form.getByLabel('Đến hết ngày', { exact: true }).fill('30/06/2026');
    await form.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
    const given = page.getByTestId('dl-given');
    const row = given.locator('tr[data-status="active"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Kiều Văn Toàn');
    expect(await row.textContent()).toContain('30/06/2026 23:59');
    await snap(page, 'b0-delegation-active');

    // Revoke by keyboard, after a confirmation.
    const revoke = given.getByRole('button', { name: 'Thu hồi ủy quyền cho Kiều Văn Toàn' });
    await revoke.focus();
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Enter');
    await given.locator('tr[data-status="revoked"]').waitFor();
    expect(await given.locator('tr[data-status="revoked"]').textContent()).toContain('Đã thu hồi');

    // Declared relatives: all three fields, then the list.
    const rel = page.getByTestId('relative-form');
    await rel.getByRole('button', { name: 'Kê khai' }).click();
    expect(await errorOf(rel, 'personKey').textContent()).toBe('Cần nhập.');
    await rel.getByLabel('Mã định danh (số CCCD hoặc mã đoàn viên)').fill('DV-0100-2231');
    await rel.getByLabel('Họ và tên').fill('Nông Thị Lan');
    await rel.getByLabel('Quan hệ').fill('em gái');
    await rel.getByRole('button', { name: 'Kê khai' }).click();
    await page.getByTestId('relatives').locator('tr[data-relative-id]', { hasText: 'Nông Thị Lan' }).waitFor();
    await snap(page, 'b1-delegation-revoked-relative');
    await page.context().close();
  });
});
