/**
 * The character-at-a-time walker that blocksFromDom replaced, kept as a
 * reference: the faster, sliceable walker must give exactly its blocks and
 * segments. Test-only; do not import from src/.
 */
import type { Block, BlockKind, TextDoc } from '../../src/engine';

interface DomSegment {
  node: Text;
  /** Where this run of characters starts in the block text. */
  blockOffset: number;
  /** Where it starts in node.data. */
  nodeOffset: number;
  length: number;
}

interface DomBlocksOptions {
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

const COLLAPSIBLE = /[ \t\n\r\f]/;

interface Run {
  kind: BlockKind;
  level?: number;
  text: string;
  segments: DomSegment[];
  /** True when the last character written is a collapsed space. */
  pendingSpace: boolean;
  pendingSpaceAt: { node: Text; offset: number } | null;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('data-doing-with') === 'off') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

export function referenceBlocksFromDom(
  root: Element,
  options: DomBlocksOptions = {},
): { doc: TextDoc; segments: Map<string, DomSegment[]> } {
  const prefix = options.idPrefix ?? '';
  const blocks: Block[] = [];
  const segments = new Map<string, DomSegment[]>();
  let run: Run | null = null;

  const newRun = (kind: BlockKind, level?: number): Run => ({
    kind, level, text: '', segments: [], pendingSpace: false, pendingSpaceAt: null,
  });

  const flush = () => {
    if (run && run.text) {
      const id = `${prefix}b${blocks.length}`;
      const block: Block = { id, kind: run.kind, text: run.text };
      if (run.level !== undefined) block.level = run.level;
      blocks.push(block);
      segments.set(id, run.segments);
    }
    run = null;
  };

  const push = (node: Text, nodeOffset: number, ch: string, r: Run) => {
    const last = r.segments[r.segments.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === nodeOffset && last.blockOffset + last.length === r.text.length) {
      last.length++;
    } else {
      r.segments.push({ node, blockOffset: r.text.length, nodeOffset, length: 1 });
    }
    r.text += ch;
  };

  const addText = (node: Text, kind: BlockKind, level: number | undefined) => {
    run ??= newRun(kind, level);
    const r: Run = run;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (COLLAPSIBLE.test(ch)) {
        // A space is written only once a visible character follows it.
        if (r.text && !r.pendingSpace) {
          r.pendingSpace = true;
          r.pendingSpaceAt = { node, offset: i };
        }
        continue;
      }
      if (r.pendingSpace && r.pendingSpaceAt) push(r.pendingSpaceAt.node, r.pendingSpaceAt.offset, ' ', r);
      r.pendingSpace = false;
      r.pendingSpaceAt = null;
      // A no-break space reads as a space to every rule.
      push(node, i, ch === '\u00a0' ? ' ' : ch, r);
    }
  };

  /** A <br> is a line break: as a space it keeps words apart. */
  const addBreak = () => {
    if (run && run.text && !run.pendingSpace) {
      run.pendingSpace = true;
      // The space maps onto the last character before the break.
      const seg = run.segments[run.segments.length - 1];
      run.pendingSpaceAt = seg ? { node: seg.node, offset: seg.nodeOffset + seg.length - 1 } : null;
    }
  };

  const walk = (el: Element, kind: BlockKind, level: number | undefined) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        addText(child as Text, kind, level);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const c = child as Element;
      const name = c.localName.toLowerCase();
      if (SKIPPED.has(name) || isHidden(c) || options.skip?.(c)) continue;
      if (name === 'br') {
        addBreak();
        continue;
      }
      const produced = producedKind(name);
      if (produced) {
        flush();
        // A paragraph inside a list item or table cell (as Word exports them) is still that item or cell.
        const inherit = produced.kind === 'paragraph' && (kind === 'list-item' || kind === 'table-cell');
        walk(c, inherit ? kind : produced.kind, inherit ? level : produced.level);
        flush();
      } else if (CONTAINERS.has(name)) {
        flush();
        // Loose text inside a container inside a list item or cell still belongs to it.
        walk(c, kind, level);
        flush();
      } else {
        walk(c, kind, level);
      }
    }
  };

  const rootName = root.localName.toLowerCase();
  const produced = producedKind(rootName);
  if (!(SKIPPED.has(rootName) || isHidden(root) || options.skip?.(root))) {
    walk(root, produced?.kind ?? 'paragraph', produced?.level);
    flush();
  }
  return { doc: { blocks, meta: {} }, segments };
}


