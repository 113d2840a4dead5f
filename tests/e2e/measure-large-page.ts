/**
 * Measurement, not a test: check a generated 100,000-word page in Chromium,
 * RUNS times (default 10, a fresh browser each time), and print for each run
 * the longest main-thread task seen in the page while we read and highlight
 * it (PerformanceObserver 'longtask': only tasks over 50 ms are reported), the
 * time to the first findings and to the full report; then p50/p95 of those
 * times and the size of the content script.
 *
 * Run: npm run build:e2e && npm run measure:page
 * It builds nothing. To measure a private copy of the build (others may be
 * rebuilding .output), set DOING_WITH_EXTENSION_DIR=/tmp/somewhere/chrome-mv3-e2e.
 * WORDS sets the page size; RUNS the number of runs; TIMEOUT_MS how long to wait
 * for the report. TRACE=0 turns off the light trace that also shows tasks under
 * 50 ms (tracing itself adds a little to every task); TRACE_CATEGORIES changes what it records, and
 * TRACE_FILE keeps the last run's events (to see what a long task did). The trace also gives each task's time on
 * the CPU: on a machine shared with other work a task's wall time is mostly waiting for a core, so
 * compare builds by that figure (each run line starts with the load average).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bigPage } from './big-page';
import { EXTENSION_DIR, checkTab, launch, openPanel, serveFixtures, tabIdOf } from './harness';

const WORDS = Number(process.env.WORDS ?? 100_000);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 10));
const TRACE = process.env.TRACE !== '0';
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS ?? 60_000);
interface RunResult {
  longTasks: number[];
  /** Long tasks (over 50 ms) in the side panel. */
  panelLongTasks: number[];
  /** From a trace of the page's renderer: the longest task that ran script, and the longest rendering task. */
  traced: { script: number; render: number; tasks: number; panel: number; scriptCpu: number; renderCpu: number; panelCpu: number; pageCpuTotal: number; panelCpuTotal: number } | null;
  firstFindings: number;
  complete: number;
  findings: string;
}

async function measureOnce(origin: string, extensionDir: string): Promise<RunResult> {
  const h = await launch(extensionDir);
  try {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/big.html`);
    await page.waitForTimeout(500);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await panel.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.bringToFront();
    // A light trace (top-level tasks only, plus script and frame events) to see tasks under 50 ms as well.
    const cdp = TRACE ? await h.context.newCDPSession(page) : null;
    const events: TraceEvent[] = [];
    if (cdp) {
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'toplevel,devtools.timeline', transferMode: 'ReportEvents' } as never);
    }
    const checkStart = await page.evaluate(() => performance.now());
    const panelCheckStart = await panel.evaluate(() => performance.now());
    const t0 = Date.now();
    await checkTab(h, tabId);
    let firstFindings = NaN;
    let complete = NaN;
    try {
      await panel.locator('article.finding').first().waitFor({ timeout: TIMEOUT_MS });
      firstFindings = Date.now() - t0;
      await panel.getByRole('status').filter({ hasText: /^Checked\./ }).waitFor({ timeout: TIMEOUT_MS });
      complete = Date.now() - t0;
    } catch {
      // Keep going: a run that never finished is reported as such, with the long tasks it had.
      console.log(`  (no report after ${TIMEOUT_MS / 1000} s; panel says: ${JSON.stringify(await panel.getByRole('status').allTextContents())})`);
    }
    // Highlights are drawn after the report arrives: give them time to land before reading long tasks.
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(
      (since) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= since),
      checkStart,
    );
    const panelTasks = await panel.evaluate(
      (since) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= since),
      panelCheckStart,
    );
    let traced: RunResult['traced'] = null;
    if (cdp) {
      const ended = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await ended;
      traced = pageTasks(events);
      if (process.env.TRACE_FILE) writeFileSync(process.env.TRACE_FILE, JSON.stringify(events));
    }
    const findings = (await panel.getByRole('status').textContent())?.match(/\d+/)?.[0] ?? '0';
    return { longTasks: tasks.map((t) => Math.round(t.duration)), panelLongTasks: panelTasks.map((t) => Math.round(t.duration)), traced, firstFindings, complete, findings };
  } finally {
    await h.close();
  }
}

interface TraceEvent {
  ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number;
  args?: { name?: string; data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

/**
 * A task that ran a message from DevTools: the measuring itself (Playwright looking for the
 * findings, its first look installing its own 300 KB script, up to 10 ms of the CPU), not ours.
 */
function harnessTask(task: TraceEvent, events: TraceEvent[]): boolean {
  const end = task.ts + (task.dur ?? 0);
  return events.some(
    (e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end && e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession',
  );
}

/**
 * The page's renderer main thread (the one that ran page-checker.js or loaded big.html): its
 * longest task that ran script (ours: the page itself runs none) and its longest rendering task.
 */
function pageTasks(events: TraceEvent[]): RunResult['traced'] {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const key = events.find((e) => /page-checker|big\.html/.test(e.args?.data?.url ?? '') && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  if (!key) return null;
  const mine = events.filter((e) => e.ph === 'X' && e.pid === key.pid && e.tid === key.tid).sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && !harnessTask(e, mine));
  let script = 0;
  let render = 0;
  // A task's time on the CPU (the trace's thread time): on a busy machine a task's wall time is
  // mostly time the thread waited for a core, so this is the figure to compare builds by.
  let scriptCpu = 0;
  let renderCpu = 0;
  let panelCpu = 0;
  // All the CPU time of the traced tasks: the work done for the whole check, less noisy than one task's.
  let pageCpuTotal = 0;
  let panelCpuTotal = 0;
  let j = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    let ranScript = false;
    let rendered = false;
    while (j < mine.length && mine[j]!.ts < t.ts) j++;
    for (let k = j; k < mine.length && mine[k]!.ts < end; k++) {
      const n = mine[k]!.name;
      if (n === 'FunctionCall' || n === 'RunYieldContinuation' || n === 'EvaluateScript' || n === 'TimerFire' || n === 'RunMicrotasks') ranScript = true;
      if (n === 'PrePaint' || n === 'Paint' || n === 'Layout' || n === 'UpdateLayoutTree') rendered = true;
    }
    const d = (t.dur ?? 0) / 1000;
    if (ranScript) scriptCpu = Math.max(scriptCpu, (t.tdur ?? 0) / 1000);
    else if (rendered) renderCpu = Math.max(renderCpu, (t.tdur ?? 0) / 1000);
    pageCpuTotal += (t.tdur ?? 0) / 1000;
    if (ranScript) script = Math.max(script, d);
    else if (rendered) render = Math.max(render, d);
  }
  // The side panel: the main thread of the extension's renderer (the service worker runs on a thread of its own there).
  const processName = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
  let panel = 0;
  const devtoolsMessages = events.filter((e) => e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession');
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (processName.get(e.pid) !== 'Extension Renderer' || threadName.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    if (harnessTask(e, devtoolsMessages)) continue;
    panel = Math.max(panel, (e.dur ?? 0) / 1000);
    panelCpu = Math.max(panelCpu, (e.tdur ?? 0) / 1000);
    panelCpuTotal += (e.tdur ?? 0) / 1000;
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return { script: r(script), render: r(render), tasks: tasks.length, panel: r(panel), scriptCpu: r(scriptCpu), renderCpu: r(renderCpu), panelCpu: r(panelCpu), pageCpuTotal: r(pageCpuTotal), panelCpuTotal: r(panelCpuTotal) };
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

const served = await serveFixtures();
served.extra.set('/big.html', bigPage(WORDS));
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const builds = process.env.COMPARE ? [resolve(process.env.COMPARE), EXTENSION_DIR] : [EXTENSION_DIR];
try {
  console.log(`page: ${WORDS.toLocaleString('en-GB')} words; ${RUNS} runs of ${builds.join(' and ')}${builds.length > 1 ? ', in turn' : ''}`);
  const results = new Map<string, RunResult[]>(builds.map((b) => [b, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const build of builds) {
      const r = await measureOnce(served.origin, build);
      results.get(build)!.push(r);
      const longest = r.longTasks.length ? `${Math.max(...r.longTasks)} ms` : 'none over 50 ms';
      const panelLongest = r.panelLongTasks.length ? `${Math.max(...r.panelLongTasks)} ms` : 'none over 50 ms';
      console.log(
        `run ${String(i + 1).padStart(2)}${builds.length > 1 ? ` (${build})` : ''}, load ${load()}: page long tasks ${r.longTasks.length} [${r.longTasks.join(', ')}], longest ${longest}; ` +
          `panel long tasks ${r.panelLongTasks.length}, longest ${panelLongest}; ` +
          `first findings ${r.firstFindings} ms; full report ${r.complete} ms (${r.findings} findings)` +
          (r.traced ? `; traced: page's longest task running script ${r.traced.script} ms, longest rendering task ${r.traced.render} ms, panel's longest task ${r.traced.panel} ms; on the CPU: page's longest script task ${r.traced.scriptCpu} ms, rendering task ${r.traced.renderCpu} ms, panel's ${r.traced.panelCpu} ms; in all ${r.traced.pageCpuTotal} ms in the page, ${r.traced.panelCpuTotal} ms in the panel` : ''),
      );
    }
  }
  for (const build of builds) summarise(build, results.get(build)!);
} finally {
  await served.close();
}

function summarise(build: string, results: RunResult[]): void {
  console.log(`\n${build}:`);
  const first = results.map((r) => r.firstFindings).filter((x) => !Number.isNaN(x));
  const full = results.map((r) => r.complete).filter((x) => !Number.isNaN(x));
  const unfinished = results.length - full.length;
  if (unfinished) console.log(`runs that never showed a full report: ${unfinished} of ${RUNS} (left out of the times below)`);
  const worst = Math.max(0, ...results.flatMap((r) => r.longTasks));
  const runsWithLong = results.filter((r) => r.longTasks.length).length;
  const panelWorst = results.map((r) => Math.max(0, ...r.panelLongTasks));
  const traced = results.flatMap((r) => (r.traced ? [r.traced] : []));
  if (traced.length) {
    const script = traced.map((t) => t.script);
    const render = traced.map((t) => t.render);
    const panel = traced.map((t) => t.panel);
    console.log(`traced, page's longest task running script: p50 ${percentile(script, 50)} ms, max ${Math.max(...script)} ms; longest rendering task: p50 ${percentile(render, 50)} ms, max ${Math.max(...render)} ms`);
    console.log(`traced, side panel's longest task: p50 ${percentile(panel, 50)} ms, max ${Math.max(...panel)} ms`);
    const scriptCpu = traced.map((t) => t.scriptCpu);
    const panelCpu = traced.map((t) => t.panelCpu);
    const renderCpu = traced.map((t) => t.renderCpu);
    console.log(`traced, longest task's time on the CPU: page script p50 ${percentile(scriptCpu, 50)} ms, max ${Math.max(...scriptCpu)} ms; page rendering p50 ${percentile(renderCpu, 50)} ms, max ${Math.max(...renderCpu)} ms; side panel p50 ${percentile(panelCpu, 50)} ms, max ${Math.max(...panelCpu)} ms`);
    const pageTotal = traced.map((t) => t.pageCpuTotal);
    const panelTotal = traced.map((t) => t.panelCpuTotal);
    console.log(`traced, all tasks' time on the CPU: page p50 ${percentile(pageTotal, 50)} ms; side panel p50 ${percentile(panelTotal, 50)} ms`);
  }
  const size = statSync(join(build, 'page-checker.js')).size;
  console.log(`runs with a long task (over 50 ms) in the page: ${runsWithLong} of ${RUNS}; longest of all: ${worst ? `${worst} ms` : 'none over 50 ms'}`);
  console.log(`side panel's longest long task per run: p50 ${percentile(panelWorst, 50) || 'none over 50'} ms, max ${Math.max(...panelWorst) || 'none over 50'} ms`);
  console.log(`time to first findings: p50 ${percentile(first, 50)} ms, p95 ${percentile(first, 95)} ms`);
  console.log(`full report: p50 ${percentile(full, 50)} ms, p95 ${percentile(full, 95)} ms`);
  console.log(`content script (page-checker.js): ${(size / 1024).toFixed(1)} KB minified`);
}
