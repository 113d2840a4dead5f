/**
 * A long page is checked in slices: the panel shows findings so far, marked as such, before the
 * finished report, and the finished report is the one a check in one go gives. No timings here:
 * those are in measure-large-page.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PanelFinding } from '../../src/extension/messages';
import { bigPage } from './big-page';
import { checkTab, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });
beforeAll(() => {
  served.extra.set('/long-plan.html', bigPage(20_000));
});

describe('checking a long page', () => {
  it('shows findings so far (the first while the page is still being read) before the finished report, which is the same as a check in one go', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/long-plan.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    // Note what the panel shows each time it changes: the list's heading and the status line.
    await panel.evaluate(() => {
      const w = window as unknown as { __seen: { heading: string; status: string; progress: boolean; progressLabel: string }[] };
      w.__seen = [];
      const note = () =>
        w.__seen.push({
          heading: document.querySelector('.finding-list h2')?.textContent ?? '',
          status: document.querySelector('[role="status"]')?.textContent ?? '',
          progress: !!document.querySelector('progress'),
          progressLabel: document.querySelector('.check-progress label')?.textContent ?? '',
        });
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await checkTab(h, tabId);
    const done = panel.getByRole('status').filter({ hasText: /^Checked\. \d+ things to look at\.$/ });
    await done.waitFor({ timeout: 60_000 });
    const seen = await panel.evaluate(() => (window as unknown as { __seen: { heading: string; status: string; progress: boolean; progressLabel: string }[] }).__seen);

    // Findings were listed, marked as found so far, while the check was still going on.
    const soFar = seen.findIndex((s) => /^What we found so far \([1-9]\d*\)$/.test(s.heading));
    const finished = seen.findIndex((s) => s.status.startsWith('Checked.'));
    expect(soFar).toBeGreaterThanOrEqual(0);
    expect(soFar).toBeLessThan(finished);
    // The first of them came while the page was still being read, before its kind was known: the
    // top of the page is checked first (Linter.lintInSteps), so a long page shows something early.
    const whileReading = seen.findIndex((s) => /^What we found so far \([1-9]\d*\)$/.test(s.heading) && s.progressLabel === 'Paragraphs read');
    expect(whileReading).toBeGreaterThanOrEqual(0);
    // Reading ends before checking starts: the first look at a later phase ("Paragraphs checked", "Checking the page
    // as a whole") comes after it, or, on a machine quick enough to check between two looks at the panel, the report.
    const checking = seen.findIndex((s) => s.progressLabel !== '' && s.progressLabel !== 'Paragraphs read');
    expect(whileReading).toBeLessThan(checking >= 0 ? checking : finished);
    // The status line said the check was going on (its count of paragraphs changes at most every
    // few seconds, so a fast machine may finish before it does), and a progress bar was shown meanwhile.
    expect(seen.slice(0, finished).some((s) => /^(?:Checking…|Checking the page as a whole…|Still reading this long page\.)/.test(s.status))).toBe(true);
    expect(seen.slice(0, finished).some((s) => s.progress)).toBe(true);
    expect(await panel.locator('progress').count()).toBe(0);

    // The finished list is the one a check in one go gives, and the panel shows all of it.
    const { shown, inOneGo } = await h.worker.evaluate(
      (id) => (globalThis as unknown as { doingWithTest: { shownAndInOneGo(id: number): Promise<{ shown: PanelFinding[]; inOneGo: PanelFinding[] }> } }).doingWithTest.shownAndInOneGo(id),
      tabId,
    );
    expect(inOneGo.length).toBeGreaterThan(200);
    expect(shown).toEqual(inOneGo);
    const n = Number((await done.textContent())!.match(/\d+/)![0]);
    expect(n).toBe(inOneGo.length);
    expect(await panel.getByRole('heading', { level: 2, name: `What we found (${n})` }).count()).toBe(1);
  });

  it("sends the panel a long page's findings a page at a time, and only what changed when the check finishes", async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/long-plan.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await h.context.newPage();
    // Count, for each message the panel hears, how many findings it carries in full.
    await panel.addInitScript(() => {
      type Msg = { type: string; state?: { report?: { findings: unknown[]; edit?: { ops: { add?: unknown[] }[] } } | null }; ops?: { add?: unknown[] }[] };
      const w = window as unknown as { __carried: { type: string; findings: number }[]; chrome: { runtime: { connect(o: object): { onMessage: { addListener(f: (m: unknown) => void): void } } } } };
      w.__carried = [];
      const added = (ops: { add?: unknown[] }[] = []) => ops.reduce((n, op) => n + (op.add?.length ?? 0), 0);
      const connect = w.chrome.runtime.connect.bind(w.chrome.runtime);
      w.chrome.runtime.connect = (o: object) => {
        const port = connect(o);
        port.onMessage.addListener((raw) => {
          const m = raw as Msg;
          const report = m.state?.report;
          if (m.type === 'findings-page') w.__carried.push({ type: m.type, findings: added(m.ops) });
          else if (m.type === 'state' && report) w.__carried.push({ type: m.type, findings: report.findings.length + added(report.edit?.ops) });
        });
        return port;
      };
    });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    await checkTab(h, tabId);
    const done = panel.getByRole('status').filter({ hasText: /^Checked\. \d+ things to look at\.$/ });
    await done.waitFor({ timeout: 60_000 });
    const n = Number((await done.textContent())!.match(/\d+/)![0]);
    const carried = await panel.evaluate(() => (window as unknown as { __carried: { type: string; findings: number }[] }).__carried);
    expect(n).toBeGreaterThan(200);
    // No message carries more than a page of findings.
    expect(Math.max(...carried.map((c) => c.findings))).toBeLessThanOrEqual(200);
    // The finished report came as what changed since the findings so far, not as the whole list
    // again: every finding was sent about once.
    expect(carried.reduce((sum, c) => sum + c.findings, 0)).toBeLessThan(2 * n);
    expect(await panel.getByRole('heading', { level: 2, name: `What we found (${n})` }).count()).toBe(1);
  });
});
