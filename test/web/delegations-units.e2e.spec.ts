import { randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Locator } from 'playwright-core';
import { logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

const errorOf = (scope: Locator, field: string) => scope.locator(`[data-field-wrap="${field}"] .field-error`);

// The administrators' units editor in a browser against the real system: a system admin creates a
// commune union, renames a district federation and dissolves it into the new union, watching the
// reorganisation move a waiting nomination. (Delegations and relatives: react-desk.e2e.spec.ts.)
describe('the units editor', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  it('a system admin creates a unit, renames another and dissolves it with the moves’ progress', async () => {
    // A nomination waiting for the district federation's review after the hospital union forwards it.
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

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await page.getByRole('heading', { name: 'Quản trị đơn vị' }).waitFor();

    // Create: a commune union under the Hà Nội federation.
    await page.getByTestId('create-unit').locator('summary').click();
    const create = page.getByTestId('create-unit-form');
    await create.getByLabel('Mã đơn vị').fill('hn-xdp');
    await create.getByLabel('Tên đơn vị').fill('Công đoàn xã Đan Phượng');
    await create.getByLabel('Loại đơn vị').selectOption('CD_XA_PHUONG');
    await create.getByLabel('Đơn vị cấp trên').selectOption(demoUnitIds.ldldHaNoi);
    await create.getByLabel('Có hiệu lực từ ngày', { exact: true }).fill('01/06/2026');
    await create.getByLabel('Lý do, căn cứ').fill('Thành lập theo Quyết định 1234/QĐ-LĐLĐ.');
    expect(await unlabelledControls(page)).toEqual([]);
    await create.getByRole('button', { name: 'Thành lập' }).click();
    const panel = page.getByTestId('unit-panel');
    await panel.getByRole('heading', { name: 'Công đoàn xã Đan Phượng' }).waitFor();
    expect(await panel.textContent()).toContain('HN-XDP');

    // Rename the district federation; a missing reason is refused under its field first.
    await page.getByLabel('Đơn vị', { exact: true }).selectOption(demoUnitIds.ldldDanPhuong);
    await page.getByRole('button', { name: 'Xem' }).click();
    // Until the district's panel replaces the new union's, its forms are the old unit's.
    await panel.getByRole('heading', { name: 'Liên đoàn Lao động huyện Đan Phượng', exact: true }).waitFor();
    const rename = page.getByTestId('rename-form');
    await rename.getByLabel('Tên mới').fill('Liên đoàn Lao động huyện Đan Phượng (cũ)');
    await rename.getByRole('button', { name: 'Đổi tên' }).click();
    expect(await errorOf(rename, 'reason').textContent()).toBe('Cần nhập.');
    await rename.getByLabel('Lý do, căn cứ').fill('Chuẩn bị sắp xếp.');
    await rename.getByRole('button', { name: 'Đổi tên' }).click();
    await panel.getByRole('heading', { name: 'Liên đoàn Lao động huyện Đan Phượng (cũ)' }).waitFor();

    // Dissolve into the new commune union from today (the e2e clock's 15/06/2026).
    const dissolve = page.getByTestId('dissolve-form');
    await dissolve.getByLabel('Đơn vị kế thừa (cùng cấp)').selectOption({ label: 'Công đoàn xã Đan Phượng' });
    await dissolve.getByLabel('Có hiệu lực từ ngày', { exact: true }).fill('15/06/2026');
    await dissolve.getByLabel('Lý do, căn cứ').fill('Giải thể LĐLĐ huyện theo Nghị quyết 60-NQ/TW.');
    page.once('dialog', (d) => void d.accept());
    await dissolve.getByRole('button', { name: 'Giải thể' }).click();
    const progress = page.getByTestId('reorganisation');
    await progress
      .locator('[data-reorg-status="completed"], [data-reorg-status="completed_with_failures"]')
      .waitFor({ timeout: 60_000 });
    expect(await progress.locator('[data-count="moved"]').textContent()).toBe('1');
    expect(await progress.locator('[data-count="pending"]').textContent()).toBe('0');
    expect(await progress.textContent()).toContain('Giải thể Liên đoàn Lao động huyện Đan Phượng (cũ) từ 15/06/2026');
    await panel.getByText('Giải thể từ ngày').waitFor();
    await snap(page, 'b2-unit-dissolved-progress');

    await page.locator('tr[data-reorg-id]', { hasText: 'Hoàn tất' }).waitFor();
    expect(await page.locator('tr[data-reorg-id]').first().textContent()).toContain('(cũ)');

    // Retry is safe: nothing is left to move.
    await progress.getByRole('button', { name: 'Chạy lại' }).click();
    await progress.locator('[data-reorg-status="completed"]').waitFor({ timeout: 30_000 });
    expect(await progress.locator('[data-count="moved"]').textContent()).toBe('1');

    // The English switch: same page, English words.
    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: 'Units', exact: true }).waitFor();
    expect(await page.getByTestId('reorganisation').textContent()).toContain('Moving nominations');
    await page.context().close();
  });
});
