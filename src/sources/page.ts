/**
 * The web page as a source: find the main content, then read it into blocks
 * that remember their text nodes (so findings can be highlighted in place).
 *
 * Readability runs on a clone of the page (it rewrites what it is given). Its
 * result is mapped back to the live page through the text nodes it kept: the
 * live element that holds most of that text becomes the root. Nav, scripts,
 * styles and code are skipped by blocksFromDom.
 *
 * A very large page is read in time slices: no slice runs longer than the
 * budget, and the browser gets the main thread back between slices.
 */
import { Readability } from '@mozilla/readability';
import type { Block } from '../engine/types';
import { DomBlockReader, type DomSegment } from './dom-blocks';

/** Above this many characters Readability is skipped: it cannot be sliced and would block the page. */
export const READABILITY_MAX_CHARS = 60_000;

const SKIPPED_TAGS = new Set(['nav', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'svg', 'head', 'iframe', 'textarea', 'select']);
export function isOffElement(el: Element): boolean {
  return (
    SKIPPED_TAGS.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.getAttribute('data-doing-with') === 'off'
  );
}

/** Parallel walk of two identical trees: clone text node → live text node. */
function mapTextNodes(liveRoot: Node, cloneRoot: Node): Map<Node, Text> {
  const map = new Map<Node, Text>();
  const live = liveRoot.ownerDocument ?? (liveRoot as Document);
  const a = live.createTreeWalker(liveRoot, NodeFilter.SHOW_TEXT);
  const b = (cloneRoot.ownerDocument ?? (cloneRoot as Document)).createTreeWalker(cloneRoot, NodeFilter.SHOW_TEXT);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) map.set(y, x as Text);
  return map;
}

function landmark(doc: Document, total: number): Element | null {
  const candidates = [...doc.querySelectorAll('main, [role="main"], article')];
  for (const el of candidates) {
    const len = (el.textContent ?? '').trim().length;
    if (len >= total * 0.4 && !isOffElement(el)) return el;
  }
  return null;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * Readability can keep a list and leave out the heading just above it. The
 * nearest ancestor that holds a heading is taken instead, if it adds little
 * other text: the headings are part of the document's shape.
 */
function withHeadings(el: Element, kept: number): Element {
  if (el.querySelector(HEADINGS)) return el;
  const top = el.ownerDocument.documentElement;
  for (let p = el.parentElement; p && p !== top; p = p.parentElement) {
    if ((p.textContent ?? '').trim().length > kept * 1.5) break;
    if (p.querySelector(HEADINGS)) return p;
  }
  return el;
}

/**
 * The live element that holds the main content: Readability's choice mapped
 * back to the page; else a <main>/<article> holding most of the text; else the body.
 */
export function findMainRoot(doc: Document): { root: Element; title: string; how: 'readability' | 'landmark' | 'body' } {
  const body = doc.body ?? doc.documentElement;
  const total = (body.textContent ?? '').trim().length;
  const title = doc.title.trim();
  if (total <= READABILITY_MAX_CHARS && total > 0) {
    try {
      const clone = doc.cloneNode(true) as Document;
      const map = mapTextNodes(doc.documentElement, clone.documentElement);
      const article = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 200 }).parse();
      const content = article?.content as unknown as Node | undefined;
      if (content && typeof content === 'object' && 'nodeType' in content) {
        const weights = new Map<Element, number>();
        let kept = 0;
        const walker = clone.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const liveNode = map.get(n);
          const len = (n.nodeValue ?? '').trim().length;
          if (!liveNode || !len) continue;
          kept += len;
          for (let el = liveNode.parentElement; el; el = el.parentElement) weights.set(el, (weights.get(el) ?? 0) + len);
        }
        if (kept >= 200) {
          // The deepest live element holding at least 80% of what Readability kept.
          let best: Element | null = null;
          let bestDepth = -1;
          for (const [el, w] of weights) {
            if (w < kept * 0.8) continue;
            let depth = 0;
            for (let p = el.parentElement; p; p = p.parentElement) depth++;
            if (depth > bestDepth) {
              best = el;
              bestDepth = depth;
            }
          }
          if (best && best !== doc.documentElement) return { root: withHeadings(best, kept), title: article?.title?.trim() || title, how: 'readability' };
        }
      }
    } catch {
      // Readability failed on this page: fall through to the simpler choices.
    }
  }
  const mark = landmark(doc, total);
  if (mark) return { root: mark, title, how: 'landmark' };
  return { root: body, title, how: 'body' };
}

export interface PageChunk {
  blocks: Block[];
  segments: Map<string, DomSegment[]>;
}

export { yieldToPage } from './yield';
import { yieldToPage } from './yield';

/** How long one slice of reading may run, in ms: well under the 50 ms of a long task, with room for a GC pause. */
export const SLICE_BUDGET_MS = 8;

/**
 * Read a root into blocks, a slice at a time. `onChunk` gets each slice's
 * blocks as soon as they are read; the promise ends when all are read.
 * `skip` leaves out elements (our own overlay, fields being checked apart).
 * The blocks and segments, joined, are exactly those of `blocksFromDom(root)`.
 */
export async function readInSlices(
  root: Element,
  onChunk: (chunk: PageChunk, done: boolean) => void,
  options: { budgetMs?: number; skip?: (el: Element) => boolean; signal?: { cancelled: boolean } } = {},
): Promise<void> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const reader = new DomBlockReader(root, { skip: options.skip });
  // Start in a task of our own: whoever called us (finding the main content) has used part of this one.
  await yieldToPage();
  for (;;) {
    if (options.signal?.cancelled) return;
    const deadline = performance.now() + budget;
    const slice = reader.read(() => performance.now() >= deadline);
    if (slice.done) {
      onChunk({ blocks: slice.blocks, segments: slice.segments }, true);
      return;
    }
    // Hand the slice over in a task of its own, so reading and sending never add up to one long task.
    await yieldToPage();
    if (options.signal?.cancelled) return;
    if (slice.blocks.length) onChunk({ blocks: slice.blocks, segments: slice.segments }, false);
    await yieldToPage();
  }
}
