/**
 * In-page highlights with the CSS Custom Highlight API: one Highlight per
 * severity, holding Ranges over the page's own text nodes. Nothing is added
 * to or changed in the page's DOM. Where the API is missing (older Firefox)
 * the side panel still lists every finding; highlights are simply not drawn.
 */
import type { Severity } from '../engine/types';
import { HIGHLIGHT_NAMES } from './styles';

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

const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

export class PageHighlights {
  private bySource = new Map<string, { range: Range; severity: Severity }[]>();
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  set(sourceId: string, items: { range: Range; severity: Severity }[]): void {
    if (items.length) this.bySource.set(sourceId, items);
    else this.bySource.delete(sourceId);
    this.draw();
  }

  clear(): void {
    this.bySource.clear();
    this.draw();
  }

  private draw(): void {
    const a = api();
    if (!a) return;
    for (const severity of Object.keys(PRIORITY) as Severity[]) {
      const h = new a.Highlight();
      h.priority = PRIORITY[severity];
      for (const items of this.bySource.values()) for (const i of items) if (i.severity === severity) h.add(i.range);
      a.registry.set(HIGHLIGHT_NAMES[severity], h);
    }
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
