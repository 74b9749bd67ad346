import { randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { hasFocus, logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The inbox's round-2 tools in a browser against the real system: claim, saved views and bulk
// decisions with each item's outcome (one decided by a colleague meanwhile).
describe('inbox tools: claim, saved views, bulk decisions', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  async function nominate(fullName: string): Promise<string> {
    const dossier = sampleDossier();
    const nominee = dossier.nominee;
    if (nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
    const res = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', randomUUID())
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'GK',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...dossier, nominee: { ...nominee, fullName, personKey: `DV-${randomUUID()}` } },
      });
    if (res.status >= 300) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.nominationId as string;
  }

  it('an approver claims one, saves a view, and bulk-approves with per-item results', async () => {
    const names = ['Hà Thị Nhận Việc', 'Vũ Văn Hàng Loạt', 'Đinh Thị Đồng Nghiệp'];
    const ids: string[] = [];
    for (const n of names) ids.push(await nominate(n));

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.chair');
    await page.waitForURL(/\/inbox$/);
    for (const n of names) await page.getByRole('link', { name: n }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    // Claim by keyboard: the row's button, Enter; the holder becomes "Tôi".
    const claim = page.getByRole('button', { name: `Nhận xử lý hồ sơ của ${names[0]}` });
    await claim.focus();
    await page.keyboard.press('Enter');
    const claimedRow = page.locator(`tr[data-nomination-id="${ids[0]}"]`);
    await claimedRow.locator('td.holder', { hasText: 'Tôi' }).waitFor();
    await snap(page, '90-inbox-claimed');

    // A saved view: "held by me", named, picked again from the list.
    await page.getByLabel('Người xử lý').selectOption('me');
    await page.getByRole('link', { name: names[1] }).waitFor({ state: 'detached' });
    await page.getByLabel('Tên bộ lọc mới').fill('Hồ sơ tôi đang xử lý');
    await page.getByRole('button', { name: 'Lưu bộ lọc hiện tại' }).click();
    await page.waitForURL(/\/inbox\?.*view=/);
    // The saved views load after the page: the new one comes back selected.
    await page
      .getByLabel('Bộ lọc đã lưu')
      .locator('option:checked', { hasText: 'Hồ sơ tôi đang xử lý' })
      .waitFor({ state: 'attached' });
    await page.getByRole('link', { name: names[0] }).waitFor();
    expect(await page.locator('tbody tr[data-nomination-id]').count()).toBe(1);
    await page.getByLabel('Bộ lọc đã lưu').selectOption({ label: '— Không dùng —' });
    await page.getByRole('link', { name: names[1] }).waitFor();
    await page.getByLabel('Bộ lọc đã lưu').selectOption({ label: 'Hồ sơ tôi đang xử lý' });
    await page.getByRole('link', { name: names[1] }).waitFor({ state: 'detached' });
    await snap(page, '91-inbox-saved-view');
    await page.getByLabel('Bộ lọc đã lưu').selectOption({ label: '— Không dùng —' });

    // Bulk: three selected; a colleague decides the third meanwhile, so it comes back "not done".
    for (const n of names) await page.getByRole('checkbox', { name: `Chọn hồ sơ của ${n}` }).check();
    const toolbar = page.getByTestId('bulk-toolbar');
    expect(await toolbar.textContent()).toContain('Đã chọn 3 hồ sơ xét duyệt.');
    await toolbar.getByRole('button', { name: 'Trả lại các hồ sơ đã chọn' }).click();
    await toolbar.getByText('Cần ghi lý do khi trả lại hoặc không duyệt.').waitFor();
    expect(await hasFocus(toolbar.getByLabel('Lý do trả lại (áp dụng cho tất cả)'))).toBe(true);
    const colleague = await sys.http
      .post(`/api/nominations/${ids[2]}/decisions`)
      .set(await sys.as('bvdp.reviewer'))
      .set('Idempotency-Key', randomUUID())
      .send({ decision: 'approve' });
    expect(colleague.status).toBeLessThan(300);
    await toolbar.getByRole('button', { name: 'Đồng ý các hồ sơ đã chọn' }).click();
    const results = page.getByTestId('bulk-results');
    await results.getByRole('status').waitFor({ timeout: 30_000 });
    expect(await results.getByRole('status').textContent()).toBe('Thành công 2, không thực hiện được 1.');
    expect(await results.locator('tr[data-ok="true"]').count()).toBe(2);
    const failed = results.locator(`tr[data-ok="false"][data-nomination-id="${ids[2]}"]`);
    expect(await failed.textContent()).toContain('Không thực hiện được');
    await snap(page, '92-inbox-bulk-results');

    // Bulk items do not wait for the read model: give the projector a moment before reading it.
    const forwarded = async () =>
      (await sys.database.db.selectFrom('nominations').select(['id', 'status']).where('id', 'in', ids).execute()).every(
        (s) => s.status === 'FORWARDED',
      );
    for (let i = 0; i < 100 && !(await forwarded()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await forwarded()).toBe(true);
    await page.context().close();
  });
});
