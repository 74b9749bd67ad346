import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  demoUnitIds as u,
  ruleSet2026,
  sampleDossier,
  sampleSubmitNomination,
  type NominationCommand,
} from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import { seedNomination as seedNominationEvents } from '../../apps/api/src/testing/nomination-seed';
import {
  APP,
  choose,
  confirmInDialog,
  pressUntilShown,
  hasFocus,
  logInApp,
  nominateThroughApi,
  openViewport,
  snap,
  unlabelledControls,
  useBrowserSystem,
  VIEWPORTS,
  waitForInbox,
  type Viewport,
} from './browser';
import type { E2eSystem } from '../support/e2e-system';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const [DESKTOP, PHONE] = VIEWPORTS;

// The nominator's and approvers' side of the React app against the real system: a dossier with
// files uploaded for real (checksums, refused files named), the climb through four inboxes with
// a claim, a rival told who decided first and the grant by number, the files downloaded intact;
// on a phone the late arrival, the quota gauge, the notification bell and the task's holder
// (claim, release, assign, recusal); delegations revoked and relatives declared.
describe('the React app: nominator and approvers', () => {
  beforeAll(() => ensureWebBuilt(), 300_000);
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  const logIn = (page: Page, username: string) => logInApp(page, sys.baseUrl!, username);
  const open = async (viewport: Viewport, username: string) => {
    const opened = await openViewport(browser, viewport);
    await logIn(opened.page, username);
    return opened;
  };

  /** Waits (up to 15 s) until the read model shows the nomination in `status`. */
  async function waitForStatus(id: string, status: string): Promise<void> {
    for (let i = 0; i < 150; i++) {
      const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.nominator'));
      if (res.body.status === status) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${id} never ${status}`);
  }

  /** Opens the nomination from `username`'s inbox (desktop). */
  async function openFromInbox(username: string, nominee: string): Promise<Page> {
    await waitForInbox(sys, username, [nominee]);
    const { page } = await open(DESKTOP, username);
    await page.goto(`${sys.baseUrl!}${APP}/inbox`);
    await page.getByRole('link', { name: nominee }).click();
    await page.getByRole('heading', { name: nominee, level: 1 }).waitFor();
    return page;
  }

  /** Approves from the nomination page (the decision number when the level grants). */
  async function approve(page: Page, said: string, decisionNumber?: string): Promise<void> {
    if (decisionNumber) await page.getByLabel('Số quyết định khen thưởng').fill(decisionNumber);
    const send = page.getByRole('button', { name: 'Gửi quyết định' });
    // Keyboard: the decision is reachable and pressable without a mouse.
    await send.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: said }).waitFor();
  }

  it('desktop: a dossier with checked files climbs four inboxes to the grant; a rival hears who decided', async () => {
    const nominee = 'Nguyễn Thị Hồng Nhung';
    const toTrinh = Buffer.from('%PDF-1.4\n% Tờ trình đề nghị khen thưởng năm 2026\n%%EOF\n');
    // A real OOXML package: the server opens .docx files and refuses a bare zip header.
    const baoCao = await readFile(join(__dirname, '../../libs/documents/src/templates/bao-cao-ca-nhan.docx'));
    const bienBan = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const stored = [toTrinh, baoCao, bienBan];

    const { page, violations } = await open(DESKTOP, 'bvdp.nominator');
    await page.waitForURL(/\/nominations$/);
    await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
    await choose(page, 'Đợt thi đua', 'Lao động giỏi, lao động sáng tạo');
    await choose(page, 'Hình thức khen thưởng', 'Bằng khen của Tổng Liên đoàn');
    await page.getByLabel('Họ và tên').fill(nominee);
    await page.getByLabel('Năm sinh').fill('1986');
    await page.getByLabel('Chức vụ, đơn vị công tác').fill('Điều dưỡng trưởng khoa Hồi sức cấp cứu');
    await page.getByLabel('Thành tích đạt được').fill('Hai năm liền hoàn thành xuất sắc nhiệm vụ.');
    await page.locator('input[type=file]').setInputFiles([
      { name: 'tờ-trình-2026.pdf', mimeType: 'application/pdf', buffer: toTrinh },
      { name: 'Báo cáo thành tích.docx', mimeType: 'application/octet-stream', buffer: baoCao },
      { name: 'biên-bản-họp.jpg', mimeType: 'image/jpeg', buffer: bienBan },
      { name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ — không phải PDF') },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ]);
    // The server's checksum of each stored file, checked against the browser's own digest.
    for (const b of stored) await page.locator('code.hash', { hasText: sha256(b) }).waitFor();
    await page.getByText('✓ Đã lưu, mã khớp với tệp trên máy').nth(2).waitFor();
    // The kind is guessed from the name, with or without diacritics: every required document is there.
    const needed = page.locator('ul.required-docs li');
    expect(await needed.allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('Chưa có')]));
    // The server refuses the fake PDF by its signature; the browser refuses the .txt before sending.
    const row = (name: string) => page.locator(`[data-file="${name}"]`);
    expect(await row('gia-mao.pdf').getByRole('alert').textContent()).toContain('chữ ký tệp không khớp');
    expect(await row('ghi-chu.txt').getByRole('alert').textContent()).toBe('Chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX.');
    await page.getByText('Có tệp không tải lên được: hãy xóa tệp đó khỏi danh sách.').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi đề nghị' }).isDisabled()).toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, 'react-desk-01-files');
    await page.getByRole('button', { name: 'Xóa: gia-mao.pdf' }).click();
    // Keyboard: the remove buttons are reachable and work with Enter.
    await page.getByRole('button', { name: 'Xóa: ghi-chu.txt' }).focus();
    await page.keyboard.press('Enter');
    await row('ghi-chu.txt').waitFor({ state: 'detached' });
    // A double click is one nomination: the form keeps one Idempotency-Key.
    await page.getByRole('button', { name: 'Gửi đề nghị' }).dblclick();
    await page.getByRole('heading', { name: nominee, level: 1 }).waitFor();
    const id = /\/nominations\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    const made = await sys.database.db
      .selectFrom('nominations')
      .select('id')
      .where('nominee_name', '=', nominee)
      .execute();
    expect(made.map((n) => n.id)).toEqual([id]);
    const events = await sys.store.readStream(`nomination-${id}`);
    const attachments = (events[0]?.data as { dossier: { attachments: { sha256: string; attachmentId?: string }[] } })
      .dossier.attachments;
    // Uploaded side by side: listed in the order their answers came back.
    expect(attachments.map((a) => a.sha256).sort()).toEqual(stored.map(sha256).sort());
    await page.context().close();

    // The hospital union's chair claims it in the inbox (by keyboard), then approves.
    const other = 'Vũ Văn Chưa Nhận';
    await nominateThroughApi(sys, other);
    await waitForInbox(sys, 'bvdp.chair', [nominee, other]);
    const chair = (await open(DESKTOP, 'bvdp.chair')).page;
    const claim = chair.getByRole('button', { name: `Nhận xử lý hồ sơ của ${nominee}` });
    await claim.focus();
    await chair.keyboard.press('Enter');
    await chair.locator(`tr[data-nomination-id="${id}"] td.holder`, { hasText: 'Tôi' }).waitFor();
    await snap(chair, 'react-desk-02-inbox-claimed');

    // A saved view: "held by me", named, picked again from the list after leaving it.
    await choose(chair, 'Người xử lý', 'Tôi đã nhận');
    await chair.getByRole('link', { name: other }).waitFor({ state: 'detached' });
    await chair.getByText('Bộ lọc đã lưu', { exact: true }).first().click();
    await chair.getByLabel('Tên bộ lọc mới').fill('Hồ sơ tôi đang xử lý');
    await chair.getByRole('button', { name: 'Lưu bộ lọc hiện tại' }).click();
    await chair.waitForURL(/\/inbox\?.*view=/);
    await choose(chair, 'Bộ lọc đã lưu', '— Không dùng —');
    await chair.getByRole('link', { name: other }).waitFor();
    await choose(chair, 'Bộ lọc đã lưu', 'Hồ sơ tôi đang xử lý');
    await chair.getByRole('link', { name: other }).waitFor({ state: 'detached' });
    expect(await chair.locator('tbody tr[data-nomination-id]').count()).toBe(1);
    await snap(chair, 'react-desk-02-inbox-saved-view');
    await chair.getByRole('link', { name: nominee }).click();
    await chair.getByTestId('task-holder').filter({ hasText: 'Nguyễn Thị Thu Hằng (Tôi)' }).waitFor();
    await approve(chair, 'Đã đồng ý, chuyển cấp trên.');
    await chair.context().close();

    // Two district approvers have it open; the chair decides first, the reviewer is told who did.
    const rival = await openFromInbox('dp.reviewer', nominee);
    const district = await openFromInbox('dp.chair', nominee);
    await approve(district, 'Đã đồng ý, chuyển cấp trên.');
    await district.context().close();
    await rival.getByRole('button', { name: 'Gửi quyết định' }).click();
    const conflict = rival.getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Nguyễn Văn Quang');
    await snap(rival, 'react-desk-03-rival-409');
    await rival.context().close();

    const province = await openFromInbox('hn.chair', nominee);
    await approve(province, 'Đã đồng ý, chuyển cấp trên.');
    await province.context().close();
    const national = await openFromInbox('tld.chair', nominee);
    await approve(national, 'Đã quyết định khen thưởng.', '1234/QĐ-TLĐ');
    await national.context().close();
    await waitForStatus(id, 'GRANTED');

    // The nominator reads the outcome; the stored file downloads intact (checked in the browser too).
    const last = (await open(DESKTOP, 'bvdp.nominator')).page;
    await last.goto(`${sys.baseUrl!}${APP}/nominations/${id}`);
    await last.locator('[data-status="GRANTED"]').waitFor();
    expect(await last.locator('main').textContent()).toContain('1234/QĐ-TLĐ');
    const route = last.locator('.ant-card').filter({ hasText: 'Các cấp xét duyệt' });
    expect(await route.locator('.ant-steps-item-finish').count()).toBe(4);
    const download = last.getByRole('button', { name: 'Tải về: tờ-trình-2026.pdf' });
    await download.focus();
    const [file] = await Promise.all([last.waitForEvent('download'), last.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('tờ-trình-2026.pdf');
    expect(sha256(await readFile(await file.path()))).toBe(sha256(toTrinh));
    await last.getByText('Đã tải về, mã SHA-256 khớp.').waitFor();
    // An approver on the route downloads it too; one elsewhere gets 404, as if it did not exist.
    const stored0 = `/api/attachments/${attachments[0]?.attachmentId}`;
    expect((await sys.http.get(stored0).set(await sys.as('dp.chair'))).status).toBe(200);
    expect((await sys.http.get(stored0).set(await sys.as('cb.chair'))).status).toBe(404);
    await snap(last, 'react-desk-04-granted');
    expect(violations).toEqual([]);
    await last.context().close();

    // The auditors' timeline describes each event in Vietnamese, units by name.
    const auditor = (await open(DESKTOP, 'tld.auditor')).page;
    await auditor.goto(`${sys.baseUrl!}${APP}/audit/nominations/${id}`);
    await auditor
      .getByText('Mở xét duyệt lần 1 tại cấp 1 (Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng)')
      .first()
      .waitFor();
    await auditor.context().close();
  });

  it('desktop: a return needs a reason; the nominator resubmits from the inbox', async () => {
    const nominee = 'Kiều Thị Lan Anh';
    const created = await sys.post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: u.cdcsBvdkDanPhuong,
      awardCode: 'BK_TINH',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...sampleDossier(), nominee: { ...sampleDossier().nominee, fullName: nominee } },
    });
    expect(created.status).toBe(201);
    const chair = await openFromInbox('bvdp.chair', nominee);
    await chair.getByRole('radio', { name: 'Trả lại để bổ sung' }).check();
    await chair.getByRole('button', { name: 'Gửi quyết định' }).click();
    await chair.getByText('Nhập lý do.').waitFor();
    await chair.getByLabel('Lý do', { exact: true }).fill('Thiếu biên bản họp bình xét có chữ ký.');
    await chair.getByRole('button', { name: 'Gửi quyết định' }).click();
    await chair.getByRole('status').filter({ hasText: 'Đã trả lại để bổ sung.' }).waitFor();
    await chair.context().close();

    const nominator = await openFromInbox('bvdp.nominator', nominee);
    await nominator.getByLabel('Ghi chú khi gửi lại (không bắt buộc)').fill('Đã bổ sung biên bản họp bình xét.');
    await nominator.getByRole('button', { name: 'Gửi lại hồ sơ' }).click();
    await nominator.getByRole('status').filter({ hasText: 'Đã gửi lại hồ sơ.' }).waitFor();
    await nominator.locator('[data-status="AWAITING_INTAKE"]').waitFor();
    await nominator.getByText('Lý do: Thiếu biên bản họp bình xét có chữ ký.').waitFor();
    await snap(nominator, 'react-desk-05-resubmitted');
    await nominator.context().close();

    // Bulk: two selected; a colleague decides one meanwhile, so it comes back named as not done.
    const names = ['Vũ Văn Hàng Loạt', 'Đinh Thị Đồng Nghiệp'];
    const ids = [await nominateThroughApi(sys, names[0]!), await nominateThroughApi(sys, names[1]!)];
    const bulk = await openFromInbox('bvdp.chair', names[0]!);
    await bulk.goto(`${sys.baseUrl!}${APP}/inbox`);
    await waitForInbox(sys, 'bvdp.chair', names);
    for (const name of names) await bulk.getByRole('checkbox', { name: `Chọn hồ sơ của ${name}` }).check();
    const colleague = await sys.post('bvdp.reviewer', `/api/nominations/${ids[1]}/decisions`, { decision: 'approve' });
    expect(colleague.status).toBe(200);
    const panel = bulk.locator('.bulk-panel');
    await panel.getByRole('button', { name: 'Xử lý hàng loạt 2 hồ sơ đã chọn' }).click();
    // The panel opens with an animation; a click that lands while it still moves is lost: send until answered.
    const answered = bulk.getByText('Đã xử lý 1/2 hồ sơ.');
    for (let attempt = 0; attempt < 5 && !(await answered.isVisible()); attempt++) {
      await panel.getByRole('button', { name: 'Đồng ý 2 hồ sơ' }).click();
      await answered.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    await answered.waitFor();
    const results = bulk.getByTestId('bulk-results');
    await results.waitFor();
    expect(await results.textContent()).toContain(`1 hồ sơ chưa xử lý được:${names[1]}: `);
    await snap(bulk, 'react-desk-06-bulk-one-not-done');
    await bulk.context().close();

    // A system administrator reminds (a reason is required), then cancels after a confirmation.
    const admin = (await open(DESKTOP, 'sysadmin')).page;
    await admin.goto(`${sys.baseUrl!}${APP}/nominations/${created.body.nominationId}`);
    await admin.getByText('Can thiệp của quản trị viên').click();
    const iv = admin.getByTestId('interventions-form');
    await pressUntilShown(iv.getByRole('button', { name: 'Nhắc xử lý' }), iv.getByText('Cần ghi lý do.'));
    expect(await unlabelledControls(admin)).toEqual([]);
    await iv.getByLabel('Lý do can thiệp').fill('Sắp đến hạn họp Hội đồng.');
    await iv.getByRole('button', { name: 'Nhắc xử lý' }).click();
    await admin.getByRole('status').filter({ hasText: 'Đã nhắc người đang xử lý.' }).waitFor();
    await iv.getByLabel('Lý do can thiệp').fill('Hồ sơ trùng với đợt khác.');
    await iv.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await confirmInDialog(admin, 'Hủy hồ sơ');
    await admin.locator('[data-status="CANCELLED"]').waitFor({ timeout: 60_000 });
    await snap(admin, 'react-desk-06-cancelled');
    await admin.context().close();
  });

  it('phone: a late dossier with its quota in the inbox, the bell, claim and release, assignment and recusal', async () => {
    const nominee = 'Nông Thị Chỉ Tiêu';
    const route = [
      { level: 1 as const, unitId: u.cdcsSoNoiVuCaoBang },
      { level: 2 as const, unitId: u.cdVienChucCaoBang },
      { level: 3 as const, unitId: u.ldldCaoBang },
      { level: 4 as const, unitId: u.tongLdld },
    ];
    const actor = (unitId: string) => ({ userId: `u-${unitId}`, name: `Cán bộ ${unitId}`, unitId });
    const approveAt = (id: string, level: 1 | 2, unitId: string): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: actor(unitId),
      now: `2026-06-1${level}T09:00:00Z`,
      decision: 'approve',
      level,
      unitId,
    });
    const sample = sampleDossier();
    const person = sample.nominee;
    if (person.kind !== 'person') throw new Error('the sample dossier nominates a person');
    // Written straight to the store: no workflow, so no deadline timers add notifications meanwhile.
    const id = await seedNominationEvents(sys.store, (nid) => [
      sampleSubmitNomination({
        nominationId: nid,
        nominatingUnitId: u.cdcsSoNoiVuCaoBang,
        actor: actor(u.cdcsSoNoiVuCaoBang),
        awardCode: 'BK_CD',
        campaignId: demoCampaignIds.gioiViecNuoc2026,
        route,
        now: '2026-06-10T09:00:00Z',
        dossier: { ...sample, nominee: { ...person, fullName: nominee } },
      }),
      approveAt(nid, 1, u.cdcsSoNoiVuCaoBang),
      approveAt(nid, 2, u.cdVienChucCaoBang),
    ]);
    // Three province-level approvals of this theme already took three of the four slots.
    await sys.database.db
      .insertInto('quota_usage')
      .values({ bucket_key: `BK_CD|unit:${u.ldldCaoBang}|theme:GVN-DVN-2026`, quota_limit: 4, used: 3 })
      .execute();
    await waitForInbox(sys, 'cb.reviewer', [nominee]);
    // It reached the province after the level's cut-off (the workflow's clock cannot be moved here).
    await sys.database.db
      .updateTable('inbox_tasks')
      .set({
        late_cut_off_at: '2026-06-11T10:00:00Z',
        late_sender_unit_id: u.cdVienChucCaoBang,
        late_sender_name: 'Bế Văn Hùng',
      })
      .where('nomination_id', '=', id)
      .execute();
    let unread = 0;
    for (let i = 0; i < 150 && unread === 0; i++) {
      unread = (await sys.http.get('/api/notifications').set(await sys.as('cb.reviewer'))).body.unreadCount;
      if (unread === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(unread).toBeGreaterThan(0);

    const { page, violations } = await open(PHONE, 'cb.reviewer');
    await page.waitForURL(/\/inbox/);
    const inboxRow = page.locator(`tr[data-nomination-id="${id}"]`);
    await inboxRow.getByRole('link', { name: nominee }).waitFor();
    const late = inboxRow.locator('[data-late-arrival]');
    expect(await late.textContent()).toBe(
      'Nộp muộnSau hạn 11/06/2026 17:00; gửi từ Công đoàn Viên chức tỉnh Cao Bằng (Bế Văn Hùng)',
    );
    const gauge = inboxRow.getByTestId('quota-gauge');
    await gauge.getByText('đã dùng 3/4 suất').waitFor();
    expect(await gauge.textContent()).toContain('Liên đoàn Lao động tỉnh Cao Bằng');
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, 'react-desk-10-phone-inbox-late-quota');

    // The bell: the unread count in its name, the list by keyboard, Escape gives focus back.
    const bell = page.getByRole('button', { name: `Thông báo: ${unread} chưa đọc` });
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Thông báo' });
    await panel.locator('li.notif.unread').first().waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('notif-link'));
    await snap(page, 'react-desk-11-phone-bell');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await hasFocus(bell)).toBe(true);
    await page.keyboard.press('Enter');
    if (unread > 1) {
      await panel
        .getByRole('button', { name: /^Đánh dấu đã đọc: / })
        .first()
        .click();
      await page.getByRole('button', { name: `Thông báo: ${unread - 1} chưa đọc` }).waitFor();
    }
    await panel.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
    // The list stays open after marking: a notification opens its nomination (by keyboard, as on a phone's reader).
    await panel.locator('li.notif.read .notif-link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
    await panel.waitFor({ state: 'hidden' });

    // The nomination: the quota beside the decision; claim, then give the task back.
    await page.goto(`${sys.baseUrl!}${APP}/nominations/${id}`);
    const onPage = page.getByTestId('quota-gauge');
    await onPage.getByText('đã dùng 3/4 suất').waitFor();
    expect(await onPage.textContent()).toContain('còn 1 suất');
    expect(violations).toEqual([]);
    await page.context().close();

    // The task's holder, on a nomination its workflow runs: a reviewer claims and gives it back.
    const taskId = await nominateThroughApi(sys, 'Phạm Văn Giao Việc');
    await waitForInbox(sys, 'bvdp.reviewer', ['Phạm Văn Giao Việc']);
    const reviewer = (await open(PHONE, 'bvdp.reviewer')).page;
    await reviewer.goto(`${sys.baseUrl!}${APP}/nominations/${taskId}`);
    const section = reviewer.getByTestId('task-section');
    const holder = section.getByTestId('task-holder');
    await holder.filter({ hasText: 'Chưa ai nhận' }).waitFor();
    await section.getByRole('button', { name: 'Nhận xử lý' }).click();
    await reviewer.getByRole('status').filter({ hasText: 'Bạn đã nhận xử lý hồ sơ này.' }).waitFor();
    await holder.filter({ hasText: 'Kiều Văn Toàn (Tôi)' }).waitFor();
    await section.getByRole('button', { name: 'Trả việc về đơn vị' }).click();
    await reviewer.getByRole('status').filter({ hasText: 'Đã trả việc về đơn vị.' }).waitFor();
    await holder.filter({ hasText: 'Chưa ai nhận' }).waitFor();
    await snap(reviewer, 'react-desk-12-phone-task');
    await reviewer.context().close();

    // The unit's chair assigns it to the reviewer, found by name, then recuses (reason, confirmation).
    const chair = (await open(PHONE, 'bvdp.chair')).page;
    await chair.goto(`${sys.baseUrl!}${APP}/nominations/${taskId}`);
    const form = chair.getByTestId('assign-form');
    await form.getByRole('button', { name: 'Giao việc' }).click();
    await form.getByText('Cần chọn người được giao.').waitFor();
    const option = chair.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: 'Kiều Văn Toàn',
    });
    for (let attempt = 1; ; attempt++) {
      await form.getByLabel('Giao cho').fill('Toàn');
      try {
        await option.waitFor({ timeout: 10_000 });
        break;
      } catch (err) {
        if (attempt >= 4) throw err;
        await form.getByLabel('Giao cho').fill('');
      }
    }
    await option.click();
    await form.getByLabel('Lý do giao việc').fill('Đồng chí Toàn phụ trách mảng y tế.');
    await form.getByRole('button', { name: 'Giao việc' }).click();
    await chair.getByRole('status').filter({ hasText: 'Đã giao việc cho Kiều Văn Toàn.' }).waitFor();
    await chair
      .getByTestId('task-holder')
      .filter({ hasText: /Kiều Văn Toàn, nhận từ .* · do Nguyễn Thị Thu Hằng giao/ })
      .waitFor();
    await chair.getByText('Tự rút do xung đột lợi ích').click();
    const recuse = chair.getByTestId('recuse-form');
    await recuse.getByRole('button', { name: 'Tự rút khỏi hồ sơ' }).click();
    await recuse.getByText('Cần ghi lý do.').waitFor();
    await recuse.getByLabel('Lý do tự rút').fill('Người được đề nghị là em họ của tôi.');
    await recuse.getByRole('button', { name: 'Tự rút khỏi hồ sơ' }).click();
    await confirmInDialog(chair, 'Tự rút');
    await chair.getByTestId('recused').waitFor({ timeout: 60_000 });
    expect(await chair.getByTestId('task-section').getByRole('button').count()).toBe(0);
    await snap(chair, 'react-desk-13-phone-recused');
    await chair.context().close();
  });

  it('desktop: public disclosure, an objection recorded by the nominator and answered by the chair', async () => {
    // Pinned straight in the table: 2026.1 takes effect in 2028, the admin API would refuse a 2026 campaign.
    const { id: campaignId } = await sys.database.db
      .insertInto('campaigns')
      .values({
        code: `CK-${randomUUID().slice(0, 6)}`,
        name: 'Thi đua thử nghiệm công khai 2026',
        kind: 'annual',
        rule_set_version: ruleSet2026.version,
        award_codes: ['GK'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = await nominateThroughApi(sys, 'Đỗ Thị Công Khai', { campaignId });
    const { page, violations } = await open(DESKTOP, 'bvdp.nominator');
    // The posting follows the submission in the workflow: reload until the page shows it open.
    const card = page.getByTestId('disclosure');
    for (let i = 0; i < 50; i++) {
      await page.goto(`${sys.baseUrl!}${APP}/nominations/${id}`);
      await card.waitFor();
      if ((await card.locator('[data-disclosure="open"]').count()) > 0) break;
      await page.waitForTimeout(200);
    }
    expect(await card.getByTestId('disclosure-period').textContent()).toMatch(
      /^từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4} 17:00 \(5 ngày làm việc\)$/,
    );
    const form = card.getByTestId('objection-form');
    await form.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await form.getByText('Cần ghi nội dung.').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await form.getByLabel('Nội dung phản ánh').fill('Thành tích năm 2025 đã được khen ở đợt khác.');
    await form.getByLabel('Họ tên người phản ánh (nếu có)').fill('Trần Văn Phản');
    await form.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi nhận ý kiến phản ánh.' }).waitFor();
    const item = card.locator('li.objection');
    await item.waitFor();
    expect(await item.getAttribute('data-answered')).toBe('false');
    expect(await item.textContent()).toContain('Trần Văn Phản');
    expect(await card.textContent()).toContain('1 ý kiến chưa được trả lời.');
    expect(violations).toEqual([]);
    await page.context().close();

    const chair = (await open(DESKTOP, 'bvdp.chair')).page;
    await chair.goto(`${sys.baseUrl!}${APP}/nominations/${id}`);
    const objection = chair.getByTestId('disclosure').locator('li.objection');
    await objection.getByText('Trả lời ý kiến').click();
    const answer = objection.getByTestId('answer-form');
    await answer.getByLabel('Nội dung trả lời').fill('Đã kiểm tra: đợt khác là khen chuyên đề, không trùng.');
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await answer.getByText('Cần chọn kết luận.').waitFor();
    await answer.getByLabel('Ý kiến không có cơ sở').check();
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await chair.getByRole('status').filter({ hasText: 'Đã trả lời ý kiến phản ánh.' }).waitFor();
    await chair.getByTestId('disclosure').locator('li.objection[data-answered="true"]').waitFor();
    expect(await chair.getByTestId('disclosure').locator('li.objection').textContent()).toContain(
      'Ý kiến không có cơ sở',
    );
    await snap(chair, 'react-desk-07-disclosure-answered');
    await chair.context().close();
  });

  it('desktop: a chair revokes a delegation by keyboard and declares a relative', async () => {
    const { page, violations } = await open(DESKTOP, 'hg.chair');
    await page.getByRole('link', { name: 'Ủy quyền', exact: true }).click();
    await page.getByRole('heading', { name: 'Ủy quyền xét duyệt', level: 1 }).waitFor();
    await page.getByTestId('relatives').getByText('Chưa kê khai người thân nào.').waitFor();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: 'Võ Văn Phúc',
    });
    // The colleague by name, the last day (typed, committed by leaving the field: Enter would send the
    // form), the reason; then the form is sent.
    const delegate = async (day: string) => {
      for (let attempt = 1; ; attempt++) {
        await page.getByLabel('Người được ủy quyền').fill('');
        await page.getByLabel('Người được ủy quyền').fill('Phúc');
        try {
          await option.waitFor({ timeout: 10_000 });
          break;
        } catch (err) {
          if (attempt >= 4) throw err;
        }
      }
      await option.click();
      const field = page.getByLabel('Đến hết ngày');
      for (let attempt = 1; ; attempt++) {
        await field.fill(day);
        await page.keyboard.press('Tab');
        if ((await field.inputValue()) === day || attempt >= 4) break;
      }
      await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
      await page.getByLabel('Lý do').first().fill('Nghỉ phép năm.');
      await page.getByTestId('delegation-form').locator('button[type="submit"]').click();
    };
    // The e2e clock is in mid-June 2026: the end of December is more than the 90 days allowed.
    await delegate('31/12/2026');
    const refused = page.getByTestId('delegation-form').getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/\S/);
    // A fresh form (the page again), within the 90 days.
    await page.reload();
    await page.getByRole('heading', { name: 'Ủy quyền xét duyệt', level: 1 }).waitFor();
    await delegate('30/06/2026');
    const given = page.getByTestId('dl-given');
    const active = given.locator('tr[data-status="active"]');
    await active.waitFor();
    expect(await active.textContent()).toContain('Võ Văn Phúc');
    expect(await active.textContent()).toContain('30/06/2026');

    // Revoke by keyboard, after a confirmation.
    const revoke = given.getByRole('button', { name: 'Thu hồi ủy quyền cho Võ Văn Phúc' });
    await revoke.focus();
    await page.keyboard.press('Enter');
    await confirmInDialog(page, 'Thu hồi');
    await given.locator('tr[data-status="revoked"]').waitFor({ timeout: 60_000 });
    expect(await given.locator('tr[data-status="revoked"]').textContent()).toContain('Đã thu hồi');

    // Declared relatives: all three fields, then the list.
    const rel = page.getByTestId('relative-form');
    await rel.getByRole('button', { name: 'Kê khai' }).click();
    await rel.getByText('Cần nhập.').first().waitFor();
    await rel.getByLabel('Mã định danh (số CCCD hoặc mã đoàn viên)').fill('DV-0100-2231');
    await rel.getByLabel('Họ và tên').fill('Nông Thị Lan');
    await rel.getByLabel('Quan hệ').fill('em gái');
    await rel.getByRole('button', { name: 'Kê khai' }).click();
    await page.getByTestId('relatives').locator('tr[data-relative-id]', { hasText: 'Nông Thị Lan' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, 'react-desk-20-delegation-revoked-relative');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
