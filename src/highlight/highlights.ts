/**
 * In-page highlights with the CSS Custom Highlight API: one Highlight per
 * severity, holding Ranges over the page's own text nodes. Nothing is added
 * to or changed in the page's DOM. Where the API is missing (older Firefox)
 * the side panel still lists every finding; highlights are simply not drawn.
 */
import type { Severity } from '../engine/types';
import { yieldToPage } from '../sources/page';
import { HIGHLIGHT_NAMES, markStyle, type MarkStyle } from './styles';

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; priority: number };
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function api(): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const g = globalThis as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  if (!g.Highlight || !g.CSS?.highlights) return null;
  return { Highlight: g.Highlight, registry: g.CSS.highlights };
}

export function highlightsSupported(): boolean {
  return api() !== null;
}

/** The quiet sentence tint lies under every underline. */
const PRIORITY: Record<MarkStyle, number> = { error: 3, warning: 2, suggestion: 1, sentence: 0 };
const STYLES = Object.keys(PRIORITY) as MarkStyle[];

type Registered = { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; clear(): void; priority: number };

/** A highlight to draw, with its Range made only when needed (making thousands at once would block the page). */
export interface LazyHighlight {
  /** Stable for the same finding at the same place: a finding already drawn keeps its Range. */
  key: string;
  severity: Severity;
  /** Characters covered, when known without making the Range. */
  length?: number;
  range: () => Range | null;
}

/** How long one slice of Range-making may run, in ms. */
const SLICE_BUDGET_MS = 8;
/**
 * Up to this many highlights in a source are all drawn. Above it only those
 * near the viewport are registered (an IntersectionObserver follows the
 * scrolling): the browser's paint work grows with every registered range, and
 * 2,800 of them made each frame after a change spend 50–80 ms in pre-paint.
 */
export const DRAW_ALL_UP_TO = 400;
/** "Near the viewport": this far above and below it. */
const NEAR = '100% 0px';

interface Drawn {
  range: Range;
  style: MarkStyle;
  /** Registered in CSS.highlights now. */
  shown: boolean;
  /** Watched for nearness to the viewport (large sources only). */
  anchor: Element | null;
}

export class PageHighlights {
  private bySource = new Map<string, Map<string, Drawn>>();
  /** One Highlight per severity, registered once and then changed in place. */
  private registered: Record<MarkStyle, Registered> | null = null;
  /** Bumped by every change: a sliced update that sees a newer one stops. */
  private generation = 0;
  private renewed = new Set<string>();
  private observer: IntersectionObserver | null = null;
  private anchors = new Map<Element, Set<Drawn>>();
  private near = new Set<Element>();
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replace a source's highlights at once (a field: few ranges). */
  set(sourceId: string, items: { range: Range; severity: Severity }[]): void {
    this.generation++;
    this.remove(sourceId);
    if (!items.length) return;
    const drawn = new Map<string, Drawn>();
    this.bySource.set(sourceId, drawn);
    items.forEach((item, i) => {
      const d: Drawn = { range: item.range, style: markStyle(item.severity, item.range.toString().length), shown: false, anchor: null };
      drawn.set(String(i), d);
      this.show(d);
    });
  }

  /**
   * Make a source's highlights these: findings already drawn keep their
   * Range, gone ones are removed, and new ones get a Range a slice at a time
   * (in the order given) so a page with thousands of findings never blocks.
   * A later call to any method supersedes an update still in progress.
   */
  async update(sourceId: string, items: LazyHighlight[]): Promise<void> {
    const gen = ++this.generation;
    if (this.renewed.delete(sourceId)) this.remove(sourceId);
    let drawn = this.bySource.get(sourceId);
    if (!drawn) this.bySource.set(sourceId, (drawn = new Map()));
    const wanted = new Set<string>();
    for (const i of items) wanted.add(i.key);
    for (const [key, d] of drawn) {
      if (wanted.has(key)) continue;
      this.discard(d);
      drawn.delete(key);
    }
    const nearOnly = items.length > DRAW_ALL_UP_TO && typeof IntersectionObserver === 'function';
    if (!nearOnly) {
      for (const d of drawn.values()) {
        this.unwatch(d);
        this.show(d);
      }
    }
    let sliceEnd = performance.now() + SLICE_BUDGET_MS;
    for (const item of items) {
      if (drawn.has(item.key)) continue;
      if (performance.now() > sliceEnd) {
        await yieldToPage();
        if (gen !== this.generation) return;
        sliceEnd = performance.now() + SLICE_BUDGET_MS;
      }
      const range = item.range();
      if (!range) continue;
      const d: Drawn = { range, style: markStyle(item.severity, item.length ?? range.toString().length), shown: false, anchor: null };
      drawn.set(item.key, d);
      if (nearOnly) this.watch(d);
      else this.show(d);
    }
  }

  /** The source was read again (its text nodes may have changed): its next update makes every Range afresh. */
  renew(sourceId: string): void {
    this.renewed.add(sourceId);
  }

  /** Remove every highlight except those of `keep`. */
  keepOnly(keep: string | null): void {
    this.generation++;
    for (const id of [...this.bySource.keys()]) if (id !== keep) this.remove(id);
  }

  clear(): void {
    this.keepOnly(null);
  }

  private remove(sourceId: string): void {
    const drawn = this.bySource.get(sourceId);
    if (!drawn) return;
    this.bySource.delete(sourceId);
    if (this.bySource.size) {
      for (const d of drawn.values()) this.discard(d);
      return;
    }
    // Nothing left anywhere: empty everything in one go.
    this.observer?.disconnect();
    this.anchors.clear();
    this.near.clear();
    const reg = this.registry();
    if (reg) for (const s of STYLES) reg[s].clear();
  }

  private show(d: Drawn): void {
    if (d.shown) return;
    d.shown = true;
    this.registry()?.[d.style].add(d.range);
  }

  private hide(d: Drawn): void {
    if (!d.shown) return;
    d.shown = false;
    this.registry()?.[d.style].delete(d.range);
  }

  private discard(d: Drawn): void {
    this.hide(d);
    this.unwatch(d);
  }

  /** Show `d` only while its text is near the viewport. */
  private watch(d: Drawn): void {
    const start = d.range.startContainer;
    const anchor = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!anchor) return this.show(d);
    d.anchor = anchor;
    let set = this.anchors.get(anchor);
    if (!set) {
      this.anchors.set(anchor, (set = new Set()));
      this.observer ??= new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR });
      this.observer.observe(anchor);
    }
    set.add(d);
    if (this.near.has(anchor)) this.show(d);
  }

  private unwatch(d: Drawn): void {
    const anchor = d.anchor;
    if (!anchor) return;
    d.anchor = null;
    const set = this.anchors.get(anchor);
    if (!set) return;
    set.delete(d);
    if (set.size) return;
    this.anchors.delete(anchor);
    this.near.delete(anchor);
    this.observer?.unobserve(anchor);
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const set = this.anchors.get(e.target);
      if (!set) continue;
      if (e.isIntersecting) this.near.add(e.target);
      else this.near.delete(e.target);
      for (const d of set) {
        if (e.isIntersecting) this.show(d);
        else this.hide(d);
      }
    }
  }

  private registry(): Record<MarkStyle, Registered> | null {
    if (this.registered) return this.registered;
    const a = api();
    if (!a) return null;
    const made = {} as Record<MarkStyle, Registered>;
    for (const style of STYLES) {
      const h = new a.Highlight() as unknown as Registered;
      h.priority = PRIORITY[style];
      a.registry.set(HIGHLIGHT_NAMES[style], h);
      made[style] = h;
    }
    this.registered = made;
    return made;
  }

  /** Scroll a range into view and make it stand out for a moment. */
  reveal(range: Range): void {
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    const a = api();
    if (!a) return;
    const h = new a.Highlight(range);
    h.priority = 10;
    a.registry.set(HIGHLIGHT_NAMES.focus, h);
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => a.registry.delete(HIGHLIGHT_NAMES.focus), 2500);
  }
}
