/**
 * Screenshots for the README (not part of the test run): the side panel
 * checking examples/draft-consultation.txt served as a local page (its top at
 * a usual 765 px height, and a group of findings unfolded), the page with its
 * marks, and the printable review report of the same document with a few marks.
 *
 *   npm run screenshots   (builds the e2e extension first)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { checkedPanel, launch, serveFixtures } from './harness';

const OUT = 'docs/images';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The example as an ordinary web page: short unpunctuated lines are headings, "- " lines a list. */
function asPage(text: string): string {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const title = parts.find((p) => p.startsWith('Consultation')) ?? 'Consultation';
  const body = parts.map((p) => {
    if (p.split('\n').every((l) => l.startsWith('- '))) return `<ul>${p.split('\n').map((l) => `<li>${escape(l.slice(2))}</li>`).join('')}</ul>`;
    if (p === title) return `<h1>${escape(p)}</h1>`;
    if (!/[.:?!]$/.test(p) && p.length < 90) return `<h2>${escape(p)}</h2>`;
    return `<p>${escape(p.replace(/\n/g, ' '))}</p>`;
  });
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><article>${body.join('\n')}</article></main></body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const served = await serveFixtures();
  served.extra.set('/draft-consultation.html', asPage(readFileSync('examples/draft-consultation.txt', 'utf8')));
  const h = await launch();
  try {
    // A usual side panel: a 765 px high window.
    const { page, panel } = await checkedPanel(h, `${served.origin}/draft-consultation.html`);
    // The top of the panel: the most serious finding first, visible without scrolling.
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: `${OUT}/sidepanel.png` });
    // Further down: repeats of one rule folded into a group, here unfolded, with their enablers.
    await panel.setViewportSize({ width: 400, height: 900 });
    const toggle = panel.locator('.group-toggle').first();
    await toggle.click();
    await toggle.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -8);
    });
    await panel.screenshot({ path: `${OUT}/sidepanel-findings.png` });
    await toggle.click();

    // The page: a long sentence marked quietly, the words inside it still underlined.
    await page.setViewportSize({ width: 900, height: 420 });
    await page.bringToFront();
    await page.evaluate(() => {
      const long = [...document.querySelectorAll('p')].find((p) => p.textContent!.split(/\s+/).length > 40) ?? document.querySelector('p');
      long?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -12);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/page-marks.png` });

    await panel.bringToFront();
    await panel.getByRole('button', { name: /Settings for this check/ }).click();
    await panel.getByLabel(/Review mode/).check();
    const items = panel.locator('.review-item.finding');
    await items.first().waitFor();
    await items.nth(0).getByRole('radio', { name: 'Agree' }).check();
    await items.nth(0).getByLabel(/^Comment/).fill('Explain ICB and PCN, or say “the NHS in Westbrook” instead.');
    await items.nth(1).getByRole('radio', { name: 'Not relevant' }).check();
    await items.nth(1).getByLabel(/^Comment/).fill('This is the name of the programme, which people know.');
    const q = panel.locator('.review-item.question').first();
    await q.getByRole('radio', { name: 'Agree' }).check();
    await q.getByLabel(/Answer or comment/).fill('The ICB chief executive will take the findings to the board in July.');
    await panel.getByLabel('Overall comment').fill('Clear about what is changing, but the decision seems already made. Say what can still change and who decides.');
    await panel.getByLabel('Your name').fill('Priya Shah, Healthwatch Westbrook');
    const [report] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open printable page' }).click()]);
    await report.setViewportSize({ width: 1000, height: 1300 });
    await report.waitForLoadState();
    await report.screenshot({ path: `${OUT}/review-report.png` });
    console.log(`Wrote ${OUT}/sidepanel.png, ${OUT}/sidepanel-findings.png, ${OUT}/page-marks.png and ${OUT}/review-report.png`);
  } finally {
    await h.close();
    await served.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
