import { randomUUID } from 'node:crypto';
import { demoUnitIds, sampleDossier, sampleSubmitNomination } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { hasFocus, logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import { seedNomination as seedNominationEvents } from '../../apps/api/src/testing/nomination-seed';
import type { E2eSystem } from '../support/e2e-system';

// The notification bell (unread count, list, mark read) and the auditors' timeline in both languages,
// in a browser against the real system.
describe('the notification bell and the English timeline', () => {
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  async function nominate(fullName: string): Promise<string> {
    const dossier = sampleDossier();
    if (dossier.nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
    const res = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', randomUUID())
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'GK',
        campaignId: demoCampaignIds.annual2026,
        dossier: { ...dossier, nominee: { ...dossier.nominee, fullName, personKey: `DV-${randomUUID()}` } },
      });
    if (res.status >= 300) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.nominationId as string;
  }

  /**
   * A nomination waiting at the CĐCS, written straight to the store: no workflow, so no deadline timers
   * (the e2e clock is months behind Temporal's) add reminders while the count is being checked.
   */
  async function seeded(fullName: string): Promise<string> {
    const sample = sampleDossier();
    const nominee = sample.nominee;
    if (nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
    const unitId = demoUnitIds.cdcsBvdkDanPhuong;
    return seedNominationEvents(sys.store, (id) => [
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: unitId,
        actor: { userId: 'u-nominator', name: 'Đỗ Thị Thanh Hà', unitId },
        campaignId: demoCampaignIds.annual2026,
        awardCode: 'GK',
        route: [
          { level: 1, unitId },
          { level: 2, unitId: demoUnitIds.ldldDanPhuong },
        ],
        dossier: { ...sample, nominee: { ...nominee, fullName } },
      }),
    ]);
  }

  /** Waits (bounded) until the projection has told the chair about `n` nominations. */
  async function notified(n: number): Promise<void> {
    for (let i = 0; i < 150; i++) {
      const res = await sys.http.get('/api/notifications').set(await sys.as('bvdp.chair'));
      if (res.body.unreadCount >= n) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`bvdp.chair never got ${n} notifications`);
  }

  it('an approver sees the unread count, reads the list by keyboard and marks notifications read', async () => {
    const first = await seeded('Lê Thị Thông Báo');
    await seeded('Trần Văn Hai');
    await notified(2);
    const unread = 2;

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'bvdp.chair');
    const bell = page.getByRole('button', { name: `Thông báo: ${unread} chưa đọc` });
    await bell.waitFor();
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Thông báo' });
    await panel.locator('li.notif').first().waitFor();
    expect(await panel.locator('li.notif.unread').count()).toBe(unread);
    // Focus moves into the list; Escape closes it and gives focus back to the bell.
    expect(await hasFocus(panel.locator('.notif-link').first())).toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '80-notifications-open');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await hasFocus(bell)).toBe(true);

    await page.keyboard.press('Enter');
    const item = panel.locator('li.notif.unread').filter({ hasText: 'Lê Thị Thông Báo' }).first();
    await item.getByRole('button', { name: /^Đánh dấu đã đọc: / }).click();
    await page.getByRole('button', { name: `Thông báo: ${unread - 1} chưa đọc` }).waitFor();
    await panel.locator('li.notif.read').first().waitFor();
    await snap(page, '81-notifications-one-read');
    await panel.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
    expect(await page.locator('.bell-count').isHidden()).toBe(true);
    const left = await sys.database.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('notifications.id')
      .where('users.username', '=', 'bvdp.chair')
      .where('read_at', 'is', null)
      .where('nomination_id', '=', first)
      .execute();
    expect(left).toHaveLength(0);

    // A notification opens its nomination.
    const link = panel.locator('li.notif.read').filter({ hasText: 'Lê Thị Thông Báo' }).locator('.notif-link').first();
    expect(await hasFocus(panel.locator('.notif-link').first())).toBe(true);
    await link.click();
    await page.waitForURL(new RegExp(`/nominations/${first}$`));
    await panel.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('the auditors’ timeline describes every event in the language chosen', async () => {
    const id = await nominate('Phạm Văn Song Ngữ');
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'tld.auditor');
    await page.goto(`${sys.baseUrl!}/audit/nominations/${id}`);
    const opened = page.locator('tr[data-event-type="NominationReviewOpened"] small[lang="vi"]');
    await opened.waitFor();
    // Vietnamese is read with the unit's name; the English line keeps the technical ids.
    expect(await opened.textContent()).toBe(
      'Mở xét duyệt lần 1 tại cấp 1 (Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng)',
    );
    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    const openedEn = page.locator('tr[data-event-type="NominationReviewOpened"] small[lang="en"]');
    await openedEn.waitFor();
    expect(await openedEn.textContent()).toBe(`Review 1 opened at level 1 (${demoUnitIds.cdcsBvdkDanPhuong})`);
    // Every row has its English line; none is left in Vietnamese.
    const rows = page.locator('section[aria-labelledby="audit-tl-h"] tbody tr');
    expect(await rows.locator('small[lang="en"]').count()).toBe(await rows.count());
    expect(await rows.locator('small[lang="vi"]').count()).toBe(0);
    await snap(page, '82-audit-timeline-en');
    await page.context().close();
  });
});
