/**
 * Watches the field being edited. On focus the field's text is sent; while
 * the user types it is sent again about 500 ms after typing stops, and only
 * blocks the background has not seen travel.
 */
import type { Block, Severity } from '../../engine/types';
import {
  editableFor, editableHostBlocks, isTextField, rangeFromSegments, replaceInEditable, replaceInTextField,
  textFieldBlocks, type TextField,
} from '../../sources/editable';
import type { DomSegment } from '../../sources/dom-blocks';
import { TextFieldMirror } from '../../highlight/mirror';
import { ContentIds, unsent } from '../block-ids';
import type { ContentToBackground, HighlightItem } from '../messages';

export const TYPING_PAUSE_MS = 500;

interface FieldState {
  sourceId: string;
  el: TextField | HTMLElement;
  sent: Set<string>;
  /** Text fields: where each block starts in the value. */
  offsets: Map<string, number>;
  /** Rich fields: each block's text nodes. */
  segments: Map<string, DomSegment[]>;
  blocks: Map<string, Block>;
  mirror: TextFieldMirror | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

let counter = 0;

export class FieldWatcher {
  private fields = new WeakMap<Element, FieldState>();
  private byId = new Map<string, FieldState>();
  private active = false;

  constructor(
    private readonly doc: Document,
    private readonly send: (m: ContentToBackground) => void,
    private readonly drawRanges: (sourceId: string, items: { range: Range; severity: Severity }[]) => void,
  ) {}

  private readonly onFocus = (e: Event) => {
    const el = editableFor(e.target);
    if (el) this.read(this.state(el), true);
  };

  private readonly onInput = (e: Event) => {
    const el = editableFor(e.target);
    if (!el) return;
    const st = this.state(el);
    clearTimeout(st.timer);
    st.timer = setTimeout(() => this.read(st, true), TYPING_PAUSE_MS);
  };

  start(): void {
    if (this.active) return;
    this.active = true;
    this.doc.addEventListener('focusin', this.onFocus, true);
    this.doc.addEventListener('input', this.onInput, true);
    const current = editableFor(this.doc.activeElement);
    if (current) this.read(this.state(current), true);
  }

  stop(): void {
    this.active = false;
    this.doc.removeEventListener('focusin', this.onFocus, true);
    this.doc.removeEventListener('input', this.onInput, true);
    for (const st of this.byId.values()) {
      clearTimeout(st.timer);
      st.mirror?.destroy();
      st.mirror = null;
    }
  }

  /** Forget what was sent (after the background restarted): the next read sends every block. */
  forgetSent(): void {
    for (const st of this.byId.values()) st.sent.clear();
  }

  /** The background lacks blocks of a field: send every block of it. False when the field is not ours. */
  resync(sourceId: string): boolean {
    const st = this.byId.get(sourceId);
    if (!st) return false;
    st.sent.clear();
    this.read(st, false);
    return true;
  }

  has(sourceId: string): boolean {
    return this.byId.has(sourceId);
  }

  private state(el: TextField | HTMLElement): FieldState {
    let st = this.fields.get(el);
    if (!st) {
      st = { sourceId: `field-${++counter}`, el, sent: new Set(), offsets: new Map(), segments: new Map(), blocks: new Map(), mirror: null, timer: undefined };
      this.fields.set(el, st);
      this.byId.set(st.sourceId, st);
    }
    return st;
  }

  /** The box's accessible name, in the order screen readers use (a short form of the accname rules). */
  private label(el: Element): string {
    const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    const byIds = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => clean(this.doc.getElementById(id)?.textContent)).filter(Boolean).join(' ');
    if (byIds) return byIds;
    const aria = clean(el.getAttribute('aria-label'));
    if (aria) return aria;
    const labels = 'labels' in el ? [...((el as HTMLTextAreaElement).labels ?? [])] : [];
    const id = el.getAttribute('id');
    if (!labels.length && id) labels.push(...this.doc.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`));
    // A label wrapped round the box holds the box's own text too: leave that out.
    const textOf = (l: Element) => {
      const walker = this.doc.createTreeWalker(l, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!el.contains(n)) parts.push(n.textContent ?? '');
      return parts.join('');
    };
    const label = labels.map((l) => clean(textOf(l))).filter(Boolean).join(' ');
    if (label) return label;
    return clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder')) || clean(el.getAttribute('aria-placeholder')) || 'The box you are typing in';
  }

  private read(st: FieldState, activate: boolean): void {
    if (!this.active) return;
    if (!st.el.isConnected) {
      this.byId.delete(st.sourceId);
      st.mirror?.destroy();
      this.send({ type: 'source-gone', sourceId: st.sourceId });
      return;
    }
    const ids = new ContentIds(`${st.sourceId}:`);
    let blocks: Block[];
    st.offsets.clear();
    st.segments.clear();
    if (isTextField(st.el)) {
      blocks = textFieldBlocks(st.el.value).map((fb) => {
        const b = ids.assign({ id: fb.id, kind: fb.kind, text: fb.text });
        st.offsets.set(b.id, fb.offset);
        return b;
      });
    } else {
      const { doc, segments } = editableHostBlocks(st.el);
      blocks = doc.blocks.map((raw) => {
        const b = ids.assign(raw);
        st.segments.set(b.id, segments.get(raw.id) ?? []);
        return b;
      });
    }
    st.blocks = new Map(blocks.map((b) => [b.id, b]));
    this.send({
      type: 'source', sourceId: st.sourceId, kind: 'field', label: this.label(st.el),
      order: blocks.map((b) => b.id), blocks: unsent(blocks, st.sent, true), complete: true, activate,
    });
  }

  /** Draw the findings of one field. Returns false when the source is not a field. */
  highlight(sourceId: string, items: HighlightItem[]): boolean {
    const st = this.byId.get(sourceId);
    if (!st) return false;
    if (isTextField(st.el)) {
      st.mirror ??= new TextFieldMirror(st.el);
      st.mirror.setRanges(
        items.flatMap((i) => {
          const at = st.offsets.get(i.blockId);
          return at === undefined ? [] : [{ start: at + i.start, end: at + i.end, severity: i.severity, key: i.key }];
        }),
      );
    } else {
      this.drawRanges(sourceId, items.flatMap((i) => {
        const r = rangeFromSegments(st.segments.get(i.blockId) ?? [], i.start, i.end);
        return r ? [{ range: r, severity: i.severity }] : [];
      }));
    }
    return true;
  }

  /** Clear the underlines of every field except `keep`. */
  clearExcept(keep: string | null): void {
    for (const st of this.byId.values()) {
      if (st.sourceId === keep) continue;
      st.mirror?.setRanges([]);
    }
  }

  /** A Range (rich fields) or the field and its offsets (text fields) for a finding. */
  locate(sourceId: string, blockId: string, start: number, end: number):
    | { kind: 'range'; range: Range; el: HTMLElement }
    | { kind: 'text'; el: TextField; start: number; end: number }
    | null {
    const st = this.byId.get(sourceId);
    if (!st?.el.isConnected) return null;
    if (isTextField(st.el)) {
      const at = st.offsets.get(blockId);
      return at === undefined ? null : { kind: 'text', el: st.el, start: at + start, end: at + end };
    }
    const range = rangeFromSegments(st.segments.get(blockId) ?? [], start, end);
    return range ? { kind: 'range', range, el: st.el } : null;
  }

  /** Apply a replacement the user chose. Returns a plain message when it cannot be done. */
  replace(sourceId: string, blockId: string, start: number, end: number, expected: string, replacement: string): string | null {
    const at = this.locate(sourceId, blockId, start, end);
    const changed = 'The text has changed since it was checked. Wait a moment for the new check, then try again.';
    if (!at) return changed;
    if (at.kind === 'text') {
      if (at.el.value.slice(at.start, at.end) !== expected) return changed;
      replaceInTextField(at.el, at.start, at.end, replacement);
    } else {
      if (at.range.toString().replace(/\s+/g, ' ') !== expected) return changed;
      replaceInEditable(at.el, at.range, replacement);
    }
    const st = this.byId.get(sourceId);
    if (st) {
      clearTimeout(st.timer);
      st.timer = setTimeout(() => this.read(st, true), 50);
    }
    return null;
  }
}
