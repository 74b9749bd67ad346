import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import {
  APP,
  ARTIFACTS_DIR,
  goTo,
  logInApp,
  mainText,
  openViewport as openSized,
  pageWidths,
  pick,
  snap,
  unlabelledControls,
  useBrowserSystem,
  VIEWPORTS,
  type Viewport,
} from './browser';
import type { E2eSystem } from '../support/e2e-system';

/** Codes, ids, English event names and ISO instants: none may reach a screen. */
const LEAKS =
  /BK_[A-Z]+|\bGK\b|ldld-|cdcs-|Nomination[A-Z]|\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}-|overdue|no_assignee/;

// The administrators' and auditors' screens of the React app against the real system, at desktop and
// phone widths (the journeys of the old app's admin-desk, admin-editors and audit pages): the stuck
// desk with its extension through the real workflow and a bulk dry run by name; users, units,
// quotas, calendar and campaigns; the audit menu, a nomination's history as of an event, and a signed
// export downloaded then checked on the verifier page. Screenshots in test-artifacts/web/react-*.
describe('the React app: administrators and auditors', () => {
  beforeAll(() => ensureWebBuilt(), 300_000);
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  async function nominate(fullName: string): Promise<string> {
    const dossier = sampleDossier();
    const res = await sys.http
      .post('/api/nominations')
      .set(await sys.as('snv.nominator'))
      .set('Idempotency-Key', randomUUID())
      .send({
        nominatingUnitId: demoUnitIds.cdcsSoNoiVuCaoBang,
        awardCode: 'GK',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `DV-${randomUUID()}` } },
      });
    if (res.status >= 300) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.nominationId as string;
  }

  /** Waits until the workflow's due time is in the read model (no later event re-projects the row). */
  async function dueSet(id: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const due = (await sys.store.readStream(nominationStreamId(id)))
        .filter((e) => e.type === 'NominationTaskDueSet')
        .at(-1);
      const dueAt = (due?.data as { dueAt?: string } | undefined)?.dueAt;
      const row = await sys.database.db
        .selectFrom('inbox_tasks')
        .select('due_at')
        .where('nomination_id', '=', id)
        .executeTakeFirst();
      if (dueAt && row?.due_at && new Date(row.due_at).getTime() === Date.parse(dueAt)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no due time on ${id} after 30 s`);
  }

  /** The deadline ladder (real time) has nothing left to fire on this nomination. */
  async function ladderSettled(id: string): Promise<boolean> {
    const events = await sys.store.readStream(nominationStreamId(id));
    const due = events.filter((e) => e.type === 'NominationTaskDueSet').at(-1);
    const dueAt = Date.parse((due?.data as { dueAt?: string } | undefined)?.dueAt ?? '');
    return dueAt > Date.now() || events.some((e) => e.type === 'NominationMarkedStuck');
  }

  /**
   * The e2e clock cannot jump weeks ahead: the passed deadline is written into the read model the desk
   * reads (again if a ladder event re-projected the row); the extension then goes through the workflow.
   */
  async function pastDue(id: string): Promise<void> {
    const admin = await sys.as('sysadmin');
    let last: unknown;
    for (let i = 0; i < 150; i++) {
      await sys.database.db
        .updateTable('inbox_tasks')
        .set({ due_at: '2026-06-01T10:00:00Z' })
        .where('nomination_id', '=', id)
        .execute();
      const res = await sys.http.get('/api/admin/stuck').set(admin);
      last = res.body;
      const item = res.body.items?.find((i: { nominationId: string }) => i.nominationId === id);
      const marked = (await sys.store.readStream(nominationStreamId(id))).some(
        (e) => e.type === 'NominationMarkedStuck',
      );
      if (item?.reasons.includes('overdue') && (await ladderSettled(id)) && (!marked || item.reasons.includes('stuck')))
        return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the desk never showed ${id} overdue: ${JSON.stringify(last)}`);
  }

  const openPage = (viewport: Viewport) => openSized(browser, viewport);
  const logIn = (page: Page, username: string) => logInApp(page, sys.baseUrl!, username);

  for (const viewport of VIEWPORTS) {
    const phone = viewport.name === 'phone';
    const shot = (page: Page, name: string) => snap(page, `react-${viewport.name}-${name}`);

    it(`${viewport.name}: a system admin finds an overdue nomination on the desk, extends it, and previews a bulk reminder by name`, async () => {
      const nominee = `Hoàng Thị Quá Hạn ${viewport.name}`;
      const id = await nominate(nominee);
      await dueSet(id);
      await pastDue(id);
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'sysadmin');
      await goTo(page, phone, 'Quản trị', 'Bàn điều phối');
      await page.getByRole('heading', { name: 'Bàn điều phối', level: 1 }).waitFor();
      const row = page.locator(`tr[data-nomination-id="${id}"]`);
      await row.waitFor();
      expect(await row.locator('[data-reason="overdue"]').textContent()).toBe('Quá hạn');
      expect(await row.locator('[data-lateness]').getAttribute('data-lateness')).toBe('late');
      // Lateness in words that agree with each other, never "0 ngày chờ" beside "quá hạn N ngày".
      expect(await row.locator('[data-lateness]').textContent()).toMatch(
        /^(nhận hôm nay|đã chờ \d+ ngày)(, quá hạn \d+ ngày|; hạn đã qua \d+ ngày trước khi nhận|, đã bị đánh dấu quá hạn)$/,
      );
      const bar = page.getByTestId('aging').locator(`li[data-unit-id="${demoUnitIds.cdcsSoNoiVuCaoBang}"]`);
      expect(await bar.getByRole('img').getAttribute('aria-label')).toMatch(/việc đang chờ, \d+ quá hạn/);
      expect(await bar.locator('.aging-late').count()).toBe(1);
      expect(await unlabelledControls(page)).toEqual([]);
      expect(await mainText(page)).not.toMatch(LEAKS);
      await shot(page, '20-admin-desk');
      // Nothing scrolls sideways, on a phone either: wide tables scroll inside their own box.
      const widths = await pageWidths(page);
      expect({ ...widths, fits: widths.scrollWidth <= widths.width }).toMatchObject({ fits: true });

      await row.getByRole('button', { name: `Gia hạn hồ sơ của ${nominee}` }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: 'Gia hạn xử lý hồ sơ' });
      const day = dialog.getByLabel('Hạn mới (đến 17:00 ngày)');
      await day.click();
      await day.fill('30/12/2026');
      await day.press('Enter');
      await dialog.getByLabel('Lý do gia hạn').fill('Hội đồng thi đua họp bù do trùng lịch tiếp công dân.');
      await shot(page, '21-admin-desk-extend');
      await dialog.getByRole('button', { name: 'Gia hạn', exact: true }).click();
      await page.getByText(`Đã gia hạn hồ sơ của ${nominee}.`).waitFor({ timeout: 60_000 });
      const extended = (await sys.store.readStream(nominationStreamId(id))).find(
        (e) => e.type === 'NominationTaskDeadlineExtended',
      );
      expect(extended?.data).toMatchObject({
        dueAt: '2026-12-30T17:00:00+07:00',
        reason: 'Hội đồng thi đua họp bù do trùng lịch tiếp công dân.',
      });

      // A bulk reminder over the overdue filter: the preview names whom it would touch.
      const other = `Lò Văn Nhắc Việc ${viewport.name}`;
      const otherId = await nominate(other);
      await dueSet(otherId);
      await pastDue(otherId);
      await page.goto(`${sys.baseUrl!}${APP}/admin/desk?reason=overdue`);
      const card = page.getByTestId('interventions');
      await card.getByLabel('Lý do').fill('Đề nghị xử lý trước ngày họp Hội đồng thi đua.');
      await card.getByRole('button', { name: 'Xem trước' }).click();
      const preview = page.getByTestId('intervention-preview');
      await preview.getByText(`${other} · `, { exact: false }).waitFor();
      await shot(page, '22-admin-desk-bulk-preview');
      await preview.getByRole('button', { name: /^Nhắc việc \d+ hồ sơ này$/ }).click();
      await preview.getByText(/^Đã xong: \d+ thành công/).waitFor({ timeout: 60_000 });
      const reminded = (await sys.store.readStream(nominationStreamId(otherId))).find(
        (e) => e.type === 'NominationTaskReminded',
      );
      expect(reminded?.data).toMatchObject({ reason: 'Đề nghị xử lý trước ngày họp Hội đồng thi đua.' });
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: a system admin creates a user, browses the units tree, quotas, the calendar and the rule-set list`, async () => {
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'sysadmin');
      await goTo(page, phone, 'Quản trị', 'Người dùng');
      await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
      await page
        .getByRole('button', { name: /Tạo người dùng$/ })
        .first()
        .click();
      const drawer = page.getByRole('dialog').filter({ hasText: 'Mật khẩu ban đầu' });
      const username = `moi.${viewport.name}.${Date.now() % 100000}`;
      await drawer.getByLabel('Họ và tên').fill(`Vi Thị Mới ${viewport.name}`);
      await drawer.getByLabel('Tên đăng nhập').fill(username);
      await drawer.getByLabel('Mật khẩu ban đầu').fill('Doi-mat-khau-2026');
      await pick(page, drawer, 'Vai trò', 'Cán bộ đề nghị');
      await pick(page, drawer, 'Tại đơn vị', 'Sở Nội vụ', 'Sở Nội vụ');
      await drawer.getByLabel('Căn cứ (quyết định, công văn)').fill('Quyết định 12/QĐ-LĐLĐ phân công cán bộ.');
      expect(await unlabelledControls(page)).toEqual([]);
      await shot(page, '30-admin-user-form');
      await drawer.getByRole('button', { name: 'Tạo người dùng' }).click();
      await page.getByText(`Đã tạo người dùng Vi Thị Mới ${viewport.name}.`).waitFor({ timeout: 30_000 });
      const created = await sys.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      expect(created).toBeDefined();
      const roles = await sys.database.db
        .selectFrom('user_roles')
        .select(['role', 'unit_id'])
        .where('user_id', '=', created!.id)
        .execute();
      expect(roles).toEqual([{ role: 'nominator', unit_id: demoUnitIds.cdcsSoNoiVuCaoBang }]);

      await goTo(page, phone, 'Quản trị', 'Đơn vị');
      await page.getByRole('tree').waitFor();
      await page.getByLabel('Tìm đơn vị').fill('Đan Phượng');
      await page.getByRole('tree').getByText('Liên đoàn Lao động huyện Đan Phượng').click();
      await page.getByText('Trực thuộc').waitFor();
      expect(await mainText(page)).toContain('Liên đoàn Lao động thành phố Hà Nội');
      await shot(page, '31-admin-units-tree');

      await goTo(page, phone, 'Quản trị', 'Chỉ tiêu');
      await page
        .locator('.summary')
        .filter({ hasText: /chỉ tiêu/ })
        .waitFor();
      expect(await mainText(page)).not.toMatch(LEAKS);
      await shot(page, '32-admin-quotas');

      await goTo(page, phone, 'Quản trị', 'Lịch làm việc');
      await page.getByRole('heading', { name: /^Lịch làm việc năm \d{4}$/ }).waitFor();
      await page.locator('.ant-picker-calendar').waitFor();
      await page
        .getByRole('cell', { name: /Nghỉ lễ, tết/ })
        .first()
        .waitFor();
      await shot(page, '33-admin-calendar');

      await goTo(page, phone, 'Quản trị', 'Đợt thi đua');
      await page.getByRole('button', { name: /Mở đợt thi đua$/ }).click();
      await page.getByLabel('Bộ quy định áp dụng').click();
      const versions = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: /^Phiên bản /,
      });
      await versions.first().waitFor();
      expect(await versions.count()).toBeGreaterThan(0);
      await shot(page, '34-admin-campaign-rule-set');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: an auditor opens a nomination's history from the audit menu, moves the as-of slider, and checks a downloaded export`, async () => {
      const nominee = `Đinh Văn Kiểm Toán ${viewport.name}`;
      const id = await nominate(nominee);
      await dueSet(id);
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'tld.auditor');
      await goTo(page, phone, 'Kiểm tra, giám sát', 'Tra cứu hồ sơ');
      await page.getByRole('heading', { name: 'Kiểm tra, giám sát', level: 1 }).waitFor();
      await page.getByLabel('Tìm hồ sơ theo tên').fill(nominee);
      await page.getByLabel('Tìm hồ sơ theo tên').press('Enter');
      await page.getByRole('link', { name: nominee }).click();
      await page.getByRole('heading', { name: `Lịch sử hồ sơ: ${nominee}` }).waitFor();
      const version = page.getByTestId('as-of-version');
      await version.waitFor();
      const slider = page.getByRole('slider');
      const agree = async () => {
        const [shown, total] = ((await version.textContent()) ?? '').split('/').map(Number);
        expect(String(shown)).toBe(await slider.getAttribute('aria-valuenow'));
        return { shown: shown!, total: total! };
      };
      const start = await agree();
      expect(start.shown).toBe(start.total);
      await slider.focus();
      await page.keyboard.press('Home');
      // The first instant: the submission and whatever the workflow wrote in the same transaction.
      await version.filter({ hasText: new RegExp(`^(?!${start.total}/)\\d+/`) }).waitFor();
      const first = await agree();
      expect(first.shown).toBeLessThan(start.total);
      expect(await page.locator('tr.future-event').count()).toBe(start.total - first.shown);
      // One step forward and back again: the slider and the state agree at every stop.
      await page.keyboard.press('ArrowRight');
      await version.filter({ hasText: new RegExp(`^(?!${first.shown}/)\\d+/`) }).waitFor();
      expect((await agree()).shown).toBeGreaterThan(first.shown);
      await page.keyboard.press('ArrowLeft');
      await version.filter({ hasText: new RegExp(`^${first.shown}/`) }).waitFor();
      expect((await agree()).shown).toBe(first.shown);
      expect(await unlabelledControls(page)).toEqual([]);
      expect(await mainText(page)).not.toMatch(/Nomination[A-Z]|\d{4}-\d{2}-\d{2}T/);
      await shot(page, '40-audit-history-as-of');

      // The workflow's history replays against today's code, and today's signed anchor of every stream
      // head checks against the store.
      await page.getByRole('button', { name: 'Kiểm tra phát lại quy trình' }).click();
      const replayed = page.getByTestId('replay-result');
      await replayed.waitFor({ timeout: 60_000 });
      expect(await replayed.getAttribute('data-ok')).toBe('true');
      await page.getByRole('button', { name: 'Tạo neo hôm nay và đối chiếu' }).click();
      await page.getByTestId('anchor-result').getByText('Đối chiếu khớp').waitFor({ timeout: 60_000 });

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải bản JSON' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^ho-so-dinh-van-kiem-toan-\w+-\d{4}-\d{2}-\d{2}\.json$/);
      const file = path.join(ARTIFACTS_DIR, `react-${viewport.name}-export.json`);
      await download.saveAs(file);
      const forged = JSON.parse(readFileSync(file, 'utf8'));
      forged.payload.events[0].metadata = { ...forged.payload.events[0].metadata, onBehalfOf: 'someone-else' };
      const forgedFile = path.join(ARTIFACTS_DIR, `react-${viewport.name}-export-forged.json`);
      writeFileSync(forgedFile, JSON.stringify(forged));

      await goTo(page, phone, 'Kiểm tra, giám sát', 'Kiểm tra tệp xuất');
      await page.getByRole('heading', { name: 'Kiểm tra tệp xuất', level: 1 }).waitFor();
      expect(await mainText(page)).not.toMatch(/npm|verify-export/);
      await page.locator('input[type=file]').setInputFiles(file);
      // The page shows the chosen file before it is sent.
      await page.getByText(path.basename(file), { exact: true }).waitFor();
      await page.getByRole('button', { name: /^(loading )?Kiểm tra$/ }).click();
      const result = page.getByTestId('export-check-result');
      await result.getByText('Tệp xác thực: đúng bản hệ thống đã xuất, không bị sửa.').waitFor();
      expect(await result.getByText('Không đạt').count()).toBe(0);
      await shot(page, '41-audit-export-valid');
      await page.locator('input[type=file]').setInputFiles(forgedFile);
      await page.getByText(path.basename(forgedFile), { exact: true }).waitFor();
      // Choosing another file clears the previous verdict: no stale "valid" beside the new file.
      expect(await result.getByText('Tệp xác thực', { exact: false }).count()).toBe(0);
      await page.getByRole('button', { name: /^(loading )?Kiểm tra$/ }).click();
      await result.getByText(/^Tệp KHÔNG hợp lệ/).waitFor();
      expect(await result.locator('[data-check="signature"]').textContent()).toContain('Không đạt');
      await shot(page, '42-audit-export-forged');
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  it('a unit admin gets the desk and quotas but no campaign or calendar editor; an approver gets no administration', async () => {
    const { page, violations } = await openPage(VIEWPORTS[0]);
    await logIn(page, 'cb.admin');
    await goTo(page, false, 'Quản trị', 'Bàn điều phối');
    await page.getByRole('heading', { name: 'Bàn điều phối', level: 1 }).waitFor();
    await page
      .locator('.summary')
      .filter({ hasText: /hồ sơ cần xử lý/ })
      .waitFor();
    await goTo(page, false, 'Quản trị', 'Đợt thi đua');
    await page.getByRole('heading', { name: 'Đợt thi đua', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: /Mở đợt thi đua$/ }).count()).toBe(0);
    await goTo(page, false, 'Quản trị', 'Lịch làm việc');
    await page.locator('.ant-picker-calendar').waitFor();
    expect(await mainText(page)).not.toContain('Chọn một ngày để đặt');
    await snap(page, 'react-desktop-35-unit-admin-calendar');
    expect(violations).toEqual([]);
    await page.context().close();

    const approver = await openPage(VIEWPORTS[0]);
    await logIn(approver.page, 'cb.reviewer');
    await approver.page.getByRole('link', { name: 'Hộp việc' }).waitFor();
    expect(await approver.page.getByText('Quản trị', { exact: true }).count()).toBe(0);
    expect(await approver.page.getByText('Kiểm tra, giám sát', { exact: true }).count()).toBe(0);
    await approver.page.context().close();
  });
});
