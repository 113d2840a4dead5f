/**
 * The shape of a DOM block, gathered while dom-blocks.ts walks the tree:
 * links (text and target), images (alt text, decorative or not, caption),
 * bold / italic / underlined stretches, and a block's place in a table or a
 * list. Standard DOM only, as in dom-blocks.ts.
 *
 * Offsets are taken as the walk goes (the length of the block so far) and
 * tidied when the block ends (`finish`), so the walk stays one pass.
 */
import type { BlockImage, BlockKind, BlockListItem, BlockStructure, BlockTableCell, MarkKind } from '../engine';

/** What a block in progress has gathered. Offsets may still point at a space that is trimmed later. */
export interface RunStructure {
  links: { href: string; start: number; end: number; label?: string }[];
  marks: { kind: MarkKind; start: number; end: number }[];
  images: BlockImage[];
  table?: BlockTableCell;
  list?: BlockListItem;
}

interface RunLike {
  length: number;
  structure: RunStructure;
}

interface TableState {
  index: number;
  row: number;
  nextCol: number;
  inHead: number;
  layout: boolean;
}

const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const ITALIC_STYLE = /(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)\b/i;
const UNDERLINE_STYLE = /(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bunderline\b/i;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function marksOf(el: Element, name: string, inLink: boolean): MarkKind[] {
  const out: MarkKind[] = [];
  const style = el.getAttribute('style') ?? '';
  if (name === 'b' || name === 'strong' || (style && BOLD_STYLE.test(style))) out.push('bold');
  if (name === 'i' || name === 'em' || (style && ITALIC_STYLE.test(style))) out.push('italic');
  // A link is underlined by the browser anyway; only underlining outside links says something.
  if (!inLink && (name === 'u' || (style && UNDERLINE_STYLE.test(style)))) out.push('underline');
  return out;
}

/** The caption shown with an image: its figure's figcaption, or a caption right after it. */
function captionOf(img: Element): string | undefined {
  const figure = img.closest('figure');
  const figcaption = figure?.querySelector('figcaption');
  if (figcaption) return squash(figcaption.textContent) || undefined;
  const holder = img.parentElement && img.parentElement.children.length === 1 ? img.parentElement : img;
  const next = holder.nextElementSibling;
  if (next && (next.localName === 'figcaption' || /\b(?:caption|wp-caption-text)\b/.test(next.getAttribute('class') ?? ''))) {
    return squash(next.textContent) || undefined;
  }
  return undefined;
}

export class StructureTracker {
  private readonly tables: TableState[] = [];
  private readonly lists: BlockListItem[] = [];
  private cell: BlockTableCell | null = null;
  private linkDepth = 0;
  private tableCount = 0;
  /** Images met outside any text, waiting for the next block. */
  private carried: BlockImage[] = [];

  constructor(
    private readonly currentRun: () => RunLike | null,
    private readonly ensureRun: () => RunLike,
  ) {}

  /** A new block starts: it takes the cell or list item it is in, and any images waiting for it. */
  startRun(kind: BlockKind): RunStructure {
    const rs: RunStructure = { links: [], marks: [], images: this.carried };
    this.carried = [];
    // Any block inside a cell (a heading in a layout table, too) knows its cell.
    if (this.cell) rs.table = { ...this.cell };
    if (kind === 'list-item' && this.lists.length) rs.list = { ...this.lists[this.lists.length - 1]! };
    return rs;
  }

  /** A block ended with no text: its images wait for the next block. */
  carry(rs: RunStructure): void {
    for (const image of rs.images) this.carried.push({ ...image, at: 0 });
  }

  /** Images left at the very end go with the last block read, when there is one. */
  leftovers(): BlockImage[] {
    const out = this.carried;
    this.carried = [];
    return out;
  }

  image(el: Element): void {
    const w = Number(el.getAttribute('width'));
    const h = Number(el.getAttribute('height'));
    // Tracking pixels and spacers are not pictures anyone sees.
    if ((w > 0 && w <= 2) || (h > 0 && h <= 2) || !el.getAttribute('src')) return;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    let alt = el.getAttribute('alt');
    const decorative = role === 'presentation' || role === 'none' || (alt !== null && alt.trim() === '');
    // A name given another way still reaches a screen reader.
    if (alt === null) alt = el.getAttribute('aria-label') ?? el.getAttribute('title');
    const run = this.ensureRun();
    const image: BlockImage = { alt: alt === null ? null : squash(alt), decorative, at: run.length };
    const caption = captionOf(el);
    if (caption) image.caption = caption;
    if (this.linkDepth > 0) image.inLink = true;
    run.structure.images.push(image);
  }

  /** An element starts; returns what to do when it ends, if anything. */
  enter(el: Element, name: string): (() => void) | undefined {
    const exits: (() => void)[] = [];
    if (name === 'a' && el.hasAttribute('href')) exits.push(this.enterLink(el));
    for (const kind of marksOf(el, name, this.linkDepth > 0)) exits.push(this.enterMark(kind));
    switch (name) {
      case 'table': {
        const role = (el.getAttribute('role') ?? '').toLowerCase();
        this.tables.push({ index: this.tableCount++, row: -1, nextCol: 0, inHead: 0, layout: role === 'presentation' || role === 'none' });
        exits.push(() => void this.tables.pop());
        break;
      }
      case 'thead': {
        const t = this.tables[this.tables.length - 1];
        if (t) {
          t.inHead++;
          exits.push(() => void t.inHead--);
        }
        break;
      }
      case 'tr': {
        const t = this.tables[this.tables.length - 1];
        if (t) {
          t.row++;
          t.nextCol = 0;
        }
        break;
      }
      case 'td':
      case 'th': {
        const t = this.tables[this.tables.length - 1];
        if (t) {
          const span = Math.max(1, Math.min(50, Number(el.getAttribute('colspan')) || 1));
          const role = (el.getAttribute('role') ?? '').toLowerCase();
          const before = this.cell;
          this.cell = { table: t.index, row: Math.max(t.row, 0), col: t.nextCol, header: name === 'th' || t.inHead > 0 || role === 'columnheader' || role === 'rowheader' };
          if (t.layout) this.cell.layout = true;
          t.nextCol += span;
          exits.push(() => void (this.cell = before));
        }
        break;
      }
      case 'ul':
      case 'ol':
      case 'menu':
        this.lists.push({ ordered: name === 'ol', depth: this.lists.length + 1 });
        exits.push(() => void this.lists.pop());
        break;
    }
    if (!exits.length) return undefined;
    if (exits.length === 1) return exits[0];
    return () => {
      for (let i = exits.length - 1; i >= 0; i--) exits[i]!();
    };
  }

  private enterLink(el: Element): () => void {
    const href = el.getAttribute('href') ?? '';
    const label = squash(el.getAttribute('aria-label'));
    const run = this.currentRun();
    const start = run?.length ?? 0;
    this.linkDepth++;
    return () => {
      this.linkDepth--;
      const now = this.currentRun();
      if (!now) return;
      // The link began in an earlier block (it holds a block of its own): it covers this block from its start.
      const from = now === run ? start : 0;
      const link: RunStructure['links'][number] = { href, start: from, end: now.length };
      if (label) link.label = label;
      now.structure.links.push(link);
    };
  }

  private enterMark(kind: MarkKind): () => void {
    const run = this.currentRun();
    const start = run?.length ?? 0;
    return () => {
      const now = this.currentRun();
      if (!now) return;
      now.structure.marks.push({ kind, start: now === run ? start : 0, end: now.length });
    };
  }

  /** The finished block's structure: offsets trimmed to the words, empty parts left out. */
  finish(rs: RunStructure, text: string): BlockStructure {
    const out: BlockStructure = {};
    const trim = (start: number, end: number): [number, number] => {
      let a = Math.min(start, text.length);
      let b = Math.min(end, text.length);
      while (a < b && text[a] === ' ') a++;
      while (b > a && text[b - 1] === ' ') b--;
      return [a, b];
    };
    const links = [];
    for (const l of rs.links) {
      const [start, end] = trim(l.start, l.end);
      if (end <= start) continue;
      links.push({ text: text.slice(start, end), href: l.href, start, end, ...(l.label ? { label: l.label } : {}) });
    }
    if (links.length) out.links = links.sort((a, b) => a.start - b.start);
    const marks = [];
    for (const m of rs.marks) {
      const [start, end] = trim(m.start, m.end);
      if (end > start) marks.push({ kind: m.kind, start, end });
    }
    if (marks.length) out.marks = marks.sort((a, b) => a.start - b.start);
    if (rs.images.length) out.images = rs.images.map((i) => ({ ...i, at: Math.min(i.at, text.length) }));
    if (rs.table) out.table = rs.table;
    if (rs.list) out.list = rs.list;
    return out;
  }
}
