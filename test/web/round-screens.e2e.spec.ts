import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../apps/web/tools/build';
import { seedDemoAwardRound } from '../../scripts/lib/demo-award-round';
import { seedDemoRoundBatches } from '../../scripts/lib/demo-round-batches';
import type { E2eSystem } from '../support/e2e-system';
import {
  ARTIFACTS_DIR,
  fitsWidth,
  logInApp,
  openViewport,
  snap,
  unlabelledControls,
  useBrowserSystem,
  VIEWPORTS,
  type Viewport,
} from './browser';

/** Text people must never read on these screens: ids, codes, machine dates. */
const MACHINE_TEXT =
  /[0-9a-f]{8}-[0-9a-f]{4}-|BK_TINH|BK_TLD|FORWARDED|GRANTED|AWAITING_|over-quota|bien-ban|quyet-dinh|\d{4}-\d{2}-\d{2}/;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Dark pixels (< 128 of 255) in a binary PGM (P5) as pdftoppm -gray writes it. */
function darkPixels(pgm: Buffer): number {
  // Header: "P5\n<w> <h>\n<max>\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark;
}

// `npm start`'s round on the React app at desktop and phone widths: a CĐCS follows its đề nghị and
// downloads its tờ trình; the province council's chair reads the session (attendance, ranking with
// the women-first tie-break, results) and downloads the biên bản; the Tổng LĐLĐ's chair reads the
// quyết định and its annex and downloads a certificate, which is looked at as a PNG.
describe('the round’s screens (đề nghị, Hội đồng, quyết định) on the React app', () => {
  beforeAll(() => ensureWebBuilt(), 300_000);
  // The demo's own round: `npm start`'s seed as shipped (the annual round under 2025.1).
  const env = useBrowserSystem({ demo: true });
  let sys: E2eSystem;
  let browser: Browser;
  let decisionNumber = '';
  const dir = mkdtempSync(path.join(tmpdir(), 'vinhdanh-round-screens-'));
  beforeAll(async () => {
    ({ sys, browser } = env);
    const log = () => undefined;
    await seedDemoRoundBatches(sys.baseUrl!, log);
    ({ number: decisionNumber } = await seedDemoAwardRound(sys.baseUrl!, log));
  }, 900_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const openPage = (viewport: Viewport) => openViewport(browser, viewport);

  const logIn = (page: Page, username: string) => logInApp(page, sys.baseUrl!, username);

  async function openFromMenu(page: Page, phone: boolean, item: string): Promise<void> {
    if (phone) {
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.getByRole('dialog').getByRole('link', { name: item }).click();
    } else {
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: item }).click();
    }
  }

  /** Clicks a download button and saves what the browser received. */
  async function download(page: Page, button: ReturnType<Page['getByRole']>, name: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    const target = path.join(dir, name);
    await file.saveAs(target);
    return target;
  }

  async function mainText(page: Page): Promise<string> {
    return (await page.locator('main').textContent()) ?? '';
  }

  for (const viewport of VIEWPORTS) {
    const phone = viewport.name === 'phone';
    const shot = (page: Page, name: string) => snap(page, `round-${viewport.name}-${name}`);

    it(`${viewport.name} ${viewport.width}×${viewport.height}: a CĐCS follows its đề nghị and downloads its tờ trình`, async () => {
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'snv.nominator');
      await openFromMenu(page, phone, 'Đề nghị theo danh sách');
      await page.getByRole('heading', { name: 'Đề nghị theo danh sách', level: 1 }).waitFor();
      const link = page.getByRole('link', { name: '15/TTr-CĐCS' });
      await link.waitFor();
      // The progress is the server's sentence, counted from the nominations' statuses.
      expect(await page.getByRole('row').filter({ has: link }).textContent()).toMatch(/\d+\/3 /);
      await shot(page, '01-batches');
      await link.click();
      await page.getByRole('heading', { name: 'Đề nghị số 15/TTr-CĐCS', level: 1 }).waitFor();
      for (const name of ['Đàm Văn Khải', 'Nông Thị Thanh Hương', 'Hoàng Văn Tùng']) {
        await page.getByRole('link', { name }).waitFor();
      }
      const pdf = await download(
        page,
        page.getByRole('button', { name: 'Tải Tờ trình (PDF)' }),
        `to-trinh-${viewport.name}.pdf`,
      );
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Nông Thị Thanh Hương');
      expect(await unlabelledControls(page)).toEqual([]);
      expect(await mainText(page)).not.toMatch(MACHINE_TEXT);
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, '02-batch');
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: the council's chair (Công đoàn Viên chức tỉnh) reads the session, its ranking and results, and downloads the biên bản`, async () => {
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'vccb.chair');
      await openFromMenu(page, phone, 'Phiên họp Hội đồng');
      await page.getByRole('heading', { name: 'Phiên họp Hội đồng Thi đua – Khen thưởng', level: 1 }).waitFor();
      await page
        .getByRole('link', {
          name: /Phiên họp Hội đồng Thi đua – Khen thưởng xét tặng danh hiệu Chiến sĩ thi đua cơ sở/,
        })
        .click();
      await page.getByText('Đã kết thúc', { exact: true }).waitFor();
      await page.getByText('Có mặt 6/7 thành viên (cần ít nhất 5).').waitFor();
      expect(await mainText(page)).toContain('Ít nhất ');
      const ranking = page.getByRole('table', { name: 'Xếp hạng các đề nghị' });
      expect(await ranking.getByRole('row').filter({ hasText: 'Nông Thị Thanh Hương' }).textContent()).toContain(
        'Trong số suất',
      );
      expect(await ranking.getByRole('row').filter({ hasText: 'Lương Văn Bảo' }).textContent()).toContain(
        'Đạt, ngoài số suất',
      );
      const results = page.getByRole('table', { name: 'Kết quả từng đề nghị' });
      expect(await results.getByRole('row').filter({ hasText: 'Mã Thị Lụa' }).textContent()).toContain('Không đạt');
      await shot(page, '03-council-session');
      const pdf = await download(
        page,
        page.getByRole('button', { name: 'Tải Biên bản họp Hội đồng (PDF)' }),
        `bien-ban-${viewport.name}.pdf`,
      );
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('07/BB-HĐTĐKT');
      expect(text).toContain('Nông Thị Thanh Hương');
      expect(await unlabelledControls(page)).toEqual([]);
      expect(await mainText(page)).not.toMatch(MACHINE_TEXT);
      expect(await fitsWidth(page)).toBe(true);
      expect(violations).toEqual([]);
      await page.context().close();
    });

    it(`${viewport.name}: the Tổng LĐLĐ's chair reads the quyết định and its annex, and a certificate is landscape and names the awardee`, async () => {
      const { page, violations } = await openPage(viewport);
      await logIn(page, 'tld.chair');
      await openFromMenu(page, phone, 'Quyết định khen thưởng');
      await page.getByRole('heading', { name: 'Quyết định khen thưởng', level: 1 }).waitFor();
      await page.getByRole('link', { name: decisionNumber }).click();
      await page.getByRole('heading', { name: `Quyết định số ${decisionNumber}`, level: 1 }).waitFor();
      await page.getByText('20/12/2026', { exact: true }).waitFor();
      // The demo started the print run; if nothing shows printed yet, starting it again joins the same
      // run (one workflow per decision), and the page then follows it until every certificate is there.
      const start = page.getByRole('button', { name: 'In bằng, giấy khen' });
      if (await start.isVisible()) await start.click({ timeout: 5_000 }).catch(() => undefined);
      await page.getByText('Đã in 4/4 bằng, giấy khen', { exact: true }).waitFor({ timeout: 180_000 });
      const annex = page.getByRole('table', { name: 'Danh sách kèm theo quyết định' });
      for (const name of ['Nông Thị Hoa', 'Lý Văn Thắng', 'Hoàng Văn Minh', 'Triệu Thị Yến']) {
        await annex.getByRole('link', { name }).waitFor();
      }
      expect(await annex.textContent()).toContain('1.490.000 đ');
      await shot(page, '04-decision');
      const decisionPdf = await download(
        page,
        page.getByRole('button', { name: 'Tải Quyết định (PDF)' }),
        `quyet-dinh-${viewport.name}.pdf`,
      );
      expect(execFileSync('pdftotext', [decisionPdf, '-'], { encoding: 'utf8' })).toContain(`Số: ${decisionNumber}`);

      const certificate = await download(
        page,
        page.getByRole('button', { name: 'Tải bằng của Nông Thị Hoa (PDF)' }),
        `bang-khen-${viewport.name}.pdf`,
      );
      // Looked at as a picture: one landscape page, with ink where the PDF places the awardee's name.
      const png = path.join(ARTIFACTS_DIR, `round-${viewport.name}-05-certificate`);
      execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', certificate, png]);
      const size = pngSize(`${png}.png`);
      expect(size.width).toBeGreaterThan(size.height);
      const bbox = execFileSync('pdftotext', ['-bbox', certificate, '-'], { encoding: 'utf8' });
      const words = [
        ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ];
      const first = words.find((w) => w[5] === 'Nông' && words[words.indexOf(w) + 1]?.[5] === 'Thị');
      expect(first).toBeDefined();
      const [x0, y0, x1, y1] = [1, 2, 3, 4].map((i) => Number(first![i]));
      const crop = execFileSync(
        'pdftoppm',
        [
          '-gray',
          '-r',
          '72',
          '-singlefile',
          '-x',
          String(Math.floor(x0)),
          '-y',
          String(Math.floor(y0)),
          '-W',
          String(Math.ceil(x1 - x0)),
          '-H',
          String(Math.ceil(y1 - y0)),
          certificate,
        ],
        { maxBuffer: 1 << 24 },
      );
      expect(darkPixels(crop)).toBeGreaterThan(20);
      expect(await unlabelledControls(page)).toEqual([]);
      expect(await mainText(page)).not.toMatch(MACHINE_TEXT);
      expect(await fitsWidth(page)).toBe(true);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  // The screens' actions (desktop): the chair of the level the đề nghị has reached (Công đoàn Viên chức
  // tỉnh) returns one nominee from its screen; the province council's roster (effective-dated) is what
  // a new session there offers; the Tổng LĐLĐ's chair uploads the signed and stamped quyết định.
  it('desktop: the upper level’s chair returns a nominee of a đề nghị, the province sees its council roster when convening, and the signed quyết định is linked', async () => {
    let { page, violations } = await openPage(VIEWPORTS[0]);
    await logIn(page, 'vccb.chair');
    await openFromMenu(page, false, 'Đề nghị theo danh sách');
    await page.getByRole('link', { name: '15/TTr-CĐCS' }).click();
    await page.getByRole('heading', { name: 'Đề nghị số 15/TTr-CĐCS', level: 1 }).waitFor();
    await page.getByLabel('Chọn Đàm Văn Khải').check();
    await page.getByText('Áp dụng cho: 1 người / tập thể đã chọn.').waitFor();
    await page.getByLabel('Trả lại', { exact: true }).check();
    await page.getByLabel('Lý do trả lại').fill('Bổ sung bản sao quyết định công nhận sáng kiến.');
    await page.getByRole('button', { name: 'Trả lại (1)' }).click();
    await page
      .getByText(/^Trả lại những người \/ tập thể được chọn: 1 hồ sơ — Bế Văn Hùng, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
      .waitFor();
    // The row shows the nominee's own status once the read model has the return.
    const row = page.getByRole('row').filter({ hasText: 'Đàm Văn Khải' });
    for (let i = 0; i < 30 && !((await row.textContent()) ?? '').includes('Bị trả lại'); i++) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.getByRole('heading', { name: 'Đề nghị số 15/TTr-CĐCS', level: 1 }).waitFor();
    }
    expect(await row.textContent()).toContain('Bị trả lại');
    expect(await mainText(page)).toContain('Lý do: Bổ sung bản sao quyết định công nhận sáng kiến.');
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await mainText(page)).not.toMatch(MACHINE_TEXT);
    await snap(page, 'round-desktop-06-batch-returned');
    expect(violations).toEqual([]);
    await page.context().close();

    // The province's own council: its roster, then a new session offers it.
    ({ page, violations } = await openPage(VIEWPORTS[0]));
    await logIn(page, 'cb.chair');

    for (const [memberId, name, role] of [
      ['cb-r-1', 'Nông Văn Đức', 'chair'],
      ['cb-r-2', 'Hà Thị Mai', 'secretary'],
      ['cb-r-3', 'Đàm Thị Lan', 'member'],
    ] as const) {
      const res = await sys.post('cb.chair', '/api/council-rosters/ldld-cao-bang/members', {
        memberId,
        name,
        position: 'Ủy viên Ban Thường vụ LĐLĐ tỉnh',
        role,
        from: '2026-01-01',
      });
      expect(res.status).toBe(200);
    }
    await openFromMenu(page, false, 'Phiên họp Hội đồng');
    await page.getByRole('button', { name: 'Triệu tập phiên họp' }).click();
    await page.getByText('Thành phần Hội đồng hiệu lực ngày họp (3 thành viên):').waitFor();
    const roster = (await page.locator('.council-roster').textContent()) ?? '';
    expect(roster).toContain('Nông Văn Đức – Ủy viên Ban Thường vụ LĐLĐ tỉnh (Chủ tịch Hội đồng)');
    expect(roster).toContain('Hà Thị Mai');
    expect(await unlabelledControls(page)).toEqual([]);
    await snap(page, 'round-desktop-07-convene');

    expect(violations).toEqual([]);
    await page.context().close();

    const { page: chair, violations: chairViolations } = await openPage(VIEWPORTS[0]);
    await logIn(chair, 'tld.chair');
    await openFromMenu(chair, false, 'Quyết định khen thưởng');
    await chair.getByRole('link', { name: decisionNumber }).click();
    await chair.getByRole('heading', { name: `Quyết định số ${decisionNumber}`, level: 1 }).waitFor();
    // The scan stands in for the signed paper: the decision's own PDF, under the name an office gives it.
    const scan = await download(
      chair,
      chair.getByRole('button', { name: 'Tải Quyết định (PDF)' }),
      'Quyết định bản ký.pdf',
    );
    await chair.locator('input[type=file]').setInputFiles(scan);
    await chair.getByText('Bản ký, đóng dấu: Quyết định bản ký.pdf').waitFor();
    expect(await mainText(chair)).toMatch(/SHA-256 [0-9a-f]{12}…/);
    await snap(chair, 'round-desktop-08-signed-copy');
    expect(chairViolations).toEqual([]);
    await chair.context().close();
  }, 300_000);
});
