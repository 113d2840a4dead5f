/**
 * The side panel is usable by keyboard and screen reader: axe-core finds no
 * serious or critical problem (findings listed, "Why?" open, and the empty and
 * idle states), and every action can be reached and used with the keyboard.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkTab, openPanel, tabIdOf, useBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { h, served } = useBrowser({ serve: true });

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function seriousViolations(panel: Page): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, unlike a <script> tag.
  await panel.evaluate(axeSource);
  const violations = await panel.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('side panel accessibility', () => {
  it('has no serious or critical axe violations with findings listed and "Why?" open', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/consultation.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.locator('article.finding').first().waitFor();
    await panel.getByRole('button', { name: 'Why?' }).first().click();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByLabel('Show', { exact: true }).selectOption('position');
    expect(await seriousViolations(panel)).toEqual([]);
    // Settings for this check unfolded, and the findings by barrier.
    await panel.getByRole('button', { name: /Settings for this check/ }).click();
    await panel.getByLabel('Show', { exact: true }).selectOption('barrier');
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('has no serious or critical axe violations with a group of findings and a list of good practice unfolded', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/long-consultation.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.locator('.group-toggle').first().click();
    await panel.getByRole('button', { name: /^Show \d+ more good practice/ }).first().click();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/consultation.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.locator('article.finding').first().waitFor();
    // The status is announced politely.
    expect(await panel.getByRole('status').textContent()).toMatch(/Checked\. \d+ things to look at\./);
    // Tab reaches "Why?" and Enter opens it.
    const why = panel.getByRole('button', { name: 'Why?' }).first();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await why.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    // Focus is visible: a yellow outline, as on GOV.UK.
    expect(await why.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await panel.keyboard.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    const region = panel.locator(`#${await why.getAttribute('aria-controls')}`);
    expect(await region.isVisible()).toBe(true);
    expect((await region.textContent())!.length).toBeGreaterThan(20);
    await page.close();
    await panel.close();
  });

  it('has no serious or critical axe violations when the page needs a click, and in the empty state', async () => {
    // The e2e build may read 127.0.0.1 only: on "localhost" the browser wants the toolbar button first.
    const page = await h.context.newPage();
    await page.goto(`${served.origin.replace('127.0.0.1', 'localhost')}/editors.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await panel.getByRole('heading', { name: 'Press the Doing With button to check this page' }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();

    const plain = await h.context.newPage();
    await plain.goto(`${served.origin}/plain.html`);
    const plainTab = await tabIdOf(h, plain);
    // Opening the panel on a page the browser already lets us read checks it straight away.
    const panel2 = await openPanel(h, plainTab);
    await panel2.getByRole('heading', { name: 'No barriers found in what we can check' }).waitFor();
    expect(await panel2.locator('.questions li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(panel2)).toEqual([]);
    await plain.close();
    await panel2.close();
  });
});
