/**
 * Loads the e2e build of the extension into Debian Chromium (the launch
 * options are below) and serves tests/e2e/fixtures from a local server.
 *
 * The e2e build differs from the real one in one way: it has a host
 * permission for http://127.0.0.1 and exposes the background's check handler
 * as `doingWithTest.check(tabId)`, because a test cannot make the real toolbar
 * click that grants activeTab. Everything after that click is the same code.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const EXTENSION_DIR = resolve(process.env.DOING_WITH_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = resolve('tests/e2e/fixtures');

export interface Served {
  origin: string;
  /** Extra pages by path, e.g. a generated large page. */
  extra: Map<string, string>;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<Served> {
  const extra = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = extra.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(body);
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !file.endsWith('.html')) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { origin: `http://127.0.0.1:${port}`, extra, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL the browser requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** `extensionDir`: another build than EXTENSION_DIR (measure-large-page.ts compares two side by side). */
export async function launch(extensionDir = EXTENSION_DIR): Promise<Harness> {
  const EXTENSION_DIR = extensionDir;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`Build the e2e extension first: npm run build:e2e (missing ${EXTENSION_DIR})`);
  const profile = mkdtempSync(join(tmpdir(), 'doing-with-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Lets a test press the real toolbar button (Extensions.triggerAction), which grants activeTab.
      '--enable-unsafe-extension-debugging',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // The worker may start between the two looks, so poll as well as listen.
  let worker: Worker | undefined = context.serviceWorkers()[0];
  for (let i = 0; !worker && i < 300; i++) {
    worker = await context.waitForEvent('serviceworker', { timeout: 100 }).catch(() => context.serviceWorkers()[0]);
  }
  if (!worker) throw new Error(`The extension in ${EXTENSION_DIR} did not start. Was it rebuilt while the tests ran?`);
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId, requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium without the extension, for tests that run our bundled code in an ordinary page. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface ExtensionSession {
  /** Chromium with the extension loaded (see launch). */
  h: Harness;
  /** The fixture server; only with `serve: true`. */
  served: Served;
}

export interface PlainSession {
  /** Chromium without the extension. */
  browser: Browser;
}

/** A stand-in whose properties are read from `current()` when used, so a file can hold it before the browser starts. */
function whenReady<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (!value) throw new Error(`${what} is not ready: use it in a test, or in a beforeAll after useBrowser()`);
      const member = Reflect.get(value, key, value) as unknown;
      return typeof member === 'function' ? (member as (...a: unknown[]) => unknown).bind(value) : member;
    },
  });
}

/**
 * Starts Chromium before a test file's tests and closes it after them: with the
 * extension (and the fixture server when `serve` is true), or, with
 * `extension: false`, a plain browser. Call it at the top of the file; a
 * beforeAll written after it runs once the browser is up.
 *
 *   const { h, served } = useBrowser({ serve: true });
 *   const { browser } = useBrowser({ extension: false });
 */
export function useBrowser(options: { extension: false }): PlainSession;
export function useBrowser(options?: { serve?: boolean; extension?: true }): ExtensionSession;
export function useBrowser(options: { serve?: boolean; extension?: boolean } = {}): ExtensionSession | PlainSession {
  if (options.extension === false) {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchPlain();
    });
    afterAll(async () => {
      await browser?.close();
    });
    return { browser: whenReady(() => browser, 'The browser') };
  }
  let h: Harness | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    if (options.serve) served = await serveFixtures();
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    await served?.close();
  });
  return {
    h: whenReady(() => h, 'The browser with the extension'),
    served: whenReady(() => served, options.serve ? 'The fixture server' : 'The fixture server (useBrowser({ serve: true }))'),
  };
}

export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.worker.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await c.tabs.query({});
    // Without the "tabs" permission the browser hides the address of pages we may not read: take the newest tab then.
    return tabs.find((t) => t.url === u)?.id ?? Math.max(-1, ...tabs.map((t) => t.id ?? -1));
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/** What a click on the toolbar button does after it has granted activeTab. */
export async function checkTab(h: Harness, tabId: number, what: 'page' | 'selection' = 'page'): Promise<void> {
  await h.worker.evaluate(
    ([id, w]) => (globalThis as unknown as { doingWithTest: { check(id: number, w: string): Promise<void> } }).doingWithTest.check(id as number, w as string),
    [tabId, what] as const,
  );
}

/**
 * A real press of the toolbar button on the page's tab, through the DevTools protocol: the browser
 * grants activeTab and runs the button's handler, exactly as a user's click does.
 */
export async function pressButton(h: Harness, page: Page): Promise<void> {
  const browserSession = await h.context.browser()!.newBrowserCDPSession();
  try {
    const pageSession = await h.context.newCDPSession(page);
    const { targetInfo } = await pageSession.send('Target.getTargetInfo');
    await pageSession.detach();
    // The action runs on the tab target that holds the page, found by the page's address.
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === targetInfo.url);
    if (!tab) throw new Error(`no tab target for ${targetInfo.url}`);
    await browserSession.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
  } finally {
    await browserSession.detach();
  }
}

export async function openPanel(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * A page opened in a new tab and checked, with its panel at a usual side-panel size (a 765 px
 * high window), once the first finding shows and the check says it is done.
 */
export async function checkedPanel(h: Harness, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await h.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  await panel.setViewportSize({ width: 400, height: 765 });
  await checkTab(h, tabId);
  await panel.locator('article.finding').first().waitFor();
  await panel.getByRole('status').filter({ hasText: /^Checked\./ }).waitFor();
  return { page, panel };
}

/**
 * The panel in a window of its own, so the page stays the active tab of its window (as with the real
 * side panel, and as the toolbar button needs).
 */
export async function openPanelBeside(h: Harness, tabId: number): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`;
  const [panel] = await Promise.all([
    h.context.waitForEvent('page', (p) => p.url() === url),
    h.worker.evaluate((u) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url: u, type: 'popup' }), url),
  ]);
  await panel.waitForLoadState();
  return panel;
}

/** Unfold the panel's "Settings for this check" (review mode, kind of document). */
export async function openCheckSettings(panel: Page): Promise<void> {
  const button = panel.getByRole('button', { name: /Settings for this check/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Texts of the ranges registered in CSS.highlights under a name. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}
