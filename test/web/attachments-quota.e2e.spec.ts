import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoUnitIds as u, sampleDossier, sampleSubmitNomination, type NominationCommand } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import { seedNomination as seedNominationEvents } from '../../apps/api/src/testing/nomination-seed';
import type { E2eSystem } from '../support/e2e-system';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Attachments uploaded for real (stored in PostgreSQL, checksum from the server, downloadable from the
// nomination page) and the quota gauge of the inbox and nomination page, in a browser against the system.
describe('attachments and the quota gauge in the web UI', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  it('a nominator uploads files, a refused one is named in its row, and the stored files download intact', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.nominator');
    await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).first().click();
    await page
      .getByLabel('Đợt thi đua')
      .selectOption({ label: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026' });
    await page.getByLabel('Hình thức khen thưởng').selectOption('GK');
    await page.getByLabel('Họ và tên').fill('Phạm Thị Thu Trang');
    await page.getByLabel('Năm sinh').fill('1990');
    await page.getByLabel('Chức vụ, đơn vị công tác').fill('Kỹ thuật viên xét nghiệm');
    await page.getByLabel('Thành tích đạt được').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025.');

    const toTrinh = Buffer.from('%PDF-1.4\n% Tờ trình đề nghị khen thưởng\n%%EOF\n');
    // A real OOXML package: the server opens .docx files and refuses a bare zip header.
    const baoCao = await readFile(join(__dirname, '../../libs/documents/src/templates/bao-cao-ca-nhan.docx'));
    const bienBan = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const fake = Buffer.from('MZ — không phải PDF');
    await page.getByLabel('Chọn tệp từ máy tính').setInputFiles([
      { name: 'tờ-trình-2026.pdf', mimeType: 'application/pdf', buffer: toTrinh },
      { name: 'Báo cáo thành tích.docx', mimeType: 'application/octet-stream', buffer: baoCao },
      { name: 'biên-bản-họp.jpg', mimeType: 'image/jpeg', buffer: bienBan },
      { name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: fake },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ]);
    for (const b of [toTrinh, baoCao, bienBan]) await page.locator('code.hash', { hasText: sha256(b) }).waitFor();
    expect(await page.getByText('✓ Đã lưu, mã khớp với tệp trên máy').count()).toBe(3);
    // The kind is guessed from the name, with or without diacritics.
    expect(await page.getByLabel('Loại tài liệu: Báo cáo thành tích.docx').inputValue()).toBe('BAO_CAO_THANH_TICH');
    expect(await page.getByLabel('Loại tài liệu: biên-bản-họp.jpg').inputValue()).toBe('BIEN_BAN');
    // The server refuses the fake PDF by its signature; the browser refuses the .txt before sending.
    const fakeRow = page.getByRole('row').filter({ hasText: 'gia-mao.pdf' });
    expect(await fakeRow.getByRole('alert').textContent()).toContain('chữ ký tệp không khớp');
    const txtRow = page.getByRole('row').filter({ hasText: 'ghi-chu.txt' });
    expect(await txtRow.getByRole('alert').textContent()).toBe('Chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX.');
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '60-attachments-uploaded');

    // A refused file still listed blocks the submission with a message saying what to do.
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByText('Có tệp không tải lên được: hãy xóa tệp đó khỏi danh sách.').waitFor();
    await page.getByRole('button', { name: 'Xóa: gia-mao.pdf' }).click();
    // Keyboard: the remove buttons are reachable and work with Enter.
    await page.getByRole('button', { name: 'Xóa: ghi-chu.txt' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Xóa: ghi-chu.txt' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
    const id = /\/nominations\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

    const stored = await sys.store.readStream(`nomination-${id}`);
    const attachments = (stored[0]?.data as { dossier: { attachments: { attachmentId?: string; sha256: string }[] } })
      .dossier.attachments;
    expect(attachments.map((a) => a.sha256)).toEqual([toTrinh, baoCao, bienBan].map(sha256));
    expect(attachments.every((a) => /^[0-9a-f-]{36}$/.test(a.attachmentId ?? ''))).toBe(true);

    // The nomination page lists the files with their checksums; Enter on "Tải về" saves the file.
    const row = page.getByRole('row').filter({ hasText: 'tờ-trình-2026.pdf' });
    await row.locator('code.hash', { hasText: sha256(toTrinh) }).waitFor();
    const button = row.getByRole('button', { name: 'Tải về: tờ-trình-2026.pdf' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('tờ-trình-2026.pdf');
    const path = await download.path();
    expect(sha256(await readFile(path))).toBe(sha256(toTrinh));
    await row.getByText('Đã tải về, mã SHA-256 khớp.').waitFor();
    await snap(page, '61-attachments-on-nomination');

    // An approver on the route downloads it too; one elsewhere gets 404, as if it did not exist.
    const allowed = await sys.http
      .get(`/api/attachments/${attachments[0]?.attachmentId}`)
      .set(await sys.as('dp.chair'));
    expect(allowed.status).toBe(200);
    const refused = await sys.http
      .get(`/api/attachments/${attachments[0]?.attachmentId}`)
      .set(await sys.as('cb.chair'));
    expect(refused.status).toBe(404);
    await page.context().close();
  });

  it('an approver at a province sees "đã dùng 3/4 suất" in the inbox and on the nomination', async () => {
    const route = [
      { level: 1 as const, unitId: u.cdcsSoNoiVuCaoBang },
      { level: 2 as const, unitId: u.cdVienChucCaoBang },
      { level: 3 as const, unitId: u.ldldCaoBang },
      { level: 4 as const, unitId: u.tongLdld },
    ];
    const actor = (unitId: string) => ({ userId: `u-${unitId}`, name: `Cán bộ ${unitId}`, unitId });
    const approve = (id: string, level: 1 | 2, unitId: string): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: actor(unitId),
      now: `2026-06-1${level}T09:00:00Z`,
      decision: 'approve',
      level,
      unitId,
    });
    const nominee = 'Nông Thị Chỉ Tiêu';
    const sample = sampleDossier();
    if (sample.nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
    const dossier = { ...sample, nominee: { ...sample.nominee, fullName: nominee } };
    const id = await seedNominationEvents(sys.store, (nid) => [
      sampleSubmitNomination({
        nominationId: nid,
        nominatingUnitId: u.cdcsSoNoiVuCaoBang,
        actor: actor(u.cdcsSoNoiVuCaoBang),
        awardCode: 'BK_CD',
        campaignId: demoCampaignIds.gioiViecNuoc2026,
        route,
        now: '2026-06-10T09:00:00Z',
        dossier,
      }),
      approve(nid, 1, u.cdcsSoNoiVuCaoBang),
      approve(nid, 2, u.cdVienChucCaoBang),
    ]);
    // Three province-level approvals of this theme already took three of the four slots.
    await sys.database.db
      .insertInto('quota_usage')
      .values({ bucket_key: `BK_CD|unit:${u.ldldCaoBang}|theme:GVN-DVN-2026`, quota_limit: 4, used: 3 })
      .execute();

    // The events were appended directly: wait until the projector has put the task in the reviewer's
    // inbox, since the page loads the inbox once (a loaded machine can lag by seconds).
    const reviewer = await sys.as('cb.reviewer');
    for (let i = 0; i < 300; i++) {
      const inbox = await sys.http.get('/api/inbox').query({ limit: 100 }).set(reviewer);
      if (JSON.stringify(inbox.body).includes(id)) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'cb.reviewer');
    await page.waitForURL(/\/inbox$/);
    await page.getByRole('link', { name: nominee }).waitFor();
    const gauge = page.getByTestId('quota-gauge').first();
    await gauge.getByText('đã dùng 3/4 suất').waitFor();
    expect(await gauge.textContent()).toContain('Liên đoàn Lao động tỉnh Cao Bằng');
    expect(await gauge.locator('meter').getAttribute('aria-label')).toContain('đã dùng 3/4 suất');
    await snap(page, '62-inbox-quota-gauge');

    await page.getByRole('link', { name: nominee }).click();
    await page.waitForURL(new RegExp(`/nominations/${id}$`));
    const onPage = page.locator('section[aria-labelledby="actions-h"]').getByTestId('quota-gauge');
    await onPage.getByText('đã dùng 3/4 suất').waitFor();
    expect(await onPage.getByText('còn 1 suất').count()).toBe(1);
    await snap(page, '63-nomination-quota-gauge');

    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.locator('section[aria-labelledby="actions-h"]').getByText('3 of 4 slots used').waitFor();
    await snap(page, '64-nomination-quota-gauge-en');
    await page.context().close();
  });
});
