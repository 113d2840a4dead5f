/**
 * Files, pasted text and review mode in the side panel: a picked or dropped
 * Word file and pasted text list findings (read in the panel, nothing
 * uploaded); bad files get the reader's message; a review's marks and
 * comments survive a panel reload and a new panel; the Markdown export holds
 * the marks; the printable HTML escapes hostile text; axe is happy.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkTab, openCheckSettings, openPanel, tabIdOf, useBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FILES = 'tests/fixtures/files/';
const HOSTILE = 'Ask <script>alert(1)</script> & <b>carers</b> first';

const { h, served } = useBrowser({ serve: true });

async function fileView(): Promise<{ page: Page; panel: Page }> {
  const page = await h.context.newPage();
  await page.goto(`${served.origin}/plain.html`);
  const panel = await openPanel(h, await tabIdOf(h, page));
  await panel.getByRole('button', { name: 'A file or pasted text' }).click();
  return { page, panel };
}

async function dropFile(panel: Page, path: string, name: string, type: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const transfer = await panel.evaluateHandle(
    ({ bytes, name, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return dt;
    },
    { bytes, name, type },
  );
  await panel.locator('[data-testid="drop-zone"]').dispatchEvent('drop', { dataTransfer: transfer });
}

async function seriousViolations(panel: Page): Promise<string[]> {
  await panel.evaluate(axeSource);
  const violations = await panel.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('files and pasted text in the side panel', () => {
  it('lists findings for a picked Word file and a dropped one, with Copy rather than Show in page', async () => {
    const before = h.requests.length;
    const { page, panel } = await fileView();
    await panel.locator('#file-input').setInputFiles(`${FILES}sample.docx`);
    await panel.locator('#checked-h', { hasText: 'sample.docx' }).waitFor();
    const findings = panel.locator('article.finding');
    await findings.first().waitFor();
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: /Show in page/ }).count()).toBe(0);
    await expect.poll(() => panel.locator('.status').textContent()).toMatch(/Checked sample\.docx\. \d+ things? to look at/);

    // A damaged file dropped on the area gets the reader's plain message.
    await dropFile(panel, `${FILES}corrupt.docx`, 'corrupt.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await panel.getByRole('alert').filter({ hasText: 'corrupt.docx' }).waitFor();
    // And a good one dropped lists findings again.
    await dropFile(panel, `${FILES}sample.docx`, 'sample.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await panel.locator('#checked-h', { hasText: 'sample.docx' }).waitFor();
    await findings.first().waitFor();

    // Nothing was uploaded: no request left the browser but the test page and the extension.
    for (const url of h.requests.slice(before)) {
      expect(url.startsWith(served.origin) || url.startsWith(`chrome-extension://${h.extensionId}/`) || url.startsWith('blob:') || url.startsWith('data:'), url).toBe(true);
    }
    await page.close();
    await panel.close();
  });

  it('gives the reader’s message for an encrypted PDF and a file that is not a document', async () => {
    const { page, panel } = await fileView();
    await panel.locator('#file-input').setInputFiles(`${FILES}encrypted.pdf`);
    await panel.getByRole('alert').filter({ hasText: /password/i }).waitFor();
    await panel.locator('#file-input').setInputFiles({ name: 'holiday.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not a document') });
    await panel.getByRole('alert').filter({ hasText: 'holiday.mp4' }).waitFor();
    await page.close();
    await panel.close();
  });

  it('lists findings for pasted text', async () => {
    const { page, panel } = await fileView();
    await panel.getByRole('button', { name: 'Check this text' }).click();
    await panel.getByRole('alert').filter({ hasText: 'The box is empty' }).waitFor();
    await panel.getByLabel('Or paste the text here').fill('Changes to day services\n\nThe decision has been made and will go ahead in April. We will talk to hard to reach groups and service users.');
    await panel.getByRole('button', { name: 'Check this text' }).click();
    await panel.locator('.context mark', { hasText: 'hard to reach' }).first().waitFor();
    await panel.locator('button.copy').first().waitFor();
    await page.close();
    await panel.close();
  });
});

describe('review mode', () => {
  it('keeps marks and comments across a reload and a new panel, and exports them', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/consultation.html`);
    const tabId = await tabIdOf(h, page);
    let panel = await openPanel(h, tabId);
    await checkTab(h, tabId);
    await panel.locator('article.finding').first().waitFor();
    await openCheckSettings(panel);
    await panel.getByLabel(/Review mode/).check();
    await panel.getByRole('heading', { name: 'Review', exact: true }).waitFor();

    const first = panel.locator('.review-item.finding').first();
    await first.getByRole('radio', { name: 'Agree' }).check();
    await first.getByLabel(/^Comment/).fill(HOSTILE);
    const question = panel.locator('.review-item.question').first();
    await question.getByRole('radio', { name: 'Not relevant' }).check();
    await question.getByLabel(/Answer or comment/).fill('The director signed this off in May.');
    await panel.getByLabel('Overall comment').fill('Good start; say what was decided already.');
    await panel.getByLabel('Your name').fill('Sam Reviewer');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.waitForTimeout(600);

    // The panel is closed and opened again: the review is still there.
    await panel.reload();
    await panel.locator('article.finding').first().waitFor();
    await openCheckSettings(panel);
    await panel.getByLabel(/Review mode/).check();
    const again = async (p: Page) => {
      await expect.poll(() => p.locator('.review-item.finding').first().getByLabel(/^Comment/).inputValue()).toBe(HOSTILE);
      expect(await p.locator('.review-item.finding').first().getByRole('radio', { name: 'Agree' }).isChecked()).toBe(true);
      expect(await p.locator('.review-item.question').first().getByRole('radio', { name: 'Not relevant' }).isChecked()).toBe(true);
      expect(await p.getByLabel('Overall comment').inputValue()).toBe('Good start; say what was decided already.');
      expect(await p.getByLabel('Your name').inputValue()).toBe('Sam Reviewer');
    };
    await again(panel);
    await panel.close();

    // A new page for the same document, in the same browser.
    const page2 = await h.context.newPage();
    await page2.goto(`${served.origin}/consultation.html`);
    const tab2 = await tabIdOf(h, page2);
    panel = await openPanel(h, tab2);
    await checkTab(h, tab2);
    await panel.locator('article.finding').first().waitFor();
    await openCheckSettings(panel);
    await panel.getByLabel(/Review mode/).check();
    await again(panel);

    // Markdown export holds the marks.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('review-changes-to-day-services-consultation.md');
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/Agree/);
    expect(md).toMatch(/Not relevant/);
    expect(md).toContain('The director signed this off in May.');
    expect(md).toContain('Sam Reviewer');
    expect(md).not.toContain('<script>');

    // The printable page escapes what the reviewer typed.
    const [printable] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open printable page' }).click()]);
    await printable.waitForLoadState();
    const html = await printable.content();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await printable.locator('script').count()).toBe(0);
    expect(await printable.locator('b', { hasText: 'carers' }).count()).toBe(0);
    await printable.getByText('Sam Reviewer').first().waitFor();
    await printable.close();
    await Promise.all([page.close(), page2.close(), panel.close()]);
  });
});
