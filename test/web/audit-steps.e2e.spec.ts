import { randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The procedure steps of the thematic campaign (rule set 2024.2) through the old app's nomination page,
// against the real system. (The auditors' journey is in react-admin-audit.e2e.spec.ts.)
describe('the procedure steps in the web UI', () => {
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
