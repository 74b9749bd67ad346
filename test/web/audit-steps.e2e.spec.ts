import { randomUUID } from 'node:crypto';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import {
  APP,
  VIEWPORTS,
  logInApp,
  nominateThroughApi,
  openViewport,
  snap,
  unlabelledControls,
  useBrowserSystem,
  waitForInbox,
} from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The procedure steps of the thematic campaign (rule set 2024.2: intake, appraisal, the council vote and
// the chair's sign-off at every level) on the React nomination page, against the real system.
describe('the procedure steps in the web app', () => {
  beforeAll(() => ensureWebBuilt(), 300_000);
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

  it('a district chair takes intake, appraisal and the council vote (its verdict shown) to the grant', async () => {
    const nominee = 'Lê Thị Thanh Hương';
    const id = await nominateThroughApi(sys, nominee, { campaignId: demoCampaignIds.gioiViecNuoc2026 });
    // The grassroots level's own steps through the API: its appraisal, vote and the chair's sign-off.
    await post('bvdp.reviewer', `/api/nominations/${id}/appraisal`, { note: 'Đã đối chiếu.' });
    await post('bvdp.chair', `/api/nominations/${id}/vote`, {
      membersTotal: 7,
      present: 5,
      votesFor: 4,
      votesAgainst: 1,
      abstentions: 0,
      writtenFor: 1,
      writtenAgainst: 0,
    });
    await post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve' });
    await waitForInbox(sys, 'dp.chair', [nominee]);

    // On a phone: a district chair takes the steps from one.
    const phone = VIEWPORTS.find((v) => v.name === 'phone')!;
    const { page, violations } = await openViewport(browser, phone);
    await logInApp(page, sys.baseUrl!, 'dp.chair');
    await page.goto(`${sys.baseUrl!}${APP}/nominations/${id}`);
    await page.getByRole('heading', { name: nominee, level: 1 }).waitFor();
    const procedure = page.getByTestId('procedure');
    await procedure.waitFor();
    // The level's steps in order, the one under way current; no approval before the sign-off.
    expect(await procedure.locator('.ant-steps-item-title').allTextContents()).toEqual([
      'Tiếp nhận',
      'Thẩm định',
      'Bình xét',
      'Ký duyệt',
    ]);
    expect(await procedure.locator('.ant-steps-item-process .ant-steps-item-title').textContent()).toBe('Tiếp nhận');
    expect(await page.getByRole('radio', { name: 'Quyết định khen thưởng' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Đồng ý, chuyển cấp trên' }).count()).toBe(0);
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, 'steps-1-intake-phone');

    await procedure.getByRole('button', { name: 'Tiếp nhận: hồ sơ đủ thành phần' }).click();
    await procedure.getByRole('status').filter({ hasText: 'Đã tiếp nhận hồ sơ.' }).waitFor();
    await procedure.getByLabel('Ghi chú thẩm định (không bắt buộc)').fill('Đủ điều kiện theo Quy chế.');
    await procedure.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click();
    await procedure.getByRole('status').filter({ hasText: 'Đã ghi kết quả thẩm định.' }).waitFor();

    const tally: Record<string, number> = {
      'Tổng số thành viên Hội đồng': 9,
      'Số thành viên có mặt': 7,
      'Số phiếu tán thành tại cuộc họp': 5,
      'Số phiếu không tán thành tại cuộc họp': 2,
      'Số phiếu không biểu quyết': 0,
      'Số ý kiến tán thành bằng văn bản (vắng mặt)': 1,
      'Số ý kiến không tán thành bằng văn bản (vắng mặt)': 0,
    };
    for (const [label, value] of Object.entries(tally)) {
      await procedure.getByLabel(label, { exact: true }).fill(String(value));
    }
    await procedure.getByLabel('Số biên bản họp (không bắt buộc)').fill('07/BB-HĐTĐKT');
    await snap(page, 'steps-2-vote-form-phone');
    await procedure.getByRole('button', { name: 'Ghi kết quả bình xét' }).click();
    // The verdict in words, counted on all members (6 of 9 for, more than half).
    const verdict = procedure.getByRole('status').filter({ hasText: 'Đã ghi kết quả bình xét.' });
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/6\/9|6 trên 9|6 \/ 9/);

    // Now the sign-off: the level grants the thematic Giấy khen, its number asked up front.
    // The sign-off is now on offer, and chosen first.
    await page.getByRole('radio', { name: 'Quyết định khen thưởng' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Quyết định khen thưởng' }).isChecked()).toBe(true);
    await page.getByLabel('Số quyết định khen thưởng').fill('45/QĐ-LĐLĐ');
    await page.getByRole('button', { name: 'Gửi quyết định' }).click();
    await page.locator('[data-status="GRANTED"]').waitFor();
    expect(await page.locator('main').textContent()).toContain('45/QĐ-LĐLĐ');
    expect(await unlabelledControls(page)).toEqual([]);
    expect(violations).toEqual([]);
    await snap(page, 'steps-3-granted-phone');
    await page.context().close();
  }, 180_000);
});
