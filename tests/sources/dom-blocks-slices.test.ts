import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DomBlockReader, blocksFromDom, type DomSegment } from '../../src/sources/dom-blocks';
import { referenceBlocksFromDom } from './dom-blocks-reference';

/** A small deterministic PRNG (mulberry32), so a failing page can be made again from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['we', 'will', 'engage', 'stakeholders', 'people', 'told', 'us', 'the', 'bus', 'is', 'slow', 'room', 'café', '2 June', 'co-production'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', ' \n  ', '\u00a0', '\r\n', '\f'];
const INLINE = ['b', 'i', 'a', 'span', 'em', 'strong', 'abbr'];
const BLOCK = ['p', 'li', 'td', 'h2', 'h3', 'blockquote', 'dd', 'div', 'section', 'ul', 'table', 'figure', 'caption'];
const OFF = ['<script>var x = 1;</script>', '<nav><a href="/">Home</a></nav>', '<code>x = y</code>', '<span hidden>hidden words</span>', '<p aria-hidden="true">not read</p>', '<span style="display: none">gone</span>'];

/** A generated page: nested blocks, containers and inline elements, odd white space, breaks and skipped parts. */
function generatedHtml(seed: number, size: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const text = () => {
    const n = 1 + Math.floor(r() * 8);
    let s = r() < 0.3 ? pick(SPACES) : '';
    for (let i = 0; i < n; i++) s += pick(WORDS) + (i < n - 1 || r() < 0.3 ? pick(SPACES) : '');
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  };
  const node = (depth: number): string => {
    const x = r();
    if (depth > 5 || x < 0.35) return text();
    if (x < 0.42) return '<br>';
    if (x < 0.47) return pick(OFF);
    const inner = () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => node(depth + 1)).join(r() < 0.5 ? '' : pick(SPACES));
    if (x < 0.7) {
      const t = pick(INLINE);
      return `<${t}>${inner()}</${t}>`;
    }
    const t = pick(BLOCK);
    return `<${t}>${inner()}</${t}>`;
  };
  return Array.from({ length: size }, () => node(0)).join('');
}

function page(seed: number, size: number): Element {
  return parseHTML(`<!doctype html><html><body><main>${generatedHtml(seed, size)}</main></body></html>`).document.body as unknown as Element;
}

/** Blocks with their segments, ids left out (a sliced walk may number them the same or not: only content matters). */
function shape(blocks: { id: string; kind: string; level?: number; text: string; structure?: unknown }[], segments: Map<string, DomSegment[]>) {
  return blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.text, structure: b.structure, segments: segments.get(b.id) }));
}

describe('DomBlockReader', () => {
  it('gives exactly the blocks and text-node segments of the character-at-a-time walker', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const root = page(seed, 40);
      const now = blocksFromDom(root, { idPrefix: 'x-' });
      const before = referenceBlocksFromDom(root, { idPrefix: 'x-' });
      // The reference walker reads text only; the structure is compared slice against whole below.
      expect(now.doc.blocks.map(({ structure: _, ...b }) => b), `seed ${seed}`).toEqual(before.doc.blocks);
      expect([...now.segments], `seed ${seed}`).toEqual([...before.segments]);
    }
  });

  it('reads a generated page in slices that add up to the same blocks and segments as one walk', () => {
    for (let seed = 100; seed <= 130; seed++) {
      const root = page(seed, 200);
      const whole = blocksFromDom(root);
      const r = rng(seed);
      const reader = new DomBlockReader(root);
      const blocks: { id: string; kind: string; level?: number; text: string }[] = [];
      const segments = new Map<string, DomSegment[]>();
      let slices = 0;
      for (let done = false; !done; slices++) {
        // Stop at random points, as a clock would.
        const slice = reader.read(() => r() < 0.3);
        blocks.push(...slice.blocks);
        for (const [id, s] of slice.segments) segments.set(id, s);
        done = slice.done;
        expect(slices).toBeLessThan(100_000);
      }
      expect(reader.done).toBe(true);
      expect(slices, `seed ${seed}`).toBeGreaterThan(1);
      expect(shape(blocks, segments), `seed ${seed}`).toEqual(shape(whole.doc.blocks, whole.segments));
      // Ids stay unique across slices.
      expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    }
  });

  it('makes progress even when asked to stop at every look at the clock', () => {
    const root = page(7, 300);
    const reader = new DomBlockReader(root);
    let n = 0;
    const texts: string[] = [];
    while (!reader.done) {
      texts.push(...reader.read(() => true).blocks.map((b) => b.text));
      expect(++n).toBeLessThan(100_000);
    }
    expect(texts).toEqual(blocksFromDom(root).doc.blocks.map((b) => b.text));
  });
});
