/**
 * Checking a page: findings and their enablers in the panel, highlights in
 * the page, nothing sent anywhere, page text shown as text, error states.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkTab, highlightTexts, openCheckSettings, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });

async function checked(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(`${served.origin}/${path}`);
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  await checkTab(h, tabId);
  return { page, panel, tabId };
}

describe('checking a page', () => {
  it('lists the expected findings with enablers from the catalog, and highlights them in the page', async () => {
    const requestsBefore = h.requests.length;
    // Also record any fetch the background itself makes (service-worker requests may not reach the context's events).
    await h.worker.evaluate(() => {
      const g = globalThis as unknown as { fetch: typeof fetch; __fetched: string[] };
      g.__fetched = [];
      const real = g.fetch.bind(globalThis);
      g.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        g.__fetched.push(String(input instanceof Request ? input.url : input));
        return real(input, init);
      };
    });
    const { page, panel } = await checked('consultation.html');
    await panel.getByRole('heading', { name: /What we found/ }).waitFor();
    await expect.poll(() => panel.locator('.context mark').allTextContents(), { timeout: 5000 }).toEqual(
      expect.arrayContaining(['service users', 'has been approved', 'will go ahead', 'Residents will be informed']),
    );
    const marks = await panel.locator('.context mark').allTextContents();
    // Nav, <pre> and data-doing-with="off" are never read.
    expect(marks.join(' ')).not.toMatch(/hard to reach/i);

    // The us-and-them finding shows its barrier and the catalog's enablers for it.
    const card = panel.locator('article.finding', { has: panel.locator('mark', { hasText: 'service users' }) });
    await expect.poll(() => card.locator('[data-enabler]').evaluateAll((els) => els.map((e) => e.getAttribute('data-enabler')))).toEqual(
      expect.arrayContaining(['no-one-more-important', 'doing-with-not-doing-to']),
    );
    await expect.poll(() => card.locator('.enablers li').first().textContent()).toMatch(/no-one is more important|doing with, not doing to/i);
    await panel.getByLabel('Show', { exact: true }).selectOption('barrier');
    const group = panel.locator('section.group', { has: card });
    expect(await group.locator('h3').textContent()).toMatch(/us and them/i);

    // Document-level findings are listed too (the page says it will publish a summary, so feedback-use quotes that and asks for the when).
    expect(await panel.locator('.finding-message').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/what will happen to people’s views|but not when the decision will be made/)]));
    // Summary and detected profile (under "Settings for this check").
    await openCheckSettings(panel);
    expect(await panel.getByRole('checkbox', { name: /Consultation document/ }).isChecked()).toBe(true);
    await expect.poll(() => panel.locator('.stats dd').first().textContent()).toMatch(/^\d+/);

    // Highlights: exactly the flagged ranges, registered in CSS.highlights, by severity.
    await expect.poll(() => highlightTexts(page, 'doing-with-warning')).toEqual(
      expect.arrayContaining(['has been approved', 'will go ahead', 'Residents will be informed']),
    );
    // "the cabinet" is a body's name used as if readers know it (jargon's insider names).
    expect(await highlightTexts(page, 'doing-with-suggestion')).toEqual(['service users', 'the cabinet']);

    // "Show in page" makes the finding stand out.
    await card.getByRole('button', { name: /Show in page/ }).click();
    await expect.poll(() => highlightTexts(page, 'doing-with-focus')).toEqual(['service users']);

    // Checking, highlighting and "Show in page" leave the page's DOM as it was: the same page in a tab never checked has the same markup.
    const unchecked = await h.context.newPage();
    await unchecked.goto(`${served.origin}/consultation.html`);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(await unchecked.evaluate(() => document.documentElement.outerHTML));
    await unchecked.close();

    // Privacy: nothing but the test page's origin and the extension itself was requested.
    const during = h.requests.slice(requestsBefore);
    expect(during.length).toBeGreaterThan(0);
    for (const url of during) expect(url.startsWith(served.origin) || url.startsWith(`chrome-extension://${h.extensionId}/`), url).toBe(true);
    const fetched = await h.worker.evaluate(() => (globalThis as unknown as { __fetched: string[] }).__fetched);
    for (const url of fetched) expect(url.startsWith(`chrome-extension://${h.extensionId}/`), url).toBe(true);
    await page.close();
    await panel.close();
  });

  it('changes profiles, ignores a finding and allows a word', async () => {
    const { page, panel } = await checked('consultation.html');
    await panel.locator('.context mark', { hasText: 'service users' }).waitFor();
    // Switching the profile to "General writing" turns off consultation-only checks.
    await openCheckSettings(panel);
    await panel.getByRole('checkbox', { name: /General writing/ }).check();
    await expect.poll(() => panel.getByRole('checkbox', { name: /General writing/ }).isChecked()).toBe(true);
    await panel.getByRole('checkbox', { name: /Consultation document/ }).uncheck();
    await panel.getByRole('checkbox', { name: /Report/ }).uncheck();
    await expect.poll(() => panel.locator('.context mark').allTextContents()).not.toContain('has been approved');
    await panel.getByRole('button', { name: 'Let Doing With decide' }).click();
    await panel.locator('.context mark', { hasText: 'has been approved' }).first().waitFor();

    const card = panel.locator('article.finding', { has: panel.locator('mark', { hasText: 'will go ahead' }) });
    await card.getByRole('button', { name: /Ignore here/ }).click();
    await expect.poll(() => panel.locator('.context mark').allTextContents()).not.toContain('will go ahead');
    await panel.getByText('1 ignored on this page.').waitFor();

    const su = panel.locator('article.finding', { has: panel.locator('mark', { hasText: 'service users' }) });
    await su.getByRole('button', { name: 'Allow “service users”' }).click();
    await expect.poll(() => panel.locator('.context mark').allTextContents()).not.toContain('service users');
    await expect.poll(() => highlightTexts(page, 'doing-with-suggestion')).toEqual(['the cabinet']);
    // "Allow" writes the allow list in Settings (src/storage), which syncs when it fits.
    type Area = { get(k: string): Promise<Record<string, { allow?: string[] } | undefined>>; clear(): Promise<void> };
    const allowed = await h.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome.storage;
      return ((await c.sync.get('settings')).settings ?? (await c.local.get('settings')).settings)?.allow;
    });
    expect(allowed).toEqual(['service users']);
    // Put things back for the other tests.
    await h.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome.storage;
      await Promise.all([c.local.clear(), c.sync.clear()]);
    });
    await page.close();
    await panel.close();
  });

  it('shows page text as text and runs none of it', async () => {
    const { page, panel } = await checked('unsafe.html');
    let dialogs = 0;
    panel.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const context = panel.locator('.context', { has: panel.locator('mark', { hasText: 'service users' }) });
    await context.waitFor();
    expect(await context.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await panel.locator('main img, main script').count()).toBe(0);
    expect(await panel.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
    await panel.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
    await panel.close();
  });

  it('says so when a page has no text', async () => {
    const { page, panel } = await checked('empty.html');
    await panel.getByRole('heading', { name: 'We found no text to check' }).waitFor();
    await page.close();
    await panel.close();
  });

  it("explains that the browser's own pages cannot be checked", async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.getByRole('heading', { name: 'This page cannot be checked' }).waitFor();
    await page.close();
    await panel.close();
  });
});
