import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { Browser } from 'playwright-core';
import { logIn, newPage, snap, unlabelledControls, useBrowserSystem } from './browser';
import type { E2eSystem } from '../support/e2e-system';

// The administrators' desk through the browser against the real system: an overdue nomination is
// found on the desk and its deadline extended through the real workflow Update.
describe('the administrators’ desk (Bàn điều phối)', () => {
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

  /**
   * Waits (bounded) until the workflow has written the open task's due time (NominationTaskDueSet,
   * after any late-arrival record) and the projector has put that time in the inbox read model, so
   * no later event re-projects the row after the test has moved its deadline.
   */
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

  /**
   * The workflow's deadline ladder runs on real time while the API's clock is shifted into the demo
   * year, so on a machine date past the due time the reminder, the missed deadline and the stuck
   * mark all fire at once, each re-projecting the row. Settled: no ladder event is still to come.
   */
  async function ladderSettled(id: string): Promise<boolean> {
    const events = await sys.store.readStream(nominationStreamId(id));
    const due = events.filter((e) => e.type === 'NominationTaskDueSet').at(-1);
    const dueAt = Date.parse((due?.data as { dueAt?: string } | undefined)?.dueAt ?? '');
    return dueAt > Date.now() || events.some((e) => e.type === 'NominationMarkedStuck');
  }

  /**
   * The e2e clock cannot jump weeks ahead, so the passed deadline is written into the read model the
   * desk reads (again if a late event re-projected the row); the extension then goes through the real
   * workflow and projector.
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
      const settled = await ladderSettled(id);
      // Once the ladder has fired, its stuck mark must be in the read model too before the page loads.
      const marked = (await sys.store.readStream(nominationStreamId(id))).some(
        (e) => e.type === 'NominationMarkedStuck',
      );
      if (item?.reasons.includes('overdue') && settled && (!marked || item.reasons.includes('stuck'))) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the desk never showed ${id} overdue: ${JSON.stringify(last)}`);
  }

  it('a system admin finds an overdue nomination, sees why and where tasks wait, and extends it', async () => {
    const nominee = 'Hoàng Thị Quá Hạn';
    const id = await nominate(nominee);
    await nominate('Nông Văn Chờ Duyệt');
    await dueSet(id);
    // The e2e clock cannot jump weeks ahead, so the passed deadline is written into the read model the
    // desk reads; the extension below then goes through the real workflow and projector.
    await pastDue(id);

    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.getByRole('link', { name: 'Bàn điều phối' }).click();
    await page.waitForURL(/\/admin\/desk$/);
    const row = page.locator(`tr[data-nomination-id="${id}"]`);
    await row.waitFor();
    await row.locator('[data-reason="overdue"]').waitFor();
    expect(await row.locator('[data-reason="overdue"]').textContent()).toMatch(/^Quá hạn( \d+ ngày)?$/);
    const bar = page.getByTestId('aging').locator(`li[data-unit-id="${demoUnitIds.cdcsSoNoiVuCaoBang}"]`);
    // Both tasks opened today at this unit; how many are overdue depends on the workflow's timers.
    expect(await bar.locator('[role="img"]').getAttribute('aria-label')).toMatch(
      /^2 việc, [12] quá hạn: 2 ≤5 ngày, 0 6–10, 0 11–20, 0 >20 ngày$/,
    );
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, '50-admin-desk');

    // Keyboard: the action is a real button reachable by Tab; Enter opens the form with focus on the date.
    await row.getByRole('button', { name: `Gia hạn hồ sơ của ${nominee}` }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('extend-form');
    await form.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    // The date is written as offices write it (dd/mm/yyyy), whatever the browser's locale.
    await form.getByLabel('Hạn mới', { exact: true }).fill('30/12/2026');
    await form.getByLabel('Lý do gia hạn').fill('Hội đồng thi đua họp bù do trùng lịch tiếp công dân.');
    await snap(page, '51-admin-desk-extend-form');
    await form.getByRole('button', { name: 'Xác nhận gia hạn' }).click();

    await row.getByText('Đã gia hạn đến 30/12/2026 17:00').waitFor({ timeout: 30_000 });
    expect(await row.locator('[data-reason="overdue"]').count()).toBe(0);
    expect(await row.textContent()).toContain('30/12/2026');
    await snap(page, '52-admin-desk-extended');

    const stored = await sys.database.db
      .selectFrom('inbox_tasks')
      .select('due_at')
      .where('nomination_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.due_at?.toISOString()).toBe('2026-12-30T10:00:00.000Z');
    const events = await sys.store.readStream(`nomination-${id}`);
    const extended = events.find((e) => e.type === 'NominationTaskDeadlineExtended');
    expect(extended?.data).toMatchObject({
      dueAt: '2026-12-30T17:00:00+07:00',
      reason: 'Hội đồng thi đua họp bù do trùng lịch tiếp công dân.',
    });

    // Reloaded from the server, the desk no longer calls it overdue, and the chart counts as overdue
    // exactly the rows of that unit the list shows overdue. (The other nomination's own timers may
    // flag it overdue at any moment, so the count is compared with the list, not with a number.)
    await page.reload();
    await page.getByRole('heading', { name: 'Hồ sơ đang chờ ở đâu' }).waitFor();
    await bar.locator('[role="img"]').waitFor();
    // With no reason left the extended nomination drops off the list; it is never listed overdue.
    expect(await row.locator('[data-reason="overdue"]').count()).toBe(0);
    const label = (await bar.locator('[role="img"]').getAttribute('aria-label')) ?? '';
    const overdueAfter = Number(/^2 việc, (\d) quá hạn/.exec(label)?.[1]);
    // Only this test's two nominations exist, both waiting at that unit.
    const overdueRows = page.locator('tr[data-nomination-id]').filter({ has: page.locator('[data-reason="overdue"]') });
    expect(overdueAfter).toBe(await overdueRows.count());
    expect(overdueAfter).toBeLessThan(2);
    await snap(page, '53-admin-desk-reloaded');
  });

  it('a system admin previews a bulk reminder (dry-run count) and runs it with a reason', async () => {
    const id = await nominate('Lò Văn Nhắc Việc');
    await dueSet(id);
    await pastDue(id);
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'sysadmin');
    await page.goto(`${sys.baseUrl!}/admin/desk?reason=overdue`);
    const card = page.getByTestId('interventions');
    await card.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    // No reason: the server's 400 lands under the field.
    await card.getByRole('button', { name: 'Xem trước' }).click();
    await card.locator('[data-field-wrap="reason"] .field-error').waitFor();
    await card.getByLabel('Lý do can thiệp').fill('Đề nghị xử lý trước ngày họp Hội đồng thi đua.');
    await card.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByTestId('intervention-preview');
    const count = Number(/Xem trước: (\d+) hồ sơ/.exec((await preview.getByRole('status').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    await snap(page, '55-desk-intervention-preview');
    // The run button has the focus: Enter runs exactly the previewed selection.
    await page.keyboard.press('Enter');
    await preview.getByText(/^Đã thực hiện \d+, không thực hiện được \d+, bỏ qua \d+\.$/).waitFor({ timeout: 30_000 });
    const done = ((await preview.getByRole('status').textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(done.reduce((a, b) => a + b, 0)).toBe(count);
    await snap(page, '56-desk-intervention-done');
    const events = await sys.store.readStream(`nomination-${id}`);
    expect(events.find((e) => e.type === 'NominationTaskReminded')?.data).toMatchObject({
      reason: 'Đề nghị xử lý trước ngày họp Hội đồng thi đua.',
    });
    await page.context().close();
  });

  it('a unit admin gets the desk in the menu; an approver does not', async () => {
    const page = await newPage(browser);
    await logIn(page, sys.baseUrl!, 'cb.admin');
    await page.getByRole('link', { name: 'Bàn điều phối' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ đang chờ ở đâu' }).waitFor();
    await snap(page, '54-admin-desk-unit-admin');
    const approver = await newPage(browser);
    await logIn(approver, sys.baseUrl!, 'cb.reviewer');
    expect(await approver.getByRole('link', { name: 'Bàn điều phối' }).count()).toBe(0);
  });
});
