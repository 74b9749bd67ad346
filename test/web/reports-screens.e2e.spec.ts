import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  demoUnitIds as u,
  sampleDossier,
  sampleSubmitNomination,
  type NominationCommand,
  type RouteStep,
} from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import type { AnnualSummary, RoundProgress } from '@vinhdanh/api';
import type { Browser, Page } from 'playwright-core';
import { APP, logInApp, openViewport, snap, unlabelledControls, useBrowserSystem } from './browser';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import { at, seedNomination } from '../../apps/api/src/testing/nomination-seed';
import type { E2eSystem } from '../support/e2e-system';

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

// The report screens of the React app against the real system: the annual summary of a unit before
// and after the 2025 reorganisation (Huyện Hòa An dissolved on 01/07/2025, its grassroots unions
// moved under Công đoàn xã Hòa An, recorded as its successor), the round-progress dashboard, charts
// drawn on canvas under the strict CSP with their numbers beside them, the .xlsx download, print.
describe('report screens in the web UI', () => {
  // Built once (skipped when apps/web/dist is newer than every source file).
  beforeAll(() => ensureWebBuilt(), 300_000);
  const env = useBrowserSystem();
  let sys: E2eSystem;
  let browser: Browser;
  beforeAll(() => ({ sys, browser } = env));

  const before: RouteStep[] = [
    { level: 1, unitId: u.cdcsTieuHocHongViet },
    { level: 2, unitId: u.ldldHoaAn },
  ];
  const after: RouteStep[] = [
    { level: 1, unitId: u.cdcsTieuHocHongViet },
    { level: 2, unitId: u.cdXaHoaAn },
  ];
  const person = (fullName: string, isDirectWorker: boolean) => {
    const d = sampleDossier();
    if (d.nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
    return { ...d, nominee: { ...d.nominee, fullName, isDirectWorker } };
  };
  const submit = (id: string, route: RouteStep[], now: string, name: string, direct: boolean) =>
    sampleSubmitNomination({
      nominationId: id,
      nominatingUnitId: u.cdcsTieuHocHongViet,
      actor: at(u.cdcsTieuHocHongViet),
      awardCode: 'GK',
      campaignId: demoCampaignIds.annual2026,
      ruleSetVersion: '2024.1',
      route,
      now,
      dossier: person(name, direct),
    });
  const approve = (id: string, step: RouteStep, now: string, decisionNumber?: string): NominationCommand => ({
    type: 'DecideNomination',
    nominationId: id,
    actor: at(step.unitId),
    now,
    decision: 'approve',
    level: step.level,
    unitId: step.unitId,
    ...(decisionNumber ? { decisionNumber } : {}),
  });

  async function report<T>(path: string, query: Record<string, string>, who = 'cb.chair'): Promise<T> {
    const res = await sys.http
      .get(path)
      .query(query)
      .set(await sys.as(who));
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  /** Polls until the statistics projection has folded the seeded events (no fixed sleep). */
  async function summaryWhen(query: Record<string, string>, ok: (s: AnnualSummary) => boolean) {
    for (let i = 0; i < 300; i++) {
      const s = await report<AnnualSummary>('/api/reports/annual-summary', query);
      if (ok(s)) return s;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the annual summary never showed the seeded nominations: ${JSON.stringify(query)}`);
  }

  beforeAll(async () => {
    // 2025, before the reorganisation: two awards through the district, one more still open there.
    for (const [name, direct] of [
      ['Lương Thị Tuyết', true],
      ['Hoàng Văn Khải', false],
    ] as const)
      await seedNomination(sys.store, (id) => [
        submit(id, before, '2025-03-03T02:00:00Z', name, direct),
        approve(id, before[0]!, '2025-03-05T02:00:00Z'),
        approve(id, before[1]!, '2025-03-20T02:00:00Z', `${name.length}/QĐ-LĐLĐ`),
      ]);
    // 2026, after it: one award through the commune union, one waiting there (overdue by now).
    await seedNomination(sys.store, (id) => [
      submit(id, after, '2026-03-02T02:00:00Z', 'Nông Thị Mai', true),
      approve(id, after[0]!, '2026-03-04T02:00:00Z'),
      approve(id, after[1]!, '2026-03-16T02:00:00Z', '12/QĐ-CĐX'),
    ]);
    await seedNomination(sys.store, (id) => [
      submit(id, after, '2026-03-09T02:00:00Z', 'Đinh Văn Sáng', false),
      approve(id, after[0]!, '2026-03-10T02:00:00Z'),
    ]);
    // The reorganisation's dissolution names the successor (what the admin reorganisation command records).
    await sys.store.append(`unit-${u.ldldHoaAn}`, 'any', [
      {
        eventId: randomUUID(),
        type: 'UnitDissolved',
        data: { effectiveFrom: '2025-07-01', successorId: u.cdXaHoaAn, children: [], reorganisationId: randomUUID() },
        occurredAt: '2025-06-20T03:00:00Z',
      },
    ]);
    await summaryWhen(
      { unitId: u.cdXaHoaAn, year: '2026' },
      (s) => s.totals.nominations >= 2 && s.mergedUnits.length > 0,
    );
    await summaryWhen({ unitId: u.ldldHoaAn, year: '2025' }, (s) => s.totals.granted >= 2);
  });

  async function openPage(viewport: (typeof VIEWPORTS)[number]) {
    const opened = await openViewport(browser, viewport);
    await logInApp(opened.page, sys.baseUrl!, 'cb.chair');
    return opened;
  }

  /** Waits until every chart on the page has drawn its option. */
  async function chartsDrawn(page: Page, count: number): Promise<void> {
    await page.waitForFunction(
      `document.querySelectorAll('.report-chart[data-rendered="true"] canvas').length >= ${count}`,
      undefined,
      { timeout: 30_000 },
    );
  }

  /** The numbers of a section's table, row by row (cells' text). */
  async function tableOf(page: Page, title: string): Promise<string[][]> {
    const table = page.getByRole('table', { name: `Bảng số liệu: ${title}` });
    await table.waitFor();
    return table.evaluate(
      (t: {
        querySelectorAll(
          s: string,
        ): ArrayLike<{ querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }>;
      }) =>
        Array.from(t.querySelectorAll('tbody tr.ant-table-row')).map((tr) =>
          Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()),
        ),
    );
  }

  for (const viewport of VIEWPORTS) {
    const shot = (page: Page, name: string) => snap(page, `reports-${viewport.name}-${name}`);

    it(`${viewport.name}: the annual summary of Hòa An before and after the 2025 reorganisation, charts beside their numbers`, async () => {
      const { page, violations } = await openPage(viewport);
      if (viewport.name === 'phone') {
        await page.getByRole('button', { name: 'Mở menu' }).click();
      }
      await page.getByRole('link', { name: 'Báo cáo thống kê' }).click();
      await page.waitForURL(/\/reports/);
      // Default: the chair's own unit (the province), this year.
      await page.getByRole('heading', { name: 'Báo cáo tổng kết năm: Liên đoàn Lao động tỉnh Cao Bằng' }).waitFor();

      // After: the commune union in 2026 — the dissolved district's history counts here, and the report says so.
      await page.goto(`${sys.baseUrl!}${APP}/reports?year=2026&unitId=${u.cdXaHoaAn}`);
      await page.getByRole('heading', { name: 'Báo cáo tổng kết năm: Công đoàn xã Hòa An' }).waitFor();
      await page
        .getByText('Liên đoàn Lao động huyện Hòa An (giải thể từ 01/07/2025, tính vào Công đoàn xã Hòa An)', {
          exact: false,
        })
        .waitFor();
      await chartsDrawn(page, 4);
      const afterJson = await report<AnnualSummary>('/api/reports/annual-summary', {
        unitId: u.cdXaHoaAn,
        year: '2026',
        breakdown: 'units',
      });
      const gk = afterJson.byAward.find((a) => a.awardCode === 'GK')!;
      expect(await tableOf(page, 'Theo hình thức khen thưởng')).toContainEqual([
        gk.awardName,
        String(gk.nominations),
        String(gk.granted),
        String(gk.open),
        String(gk.rejected),
        String(gk.withdrawn + gk.cancelled + gk.revoked),
      ]);
      expect(gk.granted).toBeGreaterThanOrEqual(1);
      expect(gk.open).toBeGreaterThanOrEqual(1);
      // The shares: the rule set's target beside the direct-worker share, women and non-leaders without one.
      const shares = await tableOf(page, 'Tỷ lệ công nhân, người lao động trực tiếp và nữ');
      expect(shares.map((r) => r[0])).toEqual([
        'Công nhân, người lao động trực tiếp',
        'Nữ',
        'Không giữ chức vụ lãnh đạo',
        'Nữ trong các tập thể',
      ]);
      expect(shares[1]?.[3]).toBe('Không quy định');
      await page.getByText(afterJson.nominatedShares.targetsNote).waitFor();
      expect(await unlabelledControls(page)).toEqual([]);
      await shot(page, '1-summary-after-reorganisation');

      // Before: the district as it stood on its last day, 2025 — picked from the tree of that day.
      await page.goto(`${sys.baseUrl!}${APP}/reports?year=2025&orgDate=2025-03-01`);
      const unitPicker = page.getByLabel('Đơn vị', { exact: true });
      await unitPicker.click();
      await page.keyboard.type('huyện Hòa An');
      await page
        .locator('.ant-select-tree-node-content-wrapper', { hasText: 'Liên đoàn Lao động huyện Hòa An' })
        .click();
      await page.getByRole('heading', { name: 'Báo cáo tổng kết năm: Liên đoàn Lao động huyện Hòa An' }).waitFor();
      await page.getByText('Cơ cấu tổ chức tính đến ngày 30/06/2025.', { exact: false }).waitFor();
      expect(await page.getByText('tính vào Công đoàn xã Hòa An', { exact: false }).count()).toBe(0);
      await chartsDrawn(page, 4);
      const beforeJson = await report<AnnualSummary>('/api/reports/annual-summary', {
        unitId: u.ldldHoaAn,
        year: '2025',
        breakdown: 'units',
      });
      const kinds = await tableOf(page, 'Cá nhân và tập thể');
      const personRow = beforeJson.byKind.find((k) => k.nomineeKind === 'person')!;
      expect(kinds).toContainEqual([
        'Cá nhân',
        String(personRow.nominations),
        String(personRow.granted),
        '0',
        '0',
        '0',
      ]);
      expect(personRow.granted).toBeGreaterThanOrEqual(2);
      // Its grassroots union is listed below it (as it stood then).
      expect((await tableOf(page, 'Theo đơn vị trực thuộc')).map((r) => r[0])).toContain(
        'Công đoàn cơ sở Trường Tiểu học Hồng Việt',
      );
      await shot(page, '2-summary-before-reorganisation');

      // Download: the API's .xlsx, read back — Vietnamese headers, numbers as numbers.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải về Excel (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile((await download.path())!)) as never);
      const cells = wb.worksheets.flatMap((ws) => {
        const out: unknown[] = [];
        ws.eachRow((row) => row.eachCell((c) => out.push(c.value)));
        return out;
      });
      expect(cells).toContain('Giấy khen');
      expect(cells.some((c) => typeof c === 'number' && c === personRow.granted)).toBe(true);

      // Print: no filters, tabs or buttons on paper; the charts and tables stay.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.report-filters').isVisible()).toBe(false);
      expect(await page.locator('.report-chart canvas').first().isVisible()).toBe(true);
      await shot(page, '3-summary-print');
      await page.emulateMedia({ media: 'screen' });

      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: the round-progress dashboard shows where nominations wait, overdue and forecast`, async () => {
      const { page, violations } = await openPage(viewport);
      await page.goto(
        `${sys.baseUrl!}${APP}/reports?report=progress&campaignId=${demoCampaignIds.annual2026}&unitId=${u.ldldCaoBang}`,
      );
      await page.getByRole('heading', { name: 'Tiến độ đợt thi đua: Liên đoàn Lao động tỉnh Cao Bằng' }).waitFor();
      await chartsDrawn(page, 2);
      const json = await report<RoundProgress>('/api/reports/round-progress', {
        campaignId: demoCampaignIds.annual2026,
        unitId: u.ldldCaoBang,
      });
      const waiting = json.byUnit.find((r) => r.unitId === u.cdXaHoaAn);
      expect(waiting?.open).toBeGreaterThanOrEqual(1);
      const units = await tableOf(page, 'Hồ sơ đang chờ theo đơn vị');
      expect(units.find((r) => r[0] === 'Công đoàn xã Hòa An')?.slice(1, 3)).toEqual([
        String(waiting!.open),
        String(waiting!.overdue),
      ]);
      const levels = await tableOf(page, 'Hồ sơ đang chờ theo cấp xét');
      for (const l of json.byLevel) expect(levels.map((r) => r[0])).toContain(l.levelName);
      await page.getByText('Dự báo trễ hạn chót', { exact: true }).first().waitFor();
      expect(await unlabelledControls(page)).toEqual([]);
      await shot(page, '4-round-progress');
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }
});
