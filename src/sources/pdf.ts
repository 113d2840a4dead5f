/**
 * PDF → SourceDoc from the text layer (pdfjs-dist). A PDF has no paragraphs,
 * only positioned pieces of text, so:
 *  - pieces on the same baseline form a line;
 *  - lines close together (no more than about one and a half line heights
 *    apart) with the same size of type form a block;
 *  - text set larger than the body text (the most common size) is a heading,
 *    the largest size being level 1;
 *  - a line starting with a bullet or "1." starts a list item.
 * Positions are block number (line) and column, as for Word files.
 */
import type { Block, TextDoc } from '../engine';
import { blockLocator } from './block-locator';
import type { SourceDoc } from './types';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
}

const BULLET = /^\s*(?:[•·▪●◦‣–\-*]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/i;

/** Sizes differing by less than this (in points) count as the same. */
const SIZE_TOLERANCE = 0.6;

async function loadPdfjs() {
  // The legacy build runs in Node without a browser; in Node it uses a fake worker.
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

function toLines(pieces: Piece[], page: number): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  for (const p of pieces) {
    if (!p.str) {
      if (p.eol && current) current = null;
      continue;
    }
    const sameLine = current && Math.abs(current.y - p.y) < Math.max(current.size, p.size) * 0.5;
    if (!current || !sameLine) {
      current = { text: p.str, x: p.x, y: p.y, size: p.size, page, end: p.x + p.width };
      lines.push(current);
    } else {
      const gap = p.x - current.end;
      const needsSpace = gap > p.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(p.str);
      current.text += (needsSpace ? ' ' : '') + p.str;
      current.end = p.x + p.width;
      current.size = Math.max(current.size, p.size);
    }
    if (p.eol) current = null;
  }
  return lines.map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), x: l.x, y: l.y, size: l.size, page: l.page })).filter((l) => l.text);
}

/** The body size: the size most characters are set in. */
function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.size * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of counts) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}

export function linesToBlocks(lines: Line[]): Block[] {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.12).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const levelOf = (size: number) => Math.min(6, headingSizes.indexOf(Math.round(size * 2) / 2) + 1);
  const blocks: Block[] = [];
  let open: { block: Block; last: Line; listX?: number } | null = null;

  const join = (text: string, next: string) => (/-$/.test(text) && /^\p{Ll}/u.test(next) ? text + next : `${text} ${next}`);

  for (const line of lines) {
    const heading = line.size > body * 1.12;
    const bullet = BULLET.exec(line.text);
    if (open) {
      const prev = open.last;
      const gap = prev.page === line.page ? prev.y - line.y : Infinity;
      const close = gap > 0 && gap <= Math.max(prev.size, line.size) * 1.6;
      const sameSize = Math.abs(prev.size - line.size) < SIZE_TOLERANCE;
      const continues =
        close && sameSize && !bullet &&
        (open.block.kind === 'heading' ? heading : !heading) &&
        // A list item continues only on lines indented like its text.
        (open.block.kind !== 'list-item' || line.x > (open.listX ?? 0) + 1);
      if (continues) {
        open.block.text = join(open.block.text, line.text);
        open.last = line;
        continue;
      }
    }
    const id = `b${blocks.length}`;
    let block: Block;
    if (heading) block = { id, kind: 'heading', level: levelOf(line.size), text: line.text };
    else if (bullet) block = { id, kind: 'list-item', text: line.text.slice(bullet[0].length) };
    else block = { id, kind: 'paragraph', text: line.text };
    if (!block.text) continue;
    blocks.push(block);
    open = { block, last: line, listX: bullet ? line.x : undefined };
  }
  return blocks;
}

/** Raised for a PDF with no text layer (a scan, say). */
export class PdfNoTextError extends Error {
  constructor() {
    super('The PDF has no text layer');
    this.name = 'PdfNoTextError';
  }
}

export async function parsePdf(bytes: Uint8Array, meta: TextDoc['meta'] = {}): Promise<SourceDoc> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const lines: Line[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
        pieces.push({ str: item.str, x: e ?? 0, y: f ?? 0, width: item.width, size, eol: item.hasEOL });
      }
      lines.push(...toLines(pieces, n));
      page.cleanup();
    }
    const blocks = linesToBlocks(lines);
    if (!blocks.length) throw new PdfNoTextError();
    const doc: TextDoc = { blocks, meta: { ...meta } };
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    if (!doc.meta.title && typeof info?.Title === 'string' && info.Title.trim()) doc.meta.title = info.Title.trim();
    return { doc, locate: blockLocator(doc) };
  } finally {
    await task.destroy();
  }
}
