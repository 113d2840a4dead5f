/**
 * One tab's check: the sources the page sent (the page, a selection, fields
 * being edited), their latest reports, and what the side panel shows. The
 * engine runs here, never in the page.
 */
import type { Block, Finding, ProfileId, Report, TextDoc } from '../../engine/types';
import { analyseText } from '../../engine/text';
import type { Linter } from '../../engine/linter';
import type { Config } from '../../engine/config';
import type { CheckProgress, HighlightItem, PanelFinding, PanelState, ProblemKind, SourceKind } from '../messages';

export interface Source {
  id: string;
  kind: SourceKind;
  label: string;
  blocks: Map<string, Block>;
  order: string[];
  complete: boolean;
  /** True when the latest report covers the whole source. */
  linted: boolean;
  report: Report | null;
  /** While a check is under way: how far it has got (the report holds what it found so far). */
  progress: CheckProgress | null;
  /** We asked the page to send the whole source again and are waiting for the blocks we lack. */
  resyncAsked: boolean;
}

/** What to do after an update: check the source, ask the page for all of it, or wait for the reply to that. */
export type AfterUpdate = 'lint' | 'resync' | 'wait';

export interface LintSettings {
  allow: string[];
  ignored: string[];
  /** Word lists, checks and Easy Read from the options page (src/storage). */
  config?: Partial<Config>;
}

export function findingKey(
  f: { ruleId: string; blockId: string | null; start: number | null; end: number | null; anchorBlockId?: string | null },
  seen?: Map<string, number>,
): string {
  // A finding with no words (an image with no alt text) is told apart by the block it is shown beside.
  const anchor = f.blockId === null && f.anchorBlockId ? `@${f.anchorBlockId}` : '';
  const key = `${f.ruleId}:${f.blockId ?? 'doc'}:${f.start ?? ''}:${f.end ?? ''}${anchor}`;
  if (!seen) return key;
  // Two findings of one rule at one place (two images before the same paragraph) still need keys of their own.
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return n ? `${key}~${n}` : key;
}

/** What "Ignore here" remembers: stable across reloads, unlike block ids. */
export function ignoreKey(f: PanelFinding): string {
  const around = f.context ? `${f.context.before}[${f.context.match}]${f.context.after}` : f.message;
  return `${f.ruleId}|${around}`;
}

const CONTEXT_CHARS = 140;

export function contextFor(block: Block | undefined, start: number | null, end: number | null): PanelFinding['context'] {
  if (!block || start === null || end === null) return null;
  const sentence = analyseText(block.text).sentences.find((s) => s.start <= start && end <= s.end + 1);
  const from = sentence?.start ?? 0;
  const to = Math.max(sentence?.end ?? block.text.length, end);
  let before = block.text.slice(from, start);
  let after = block.text.slice(end, to);
  if (before.length > CONTEXT_CHARS) before = `…${before.slice(-CONTEXT_CHARS).replace(/^\S*\s/, '')}`;
  if (after.length > CONTEXT_CHARS) after = `${after.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, '')}…`;
  return { before, match: block.text.slice(start, end), after };
}

export class TabSession {
  url = '';
  title = '';
  status: PanelState['status'] = 'idle';
  problem: PanelState['problem'];
  sources = new Map<string, Source>();
  activeSourceId: string | null = null;
  chosenProfiles: ProfileId[] | null = null;
  paused = false;
  replaceMessage: string | undefined;
  /** Requests to turn automatic checking on or off answered so far, and why the last one failed. */
  siteAnswers = 0;
  siteMessage: string | undefined;
  /** What to do once the page script says hello. */
  pending: 'page' | 'selection' | null = null;
  private panelFindings = new Map<string, PanelFinding[]>();
  /**
   * Per source, the engine's findings behind panelFindings, and a number that changes whenever the
   * list is not the last one with findings added at its end. While a long page is checked, each
   * report so far extends the one before (the same finding objects, more of them), so the panel is
   * sent only what was added.
   */
  private shown = new Map<string, { raw: Finding[]; seen: Map<string, number>; ignored: Set<string>; version: number }>();
  private versions = 0;

  constructor(readonly tabId: number) {}

  reset(): void {
    this.sources.clear();
    this.panelFindings.clear();
    this.shown.clear();
    this.activeSourceId = null;
    this.status = 'idle';
    this.problem = undefined;
    this.replaceMessage = undefined;
  }

  setProblem(kind: ProblemKind, detail?: string): void {
    this.status = 'problem';
    this.problem = { kind, detail };
  }

  /**
   * Merge a source update from the page (the protocol is described in messages.ts): add the blocks
   * it carries; if `order` names a block we do not have, ask the page once for the whole source
   * and wait for it; when we have every block of a complete version, drop the blocks not in it
   * (the page forgets them too, so it sends them again if they come back).
   */
  update(msg: { sourceId: string; kind: SourceKind; label: string; order: string[]; blocks: Block[]; complete: boolean; activate: boolean }): { source: Source; next: AfterUpdate } {
    let s = this.sources.get(msg.sourceId);
    if (!s) {
      s = { id: msg.sourceId, kind: msg.kind, label: msg.label, blocks: new Map(), order: [], complete: false, linted: false, report: null, progress: null, resyncAsked: false };
      this.sources.set(msg.sourceId, s);
    }
    s.label = msg.label;
    s.kind = msg.kind;
    for (const b of msg.blocks) s.blocks.set(b.id, b);
    s.order = msg.order;
    s.complete = msg.complete;
    if (msg.activate || !this.activeSourceId || !this.sources.has(this.activeSourceId)) this.activeSourceId = s.id;
    if (this.status !== 'problem' || s.kind === 'field') {
      this.status = 'ready';
      this.problem = undefined;
    }
    if (this.missing(s)) {
      // Updates the page sent before it had our request lack blocks too: ask only once.
      if (s.resyncAsked) return { source: s, next: 'wait' };
      s.resyncAsked = true;
      return { source: s, next: 'resync' };
    }
    s.resyncAsked = false;
    if (s.complete && s.blocks.size > s.order.length) {
      const keep = new Set(s.order);
      for (const id of s.blocks.keys()) if (!keep.has(id)) s.blocks.delete(id);
    }
    return { source: s, next: 'lint' };
  }

  /** True when `order` names blocks we do not have. */
  missing(s: Source): boolean {
    return s.order.some((id) => !s.blocks.has(id));
  }

  docOf(s: Source): TextDoc {
    const blocks = s.order.map((id) => s.blocks.get(id)).filter((b): b is Block => !!b);
    return { blocks, meta: { title: s.kind === 'page' ? this.title || s.label : s.label, source: this.url } };
  }

  /** Lint a source; `doc` is a snapshot taken when the lint was asked for (a big page keeps arriving meanwhile). */
  lint(s: Source, linter: Linter, settings: LintSettings, doc: TextDoc = this.docOf(s), complete = s.complete): void {
    this.setReport(s, linter.lint(doc, this.engineSettings(settings)), settings, complete);
  }

  /** What the engine is given for this tab: the settings, and the kinds of document the user chose. */
  engineSettings(settings: LintSettings): Partial<Config> {
    return { ...settings.config, allow: settings.allow, profiles: this.chosenProfiles ?? settings.config?.profiles };
  }

  /**
   * Show a report: a finished one (`progress` null; `complete` when the whole source was in it), or
   * what a check still under way has found so far.
   */
  setReport(s: Source, report: Report, settings: LintSettings, complete: boolean, progress: CheckProgress | null = null): void {
    s.linted = complete && !progress;
    s.report = report;
    s.progress = progress;
    const before = this.shown.get(s.id);
    const ignored = new Set(settings.ignored);
    const extends_ = !!before && sameSet(before.ignored, ignored) && startsWith(report.findings, before.raw);
    const findings: PanelFinding[] = extends_ ? this.panelFindings.get(s.id) ?? [] : [];
    const seen = extends_ ? before!.seen : new Map<string, number>();
    // A new list keeps the objects of the findings that stay the same: the background sends a panel
    // only the findings it lacks (list-edit.ts), and finds them by object.
    const previous = extends_ ? null : new Map((this.panelFindings.get(s.id) ?? []).map((pf) => [pf.key, pf]));
    for (let i = extends_ ? before!.raw.length : 0; i < report.findings.length; i++) {
      const f = report.findings[i]!;
      const key = findingKey(f, seen);
      const kept = previous?.get(key);
      const pf: PanelFinding = kept && sameFinding(kept, f) ? kept : { ...f, key, context: this.contextOf(s, f) };
      if (!ignored.has(ignoreKey(pf))) findings.push(pf);
    }
    this.panelFindings.set(s.id, findings);
    this.shown.set(s.id, { raw: report.findings, seen, ignored, version: extends_ ? before!.version : ++this.versions });
  }

  /** A check under way has got further but found nothing new to show (the list stays as it is). */
  setProgress(s: Source, progress: CheckProgress): void {
    s.linted = false;
    s.progress = progress;
  }

  /** Which version of a source's list the panel has (see `shown`), and how long it is. */
  listVersion(sourceId: string): { version: number; length: number } | null {
    const v = this.shown.get(sourceId);
    return v ? { version: v.version, length: this.panelFindings.get(sourceId)?.length ?? 0 } : null;
  }

  /**
   * A finding's sentence, worked out once per finding: a long page's findings are shown many times
   * while its check goes on, and a block's findings are the same objects from one check to the next.
   */
  private contexts = new WeakMap<Finding, PanelFinding['context']>();

  private contextOf(s: Source, f: Finding): PanelFinding['context'] {
    if (this.contexts.has(f)) return this.contexts.get(f)!;
    const context = contextFor(f.blockId ? s.blocks.get(f.blockId) : undefined, f.start, f.end);
    this.contexts.set(f, context);
    return context;
  }

  finding(key: string): { source: Source; finding: PanelFinding } | null {
    const s = this.activeSourceId ? this.sources.get(this.activeSourceId) : undefined;
    const f = s && this.panelFindings.get(s.id)?.find((x) => x.key === key);
    return s && f ? { source: s, finding: f } : null;
  }

  /** One item per finding object, so a finding that stays the same keeps its item (list-edit.ts finds items by object). */
  private items = new WeakMap<PanelFinding, HighlightItem>();

  highlightItems(sourceId: string): HighlightItem[] {
    const out: HighlightItem[] = [];
    for (const f of this.panelFindings.get(sourceId) ?? []) {
      if (f.blockId === null || f.start === null || f.end === null || f.end <= f.start) continue;
      let item = this.items.get(f);
      if (!item) this.items.set(f, (item = { key: f.key, blockId: f.blockId, start: f.start, end: f.end, severity: f.severity }));
      out.push(item);
    }
    return out;
  }

  /**
   * The panel's state, with whether the tab's site is checked automatically read from storage by
   * `isAutoSite`. The count of answered site requests is taken before that read: a request answered
   * while the read is on its way would otherwise pair the new count with the old setting, and the
   * panel would show the user's tick taken away until the next state.
   */
  async panelStateWithSite(siteOrigin: string | null, isAutoSite: (origin: string | null) => Promise<boolean>): Promise<PanelState> {
    const answered = this.siteAnswers;
    const state = this.panelState({ siteOn: await isAutoSite(siteOrigin), siteOrigin });
    state.siteAnswers = answered;
    return state;
  }

  panelState(extra: { siteOn: boolean; siteOrigin: string | null }): PanelState {
    const active = this.activeSourceId ? this.sources.get(this.activeSourceId) : undefined;
    const findings = active ? this.panelFindings.get(active.id) ?? [] : [];
    return {
      tabId: this.tabId,
      url: this.url,
      title: active?.kind === 'page' ? active.label : this.title,
      status: this.status,
      problem: this.problem,
      sources: [...this.sources.values()].map((s) => ({ id: s.id, kind: s.kind, label: s.label })),
      activeSourceId: active?.id ?? null,
      chosenProfiles: this.chosenProfiles,
      report: active?.report
        ? {
            findings,
            profiles: active.report.profiles,
            stats: active.report.stats,
            ignoredCount: active.report.findings.length - findings.length,
            partial: !active.linted,
            progress: active.progress,
          }
        : null,
      paused: this.paused,
      siteOn: extra.siteOn,
      siteOrigin: extra.siteOrigin,
      siteAnswers: this.siteAnswers,
      siteMessage: this.siteMessage,
      replaceMessage: this.replaceMessage,
    };
  }
}

const SAME_FIELDS = ['ruleId', 'severity', 'message', 'blockId', 'start', 'end', 'text', 'anchorBlockId', 'example', 'patternId', 'anchorOffset'] as const;
const SAME_LISTS = ['suggestions', 'barriers', 'enablers'] as const;

/** True when a finding shown already says exactly what a new finding says (its block's text is the same: ids come from it). */
function sameFinding(shown: PanelFinding, f: Finding): boolean {
  for (const k of SAME_FIELDS) if (shown[k] !== f[k]) return false;
  for (const k of SAME_LISTS) {
    const a = shown[k];
    const b = f[k];
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return false;
  }
  return true;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** True when `list` begins with every item of `start`, the very same objects in the same order. */
function startsWith<T>(list: readonly T[], start: readonly T[]): boolean {
  if (start.length > list.length) return false;
  for (let i = 0; i < start.length; i++) if (list[i] !== start[i]) return false;
  return true;
}
