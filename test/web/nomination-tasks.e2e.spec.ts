import { randomUUID } from 'node:crypto';
import { demoUnitIds, ruleSet2026, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasFocus, logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

const errorOf = (scope: Page | Locator, field: string) => scope.locator(`[data-field-wrap="${field}"] .field-error`);

// The nomination page's issue-5/6 actions in a browser against the real system: the task's holder,
// claim and release by keyboard, a chair's assignment and recusal, an administrator's single
// intervention, and the public disclosure (rule set 2026.1) with an objection recorded and answered.
describe('nomination page: task holder, assignment, recusal, interventions, disclosure', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  async function nominate(fullName: string, campaignId: string = demoCampaignIds.annual2026): Promise<string> {
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
        campaignId,
        dossier: { ...dossier, nominee: { ...nominee, fullName, personKey: `DV-${randomUUID()}` } },
      });
    if (res.status >= 300) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.nominationId as string;
  }
  const accept = (page: Page) => page.once('dialog', (d) => void d.accept());

  it('claim and release by keyboard, a chair assigns and recuses, an administrator intervenes', async () => {
    const held = await nominate('Lê Thị Đã Nhận');
    const id = await nominate('Phạm Văn Giao Việc');
    // The reviewer holds another task: the chair's inbox knows them as a colleague to assign to.
    const claim = await sys.http
      .post(`/api/nominations/${held}/claim`)
      .set(await sys.as('bvdp.reviewer'))
      .set('Idempotency-Key', randomUUID())
      .send({});
    expect(claim.status).toBe(200);

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.chair');
    await page.goto(`${sys.baseUrl}/nominations/${id}`);
    const section = page.getByTestId('task-section');
    const holder = section.getByTestId('task-holder');
    await holder.getByText('Chưa ai nhận').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    // Claim by keyboard, then release.
    const claimButton = section.getByRole('button', { name: 'Nhận xử lý' });
    await claimButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Bạn đã nhận xử lý hồ sơ này.').waitFor();
    expect(await holder.textContent()).toContain('Nguyễn Thị Thu Hằng (Tôi)');
    await section.getByRole('button', { name: 'Trả việc về đơn vị' }).click();
    await page.getByRole('status').getByText('Đã trả việc về đơn vị.').waitFor();
    await holder.getByText('Chưa ai nhận').waitFor();

    // Assign: nobody chosen is refused under the field; then the reviewer from the list.
    const form = page.getByTestId('assign-form');
    const select = form.getByLabel('Giao cho');
    await select.locator('option', { hasText: 'Kiều Văn Toàn' }).waitFor({ state: 'attached' });
    await form.getByRole('button', { name: 'Giao việc' }).click();
    expect(await errorOf(form, 'assigneeUserId').textContent()).toBe('Cần chọn người được giao.');
    expect(await hasFocus(select)).toBe(true);
    await select.selectOption({ label: 'Kiều Văn Toàn' });
    await form.getByLabel('Lý do giao việc').fill('Đồng chí Toàn phụ trách mảng y tế.');
    await form.getByRole('button', { name: 'Giao việc' }).click();
    await page.getByRole('status').getByText('Đã giao việc cho Kiều Văn Toàn.').waitFor();
    expect(await holder.textContent()).toMatch(/Kiều Văn Toàn \(từ .*\) · do Nguyễn Thị Thu Hằng giao/);
    await snap(page, 'a0-nomination-assigned');

    // Recusal: a reason first, then a confirmation; afterwards the page says so and offers nothing.
    await section.getByText('Tự rút do xung đột lợi ích').click();
    const recuse = page.getByTestId('recuse-form');
    await recuse.getByRole('button', { name: 'Tự rút khỏi hồ sơ' }).click();
    expect(await errorOf(recuse, 'reason').textContent()).toBe('Cần ghi lý do.');
    await recuse.getByLabel('Lý do tự rút').fill('Người được đề nghị là em họ của tôi.');
    accept(page);
    await recuse.getByRole('button', { name: 'Tự rút khỏi hồ sơ' }).click();
    await section.getByTestId('recused').waitFor();
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await page.locator('tr[data-event-type="NominationRecused"]').count()).toBe(1);
    await snap(page, 'a1-nomination-recused');
    await page.context().close();

    // A system administrator reminds (a reason is required) and then cancels, with a confirmation.
    const admin = await newPage(browser);
    await logIn(admin, sys.baseUrl!, 'sysadmin');
    await admin.goto(`${sys.baseUrl}/nominations/${id}`);
    await admin.getByTestId('task-holder').getByText('Kiều Văn Toàn').waitFor();
    await admin.getByTestId('interventions-section').locator('summary').click();
    const iv = admin.getByTestId('interventions-form');
    expect(await unlabelledControls(admin)).toEqual([]);
    await iv.getByRole('button', { name: 'Nhắc xử lý' }).click();
    expect(await errorOf(iv, 'reason').textContent()).toBe('Cần ghi lý do.');
    await iv.getByLabel('Lý do can thiệp').fill('Sắp đến hạn họp Hội đồng.');
    await iv.getByRole('button', { name: 'Nhắc xử lý' }).click();
    await admin
      .locator('tr[data-event-type="NominationReminderSent"], tr[data-event-type^="NominationRemind"]')
      .first()
      .waitFor();
    await admin.getByRole('status').getByText('Đã ghi nhận.').waitFor();
    await admin.getByTestId('interventions-section').locator('summary').click();
    await admin.getByTestId('interventions-form').getByLabel('Lý do can thiệp').fill('Hồ sơ trùng với đợt khác.');
    accept(admin);
    await admin.getByTestId('interventions-form').getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await admin.locator('.page-header [data-status="CANCELLED"]').waitFor();
    await snap(admin, 'a2-nomination-cancelled');
    await admin.context().close();
  });

  it('public disclosure: the period, an objection recorded by the nominator and answered by the chair', async () => {
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
    const id = await nominate('Đỗ Thị Công Khai', campaignId);

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.nominator');
    // The posting follows the submission in the workflow: reload until the page shows it open.
    const card = page.getByTestId('disclosure');
    for (let i = 0; i < 50; i++) {
      await page.goto(`${sys.baseUrl}/nominations/${id}`);
      await card.waitFor();
      if ((await card.locator('[data-disclosure="open"]').count()) > 0) break;
      await page.waitForTimeout(200);
    }
    expect(await card.getByText('Đang công khai').count()).toBe(1);
    expect(await card.getByTestId('disclosure-period').textContent()).toMatch(
      /^từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4} 17:00 \(5 ngày làm việc\)$/,
    );
    const form = card.getByTestId('objection-form');
    expect(await unlabelledControls(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    expect(await errorOf(page, 'text').textContent()).toBe('Cần ghi nội dung.');
    await form.getByLabel('Nội dung phản ánh').fill('Thành tích năm 2025 đã được khen ở đợt khác.');
    await form.getByLabel('Họ tên người phản ánh (nếu có)').fill('Trần Văn Phản');
    await form.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await page.getByRole('status').getByText('Đã ghi nhận ý kiến phản ánh.').waitFor();
    const item = card.locator('li.objection');
    expect(await item.getAttribute('data-answered')).toBe('false');
    expect(await item.textContent()).toContain('Trần Văn Phản');
    expect(await card.textContent()).toContain('1 ý kiến chưa được trả lời.');
    await page.context().close();

    const chair = await newPage(browser);
    await logIn(chair, sys.baseUrl!, 'bvdp.chair');
    await chair.goto(`${sys.baseUrl}/nominations/${id}`);
    const objection = chair.getByTestId('disclosure').locator('li.objection');
    await objection.getByText('Trả lời ý kiến').click();
    const answer = objection.getByTestId('answer-form');
    await answer.getByLabel('Nội dung trả lời').fill('Đã kiểm tra: đợt khác là khen chuyên đề, không trùng.');
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    expect(await answer.locator('.field-error:not([hidden])').textContent()).toBe('Cần chọn kết luận.');
    await answer.getByLabel('Ý kiến không có cơ sở').check();
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await chair.getByRole('status').getByText('Đã trả lời ý kiến phản ánh.').waitFor();
    const answered = chair.getByTestId('disclosure').locator('li.objection');
    expect(await answered.getAttribute('data-answered')).toBe('true');
    expect(await answered.textContent()).toContain('Ý kiến không có cơ sở');
    await snap(chair, 'a3-disclosure-answered');
    await chair.context().close();
  });
});
