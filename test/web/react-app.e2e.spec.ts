import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bundleSizes, ensureWebBuilt } from '../../apps/web/tools/build';
import {
  APP,
  ARTIFACTS_DIR,
  choose,
  logInApp,
  nominateThroughApi,
  openViewport,
  snap,
  unlabelledControls,
  useBrowserSystem,
  VIEWPORTS,
  waitForInbox as waitForInboxOf,
  type Viewport,
} from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The React app (apps/web/src) against the real system, at desktop and phone widths: login, the
// inbox (sort, filters, counters, select-all, bulk approval with one decision number at the
// granting level), the nomination page (decision number asked up front, next task), the menu in a
// Drawer on phones, the strict CSP with a nonce, print. Screenshots in test-artifacts/web/react-*.
describe('the React web app against the real system', () => {
  // Built once (skipped when apps/web/dist is newer than every source file).
  beforeAll(() => ensureWebBuilt(), 300_000);
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));
  const metrics: Record<string, unknown> = {};
  afterAll(() => {
    const sizes = bundleSizes();
    metrics.bundle = { bytes: sizes.bytes, gzip: sizes.gzip, files: sizes.files };
    writeFileSync(path.join(ARTIFACTS_DIR, 'react-metrics.json'), JSON.stringify(metrics, null, 2));
  });

  const nominate = (fullName: string) => nominateThroughApi(sys, fullName);
  const waitForInbox = (username: string, names: string[]) => waitForInboxOf(sys, username, names);
  const openPage = (viewport: Viewport) => openViewport(browser, viewport);
  const logIn = (page: Page, username: string) => logInApp(page, sys.baseUrl!, username);

  async function statusOf(id: string): Promise<{ status: string; decisionNumber: string | null }> {
    const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.nominator'));
    return { status: res.body.status, decisionNumber: res.body.decisionNumber };
  }

  /** Waits (up to 15 s) until the read model shows every nomination in `status`. */
  async function waitForStatus(ids: string[], status: string): Promise<void> {
    for (let i = 0; i < 150; i++) {
      const all = await Promise.all(ids.map(statusOf));
      if (all.every((s) => s.status === status)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not all ${status}: ${JSON.stringify(await Promise.all(ids.map(statusOf)))}`);
  }

  /**
   * Makes these nominations' open tasks overdue by the API's clock (shifted into the demo year; the
   * e2e clock cannot jump weeks ahead): once the workflow's deadline ladder, which runs on real time,
   * has nothing left to fire, the passed due time is written into the read model the inbox reads.
   */
  async function makeOverdue(username: string, ids: string[]): Promise<void> {
    const settled = async (id: string) => {
      const events = await sys.store.readStream(`nomination-${id}`);
      const due = events.filter((e) => e.type === 'NominationTaskDueSet').at(-1);
      const dueAt = Date.parse((due?.data as { dueAt?: string } | undefined)?.dueAt ?? '');
      return Number.isFinite(dueAt) && (dueAt > Date.now() || events.some((e) => e.type === 'NominationMarkedStuck'));
    };
    for (let i = 0; i < 300; i++) {
      if ((await Promise.all(ids.map(settled))).every(Boolean)) {
        await sys.database.db
          .updateTable('inbox_tasks')
          .set({ due_at: '2026-06-01T10:00:00Z' })
          .where('nomination_id', 'in', ids)
          .execute();
        const res = await sys.http
          .get('/api/inbox')
          .query({ limit: 200, overdue: true })
          .set(await sys.as(username));
        const have = new Set((res.body.items ?? []).map((t: { nominationId: string }) => t.nominationId));
        if (ids.every((id) => have.has(id))) return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${ids.join(', ')} never overdue in ${username}'s inbox`);
  }

  for (const viewport of VIEWPORTS) {
    const shot = (page: Page, name: string) => snap(page, `react-${viewport.name}-${name}`);

    it(`${viewport.name} ${viewport.width}×${viewport.height}: login page interactive, labelled, strict CSP`, async () => {
      const { page, violations } = await openPage(viewport);
      const started = Date.now();
      const res = await page.goto(`${sys.baseUrl!}${APP}/login`);
      await page.getByLabel('Tên đăng nhập').fill('x');
      const usableMs = Date.now() - started;
      // In the page's own clock: from navigation start to the first screen's commit (app-interactive).
      const timing = await page.evaluate<{ interactiveMs: number; domInteractive: number; loadEventEnd: number }>(
        `(() => {
          const n = performance.getEntriesByType('navigation')[0];
          const mark = performance.getEntriesByName('app-interactive')[0];
          return {
            interactiveMs: Math.round(mark ? mark.startTime : -1),
            domInteractive: Math.round(n.domInteractive),
            loadEventEnd: Math.round(n.loadEventEnd),
          };
        })()`,
      );
      metrics[`firstInteractive_${viewport.name}`] = { ...timing, usableFromTestMs: usableMs };
      console.log(
        `[react-app] ${viewport.name}: first screen interactive`,
        timing,
        `(test saw it usable after ${usableMs} ms)`,
      );
      expect(timing.interactiveMs).toBeGreaterThan(0);

      const csp = res!.headers()['content-security-policy'] ?? '';
      expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await unlabelledControls(page)).toEqual([]);
      // The component library's styles applied: the primary button is coloured, not a bare grey button.
      const bg = await page
        .getByRole('button', { name: 'Đăng nhập' })
        .evaluate(
          (el: { ownerDocument: { defaultView: unknown } } & object) =>
            (
              el.ownerDocument.defaultView as { getComputedStyle(e: unknown): { backgroundColor: string } }
            ).getComputedStyle(el).backgroundColor,
        );
      expect(bg).toBe('rgb(179, 38, 30)');
      // A wrong password: the server's Vietnamese message, not a code.
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).not.toMatch(/AUTH\.|invalid/i);
      await shot(page, '01-login');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: an approver sorts, filters, approves with the keyboard and moves to the next task`, async () => {
      const names = [`Lê Thị Thứ Nhất ${viewport.name}`, `Trần Văn Thứ Hai ${viewport.name}`];
      const ids = [];
      for (const n of names) ids.push(await nominate(n));
      await waitForInbox('bvdp.chair', names);
      await makeOverdue('bvdp.chair', ids);
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'bvdp.chair');
      await page.waitForURL(/\/inbox/);
      for (const n of names) await page.getByRole('link', { name: n }).waitFor();
      expect(await unlabelledControls(page)).toEqual([]);
      const summary = page.locator('p.summary');
      expect(await summary.textContent()).toMatch(/^Hộp việc có \d+ việc\.$/);
      // A search that matches nobody: the empty state names the filter and agrees with the counter.
      await page.getByLabel('Tìm', { exact: true }).fill('Không có ai tên này');
      await page.keyboard.press('Enter');
      await page.getByText('Không có việc nào khớp bộ lọc').waitFor();
      expect(await summary.textContent()).toMatch(/^0 việc khớp bộ lọc \(trong tổng số [1-9]\d* việc\)\.$/);
      await shot(page, '02-inbox-filtered-empty');
      await page.goto(`${sys.baseUrl!}${APP}/inbox`);
      await page.getByRole('link', { name: names[0] }).waitFor();
      // Overdue (made so above): the counter follows the filter, each row says so.
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Bộ lọc và sắp xếp' }).click();
      await choose(page, 'Hạn', 'Quá hạn');
      // Filters live in the address, so a filtered inbox can be bookmarked and shared.
      await page.waitForURL(/overdue=true/);
      await page.getByText(/^[1-9]\d* việc khớp bộ lọc/).waitFor();
      const rows = page.locator('tbody tr.ant-table-row');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const row of await rows.all()) expect(await row.textContent()).toContain('Quá hạn');
      await shot(page, '02-inbox-overdue');
      await page.goto(`${sys.baseUrl!}${APP}/inbox`);
      await page.getByRole('link', { name: names[0] }).waitFor();

      // No sideways scrolling on a phone; the first task is above the fold.
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(viewport.width);
      const firstRow = await page.locator('tbody tr.ant-table-row').first().boundingBox();
      expect(firstRow!.y + firstRow!.height).toBeLessThan(viewport.height);
      await shot(page, '03-inbox');

      if (viewport.name === 'phone') {
        await page.getByRole('button', { name: 'Mở menu' }).click();
        const drawer = page.getByRole('dialog');
        await drawer.getByRole('link', { name: 'Hồ sơ đề nghị' }).waitFor();
        await shot(page, '04-menu-drawer');
        await page.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });
      }

      await page.getByRole('link', { name: names[0] }).click();
      await page.getByRole('heading', { name: names[0], level: 1 }).waitFor();
      // The decision is reachable by keyboard; "Đồng ý" is the default at a lower level (no number asked).
      expect(await page.getByLabel('Số quyết định khen thưởng').count()).toBe(0);
      const send = page.getByRole('button', { name: 'Gửi quyết định' });
      const box = await send.boundingBox();
      if (viewport.name === 'phone') expect(box!.y).toBeLessThan(viewport.height * 1.5);
      await shot(page, '05-nomination');
      await send.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Đã đồng ý, chuyển cấp trên.' }).waitFor();
      const next = page.getByRole('button', { name: /^Việc tiếp theo: / });
      await next.waitFor();
      await shot(page, '06-decided-next');
      await next.click();
      await page.getByRole('button', { name: 'Gửi quyết định' }).waitFor();
      expect(page.url()).not.toContain(ids[0]!);
      await waitForStatus([ids[0]!], 'FORWARDED');
      // Print: the nomination without menus or buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: a nominator sees the required documents first, keeps a draft, uploads and sends`, async () => {
      const nominee = `Vương Thị Hồ Sơ ${viewport.name}`;
      const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}`);
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'bvdp.nominator');
      await page.waitForURL(/\/nominations$/);
      await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
      await page.getByRole('heading', { name: 'Đề nghị khen thưởng', level: 1 }).waitFor();
      await choose(page, 'Đợt thi đua', 'Lao động giỏi, lao động sáng tạo');
      await choose(page, 'Hình thức khen thưởng', 'Giấy khen');
      // The award's documents, named, before anything is sent; sending waits for them.
      const needed = page.locator('ul.required-docs li');
      await needed.first().waitFor();
      expect(await needed.allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Tờ trình\s*Chưa có$/)]),
      );
      expect(await page.getByRole('button', { name: 'Gửi đề nghị' }).isDisabled()).toBe(true);
      await page.getByLabel('Họ và tên').fill(nominee);
      await page.getByLabel('Năm sinh').fill('1984');
      await page.getByLabel('Chức vụ, đơn vị công tác').fill('Điều dưỡng trưởng khoa Nhi');
      await page.getByLabel('Thành tích đạt được').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025.');
      await page.getByRole('button', { name: 'Lưu nháp' }).click();
      await page.getByText('Đã lưu bản nháp trên máy này.').waitFor();
      // The draft comes back after a reload.
      await page.reload();
      await page.getByText(/^Đã mở bản nháp lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} trên máy này\.$/).waitFor();
      expect(await page.getByLabel('Họ và tên').inputValue()).toBe(nominee);
      await shot(page, '10-dossier-draft');
      const count = await needed.count();
      for (let i = 0; i < count; i++) {
        await page.locator('input[type=file]').setInputFiles({
          name: `tai-lieu-${i + 1}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdf(`tài liệu ${i + 1}`),
        });
        await page.getByText(`tai-lieu-${i + 1}.pdf`).waitFor();
      }
      expect(await needed.allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('Chưa có')]));
      await shot(page, '11-dossier-complete');
      await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await page.getByRole('heading', { name: nominee, level: 1 }).waitFor();
      await page.getByText('tai-lieu-1.pdf').waitFor();
      await shot(page, '12-dossier-sent');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: an approver on leave delegates to a colleague found by name, until a dd/mm/yyyy day`, async () => {
      const { page, violations } = await openPage(viewport);
      // Users no other journey here decides with (a delegation changes what the delegate's inbox holds).
      await logIn(page, viewport.name === 'phone' ? 'cta.reviewer' : 'hn.reviewer');
      if (viewport.name === 'phone') {
        await page.getByRole('button', { name: 'Mở menu' }).click();
        await page.getByRole('dialog').getByRole('link', { name: 'Ủy quyền' }).click();
      } else {
        await page.getByRole('link', { name: 'Ủy quyền' }).click();
      }
      await page.getByRole('heading', { name: 'Ủy quyền xét duyệt', level: 1 }).waitFor();
      expect(await unlabelledControls(page)).toEqual([]);
      const colleague = viewport.name === 'phone' ? 'Lê Thị Kim Loan' : 'Nguyễn Đức Long';
      // Chosen from the unit's directory by typing part of the name (never an id).
      const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: colleague,
      });
      // The search is debounced and asks the server; on a loaded machine an answer can come back for
      // an earlier keystroke (and re-render the list under the pointer), so type again until the
      // colleague is offered and chosen.
      const field = page.getByTestId('delegation-form');
      for (let attempt = 1; ; attempt++) {
        await page.getByLabel('Người được ủy quyền').fill('');
        await page.getByLabel('Người được ủy quyền').fill(colleague.split(' ').at(-1)!);
        try {
          await option.waitFor({ timeout: 10_000 });
          await option.click({ timeout: 10_000 });
          await field.getByText(colleague).filter({ visible: true }).first().waitFor({ timeout: 5_000 });
          break;
        } catch (err) {
          if (attempt >= 4) throw err;
        }
      }
      // The demo clock is in June 2026: a delegation to the end of the month. The typed day is
      // committed by leaving the field (Enter there would send the form before the reason).
      const endDay = page.getByLabel('Đến hết ngày');
      for (let attempt = 1; attempt <= 4 && (await endDay.inputValue()) !== '30/06/2026'; attempt++) {
        await endDay.fill('30/06/2026');
        await page.keyboard.press('Tab');
      }
      await page.getByLabel('Lý do').fill('Nghỉ phép năm.');
      await shot(page, '13-delegation-form');
      await page.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
      const row = page.locator('table').first().getByRole('row').filter({ hasText: colleague });
      await row.waitFor();
      expect(await row.textContent()).toContain('30/06/2026');
      await shot(page, '14-delegation-given');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: an auditor opens the anomaly report from the menu and reads it without codes`, async () => {
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'tld.auditor');
      // The audit screens sit under one heading of the menu.
      const menu = viewport.name === 'phone' ? page.getByRole('dialog') : page.locator('.ant-layout-sider');
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Mở menu' }).click();
      await menu.getByText('Kiểm tra, giám sát', { exact: true }).click();
      await menu.getByRole('link', { name: 'Bất thường', exact: true }).click();
      await page.getByRole('heading', { name: 'Bất thường trong đợt thi đua', level: 1 }).waitFor();
      // The campaign is chosen by name; the report says how much it scanned.
      await page
        .locator('.summary')
        .filter({ hasText: /rà soát/ })
        .waitFor();
      expect(await unlabelledControls(page)).toEqual([]);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/late_decision|on_behalf|Nomination[A-Z]|\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}-/);
      await shot(page, '15-audit-anomalies');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: at the granting level the number is asked up front; select-all grants a batch under one number`, async () => {
      const single = await nominate(`Phạm Thị Cấp Quyết Định ${viewport.name}`);
      const batch = [
        await nominate(`Đỗ Văn Lô Một ${viewport.name}`),
        await nominate(`Hoàng Thị Lô Hai ${viewport.name}`),
      ];
      const all = [single, ...batch];
      for (const id of all) {
        const res = await sys.http
          .post(`/api/nominations/${id}/decisions`)
          .set(await sys.as('bvdp.chair'))
          .set('Idempotency-Key', randomUUID())
          .send({ decision: 'approve' });
        expect(res.status).toBeLessThan(300);
      }
      await waitForStatus(all, 'FORWARDED');
      await waitForInbox('dp.chair', [`Phạm Thị Cấp Quyết Định ${viewport.name}`, `Đỗ Văn Lô Một ${viewport.name}`]);
      // Tasks of the other viewport's run are decided through the API, so the district's inbox holds these.
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'dp.chair');
      await page.waitForURL(/\/inbox/);
      const singleName = `Phạm Thị Cấp Quyết Định ${viewport.name}`;
      await page.getByRole('link', { name: singleName }).click();
      await page.getByRole('heading', { name: singleName, level: 1 }).waitFor();
      const number = page.getByLabel('Số quyết định khen thưởng');
      await number.waitFor();
      await page.getByRole('button', { name: 'Gửi quyết định' }).click();
      await page.getByText('Nhập số quyết định khen thưởng.').waitFor();
      await shot(page, '07-granting-number-required');
      await number.fill('15/QĐ-CĐ');
      await page.getByRole('button', { name: 'Gửi quyết định' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã quyết định khen thưởng.' }).waitFor();
      await waitForStatus([single], 'GRANTED');
      expect((await statusOf(single)).decisionNumber).toBe('15/QĐ-CĐ');

      await page.getByRole('link', { name: 'Về hộp việc' }).click();
      await page.waitForURL(/\/inbox/);
      await page.getByRole('link', { name: `Đỗ Văn Lô Một ${viewport.name}` }).waitFor();
      // Select-all (the header checkbox) takes every decidable task on the page.
      await page.getByRole('checkbox', { name: /Chọn tất cả|Select all/i }).check();
      const panel = page.locator('.bulk-panel');
      await panel.getByRole('button', { name: /Xử lý hàng loạt \d+ hồ sơ đã chọn/ }).click();
      const bulkNumber = panel.getByLabel('Số quyết định khen thưởng (một số cho cả đợt duyệt)');
      await bulkNumber.waitFor();
      // The panel opens with an animation; a click that lands while it still moves is lost, so the
      // empty number is sent again until the form says what is missing.
      const missingNumber = panel.getByText('Nhập số quyết định khen thưởng.');
      for (let attempt = 0; attempt < 5 && !(await missingNumber.isVisible()); attempt++) {
        await panel.getByRole('button', { name: /^Đồng ý \d+ hồ sơ$/ }).click();
        await missingNumber.waitFor({ timeout: 6_000 }).catch(() => undefined);
      }
      await missingNumber.waitFor();
      await bulkNumber.fill('16/QĐ-CĐ');
      await shot(page, '08-bulk-granting');
      await panel.getByRole('button', { name: /^Đồng ý \d+ hồ sơ$/ }).click();
      await page.getByText(/^Đã xử lý \d+\/\d+ hồ sơ\.$/).waitFor({ timeout: 60_000 });
      await waitForStatus(batch, 'GRANTED');
      for (const id of batch) expect((await statusOf(id)).decisionNumber).toBe('16/QĐ-CĐ');
      await shot(page, '09-bulk-done');
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }
});
