/**
 * The content script: reads the page, the selection or the field being
 * edited, sends the text to the background, and draws what comes back. It
 * runs no rules and changes nothing in the page unless the user clicks a
 * replacement.
 */
import type { Block, Severity } from '../../engine/types';
import { findMainRoot, readInSlices } from '../../sources/page';
import { blocksFromDom, type DomSegment } from '../../sources/dom-blocks';
import { rangeFromSegments } from '../../sources/editable';
import { PageHighlights } from '../../highlight/highlights';
import { ContentIds, unsent } from '../block-ids';
import type { BackgroundToContent, ContentToBackground, HighlightItem } from '../messages';
import { addPage, applyList, type PendingPages } from '../list-edit';
import { Connection } from './connection';
import { FieldWatcher } from './fields';

const PAGE = 'page';
const SELECTION = 'selection';

interface ReadSource {
  kind: 'page' | 'selection';
  label: string;
  blocks: Block[];
  segments: Map<string, DomSegment[]>;
  complete: boolean;
}

/** Our own overlay is never part of the page text. */
const skipOurs = (el: Element) => el.localName === 'doing-with-overlay';

export class ContentController {
  private readonly conn: Connection;
  private readonly highlights = new PageHighlights();
  private readonly fields: FieldWatcher;
  private sources = new Map<string, ReadSource>();
  private sent = new Map<string, Set<string>>();
  private reading: { cancelled: boolean } | null = null;
  private paused = false;
  /** Counts the user's check requests: a page read shows itself only while it is the latest one. */
  private requests = 0;
  private stale = false;
  /** The underlines the background last sent, as a list it can send changes to (list-edit.ts). */
  private highlightList: { version: number; items: HighlightItem[] } | null = null;
  private highlightPages: PendingPages<HighlightItem> | null = null;

  constructor(private readonly doc: Document) {
    this.conn = new Connection((m) => this.handle(m), () => this.resend());
    this.fields = new FieldWatcher(doc, (m) => this.post(m), (id, items) => this.highlights.set(id, items));
  }

  /** Called each time the script is injected into this page (first time or again). */
  hello(): void {
    this.post({ type: 'hello', url: location.href, title: this.doc.title });
  }

  private post(m: ContentToBackground): void {
    if (this.stale && m.type !== 'hello') {
      this.stale = false;
      this.conn.send({ type: 'hello', url: location.href, title: this.doc.title });
    }
    this.stale = false;
    this.conn.send(m);
  }

  private resend(): void {
    // The background was stopped by the browser and has forgotten every block. Reconnecting now
    // would wake it for nothing: the next message (typing, a check) reconnects and sends everything.
    this.sent.clear();
    this.highlightList = null;
    this.fields.forgetSent();
    this.stale = true;
  }

  private handle(m: BackgroundToContent): void {
    switch (m.type) {
      case 'check-page':
        if (!this.paused) void this.checkPage();
        return;
      case 'check-selection':
        this.checkSelection();
        return;
      case 'resync':
        this.resync(m.sourceId);
        return;
      case 'highlights-page':
        this.highlightPages = addPage(this.highlightPages, m.listVersion, m.ops);
        return;
      case 'highlights': {
        const pages = this.highlightPages?.listVersion === m.listVersion ? this.highlightPages.ops : [];
        this.highlightPages = null;
        const base = m.base === null ? [] : m.base === this.highlightList?.version ? this.highlightList.items : null;
        const items = base && applyList(base, pages.length ? [...pages, ...m.ops] : m.ops);
        if (!items) {
          this.highlightList = null;
          this.post({ type: 'highlights-lost' });
          return;
        }
        this.highlightList = { version: m.listVersion, items };
        this.drawHighlights(m.sourceId, items);
        return;
      }
      case 'reveal':
        this.reveal(m.sourceId, m.blockId, m.start, m.end);
        return;
      case 'replace': {
        const problem = this.paused ? 'Checking is paused on this tab.' : this.fields.replace(m.sourceId, m.blockId, m.start, m.end, m.expected, m.replacement);
        this.post({ type: 'replaced', ok: !problem, message: problem ?? undefined });
        return;
      }
      case 'pause':
        this.setPaused(m.paused);
        return;
    }
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (paused) {
      if (this.reading) this.reading.cancelled = true;
      this.fields.stop();
      this.highlights.clear();
    } else {
      this.fields.start();
    }
  }

  async checkPage(): Promise<void> {
    const request = ++this.requests;
    if (this.reading) this.reading.cancelled = true;
    const signal = { cancelled: false };
    this.reading = signal;
    this.fields.start();
    const { root, title } = findMainRoot(this.doc);
    const ids = new ContentIds('p:');
    const source: ReadSource = { kind: 'page', label: title || 'This page', blocks: [], segments: new Map(), complete: false };
    this.sources.set(PAGE, source);
    this.highlights.renew(PAGE);
    await readInSlices(
      root,
      (chunk, done) => {
        if (signal.cancelled) return;
        for (const raw of chunk.blocks) {
          const b = ids.assign(raw);
          source.blocks.push(b);
          source.segments.set(b.id, chunk.segments.get(raw.id) ?? []);
        }
        source.complete = done;
        if (done && !source.blocks.length) {
          this.post({ type: 'problem', problem: 'no-text' });
          return;
        }
        // Still read the page in full, but if the user has since asked to check a selection, keep that in view.
        this.sendSource(PAGE, request === this.requests);
      },
      { skip: skipOurs, signal },
    );
  }

  private checkSelection(): void {
    this.requests++;
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || range.collapsed || !range.toString().trim()) {
      this.post({ type: 'problem', problem: 'selection-empty' });
      return;
    }
    const container = range.commonAncestorContainer;
    const rootEl = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (!rootEl) return;
    const { doc, segments } = blocksFromDom(rootEl, { skip: (el) => skipOurs(el) || !range.intersectsNode(el) });
    const ids = new ContentIds('s:');
    const source: ReadSource = { kind: 'selection', label: 'The text you selected', blocks: [], segments: new Map(), complete: true };
    for (const block of doc.blocks) {
      const clipped = clipToRange(block, segments.get(block.id) ?? [], range);
      if (!clipped) continue;
      const b = ids.assign(clipped.block);
      source.blocks.push(b);
      source.segments.set(b.id, clipped.segments);
    }
    if (!source.blocks.length) {
      this.post({ type: 'problem', problem: 'selection-empty' });
      return;
    }
    this.sources.set(SELECTION, source);
    this.sent.set(SELECTION, new Set());
    this.sendSource(SELECTION, true);
  }

  private sendSource(sourceId: string, activate: boolean): void {
    const s = this.sources.get(sourceId);
    if (!s) return;
    const sent = this.sent.get(sourceId) ?? new Set<string>();
    this.sent.set(sourceId, sent);
    this.post({
      type: 'source', sourceId, kind: s.kind, label: s.label, order: s.blocks.map((b) => b.id),
      blocks: unsent(s.blocks, sent, s.complete), complete: s.complete, activate,
    });
  }

  /** The background lacks blocks of a source: send all of it (as read so far, if a read is under way). */
  private resync(sourceId: string): void {
    if (this.sources.has(sourceId)) {
      this.sent.set(sourceId, new Set());
      this.sendSource(sourceId, false);
    } else if (!this.fields.resync(sourceId)) {
      this.post({ type: 'source-gone', sourceId });
    }
  }

  private drawHighlights(sourceId: string, items: { key: string; blockId: string; start: number; end: number; severity: Severity }[]): void {
    if (this.paused) return;
    // Only what the side panel is showing is underlined.
    this.highlights.keepOnly(sourceId);
    this.fields.clearExcept(sourceId);
    if (this.fields.highlight(sourceId, items)) return;
    const source = this.sources.get(sourceId);
    if (!source) return this.highlights.clear();
    // The report comes again after every lint of a page still arriving: findings already drawn keep their
    // Range, and new ones are drawn a slice at a time.
    void this.highlights.update(sourceId, items.map((i) => ({
      key: `${i.key}|${i.blockId}|${i.start}|${i.end}`,
      severity: i.severity,
      length: i.end - i.start,
      range: () => rangeFromSegments(source.segments.get(i.blockId) ?? [], i.start, i.end),
    })));
  }

  private reveal(sourceId: string, blockId: string, start: number, end: number): void {
    const field = this.fields.locate(sourceId, blockId, start, end);
    if (field?.kind === 'text') {
      field.el.scrollIntoView({ block: 'center' });
      field.el.focus({ preventScroll: true });
      field.el.setSelectionRange(field.start, field.end);
      return;
    }
    const range = field?.kind === 'range' ? field.range : rangeFromSegments(this.sources.get(sourceId)?.segments.get(blockId) ?? [], start, end);
    if (range) this.highlights.reveal(range);
  }
}

/** Cut a block down to the part inside a selection Range, keeping its text-node map. */
function clipToRange(block: Block, segments: DomSegment[], range: Range): { block: Block; segments: DomSegment[] } | null {
  let from = -1;
  let to = -1;
  for (const s of segments) {
    if (!range.intersectsNode(s.node)) continue;
    let a = s.nodeOffset;
    let b = s.nodeOffset + s.length;
    if (s.node === range.startContainer) a = Math.max(a, range.startOffset);
    if (s.node === range.endContainer) b = Math.min(b, range.endOffset);
    if (b <= a) continue;
    const blockA = s.blockOffset + (a - s.nodeOffset);
    const blockB = s.blockOffset + (b - s.nodeOffset);
    if (from < 0 || blockA < from) from = blockA;
    if (blockB > to) to = blockB;
  }
  if (from < 0 || to <= from) return null;
  const text = block.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return null;
  const start = from + lead;
  const out: DomSegment[] = [];
  for (const s of segments) {
    const a = Math.max(s.blockOffset, start);
    const b = Math.min(s.blockOffset + s.length, start + trimmed.length);
    if (b > a) out.push({ node: s.node, blockOffset: a - start, nodeOffset: s.nodeOffset + (a - s.blockOffset), length: b - a });
  }
  return { block: { ...block, text: trimmed }, segments: out };
}
