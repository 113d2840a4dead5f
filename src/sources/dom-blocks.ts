/**
 * Any standard DOM → TextDoc. Used for HTML files (with linkedom in Node) and
 * for web pages in the extension (the real DOM), so it touches nothing but
 * standard Node/Element properties.
 *
 * Each block remembers which text nodes its characters came from
 * (`segments`), so a caller can turn a block range back into a DOM Range.
 * Whitespace is collapsed as a browser renders it: runs of spaces, tabs and
 * line breaks become one space; leading and trailing spaces are dropped.
 */
import type { Block, BlockKind, TextDoc } from '../engine';
import { StructureTracker, type RunStructure } from './dom-structure';

export interface DomSegment {
  node: Text;
  /** Where this run of characters starts in the block text. */
  blockOffset: number;
  /** Where it starts in node.data. */
  nodeOffset: number;
  length: number;
}

export interface DomBlocksOptions {
  /** Prefix for block ids, so blocks from several frames or fields do not clash. */
  idPrefix?: string;
  /** Return true to leave an element (and everything in it) out. */
  skip?: (el: Element) => boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never prose, or never meant to be read as part of the text. */
const SKIPPED = new Set([
  'nav', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'svg', 'button', 'select',
  'textarea', 'head', 'iframe', 'object', 'canvas', 'math', 'input', 'option', 'datalist', 'img',
  'video', 'audio', 'map',
]);

/** Elements whose text is one block of the given kind. */
function producedKind(name: string): { kind: BlockKind; level?: number } | null {
  if (/^h[1-6]$/.test(name)) return { kind: 'heading', level: Number(name[1]) };
  switch (name) {
    case 'p': case 'blockquote': case 'figcaption': case 'dt': case 'dd':
    case 'caption': case 'legend': case 'summary':
      return { kind: 'paragraph' };
    case 'li':
      return { kind: 'list-item' };
    case 'td': case 'th':
      return { kind: 'table-cell' };
    default:
      return null;
  }
}

/** Elements that break the line but hold no block of their own: loose text in them is a paragraph. */
const CONTAINERS = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'ul', 'ol', 'dl',
  'menu', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'details', 'figure',
  'address', 'hgroup', 'center', 'hr', 'search', 'dialog',
]);

/** Collapsible white space, as the browser collapses it: space, tab, line feed, carriage return, form feed. */
const isCollapsible = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

interface Run {
  kind: BlockKind;
  level?: number;
  /** The block text so far, in pieces (joined once, when the block ends). */
  parts: string[];
  length: number;
  segments: DomSegment[];
  /** A collapsed space is waiting to be written before the next visible character; where it came from. */
  pendingNode: Text | null;
  pendingOffset: number;
  /** Links, marks, images, table and list place gathered while the block is read. */
  structure: RunStructure;
}

/** What one slice of a walk read: the blocks it finished, and whether the walk is over. */
export interface DomBlocksSlice {
  blocks: Block[];
  segments: Map<string, DomSegment[]>;
  done: boolean;
}

interface Frame {
  /** The next child to read. */
  next: ChildNode | null;
  kind: BlockKind;
  level: number | undefined;
  /** The element is a block or a container: the block in progress ends with it. */
  flushAfter: boolean;
  /** Called when the element ends (a link, a bold run, a table closes). */
  exit?: () => void;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('data-doing-with') === 'off') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** How many nodes are read between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 32;

/**
 * A walk of a DOM tree into blocks that can stop and carry on later, so a very
 * large page is read in slices (see `readInSlices` in page.ts). A sliced walk
 * gives exactly the blocks and segments of a walk in one go: the block being
 * read when a slice stops is finished by the next slice.
 *
 * Text is gathered as slices of the text nodes' data (never a character at a
 * time), so reading a large page makes little garbage.
 */
export class DomBlockReader {
  private readonly prefix: string;
  private readonly skip: ((el: Element) => boolean) | undefined;
  private readonly stack: Frame[] = [];
  private count = 0;
  private run: Run | null = null;
  private out: DomBlocksSlice = { blocks: [], segments: new Map(), done: false };
  private readonly structure = new StructureTracker(() => this.run, () => this.ensureRun());
  /** Kind of the element being read, for a run started by something other than text (an image). */
  private currentKind: BlockKind = 'paragraph';
  private currentLevel: number | undefined;

  constructor(root: Element, options: DomBlocksOptions = {}) {
    this.prefix = options.idPrefix ?? '';
    this.skip = options.skip;
    const rootName = root.localName.toLowerCase();
    const produced = producedKind(rootName);
    if (!(SKIPPED.has(rootName) || isHidden(root) || this.skip?.(root))) {
      this.stack.push({ next: root.firstChild, kind: produced?.kind ?? 'paragraph', level: produced?.level, flushAfter: true });
    }
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * Read on until the walk ends or `stop()` says so (it is asked every few
   * nodes, never before the first). Returns the blocks finished meanwhile.
   */
  read(stop?: () => boolean): DomBlocksSlice {
    const stack = this.stack;
    let n = 0;
    while (stack.length) {
      if (stop && ++n % NODES_PER_CLOCK_CHECK === 0 && stop()) break;
      const f = stack[stack.length - 1]!;
      const child = f.next;
      if (!child) {
        stack.pop();
        f.exit?.();
        if (f.flushAfter) this.flush();
        continue;
      }
      f.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        this.addText(child as Text, f.kind, f.level);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const c = child as Element;
      const name = c.localName.toLowerCase();
      if (name === 'img' && !isHidden(c) && !this.skip?.(c)) {
        this.currentKind = f.kind;
        this.currentLevel = f.level;
        this.structure.image(c);
        continue;
      }
      if (SKIPPED.has(name) || isHidden(c) || this.skip?.(c)) continue;
      if (name === 'br') {
        this.addBreak();
        continue;
      }
      const produced = producedKind(name);
      let frame: Frame;
      if (produced) {
        this.flush();
        // A paragraph inside a list item or table cell (as Word exports them) is still that item or cell.
        const inherit = produced.kind === 'paragraph' && (f.kind === 'list-item' || f.kind === 'table-cell');
        frame = { next: c.firstChild, kind: inherit ? f.kind : produced.kind, level: inherit ? f.level : produced.level, flushAfter: true };
      } else if (CONTAINERS.has(name)) {
        this.flush();
        // Loose text inside a container inside a list item or cell still belongs to it.
        frame = { next: c.firstChild, kind: f.kind, level: f.level, flushAfter: true };
      } else {
        frame = { next: c.firstChild, kind: f.kind, level: f.level, flushAfter: false };
      }
      const exit = this.structure.enter(c, name);
      if (exit) frame.exit = exit;
      stack.push(frame);
    }
    const out = this.out;
    out.done = stack.length === 0;
    if (out.done) {
      // Images after the last words (a logo at the end) go with the last block, when it is in this slice.
      const leftovers = this.structure.leftovers();
      const last = out.blocks[out.blocks.length - 1];
      if (last?.structure && leftovers.length) {
        last.structure.images = [...(last.structure.images ?? []), ...leftovers.map((i) => ({ ...i, at: last.text.length }))];
      }
    }
    this.out = { blocks: [], segments: new Map(), done: false };
    return out;
  }

  private flush(): void {
    const run = this.run;
    if (run && run.length) {
      const id = `${this.prefix}b${this.count++}`;
      const block: Block = { id, kind: run.kind, text: run.parts.length === 1 ? run.parts[0]! : run.parts.join('') };
      if (run.level !== undefined) block.level = run.level;
      block.structure = this.structure.finish(run.structure, block.text);
      this.out.blocks.push(block);
      this.out.segments.set(id, run.segments);
    } else if (run) {
      // A run with no text (an image on its own): its images go with the next block.
      this.structure.carry(run.structure);
    }
    this.run = null;
  }

  /** The run in progress, started if there is none (an image starts one so it knows its place). */
  private ensureRun(): Run {
    this.run ??= this.newRun(this.currentKind, this.currentLevel);
    return this.run;
  }

  private newRun(kind: BlockKind, level: number | undefined): Run {
    return { kind, level, parts: [], length: 0, segments: [], pendingNode: null, pendingOffset: 0, structure: this.structure.startRun(kind) };
  }

  /** Write `text` (visible characters, or one collapsed space) that starts at `nodeOffset` in `node`. */
  private push(r: Run, node: Text, nodeOffset: number, text: string): void {
    const last = r.segments[r.segments.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === nodeOffset && last.blockOffset + last.length === r.length) {
      last.length += text.length;
    } else {
      r.segments.push({ node, blockOffset: r.length, nodeOffset, length: text.length });
    }
    r.parts.push(text);
    r.length += text.length;
  }

  private addText(node: Text, kind: BlockKind, level: number | undefined): void {
    this.run ??= this.newRun(kind, level);
    const r = this.run;
    const data = node.data;
    const end = data.length;
    let i = 0;
    while (i < end) {
      if (isCollapsible(data.charCodeAt(i))) {
        // A space is written only once a visible character follows it; it maps to the first collapsed character.
        if (r.length && !r.pendingNode) {
          r.pendingNode = node;
          r.pendingOffset = i;
        }
        do i++;
        while (i < end && isCollapsible(data.charCodeAt(i)));
        continue;
      }
      const start = i;
      do i++;
      while (i < end && !isCollapsible(data.charCodeAt(i)));
      if (r.pendingNode) {
        this.push(r, r.pendingNode, r.pendingOffset, ' ');
        r.pendingNode = null;
      }
      const visible = start === 0 && i === end ? data : data.slice(start, i);
      // A no-break space reads as a space to every rule.
      this.push(r, node, start, visible.includes('\u00a0') ? visible.replaceAll('\u00a0', ' ') : visible);
    }
  }

  /** A <br> is a line break: as a space it keeps words apart. */
  private addBreak(): void {
    const run = this.run;
    if (run && run.length && !run.pendingNode) {
      // The space maps onto the last character before the break.
      const seg = run.segments[run.segments.length - 1];
      if (seg) {
        run.pendingNode = seg.node;
        run.pendingOffset = seg.nodeOffset + seg.length - 1;
      }
    }
  }
}

export function blocksFromDom(
  root: Element,
  options: DomBlocksOptions = {},
): { doc: TextDoc; segments: Map<string, DomSegment[]> } {
  const { blocks, segments } = new DomBlockReader(root, options).read();
  return { doc: { blocks, meta: {}, structured: true }, segments };
}

/** Map a block offset to a text node and an offset in it (for a DOM Range). */
export function domPosition(
  segments: DomSegment[],
  offset: number,
  edge: 'start' | 'end' = 'start',
): { node: Text; offset: number } | null {
  if (!segments.length) return null;
  // An end offset belongs to the character before it.
  const probe = edge === 'end' && offset > 0 ? offset - 1 : offset;
  let seg = segments[0]!;
  for (const s of segments) if (s.blockOffset <= probe) seg = s;
  const delta = Math.min(Math.max(probe - seg.blockOffset, 0), seg.length - (edge === 'end' ? 1 : 0));
  const nodeOffset = seg.nodeOffset + delta + (edge === 'end' && offset > 0 ? 1 : 0);
  return { node: seg.node, offset: Math.min(nodeOffset, seg.node.data.length) };
}
