/**
 * The options page in the real extension: import a CSV word list through the
 * file input, confirm the preview, and the next check flags its terms; a word
 * added to the allow list stops being flagged; a broken file changes nothing
 * and names its line; axe-core finds no serious or critical problem.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkTab, openPanel, tabIdOf, useBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { h, served } = useBrowser({ serve: true });

const CSV = 'term,alternatives,note,severity\ntiered oversight,checks by the board,Say who checks what,warning\nsystem partners,local NHS and council organisations,,\n';
const PAGE = `<!doctype html><html lang="en-GB"><head><title>Update</title></head><body><main><h1>Our update</h1>
<p>The new clinic will run under tiered oversight from next spring.</p>
<p>You can tell us what you think by email or at a drop-in session in the library.</p></main></body></html>`;

beforeAll(() => {
  served.extra.set('/org-words.html', PAGE);
});

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const openOptions = async () => {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1, name: 'Doing With settings' }).waitFor();
  await options.getByRole('heading', { name: 'Words you have allowed' }).waitFor();
  return options;
};

describe('options page', () => {
  it('is the extension’s options page and has no serious or critical axe violations', async () => {
    const manifest = await h.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { options_ui?: { page: string } } } } }).chrome.runtime.getManifest());
    expect(manifest.options_ui?.page).toBe('options.html');
    const options = await openOptions();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('shows the line of a broken file and changes nothing', async () => {
    const options = await openOptions();
    await options.locator('#list-import-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('term,alternatives\nok,fine\n,no term here\n') });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/This file was not imported\..*Line 3.*Nothing has changed/);
    expect(await options.getByText('You have no word lists yet.').count()).toBe(1);
    await options.close();
  });

  it('imports a CSV after the preview; its terms are flagged; an allowed word is not', async () => {
    const options = await openOptions();
    await options.locator('#list-import-file').setInputFiles({ name: 'our-words.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await options.getByRole('heading', { name: /Importing “our-words\.csv” as a new list/ }).waitFor();
    expect(await options.getByText('2 to add, 0 to change, 0 to remove, 0 the same.').count()).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Imported “our words” with 2 terms/);
    await options.getByRole('checkbox', { name: 'Use “our words” when checking' }).waitFor();
    expect(await options.getByRole('checkbox', { name: 'Use “our words” when checking' }).isChecked()).toBe(true);

    // Open the list: the terms are there, searchable, and the page is still accessible.
    await options.getByRole('button', { name: /Show and edit terms/ }).click();
    await options.getByRole('searchbox', { name: 'Search this list' }).fill('oversight');
    await expect.poll(() => options.locator('.terms-table tbody th').allTextContents()).toEqual(['tiered oversight']);
    expect(await seriousViolations(options)).toEqual([]);

    const page = await h.context.newPage();
    await page.goto(`${served.origin}/org-words.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.locator('.context mark', { hasText: 'tiered oversight' }).first().waitFor({ timeout: 10_000 });

    // Allow it in the options page: the open check updates and it is no longer flagged.
    await options.bringToFront();
    await options.getByRole('textbox', { name: 'Word or phrase to allow' }).fill('tiered oversight');
    await options.getByRole('button', { name: 'Add word' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/“tiered oversight” will not be flagged/);
    await expect.poll(() => panel.locator('.context mark').allTextContents(), { timeout: 10_000 }).not.toContain('tiered oversight');
    await checkTab(h, tabId);
    await panel.waitForTimeout(500);
    expect(await panel.locator('.context mark').allTextContents()).not.toContain('tiered oversight');
    for (const p of [page, panel, options]) await p.close();
  });
});
