/**
 * Per-site and per-tab control: automatic checking for a site the user turns
 * on (a content script registered for that origin only), pausing a tab,
 * checking only the selected text, and data-doing-with="off" on a field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTab, highlightTexts, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });

beforeAll(() => {
  served.extra.set('/off-field.html', '<!doctype html><html lang="en-GB"><head><title>Off</title></head><body><p>A note.</p><div data-doing-with="off"><textarea id="t">x</textarea></div></body></html>');
});

const registered = () =>
  h.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } } }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []);
  });

describe('per-site and per-tab control', () => {
  it('checks every visit to a site once automatic checking is turned on, and stops when it is off', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/editors.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    expect(await registered()).toEqual([]);
    await panel.getByRole('checkbox', { name: /Check pages on 127\.0\.0\.1:\d+ automatically/ }).check();
    await expect.poll(registered).toEqual([['http://127.0.0.1/*']]);

    // A new visit is checked with no click at all.
    const visit = await h.context.newPage();
    await visit.goto(`${served.origin}/consultation.html`);
    const visitTab = await tabIdOf(h, visit);
    const visitPanel = await openPanel(h, visitTab);
    await visitPanel.locator('.context mark', { hasText: 'service users' }).waitFor({ timeout: 5000 });

    await visitPanel.getByRole('checkbox', { name: /automatically/ }).uncheck();
    await expect.poll(registered).toEqual([]);
    await visit.reload();
    await visitPanel.waitForTimeout(800);
    expect(await highlightTexts(visit, 'doing-with-suggestion')).toEqual([]);
    for (const p of [page, panel, visit, visitPanel]) await p.close();
  });

  it("keeps a click on the box when the page's report arrives between the press and the release", async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/editors.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    const box = panel.getByRole('checkbox', { name: /Check pages on 127\.0\.0\.1:\d+ automatically/ });
    // Press the box (press again if the panel moved it between measuring and pressing).
    for (let tries = 0; ; tries++) {
      await box.scrollIntoViewIfNeeded();
      const at = (await box.boundingBox())!;
      await panel.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await panel.mouse.down();
      if ((await panel.evaluate(() => document.activeElement?.id)) === 'site-auto') break;
      await panel.mouse.up();
      if (tries === 4) throw new Error('could not press the box');
    }
    // A check runs while the button is held (besides the one the panel started as it opened): its
    // report would push the box far down, and the release would land on something else.
    await checkTab(h, tabId);
    await h.worker.evaluate((id) => (globalThis as unknown as { doingWithTest: { shownAndInOneGo(id: number): Promise<unknown> } }).doingWithTest.shownAndInOneGo(id), tabId);
    await panel.waitForTimeout(300);
    await panel.mouse.up();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(registered).toEqual([['http://127.0.0.1/*']]);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Checked\./);
    await box.uncheck();
    await expect.poll(registered).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('pauses checking on a tab and resumes it', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/consultation.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await expect.poll(() => highlightTexts(page, 'doing-with-suggestion')).toEqual(['service users', 'the cabinet']);
    await panel.getByRole('checkbox', { name: 'Pause checking on this tab' }).check();
    await expect.poll(() => highlightTexts(page, 'doing-with-suggestion')).toEqual([]);
    // The page hears "pause" before the panel's next state arrives: wait for the panel too.
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Checking is paused on this tab.');
    await panel.getByRole('checkbox', { name: 'Pause checking on this tab' }).uncheck();
    await expect.poll(() => highlightTexts(page, 'doing-with-suggestion')).toEqual(['service users', 'the cabinet']);
    await page.close();
    await panel.close();
  });

  it('checks only the selected text', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/consultation.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith('Residents'))!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await checkTab(h, tabId, 'selection');
    await panel.getByRole('heading', { level: 2, name: 'The text you selected' }).waitFor();
    await expect.poll(() => panel.locator('.context mark').allTextContents()).toEqual(['Residents will be informed']);
    await expect.poll(() => highlightTexts(page, 'doing-with-warning')).toEqual(['Residents will be informed']);
    await page.close();
    await panel.close();
  });

  it('leaves alone a field inside data-doing-with="off"', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/off-field.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.getByRole('heading', { name: /No barriers found|What we found/ }).first().waitFor();
    await page.bringToFront();
    await page.locator('#t').fill('We will engage stakeholders going forward.');
    await page.locator('#t').press('End');
    await page.waitForTimeout(1200);
    expect(await panel.locator('.context mark').count()).toBe(0);
    expect(await page.locator('doing-with-overlay').count()).toBe(0);
    await page.close();
    await panel.close();
  });
});
