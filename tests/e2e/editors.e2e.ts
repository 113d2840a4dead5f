/**
 * The field being edited: typing brings new findings within 2 s, checks never
 * change the field, "Replace" goes through the editor's input path and
 * Ctrl+Z undoes it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkTab, highlightTexts, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });
let page: Page;
let panel: Page;

beforeAll(async () => {
  page = await h.context.newPage();
  await page.goto(`${served.origin}/editors.html`);
  const tabId = await tabIdOf(h, page);
  panel = await openPanel(h, tabId);
  await checkTab(h, tabId);
  await panel.getByRole('heading', { name: /Editing a plan|No barriers found/ }).first().waitFor();
});

const marks = () => panel.locator('.context mark').allTextContents();

describe('checking the field being edited', () => {
  it('textarea: a new finding within 2 s, value untouched by checks, Replace then Ctrl+Z', async () => {
    await page.bringToFront();
    const box = page.locator('#plan');
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We will ask stakeholders.');
    const typed = await box.inputValue();
    const started = Date.now();
    await expect.poll(marks, { timeout: 2000, interval: 100 }).toContain('stakeholders');
    expect(Date.now() - started).toBeLessThan(2000);
    // The panel now shows the box being edited.
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Plan' }).count()).toBe(1);
    // The check read the box but did not change it.
    expect(await box.inputValue()).toBe(typed);
    // The overlay underlines the words without touching the field.
    await expect.poll(() => page.evaluate(() => {
      const host = document.querySelector('doing-with-overlay');
      return [...(host?.shadowRoot?.querySelectorAll('span[data-key]') ?? [])].map((s) => s.textContent);
    })).toContain('stakeholders');

    const button = panel.getByRole('button', { name: /^Replace “stakeholders” with “.+”$/ }).first();
    const replacement = (await button.textContent())!.trim();
    await button.click();
    await expect.poll(() => box.inputValue()).toBe(typed.replace('stakeholders', replacement));
    await expect.poll(marks).not.toContain('stakeholders');
    await page.bringToFront();
    await box.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe(typed);
  });

  it('contenteditable: a new finding within 2 s, DOM untouched by checks, Replace then Ctrl+Z', async () => {
    await page.bringToFront();
    const rich = page.locator('#rich');
    await rich.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We will engage with partners going forward.');
    const html = await rich.innerHTML();
    const started = Date.now();
    await expect.poll(marks, { timeout: 2000, interval: 100 }).toContain('going forward');
    expect(Date.now() - started).toBeLessThan(2000);
    // The box is named as a screen reader names it: by its aria-labelledby text.
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Invitation' }).count()).toBe(1);
    expect(await rich.innerHTML()).toBe(html);
    // Highlighted in place with the CSS Custom Highlight API.
    await expect.poll(() => highlightTexts(page, 'doing-with-suggestion').then(async (a) => [...a, ...(await highlightTexts(page, 'doing-with-warning'))])).toContain('going forward');
    expect(await rich.innerHTML()).toBe(html);

    const card = panel.locator('article.finding', { has: panel.locator('mark', { hasText: 'going forward' }) });
    const replaceButton = card.locator('button.suggestion').first();
    const replacement = (await replaceButton.textContent())!.trim();
    await replaceButton.click();
    await expect.poll(() => rich.textContent()).toContain(replacement);
    expect(await rich.textContent()).not.toContain('going forward');
    await page.bringToFront();
    await rich.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rich.textContent()).toContain('We will engage with partners going forward.');
  });

  it('names a box labelled only by its title, as a screen reader does', async () => {
    await page.bringToFront();
    await page.locator('#notes p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Stakeholders are welcome.');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'Notes for the meeting' }).count(), { timeout: 5000 }).toBe(1);
    expect(await panel.getByRole('heading', { level: 2, name: 'The box you are typing in' }).count()).toBe(0);
  });

  it('textarea: a long sentence gets a quiet tint and the words inside it keep their underline', async () => {
    await page.bringToFront();
    const box = page.locator('#plan');
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We will ask stakeholders and the wider community and local groups what they think about the plan before the end of the year so that everyone has a fair chance to be heard.');
    const spans = () => page.evaluate(() => {
      const host = document.querySelector('doing-with-overlay');
      return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('span[data-key]') ?? [])].map((s) => ({
        text: s.textContent ?? '', underline: s.style.textDecoration.includes('underline'), tint: s.style.background !== '',
      }));
    });
    await expect.poll(spans, { timeout: 5000 }).toContainEqual({ text: 'stakeholders', underline: true, tint: true });
    const quiet = (await spans()).filter((s) => s.tint && !s.underline);
    expect(quiet.map((s) => s.text).join('')).toMatch(/and the wider community/);
  });
});
