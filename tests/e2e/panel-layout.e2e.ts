/**
 * What a user meets first in the side panel: the most serious finding near the top at a usual panel
 * height, repeats of one rule folded into a group, short enabler lists, advice shown as text (not as
 * controls), settings folded away, a neutral word before the first press, focus kept after "Ignore
 * here" and "Allow", a reload starting at the top; and in the page, word marks visible inside a
 * long sentence's mark.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkedPanel, highlightTexts, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });

/** The panel at a usual side-panel size, checking the long consultation. */
const checked = () => checkedPanel(h, `${served.origin}/long-consultation.html`);

const focused = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.localName ?? '', focusId: el?.dataset.focusId ?? '' };
  });

describe('the side panel puts what matters first', () => {
  it('shows the most serious finding first, without scrolling, with settings folded away', async () => {
    const { page, panel } = await checked();
    const first = panel.locator('.findings > li').first();
    expect(await first.locator('.severity-tag').first().textContent()).toBe('Needs changing:');
    const box = (await first.boundingBox())!;
    expect(box.y + 40).toBeLessThan(765);
    expect(await panel.evaluate(() => scrollY)).toBe(0);
    // Every "Needs changing" comes before anything less serious.
    const tags = await panel.locator('.findings > li > article .severity-tag, .findings > li > .rule-group .severity-tag').allTextContents();
    const rank = (t: string) => ['Needs changing:', 'Worth changing:', 'To think about:'].indexOf(t.trim());
    expect(tags.map(rank)).toEqual([...tags.map(rank)].sort((a, b) => a - b));

    // The kind of document and review mode are behind one keyboard-operable control.
    expect(await panel.getByRole('checkbox', { name: /Consultation document/ }).isVisible()).toBe(false);
    const settings = panel.getByRole('button', { name: /Settings for this check/ });
    await settings.focus();
    await panel.keyboard.press('Enter');
    expect(await settings.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.getByRole('checkbox', { name: /Consultation document/ }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: /Review mode/ }).isVisible()).toBe(true);
    await panel.keyboard.press('Enter');
    expect(await settings.getAttribute('aria-expanded')).toBe('false');
    await page.close();
    await panel.close();
  });

  it('folds repeats of one rule into a group, keeps enabler lists short, and shows advice as text', async () => {
    const { page, panel } = await checked();
    const toggle = panel.getByRole('button', { name: /Long sentence: 5 findings/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const list = panel.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await list.isVisible()).toBe(false);
    await toggle.focus();
    await panel.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await list.locator('article.finding').count()).toBe(5);

    // Advice ("Split it…") is text under "What to do", not a button or a box that looks like one.
    const long = list.locator('article.finding').first();
    expect(await long.locator('.advice').textContent()).toMatch(/What to do:.*Split it/);
    expect(await panel.getByRole('button', { name: /Split it/ }).count()).toBe(0);
    expect(await panel.locator('.suggestion-text').count()).toBe(0);
    // Replacement words on a page are plain text too (only a text box offers to replace them).
    const jargon = panel.locator('article.finding', { has: panel.locator('mark', { hasText: /^stakeholders$/ }) });
    expect(await jargon.locator('.try').textContent()).toMatch(/people/);
    expect(await jargon.getByRole('button', { name: /people/ }).count()).toBe(0);

    // At most two enablers on a card; "Show N more" opens the rest.
    for (const n of await panel.locator('.enablers ul').evaluateAll((uls) => uls.map((u) => u.children.length))) expect(n).toBeLessThanOrEqual(2);
    const withMore = panel.locator('article.finding', { has: panel.getByRole('button', { name: /^Show \d+ more good practice/ }) }).first();
    const card = panel.locator(`[data-focus-id="${await withMore.getAttribute('data-focus-id')}"]`);
    const moreButton = card.getByRole('button', { name: /^Show \d+ more good practice/ });
    const more = Number((await moreButton.textContent())!.match(/\d+/)![0]);
    await moreButton.click();
    expect(await card.locator('.enablers li').count()).toBe(2 + more);
    expect(await card.getByRole('button', { name: /Show fewer/ }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
    await panel.close();
  });

  it('marks a long sentence quietly in the page so the word marks inside it stay visible', async () => {
    const { page, panel } = await checked();
    await expect.poll(() => highlightTexts(page, 'doing-with-warning'), { timeout: 5000 }).toEqual(expect.arrayContaining(['stakeholders', 'going forward']));
    const quiet = await highlightTexts(page, 'doing-with-sentence');
    const holder = quiet.find((t) => t.includes('stakeholders'));
    expect(holder).toMatch(/^Following a review/);
    // The long sentence is not underlined like the words in it.
    for (const name of ['doing-with-error', 'doing-with-warning', 'doing-with-suggestion']) {
      for (const t of await highlightTexts(page, name)) expect(t.length).toBeLessThanOrEqual(60);
    }
    await page.close();
    await panel.close();
  });
  it('keeps keyboard focus in the list after "Ignore here" and "Allow"', async () => {
    const { page, panel } = await checked();
    const first = panel.locator('.findings > li > article.finding').first();
    const firstId = await first.getAttribute('data-focus-id');
    const nextId = await panel.locator('.findings > li').nth(1).locator('[data-focus-id]').first().getAttribute('data-focus-id');
    await first.getByRole('button', { name: /Ignore here/ }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator(`[data-focus-id="${firstId}"]`).count()).toBe(0);
    await expect.poll(() => focused(panel)).toEqual({ tag: expect.any(String), focusId: nextId });

    const jargon = panel.locator('article.finding', { has: panel.locator('mark', { hasText: /^going forward$/ }) });
    const jargonId = await jargon.getAttribute('data-focus-id');
    await jargon.getByRole('button', { name: 'Allow “going forward”' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator(`[data-focus-id="${jargonId}"]`).count()).toBe(0);
    await expect.poll(() => focused(panel).then((f) => f.focusId)).not.toBe('');
    expect((await focused(panel)).tag).not.toBe('body');
    // Put things back for the other tests.
    await h.worker.evaluate(async () => {
      type Area = { clear(): Promise<void> };
      const c = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome.storage;
      await Promise.all([c.local.clear(), c.sync.clear()]);
    });
    await page.close();
    await panel.close();
  });

});

describe('the panel before the first press and after a reload', () => {
  it('invites a press instead of reporting an error', async () => {
    // The e2e build may read 127.0.0.1 only: on "localhost" the browser wants the toolbar button first.
    const page = await h.context.newPage();
    await page.goto(`${served.origin.replace('127.0.0.1', 'localhost')}/plain.html`);
    const panel = await openPanel(h, await tabIdOf(h, page));
    await panel.getByRole('heading', { name: 'Press the Doing With button to check this page' }).waitFor();
    // The status line may still say the check it tried is going on when the heading appears; it then settles.
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Ready to check this page.');
    await page.close();
    await panel.close();
  });

  it('starts at the top after a reload', async () => {
    const { page, panel } = await checked();
    await panel.evaluate(() => scrollTo(0, document.body.scrollHeight));
    expect(await panel.evaluate(() => scrollY)).toBeGreaterThan(200);
    await panel.reload();
    await panel.locator('article.finding').first().waitFor();
    expect(await panel.evaluate(() => scrollY)).toBe(0);
    expect(await panel.getByRole('heading', { level: 1, name: 'Doing With' }).isVisible()).toBe(true);
    await page.close();
    await panel.close();
  });
});
