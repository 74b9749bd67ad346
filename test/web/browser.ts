import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem, type E2eSystemOptions } from '../support/e2e-system';

/** Debian's Chromium: the only browser on these machines (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots of each page go (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../test-artifacts/web');

/**
 * A headless Chromium; fails with a clear message when Chromium is missing. Playwright's `launch` gives
 * every browser a fresh temporary profile (it refuses an explicit `--user-data-dir`) and deletes it on close.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH). ` +
        'The browser tests never skip.',
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** Saves a full-page screenshot under test-artifacts/web/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * Form controls without an accessible label: no `<label for>`, no wrapping label, no aria-label /
 * aria-labelledby. Returns a description of each offender (empty when all are labelled).
 */
export async function unlabelledControls(page: Page): Promise<string[]> {
  // A string, so this Node-side file needs no DOM typings; it runs in the page.
  return page.evaluate<string[]>(`
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.type !== 'hidden')
      .filter((el) => {
        const byFor = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
        return !(byFor || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
      })
      .map((el) => el.tagName.toLowerCase() + '[name=' + (el.getAttribute('name') ?? '') + ']')
  `);
}

/** A fresh browser context and page (Vietnamese locale, desktop size); page errors fail the test. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

/** A viewport the screens are checked at: a laptop's, or a phone's (touch). */
export interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}

/** The two viewports every screen journey checks. */
export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

/**
 * A fresh context at `viewport` (Vietnamese locale, downloads on); page errors fail the test and
 * Content-Security-Policy reports are collected in `violations`.
 */
export async function openViewport(
  browser: Browser,
  viewport: Viewport,
): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'vi-VN',
    isMobile: viewport.name === 'phone',
    hasTouch: viewport.name === 'phone',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('pageerror', (err) => {
    throw err;
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return { page, violations };
}

/**
 * True when nothing on the page is wider than the window (no sideways scroll). Give the viewport's
 * width on a phone: with `isMobile` the browser widens its layout viewport to fit wide content, so
 * the window's own width would follow the overflow.
 */
export async function fitsWidth(page: Page, width?: number): Promise<boolean> {
  return page.evaluate<boolean>(`document.documentElement.scrollWidth <= ${width ?? 'window.innerWidth'}`);
}

/** Logs `username` in with the demo password from the login page. */
export async function logIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('vinhdanh@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** What a browser test file works with: a headless Chromium and the whole system listening on a port. */
export interface BrowserSystem {
  sys: E2eSystem;
  browser: Browser;
}

/**
 * Registers the file's set-up and tear-down: Chromium first (a missing browser fails in a second,
 * before the system boots), then the system. The fields are filled once `beforeAll` has run.
 */
export function useBrowserSystem(options: E2eSystemOptions = {}): BrowserSystem {
  // A browser walking four inboxes against a real worker takes tens of seconds on 2 busy cores;
  // the default 60 s left no margin when other suites ran alongside (CI saw 60 s timeouts).
  jest.setTimeout(180_000);
  const env = {} as BrowserSystem;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
    env.browser = chromium.browser;
    env.sys = await startE2eSystem({ listen: true, ...options });
  });
  afterAll(async () => {
    await chromium?.close();
    await env.sys?.close();
  });
  return env;
}

/** An attribute of the focused element (null when nothing or no such attribute), e.g. a calendar day's date. */
export async function focusedAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate<string | null>(`document.activeElement?.getAttribute(${JSON.stringify(name)}) ?? null`);
}

/** True when the locator's element has the keyboard focus. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  // Typed structurally: this Node-side file has no DOM typings.
  return locator.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement);
}

/** Where the React app is served. */
export const APP = '';

/** Logs `username` in to the React app with the demo password. */
export async function logInApp(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${APP}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('vinhdanh@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Picks `option` in the labelled select (the component library's listbox, not a native select). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .click();
}

/**
 * Nominates `fullName` (the sample dossier, a fresh person key) through the API as the hospital
 * union's nominator, for a Giấy khen of the 2026 annual round unless `awardCode` says otherwise.
 */
export async function nominateThroughApi(
  sys: E2eSystem,
  fullName: string,
  options: { awardCode?: string; campaignId?: string } = {},
): Promise<string> {
  const dossier = sampleDossier();
  const nominee = dossier.nominee;
  if (nominee.kind !== 'person') throw new Error('the sample dossier nominates a person');
  const res = await sys.http
    .post('/api/nominations')
    .set(await sys.as('bvdp.nominator'))
    .set('Idempotency-Key', randomUUID())
    .send({
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: options.awardCode ?? 'GK',
      campaignId: options.campaignId ?? demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee: { ...nominee, fullName, personKey: `DV-${randomUUID()}` } },
    });
  if (res.status >= 300) throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.nominationId as string;
}

/** Waits (up to 30 s) until the read model puts every name in `username`'s inbox (the projector may lag). */
export async function waitForInbox(sys: E2eSystem, username: string, names: readonly string[]): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const res = await sys.http
      .get('/api/inbox')
      .query({ limit: 200 })
      .set(await sys.as(username));
    const have = new Set((res.body.items ?? []).map((t: { nomineeName: string }) => t.nomineeName));
    if (names.every((n) => have.has(n))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${names.join(', ')} not in ${username}'s inbox`);
}

/** Opens a React menu entry under a heading (in the Drawer on phones). */
export async function goTo(page: Page, phone: boolean, group: string, entry: string): Promise<void> {
  const menu = phone ? page.getByRole('dialog') : page.locator('.ant-layout-sider');
  if (phone) await page.getByRole('button', { name: 'Mở menu' }).click();
  const link = menu.getByRole('link', { name: entry, exact: true });
  if (!(await link.isVisible())) await menu.getByText(group, { exact: true }).click();
  await link.click();
}

/** The text of the page's main region. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').textContent()) ?? '';
}

/** An option of the Ant Design dropdown now open (a Select's option or a TreeSelect's node). */
export function openOption(page: Page, text: string | RegExp): Locator {
  return page
    .locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) :is(.ant-select-item-option, .ant-select-tree-node-content-wrapper)',
      { hasText: text },
    )
    .first();
}

/**
 * Picks `option` in the Select labelled `label` inside `scope` (typing `search` first when given). A
 * dropdown still opening or closing on a loaded machine can swallow a click: the pick is checked on
 * the field and repeated until the field shows `shown`, and the dropdown is closed after.
 */
export async function pick(
  page: Page,
  scope: Page | Locator,
  label: string,
  shown: string,
  search?: string,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  // The Select around the labelled input shows the picked option's text.
  const field = input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 5; attempt++) {
    await input.click();
    if (search) await input.fill(search);
    await openOption(page, shown)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await page.keyboard.press('Escape');
    if ((await field.textContent())?.includes(shown)) return;
  }
  throw new Error(`${label}: "${shown}" was never picked`);
}

/**
 * Types a dd/mm/yyyy day into the Ant Design date picker labelled `label`; leaving the field keeps it
 * (Enter would also submit the form around it).
 */
export async function typeDate(scope: Page | Locator, label: string, day: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Tab');
  if ((await input.inputValue()) !== day) throw new Error(`${label}: typed ${day}, kept "${await input.inputValue()}"`);
}

/**
 * The page's scrolling width beside the viewport's (equal or less when nothing scrolls sideways), and
 * the elements reaching past the viewport's right edge (deepest first) to say what to fix.
 */
export async function pageWidths(page: Page): Promise<{ scrollWidth: number; width: number; past: string[] }> {
  return page.evaluate<{ scrollWidth: number; width: number; past: string[] }>(`(() => {
    const width = window.innerWidth;
    const past = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
      .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
      .slice(0, 5)
      .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' → ' + Math.round(el.getBoundingClientRect().right));
    return { scrollWidth: document.scrollingElement.scrollWidth, width, past };
  })()`);
}

/**
 * Presses `name` in the open dialog (a confirmation) until the dialog has closed: a dialog still
 * animating in on a loaded machine can swallow the click; a press that did land makes the button
 * busy, and further presses on it do nothing.
 */
export async function confirmInDialog(page: Page, name: string): Promise<void> {
  const button = page.getByRole('dialog').getByRole('button', { name });
  await button.waitFor();
  for (let attempt = 1; attempt <= 5 && (await button.isVisible()); attempt++) {
    await button.click({ timeout: 10_000 }).catch(() => undefined);
    await button.waitFor({ state: 'hidden', timeout: 8_000 }).catch(() => undefined);
  }
}

/**
 * Presses `button` until `shown` appears: a panel still opening (or a form re-rendered by a refetch)
 * on a loaded machine can swallow a press.
 */
export async function pressUntilShown(button: Locator, shown: Locator, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await button.click();
    try {
      await shown.first().waitFor({ timeout: attempt < attempts ? 10_000 : 30_000 });
      return;
    } catch (err) {
      if (attempt >= attempts) throw err;
    }
  }
}
