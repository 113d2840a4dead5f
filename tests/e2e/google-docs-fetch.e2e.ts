/**
 * fetchGoogleDoc with the browser's real fetch, from a page on
 * https://docs.google.com (served from fixtures by context.route, as a
 * content script there would run): cookies go with the request, and real
 * refusals — 403, a redirect to the sign-in site, a dropped connection — get
 * the right reason.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as GoogleDocs from '../../src/sources/google-docs';
import { useBrowser } from './harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(`${ROOT}tests/fixtures/google-docs/${name}`, 'utf8');
const ID = '1bX9kQe7LmN2pR4sT6vW8yZ0aB3cD5eF7gH9iJ1kL3mN';
const EDIT = `https://docs.google.com/document/d/${ID}/edit`;

type Answer = (route: Route) => Promise<void>;

const { browser } = useBrowser({ extension: false });
let context: BrowserContext;
let page: Page;
let exportAnswer: Answer;
const exportRequests: { url: string; cookie: string | undefined }[] = [];

beforeAll(async () => {
  const out = await build({
    stdin: { contents: `export * from './src/sources/google-docs';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'googleDocs',
    write: false,
    logLevel: 'silent',
  });
  context = await browser.newContext();
  await context.addCookies([{ name: 'SID', value: 'signed-in', domain: 'docs.google.com', path: '/', secure: true }]);
  await context.route('https://docs.google.com/**', async (route) => {
    const url = route.request().url();
    if (url.includes('/export?')) {
      exportRequests.push({ url, cookie: await route.request().headerValue('cookie') ?? undefined });
      return exportAnswer(route);
    }
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Doc</title><p>Editor</p>' });
  });
  await context.route('https://accounts.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: fixture('sign-in.html') }),
  );
  page = await context.newPage();
  await page.goto(EDIT);
  await page.addScriptTag({ content: out.outputFiles[0]!.text });
});


async function fetchInPage(answer: Answer) {
  exportAnswer = answer;
  return page.evaluate(async (url) => {
    const g = (globalThis as unknown as { googleDocs: typeof GoogleDocs }).googleDocs;
    const r = await g.fetchGoogleDoc(url, undefined, { htmlToDocument: (h: string) => new DOMParser().parseFromString(h, 'text/html') });
    return r.ok
      ? { ok: true, title: r.title, blocks: r.source.doc.blocks.map((b) => [b.kind, b.text]) }
      : { ok: false, reason: r.reason, status: r.status, message: r.message };
  }, EDIT);
}

describe('fetchGoogleDoc in Chromium on docs.google.com', () => {
  it('sends the user’s cookies to the same origin and reads the export with the page’s DOMParser', async () => {
    exportRequests.length = 0;
    const r = await fetchInPage((route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('export.html') }));
    expect(r).toMatchObject({ ok: true, title: 'Community mental health engagement plan' });
    expect(r.blocks?.[0]).toEqual(['heading', 'Community mental health engagement plan']);
    expect(r.blocks).toContainEqual(['list-item', 'Two focus groups with hard to reach communities']);
    expect(exportRequests).toEqual([{ url: `https://docs.google.com/document/d/${ID}/export?format=html`, cookie: 'SID=signed-in' }]);
  });

  it('says downloading is turned off on a 403', async () => {
    const r = await fetchInPage((route) => route.fulfill({ status: 403, contentType: 'text/html', body: fixture('forbidden.html') }));
    expect(r).toMatchObject({ ok: false, reason: 'no-permission', status: 403 });
  });

  it('recognises a redirect to the sign-in site, which the browser blocks', async () => {
    const r = await fetchInPage((route) =>
      route.fulfill({ status: 302, headers: { location: 'https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/' } }),
    );
    expect(r).toMatchObject({ ok: false, reason: 'redirected' });
    expect(r.message).toMatch(/signed in to Google/);
  });

  it('recognises a sign-in page on the same site, a missing document and a dropped connection', async () => {
    expect(await fetchInPage((route) => route.fulfill({ status: 200, contentType: 'text/html', body: fixture('sign-in.html') }))).toMatchObject({ reason: 'signed-out' });
    expect(await fetchInPage((route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }))).toMatchObject({ reason: 'not-found', status: 404 });
    expect(await fetchInPage((route) => route.abort('connectionreset'))).toMatchObject({ reason: 'network', status: null });
  });
});
