import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The auditors' page (as-of slider, integrity badge, replay check, signed export) and the procedure steps
// of the thematic campaign (rule set 2024.2) through the browser, against the real system.
describe('the web UI for auditors and the procedure steps', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  async function post(username: string, path: string, body: object) {
    const res = await sys.http
      .post(path)
      .set(await sys.as(username))
      .set('Idempotency-Key', randomUUID())
      .send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function nominate(fullName: string, campaignId: string): Promise<string> {
    const dossier = sampleDossier();
    const body = await post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'GK',
      campaignId,
      dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `DV-${randomUUID()}` } },
    });
    return body.nominationId as string;
  }

  it('an auditor slides the timeline to before the grant, sees the badge green and saves the JSON export', async () => {
    const nominee = 'Trần Thị Minh Khuê';
    const id = await nominate(nominee, demoCampaignIds.annual2026);
    await post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' });
    await post('dp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve', decisionNumber: '88/QĐ-LĐLĐ' });

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'tld.auditor');
    await page.waitForURL(/\/nominations$/);
    const row = page.getByRole('row').filter({ hasText: nominee });
    await snap(page, '30-auditor-home');
    await row.getByRole('link', { name: 'Kiểm toán' }).click();
    await page.waitForURL(new RegExp(`/audit/nominations/${id}$`));

    const badge = page.getByTestId('integrity-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toContain('Chuỗi băm hợp lệ');
    expect(await badge.getAttribute('data-ok')).toBe('true');
    await page.getByRole('button', { name: 'Tạo neo hôm nay' }).click();
    await page.getByText('Đối chiếu khớp').waitFor();

    // Keyboard on the slider: End is the latest event (the grant), one step left is the moment before it.
    const slider = page.getByLabel('Sau sự kiện thứ');
    const asOf = page.getByTestId('as-of');
    await slider.focus();
    await page.keyboard.press('End');
    await asOf.locator('[data-event-type="NominationGranted"]').waitFor();
    await asOf.locator('.chip', { hasText: 'Đã khen thưởng' }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await asOf.locator('.chip', { hasText: 'Đã chuyển cấp trên' }).waitFor();
    expect(await asOf.locator('[data-testid="as-of-last-event"]').getAttribute('data-event-type')).not.toBe(
      'NominationGranted',
    );
    expect(await page.locator('tr.future[data-event-type="NominationGranted"]').count()).toBe(1);

    const replay = page.getByTestId('replay-badge');
    await replay.waitFor({ timeout: 30_000 });
    expect(await replay.getAttribute('data-ok')).toBe('true');
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '31-audit-before-grant');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^ho-so-tran-thi-minh-khue-${id.slice(0, 8)}-\\d{8}\\.json$`),
    );
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(saved.payload.nominationId).toBe(id);
    expect(saved.payload.events.at(-1).type).toBe('NominationGranted');
    expect(typeof saved.signature).toBe('string');
    await page.getByText(`Đã lưu ${download.suggestedFilename()}`).waitFor();
    await snap(page, '32-audit-exported');
    await page.context().close();
  }, 90_000);

  it('a district official takes intake, appraisal and the council vote (threshold shown) to the grant', async () => {
    const nominee = 'Lê Thị Thanh Hương';
    const id = await nominate(nominee, demoCampaignIds.gioiViecNuoc2026);
    const council = {
      membersTotal: 7,
      present: 5,
      votesFor: 4,
      votesAgainst: 1,
      abstentions: 0,
      writtenFor: 1,
      writtenAgainst: 0,
    };
    await post('bvdp.reviewer', `/api/nominations/${id}/appraisal`, { note: 'Đã đối chiếu.' });
    await post('bvdp.chair', `/api/nominations/${id}/vote`, council);
    await post('bvdp.chair', `/api/nominations/${id}/decisions`, {
      decision: 'approve',
      decisionNumber: '12/TTr-CĐCS',
    });

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'dp.chair');
    await page.waitForURL(/\/inbox$/);
    await page.getByRole('row').filter({ hasText: nominee }).getByRole('link', { name: nominee }).click();
    await page.getByRole('heading', { name: nominee }).waitFor();
    const substeps = page.locator('.substeps li');
    expect(await substeps.allTextContents()).toEqual(['Tiếp nhận', 'Thẩm định', 'Bình xét', 'Ký duyệt']);
    expect(await page.locator('.substeps li[aria-current="step"]').textContent()).toBe('Tiếp nhận');
    // No approve before the sign-off step: only the step form, return and reject.
    expect(await page.getByRole('button', { name: 'Quyết định khen thưởng' }).count()).toBe(0);
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '40-intake');
    await page.getByRole('button', { name: 'Hồ sơ đầy đủ, tiếp nhận' }).click();
    await page.getByRole('heading', { name: 'Bước Thẩm định' }).waitFor();
    await page.getByLabel('Ý kiến thẩm định').fill('Đủ điều kiện theo Quy chế.');
    await snap(page, '41-appraisal');
    await page.getByRole('button', { name: 'Ghi nhận thẩm định' }).click();
    await page.getByRole('heading', { name: 'Bước Bình xét' }).waitFor();

    const threshold = page.getByTestId('vote-threshold');
    await threshold.filter({ hasText: 'quá 50 %' }).waitFor();
    expect(await threshold.textContent()).toContain('tổng số thành viên Hội đồng');
    const fill = {
      membersTotal: 9,
      present: 7,
      votesFor: 5,
      votesAgainst: 2,
      abstentions: 0,
      writtenFor: 1,
      writtenAgainst: 0,
    };
    const labels: Record<keyof typeof fill, string> = {
      membersTotal: 'Tổng số thành viên Hội đồng',
      present: 'Số thành viên có mặt',
      votesFor: 'Tán thành (có mặt)',
      votesAgainst: 'Không tán thành (có mặt)',
      abstentions: 'Không biểu quyết',
      writtenFor: 'Tán thành bằng văn bản',
      writtenAgainst: 'Không tán thành bằng văn bản',
    };
    for (const [name, value] of Object.entries(fill)) {
      await page.getByLabel(labels[name as keyof typeof fill], { exact: true }).fill(String(value));
    }
    await page.getByLabel('Số biên bản họp').fill('07/BB-HĐTĐKT');
    expect(await page.getByTestId('vote-preview').textContent()).toContain('Tán thành 6/9');
    expect(await page.getByTestId('vote-preview').textContent()).toContain('cần 5 phiếu');
    await snap(page, '42-vote-form');
    await page.getByRole('button', { name: 'Ghi nhận kết quả bình xét' }).click();
    const verdict = page.getByTestId('vote-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('Đạt');
    expect(await verdict.textContent()).toContain('6/9');
    await page.locator('.page-header .chip', { hasText: 'Chờ ký' }).waitFor();
    await snap(page, '43-vote-recorded');

    await page.getByLabel('Số quyết định').fill('45/QĐ-LĐLĐ');
    await page.getByRole('button', { name: 'Quyết định khen thưởng' }).click();
    await page.locator('.page-header .chip', { hasText: 'Đã khen thưởng' }).waitFor();
    // The granting unit's chair may revoke: folded away, opened from its summary.
    await page.locator('summary', { hasText: 'Thu hồi khen thưởng' }).click();
    await page.getByLabel('Lý do thu hồi').waitFor();
    await snap(page, '44-granted-with-steps');
    await page.context().close();
  }, 90_000);
});
