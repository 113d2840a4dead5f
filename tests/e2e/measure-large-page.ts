/**
 * Measurement, not a test: check a generated 100,000-word page in Chromium and
 * print the longest main-thread task seen in the page while we read it
 * (PerformanceObserver 'longtask': only tasks over 50 ms are reported), the
 * time to the first findings and to the full report, and the size of the
 * content script. Run: npm run build:e2e && npm run measure:page
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, checkTab, launch, openPanel, serveFixtures, tabIdOf } from './harness';

const WORDS = Number(process.env.WORDS ?? 100_000);
const filler = 'people told us that the bus to the centre is slow and that the meeting room is hard to find on a wet day'.split(' ');

function bigPage(words: number): string {
  const parts: string[] = ['<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A very long plan</title></head><body><main><h1>A very long plan</h1>'];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count % 2000 === 0) parts.push(`<h2>Section ${++section}</h2>`);
    const n = 40;
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(filler[(count + i) % filler.length]!);
    if (section % 3 === 0) w.splice(5, 0, 'stakeholders');
    parts.push(`<p>${w.join(' ')}. We will talk with residents.</p>`);
    count += n + 5;
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}

const served = await serveFixtures();
served.extra.set('/big.html', bigPage(WORDS));
const h = await launch();
try {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${served.origin}/big.html`);
  await page.waitForTimeout(500);
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  await page.bringToFront();
  const checkStart = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await checkTab(h, tabId);
  await panel.locator('.context mark').first().waitFor({ timeout: 120_000 });
  const firstFindings = Date.now() - t0;
  await panel.getByRole('status').filter({ hasText: /^Checked\./ }).waitFor({ timeout: 300_000 });
  const complete = Date.now() - t0;
  const tasks = await page.evaluate((since) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= since), checkStart);
  const findings = (await panel.getByRole('status').textContent())?.match(/\d+/)?.[0] ?? '0';
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const size = statSync(join(EXTENSION_DIR, 'page-checker.js')).size;
  console.log(`page: ${WORDS.toLocaleString('en-GB')} words`);
  console.log(`long tasks in the page while checking (over 50 ms): ${tasks.length}; longest: ${longest ? `${Math.round(longest)} ms` : 'none over 50 ms'}`);
  console.log(`time to first findings: ${firstFindings} ms; full report: ${complete} ms (${findings} findings)`);
  console.log(`content script (page-checker.js): ${(size / 1024).toFixed(1)} KB minified`);
} finally {
  await h.close();
  await served.close();
}
