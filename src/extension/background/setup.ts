/**
 * The background: opens the side panel, injects the page checker when the
 * user asks (activeTab + scripting), runs the engine on what the page sends,
 * and keeps the side panel and the page's highlights up to date.
 */
import { browser } from 'wxt/browser';
import { createLinter } from '../../lint';
import { LinterPool } from './linter-pool';
import type { Linter } from '../../engine/linter';
import { lintInSlices } from '../../engine/in-slices';
import { yieldBehindWaitingTasks } from '../../sources/yield';
import { CheckQueue } from './check-queue';
import {
  CONTENT_PORT, PANEL_PORT, type BackgroundToContent, type BackgroundToPanel, type ContentToBackground,
  type PanelToBackground, type PanelFinding, type PanelState, type RuleInfo, type HighlightItem,
} from '../messages';
import { TabSession, ignoreKey, type Source } from './session';
import { diffList, pagesOf } from '../list-edit';
import { addAllowed, allowList, ignore, ignoredByUrl, pageKey, unignoreAll } from './settings';
import { engineConfig, watchSettings } from './stored-settings';
import { parseGoogleDocUrl } from '../../sources/google-docs-url';
import { GOOGLE_DOC_SOURCE, googleDocSource, lintDocument } from './documents';
import { CHECKER_FILE, isAutoSite, originOf, setAutoSite, syncAutoSites } from './sites';
import { HIGHLIGHT_CSS } from '../../highlight/styles';

import { contentTab, isOwnExtensionPage } from './senders';
import { nextRead, type DocRead } from './doc-reads';

type Port = ReturnType<typeof browser.runtime.connect>;

const MENU_ID = 'doing-with-check-selection';
const BROWSER_PAGE = /^(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|resource):/i;
/** After a click, how long to wait before each new try when the browser says we lack permission. */
const CLICK_GRANT_WAITS_MS = [50, 150, 300];
/** One slice of a check runs this long at most (a document rule may overrun it: rules are not cut). */
const CHECK_SLICE_MS = 25;
/** While a long check goes on, what it has found so far is shown this often (the first time at once). */
const PARTIAL_EVERY_MS = 300;
/** A panel is sent at most this many findings in one message (list-edit.ts). */
const FINDINGS_PER_MESSAGE = 200;
/** The page is sent at most this many underlines in one message. */
const HIGHLIGHTS_PER_MESSAGE = 500;
const STORE_PAGE = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i;

export function isBrowserPage(url: string | undefined): boolean {
  return !!url && (BROWSER_PAGE.test(url) || STORE_PAGE.test(url));
}

export class Background {
  /** Rule titles for the panel, and files and pasted text checked in the panel's own view. */
  private linter: Linter = createLinter();
  /** Each page source keeps its own Linter, so its re-checks reuse its own cached work. */
  private pageLinters = new LinterPool(createLinter);
  private sessions = new Map<number, TabSession>();
  private contentPorts = new Map<number, Port>();
  private panels = new Map<Port, number>();
  /** What list of findings each panel has, so it is sent only what was added to it. */
  private panelHas = new Map<Port, { tabId: number; sourceId: string; version: number; list: PanelFinding[] }>();
  /** What list of underlines each tab's page has (postHighlights). */
  private contentHas = new Map<number, { version: number; list: HighlightItem[] }>();
  /** Numbers the lists sent to panels (PanelState.report.listVersion). */
  private listsSent = 0;
  private lintTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastLint = new Map<string, number>();
  /** Checks run one at a time, a slice at a time, so messages (a newer version of the page) get in between. */
  private checks = new CheckQueue();
  /** Tabs showing a Google Doc: which document, and the latest check asked of the side panel. */
  /**
   * Per Google Docs tab: the document, the latest read asked of the panel, whether its answer has
   * come back, and whether another check was asked for meanwhile (so overlapping asks — the panel
   * opening, the button, an edit — become one read now and at most one after it).
   */
  private docRequests = new Map<number, DocRead>();
  /**
   * Per tab, a number bumped by every check. Checks overlap: the panel's own check when it starts
   * watching a tab fails without the toolbar click's permission, and its failure must not undo a
   * click's check that began meanwhile — only the newest check may report a failure.
   */
  private checkRuns = new Map<number, number>();

  session(tabId: number): TabSession {
    let s = this.sessions.get(tabId);
    if (!s) {
      s = new TabSession(tabId);
      this.sessions.set(tabId, s);
    }
    return s;
  }

  start(): void {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name === CONTENT_PORT) this.onContent(port);
      else if (port.name === PANEL_PORT) this.onPanel(port);
    });
    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: MENU_ID, title: 'Check selected text with Doing With', contexts: ['selection'] }, () => void browser.runtime.lastError);
      void syncAutoSites();
    });
    browser.runtime.onStartup?.addListener(() => void syncAutoSites());
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
      this.openPanel(tab.windowId, tab.id);
      void this.check(tab.id, 'selection', info.selectionText ?? '');
    });
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    action.onClicked.addListener((tab) => {
      if (tab.id === undefined) return;
      this.openPanel(tab.windowId, tab.id);
      void this.check(tab.id, 'page');
    });
    // The button checks the page as well as opening the panel, so the panel must not swallow the click.
    const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
    sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    browser.tabs.onRemoved.addListener((tabId) => {
      this.sessions.delete(tabId);
      this.checkRuns.delete(tabId);
      this.contentHas.delete(tabId);
      this.pageLinters.dropTab(tabId);
    });
    allowList.watch(() => this.relintAll());
    // Files and pasted text are checked in the panel's own view: tell it to ask again.
    watchSettings(() => {
      for (const port of this.panels.keys()) {
        try {
          port.postMessage({ type: 'settings-changed' } satisfies BackgroundToPanel);
        } catch {
          this.panels.delete(port);
        }
      }
    });
  }

  /** Must run synchronously inside the click: opening a panel needs the user's gesture. */
  private openPanel(windowId: number | undefined, tabId: number): void {
    const b = browser as unknown as {
      sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> };
      sidebarAction?: { open(): Promise<void> };
    };
    if (b.sidePanel) b.sidePanel.open(windowId !== undefined ? { windowId } : { tabId }).catch(() => undefined);
    else b.sidebarAction?.open().catch(() => undefined);
  }

  /**
   * Check a tab now: inject the page checker (or reuse it) and ask for the page or the selection.
   * `byClick`: the user pressed the button or the menu, so the browser is granting activeTab.
   */
  async check(tabId: number, what: 'page' | 'selection', selectionText = '', byClick = true): Promise<void> {
    const s = this.session(tabId);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    // The panel's own check (not a click) must not take over a request the user made meanwhile:
    // "check the selected text" would become a check of the whole page.
    if (!byClick && s.pending !== null && s.pending !== what) return;
    const run = (this.checkRuns.get(tabId) ?? 0) + 1;
    this.checkRuns.set(tabId, run);
    if (tab?.url) s.url = tab.url;
    if (tab?.title) s.title = tab.title;
    if (isBrowserPage(tab?.url)) {
      s.reset();
      s.setProblem('browser-page');
      return this.broadcast(tabId);
    }
    const googleDoc = what === 'page' ? parseGoogleDocUrl(tab?.url ?? '') : null;
    if (googleDoc) return this.checkGoogleDoc(tabId, googleDoc.id);
    this.docRequests.delete(tabId);
    s.sources.delete(GOOGLE_DOC_SOURCE);
    s.pending = what;
    s.status = 'checking';
    s.problem = undefined;
    this.broadcast(tabId);
    try {
      await this.inject(tabId, byClick ? CLICK_GRANT_WAITS_MS : [], () => this.checkRuns.get(tabId) === run);
    } catch (e) {
      // A newer check (the toolbar click) owns the pending request and the outcome now.
      if (this.checkRuns.get(tabId) !== run) return;
      s.pending = null;
      const message = e instanceof Error ? e.message : String(e);
      if (what === 'selection' && selectionText.trim()) {
        // The page cannot be scripted (a PDF, say), but the browser gave us the selected words.
        this.onSource(tabId, {
          type: 'source', sourceId: 'selection', kind: 'selection', label: 'The text you selected',
          order: ['s0'], blocks: [{ id: 's0', kind: 'paragraph', text: selectionText.trim() }], complete: true, activate: true,
        });
        return;
      }
      s.reset();
      const kind = /cannot be scripted|extensions gallery|chrome:\/\/|webstore/i.test(message)
        ? 'browser-page'
        : /permission|cannot access contents/i.test(message) ? 'needs-click' : 'unreachable';
      s.setProblem(kind, message);
      this.broadcast(tabId);
    }
  }

  /**
   * Chromium may run the click's handler a moment before the page knows about the activeTab grant
   * (about 1 press in 50 in tests): a refusal for lack of permission right after a click is tried
   * again after each wait, while this is still the newest check.
   */
  private async inject(tabId: number, waits: readonly number[], current: () => boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [CHECKER_FILE] });
        return;
      } catch (e) {
        const wait = waits[attempt];
        if (wait === undefined || !current() || !/permission|cannot access contents/i.test(e instanceof Error ? e.message : String(e))) throw e;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  /**
   * Google Docs draws its text itself, so the page checker cannot read it: the side panel fetches
   * the document's export in the tab (same origin, the user's own session) and sends the text back.
   */
  private checkGoogleDoc(tabId: number, docId: string, newPage = false): void {
    const s = this.session(tabId);
    const before = this.docRequests.get(tabId);
    const next = nextRead(before, docId, Date.now(), newPage);
    if (next === 'again') before!.again = true;
    if (next !== 'start') return;
    if (before?.docId !== docId) s.reset();
    this.docRequests.set(tabId, { docId, request: Math.max((before?.request ?? 0) + 1, Date.now()), startedAt: Date.now(), answered: false, again: false });
    s.pending = null;
    s.status = 'checking';
    s.problem = undefined;
    this.broadcast(tabId);
  }

  private onContent(port: Port): void {
    const tabId = contentTab(port.sender);
    if (tabId === null) return port.disconnect();
    const previous = this.contentPorts.get(tabId);
    if (previous && previous !== port) previous.disconnect();
    this.contentPorts.set(tabId, port);
    // A page script new to this port has no underlines from us yet.
    this.contentHas.delete(tabId);
    port.onMessage.addListener((m: unknown) => void this.onContentMessage(tabId, port, m as ContentToBackground));
    port.onDisconnect.addListener(() => {
      if (this.contentPorts.get(tabId) !== port) return;
      // The tab navigated or closed: what we had is out of date.
      this.contentPorts.delete(tabId);
      this.pageLinters.dropTab(tabId);
      const s = this.sessions.get(tabId);
      if (s) {
        s.reset();
        this.broadcast(tabId);
      }
    });
  }

  private toContent(tabId: number, msg: BackgroundToContent): void {
    try {
      this.contentPorts.get(tabId)?.postMessage(msg);
    } catch {
      this.contentPorts.delete(tabId);
    }
  }

  private async onContentMessage(tabId: number, port: Port, m: ContentToBackground): Promise<void> {
    const s = this.session(tabId);
    switch (m.type) {
      case 'hello': {
        if (s.url && pageKey(s.url) !== pageKey(m.url)) s.reset();
        s.url = m.url;
        s.title = m.title;
        await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
        const what = s.pending ?? ((await isAutoSite(originOf(m.url))) && !s.paused ? 'page' : null);
        s.pending = null;
        if (s.paused) port.postMessage({ type: 'pause', paused: true } satisfies BackgroundToContent);
        // A Google Doc's page holds only the editor's menus: its text comes from the export, as after a click.
        const googleDoc = what === 'page' ? parseGoogleDocUrl(m.url) : null;
        if (googleDoc) return this.checkGoogleDoc(tabId, googleDoc.id, true);
        if (what === 'page') port.postMessage({ type: 'check-page' } satisfies BackgroundToContent);
        if (what === 'selection') port.postMessage({ type: 'check-selection' } satisfies BackgroundToContent);
        return;
      }
      case 'source':
        return this.onSource(tabId, m);
      case 'source-gone':
        s.sources.delete(m.sourceId);
        if (s.activeSourceId === m.sourceId) s.activeSourceId = s.sources.keys().next().value ?? null;
        return this.broadcast(tabId);
      case 'problem':
        if (m.problem === 'no-text' && [...s.sources.values()].some((x) => x.kind === 'field')) return;
        s.setProblem(m.problem, m.detail);
        return this.broadcast(tabId);
      case 'highlights-lost':
        this.contentHas.delete(tabId);
        return this.broadcast(tabId);
      case 'replaced':
        s.replaceMessage = m.ok ? undefined : m.message;
        return this.broadcast(tabId);
    }
  }

  private onSource(tabId: number, m: Extract<ContentToBackground, { type: 'source' }>): void {
    const s = this.session(tabId);
    if (s.paused && m.kind !== 'selection') return;
    const { source, next } = s.update(m);
    // We lack blocks (the background restarted, or dropped an update while paused): the page sends the whole source once more.
    if (next === 'resync') this.toContent(tabId, { type: 'resync', sourceId: source.id });
    if (next === 'lint') this.scheduleLint(tabId, source);
  }

  /** Lint at once, but while a big page is still arriving at most every 400 ms. */
  private scheduleLint(tabId: number, source: Source): void {
    const key = `${tabId}:${source.id}`;
    const since = Date.now() - (this.lastLint.get(key) ?? 0);
    clearTimeout(this.lintTimers.get(key));
    const run = () => {
      this.lintTimers.delete(key);
      this.lastLint.set(key, Date.now());
      void this.lintSource(tabId, source);
    };
    if (source.complete || since > 400) run();
    else this.lintTimers.set(key, setTimeout(run, 400 - since));
  }

  /**
   * Check a source in slices: a long page shows what was found so far while its check goes on, and
   * the background stays free for messages. While the page is still arriving only the rules that
   * read one paragraph at a time run; the whole check runs once all of it is here, and its report is
   * exactly the one a check in one go would give (the engine's cached work is the same work).
   */
  private async lintSource(tabId: number, source: Source): Promise<void> {
    const s = this.session(tabId);
    const doc = s.docOf(source);
    const complete = source.complete;
    const [config, ignored] = await Promise.all([engineConfig(), ignoredByUrl.getValue()]);
    if (s.sources.get(source.id) !== source) return;
    const settings = { allow: config.allow, config, ignored: ignored[pageKey(s.url)] ?? [] };
    const engineSettings = s.engineSettings(settings);
    const gone = () => s.sources.get(source.id) !== source;
    this.checks.request(`${tabId}:${source.id}`, async (superseded) => {
      if (gone()) return;
      let shownAt = -Infinity;
      const report = await lintInSlices(this.pageLinters.for(tabId, source.id).lintInSteps(doc, engineSettings, { blocksOnly: !complete }), {
        budgetMs: CHECK_SLICE_MS,
        now: () => performance.now(),
        pause: yieldBehindWaitingTasks,
        cancelled: () => superseded() || gone(),
        onPause: (step) => {
          const now = performance.now();
          if (now - shownAt < PARTIAL_EVERY_MS) return;
          const progress = { phase: step.phase, done: step.done, total: step.total, reading: !complete };
          if (step.phase === 'document') {
            // The whole-page rules' findings fall among the others: they come with the finished report,
            // so the panel is not sent the whole list again at each rule; it hears how far the check is.
            shownAt = now;
            s.setProgress(source, progress);
            return this.broadcast(tabId, false);
          }
          // While a long page is read, the engine has checked its top already (Linter.lintInSteps):
          // those findings are shown then, so the panel has something to show within a second.
          const soFar = step.report();
          // The first findings go to the panel as soon as there are any; after that, every so often.
          if (!soFar.findings.length) return;
          shownAt = now;
          s.setReport(source, soFar, settings, complete, progress);
          this.broadcast(tabId);
        },
      });
      if (!report || gone()) return;
      s.setReport(source, report, settings, complete);
      this.broadcast(tabId);
    });
  }

  private async relintAll(): Promise<void> {
    for (const s of this.sessions.values()) for (const src of s.sources.values()) await this.lintSource(s.tabId, src);
  }

  private async relintTab(tabId: number): Promise<void> {
    const s = this.session(tabId);
    for (const src of s.sources.values()) await this.lintSource(tabId, src);
    if (!s.sources.size) this.broadcast(tabId);
  }

  private onPanel(port: Port): void {
    // A panel port can ask about any tab: only the extension's own pages may open one.
    if (!isOwnExtensionPage(port.sender, browser.runtime.getURL('/'), browser.runtime.id)) return port.disconnect();
    this.panels.set(port, -1);
    port.onDisconnect.addListener(() => {
      this.panels.delete(port);
      this.panelHas.delete(port);
    });
    const rules: Record<string, RuleInfo> = {};
    for (const r of this.linter.ruleList) rules[r.meta.id] = { title: r.meta.title, docs: r.meta.docs };
    port.postMessage({ type: 'rules', rules } satisfies BackgroundToPanel);
    port.onMessage.addListener((m: unknown) => void this.onPanelMessage(port, m as PanelToBackground));
  }

  private async onPanelMessage(port: Port, m: PanelToBackground): Promise<void> {
    if (m.type === 'lint-doc') {
      const report = await lintDocument(this.linter, m.doc, m.profiles);
      try {
        port.postMessage({ type: 'doc-report', requestId: m.requestId, report } satisfies BackgroundToPanel);
      } catch {
        this.panels.delete(port);
      }
      return;
    }
    const s = this.session(m.tabId);
    switch (m.type) {
      case 'watch':
        this.panels.set(port, m.tabId);
        // A panel (new, or one that missed a part of the list) gets the whole list next.
        this.panelHas.delete(port);
        if (!s.url) {
          const tab = await browser.tabs.get(m.tabId).catch(() => undefined);
          if (tab?.url) s.url = tab.url;
          if (tab?.title) s.title = tab.title;
        }
        // The panel is open on a tab we know nothing about (the tab is new to us, or the browser
        // restarted the background): check it if the browser already lets us, e.g. after a click.
        if (!s.sources.size && s.status === 'idle' && !this.contentPorts.has(m.tabId)) return this.check(m.tabId, 'page', '', false);
        return this.sendState(port, s);
      case 'check':
        return this.check(m.tabId, 'page', '', false);
      case 'select-source':
        if (s.sources.has(m.sourceId)) s.activeSourceId = m.sourceId;
        return this.broadcast(m.tabId);
      case 'set-profiles':
        s.chosenProfiles = m.profiles?.length ? m.profiles : null;
        return this.relintTab(m.tabId);
      case 'reveal': {
        const hit = s.finding(m.key);
        const f = hit?.finding;
        const blockId = f?.blockId ?? f?.anchorBlockId;
        if (hit && blockId) this.toContent(m.tabId, { type: 'reveal', sourceId: hit.source.id, blockId, start: f?.start ?? 0, end: f?.end ?? (hit.source.blocks.get(blockId)?.text.length ?? 0) });
        return;
      }
      case 'replace': {
        const hit = s.finding(m.key);
        const f = hit?.finding;
        if (!hit || !f || f.blockId === null || f.start === null || f.end === null || f.text === null) return;
        s.replaceMessage = undefined;
        this.toContent(m.tabId, { type: 'replace', sourceId: hit.source.id, blockId: f.blockId, start: f.start, end: f.end, expected: f.text, replacement: m.replacement });
        return;
      }
      case 'ignore': {
        const hit = s.finding(m.key);
        if (hit) await ignore(s.url, ignoreKey(hit.finding));
        return this.relintTab(m.tabId);
      }
      case 'unignore-all':
        await unignoreAll(s.url);
        return this.relintTab(m.tabId);
      case 'allow':
        await addAllowed(m.word);
        return this.relintTab(m.tabId);
      case 'pause':
        s.paused = m.paused;
        this.toContent(m.tabId, { type: 'pause', paused: m.paused });
        if (!m.paused) this.toContent(m.tabId, { type: 'check-page' });
        return this.broadcast(m.tabId);
      case 'google-doc': {
        const asked = this.docRequests.get(m.tabId);
        if (asked?.request !== m.request) return;
        asked.answered = true;
        if (asked.again) {
          // Something asked for a check while this read was on its way: read once more.
          this.checkGoogleDoc(m.tabId, asked.docId);
        }
        if (m.outcome.ok) return this.onSource(m.tabId, googleDocSource(m.outcome));
        s.reset();
        s.setProblem(m.outcome.problem, m.outcome.message);
        return this.broadcast(m.tabId);
      }
      case 'site': {
        const origin = originOf(s.url);
        const worked = origin ? await setAutoSite(origin, m.on).then(() => true, () => false) : false;
        s.siteMessage = worked ? undefined : `Automatic checking could not be turned ${m.on ? 'on' : 'off'} for this site. Please try again.`;
        s.siteAnswers += 1;
        if (worked && m.on && !this.contentPorts.has(m.tabId)) await this.check(m.tabId, 'page', '', false);
        return this.broadcast(m.tabId);
      }
    }
  }

  private async sendState(port: Port, s: TabSession): Promise<void> {
    const state = await s.panelStateWithSite(originOf(s.url), isAutoSite);
    const googleDoc = this.docRequests.get(s.tabId);
    state.googleDoc = googleDoc ? { request: googleDoc.request } : null;
    try {
      this.postState(port, s, state);
    } catch {
      this.panels.delete(port);
    }
  }

  /**
   * For the e2e tests: the findings shown for a tab's source once its checks are done, and those a
   * check of the same blocks in one go, with a new Linter and the same settings, gives.
   */
  async shownAndInOneGo(tabId: number): Promise<{ shown: PanelFinding[]; inOneGo: PanelFinding[] }> {
    await this.checks.idle();
    const s = this.session(tabId);
    const source = s.activeSourceId ? s.sources.get(s.activeSourceId) : undefined;
    if (!source) return { shown: [], inOneGo: [] };
    const fresh = new TabSession(tabId);
    fresh.url = s.url;
    fresh.title = s.title;
    fresh.chosenProfiles = s.chosenProfiles;
    const { source: copy } = fresh.update({ sourceId: source.id, kind: source.kind, label: source.label, order: source.order, blocks: [...source.blocks.values()], complete: true, activate: true });
    const [config, ignored] = await Promise.all([engineConfig(), ignoredByUrl.getValue()]);
    fresh.lint(copy, createLinter(), { allow: config.allow, config, ignored: ignored[pageKey(s.url)] ?? [] });
    const none = { siteOn: false, siteOrigin: null };
    return { shown: s.panelState(none).report?.findings ?? [], inOneGo: fresh.panelState(none).report?.findings ?? [] };
  }

  /**
   * Send a panel the state, with its list of findings as the steps from the list it has (keep
   * these, add those), the additions in pages of FINDINGS_PER_MESSAGE: the panel decodes one page
   * per task instead of a long page's thousands of findings in one.
   */
  private postState(port: Port, s: TabSession, state: PanelState): void {
    const report = state.report;
    if (!report || !state.activeSourceId) {
      this.panelHas.delete(port);
      port.postMessage({ type: 'state', state } satisfies BackgroundToPanel);
      return;
    }
    const had = this.panelHas.get(port);
    const same = had && had.tabId === s.tabId && had.sourceId === state.activeSourceId;
    const now = report.findings.slice();
    const pages = pagesOf(diffList(same ? had.list : [], now), FINDINGS_PER_MESSAGE);
    const listVersion = ++this.listsSent;
    // Before posting: a panel that misses a message asks for the whole list again ('watch').
    this.panelHas.set(port, { tabId: s.tabId, sourceId: state.activeSourceId, version: listVersion, list: now });
    for (const ops of pages.slice(0, -1)) port.postMessage({ type: 'findings-page', tabId: s.tabId, listVersion, ops } satisfies BackgroundToPanel);
    report.findings = [];
    report.listVersion = listVersion;
    report.edit = { base: same ? had.version : null, ops: pages.at(-1)! };
    port.postMessage({ type: 'state', state } satisfies BackgroundToPanel);
  }

  /** Tell the panels watching this tab what to show, and the page what to underline (unless only progress changed). */
  broadcast(tabId: number, highlights = true): void {
    const s = this.session(tabId);
    for (const [port, watched] of this.panels) if (watched === tabId) void this.sendState(port, s);
    const active = s.activeSourceId;
    if (highlights && active && !s.paused) this.postHighlights(tabId, active, s.highlightItems(active));
  }

  /** Send the page its underlines as steps from the list it has, in pages (as postState does for the panel). */
  private postHighlights(tabId: number, sourceId: string, items: HighlightItem[]): void {
    const had = this.contentHas.get(tabId);
    const listVersion = ++this.listsSent;
    const pages = pagesOf(diffList(had?.list ?? [], items), HIGHLIGHTS_PER_MESSAGE);
    this.contentHas.set(tabId, { version: listVersion, list: items });
    for (const ops of pages.slice(0, -1)) this.toContent(tabId, { type: 'highlights-page', listVersion, ops });
    this.toContent(tabId, { type: 'highlights', sourceId, listVersion, base: had?.version ?? null, ops: pages.at(-1)! });
  }
}
