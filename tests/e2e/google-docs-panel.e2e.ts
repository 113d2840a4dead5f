/**
 * Google Docs in the side panel: the check fetches the document's export in
 * the Docs tab (routed to local fixtures under the real origin), lists the
 * findings in the panel with their sentence and a Copy action, checks again
 * after the user types, and when Google refuses says why and offers pasting
 * or uploading instead.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTab, openPanel, tabIdOf, useBrowser } from './harness';

const fixture = (path: string) => readFileSync(path, 'utf8');
const EXPORT = fixture('tests/fixtures/google-docs/export.html');
const EDITOR = fixture('tests/e2e/fixtures/google-docs-editor.html');
const ID = '1bX9kQe7LmN2pR4sT6vW8yZ0aB3cD5eF7gH9iJ1kL3mN';
const EDIT = `https://docs.google.com/document/d/${ID}/edit`;

const { h } = useBrowser();
let answer: (route: Route) => Promise<void>;
const exports: string[] = [];

beforeAll(async () => {
  await h.context.route('https://docs.google.com/**', async (route) => {
    const url = route.request().url();
    if (url.includes('/export?')) {
      exports.push(url);
      return answer(route);
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EDITOR });
  });
  await h.context.route('https://accounts.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: fixture('tests/fixtures/google-docs/sign-in.html') }),
  );
});

async function openDoc(): Promise<{ page: Page; panel: Page }> {
  const page = await h.context.newPage();
  await page.goto(EDIT);
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  await checkTab(h, tabId);
  return { page, panel };
}

describe('Google Docs in the side panel', () => {
  it('lists the document’s findings with their sentence, offers Copy, and checks again after typing', async () => {
    answer = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EXPORT });
    exports.length = 0;
    const before = h.requests.length;
    const { page, panel } = await openDoc();
    const card = panel.locator('article.finding', { has: panel.locator('mark', { hasText: 'hard to reach' }) });
    await card.waitFor();
    expect(await card.locator('.context').textContent()).toMatch(/focus groups with hard to reach communities/);
    expect(await panel.locator('#doc-h').textContent()).toBe('Community mental health engagement plan');
    await panel.getByText('Google Docs draws its text itself').waitFor();
    // The text is not in the tab's DOM, so nothing to show there: findings are listed and copied instead.
    expect(await panel.getByRole('button', { name: /Show in page/ }).count()).toBe(0);
    // Repeats of one rule (jargon) are folded into a group: unfold them.
    for (const toggle of await panel.locator('.group-toggle[aria-expanded="false"]').all()) await toggle.click();
    const copy = panel.locator('button.copy').first();
    await copy.waitFor();
    // Only words to put in place of the flagged ones can be copied; advice is plain text.
    for (const name of await panel.locator('button.copy').evaluateAll((bs) => bs.map((b) => b.textContent ?? ''))) {
      expect(name).not.toMatch(/[.!?]$/);
    }
    expect(await panel.locator('.advice').count()).toBeGreaterThan(0);
    expect(await panel.locator('.advice button').count()).toBe(0);
    await copy.click();
    await panel.locator('.copied').filter({ hasText: /Copied|did not let us copy/ }).first().waitFor();
    expect(exports).toEqual([`https://docs.google.com/document/d/${ID}/export?format=html`]);

    // The user edits the document; Docs saves it; a few seconds later the panel checks again.
    answer = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EXPORT.replace('>hard to reach</span>', '>seldom heard</span>') });
    await page.bringToFront();
    await page.locator('.kix-cursor').focus();
    await page.keyboard.type('seldom heard');
    await expect.poll(() => panel.locator('.context mark', { hasText: 'hard to reach' }).count(), { timeout: 10_000 }).toBe(0);
    expect(exports.length).toBe(2);
    await panel.locator('article.finding').first().waitFor();

    // Nothing went anywhere but Google Docs itself and the extension.
    for (const url of h.requests.slice(before)) {
      expect(url.startsWith('https://docs.google.com/') || url.startsWith(`chrome-extension://${h.extensionId}/`), url).toBe(true);
    }
    await page.close();
    await panel.close();
  });

  it('says why when Google refuses (403) and offers pasting or uploading instead', async () => {
    answer = (route) => route.fulfill({ status: 403, contentType: 'text/html', body: fixture('tests/fixtures/google-docs/forbidden.html') });
    const { page, panel } = await openDoc();
    await panel.getByRole('heading', { name: 'Google did not share this document with Doing With' }).waitFor();
    await panel.getByText(/Google would not let us download this document/).waitFor();
    await panel.getByRole('button', { name: 'Upload the file' }).waitFor();
    // Checking docs.google.com automatically would not help: it is not offered here.
    expect(await panel.getByRole('checkbox', { name: /automatically/ }).count()).toBe(0);
    await panel.getByRole('checkbox', { name: 'Pause checking on this tab' }).waitFor();
    await panel.getByRole('button', { name: 'Paste the text' }).click();
    // The paste box is ready for the keyboard.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('paste');
    await page.close();
    await panel.close();
  });

  it('says to sign in when Google sends the export to its sign-in page', async () => {
    answer = (route) => route.fulfill({ status: 302, headers: { location: 'https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/' } });
    const { page, panel } = await openDoc();
    await panel.getByText(/Check that you are signed in to Google in this browser/).waitFor();
    await panel.getByRole('button', { name: 'Paste the text' }).waitFor();
    // Trying again after signing in works.
    answer = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EXPORT });
    await panel.getByRole('button', { name: 'Try again' }).click();
    await panel.locator('article.finding').first().waitFor();
    await page.close();
    await panel.close();
  });

  it('reads the export, not the editor, when docs.google.com is checked automatically and the Doc is opened again', async () => {
    answer = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EXPORT });
    const { page, panel } = await openDoc();
    await panel.locator('article.finding').first().waitFor();
    const auto = panel.getByRole('checkbox', { name: /Check pages on docs\.google\.com automatically/ });
    await auto.check();
    await expect.poll(() => h.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
      return (await c.scripting.getRegisteredContentScripts()).length;
    })).toBe(1);
    exports.length = 0;
    // Opening the Doc again: the registered checker says hello, and the background must read the export.
    await page.reload();
    await expect.poll(() => exports.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.locator('.context mark', { hasText: 'hard to reach' }).first().waitFor();
    expect(await panel.getByRole('heading', { name: 'We found no text to check' }).count()).toBe(0);
    await auto.uncheck();
    await page.close();
    await panel.close();
  });
});
