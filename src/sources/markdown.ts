/**
 * Markdown → SourceDoc. Headings keep their level; paragraphs, list items and
 * table cells become blocks. Inline markup (emphasis, links, code marks,
 * escapes, entities) is removed from the block text, and a segment map of
 * text nodes lets locate() give the exact offset in the file for any block
 * offset.
 *
 * Pipe tables are not CommonMark; they are recognised here (a header row and
 * a `---|---` row) and each cell is parsed on its own.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, BlockImage, BlockKind, BlockListItem, BlockStructure, BlockTableCell, MarkKind, TextDoc } from '../engine';
import { lineColumn, lineStarts } from './plain-text';
import type { SourceDoc, SourcePosition } from './types';

interface Segment {
  blockOffset: number;
  sourceOffset: number;
  length: number;
}

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  alt?: string | null;
  url?: string;
  identifier?: string;
  ordered?: boolean | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface Pending {
  text: string;
  segments: Segment[];
  /** Links, images and bold or italic stretches, at offsets in `text`. */
  links?: { href: string; start: number; end: number }[];
  images?: BlockImage[];
  marks?: { kind: MarkKind; start: number; end: number }[];
}

/** Link targets of reference links ([text][ref]), by identifier. */
type Definitions = Map<string, string>;

const TABLE_RULE = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

/**
 * Line up a node's value with its source slice. They differ where markup was
 * removed: escapes (\*), entities (&amp;), blockquote markers and indentation
 * on continuation lines. Each stretch of matching characters is one segment.
 */
function align(value: string, source: string, base: number, out: Pending): void {
  let s = 0;
  for (let v = 0; v < value.length; v++) {
    const ch = value[v]!;
    // A Windows line ending is one break: the \n that follows stands for it.
    if (ch === '\r' && value[v + 1] === '\n') {
      if (source[s] === '\r') s++;
      continue;
    }
    let at = -1;
    while (s < source.length) {
      const c = source[s]!;
      // An entity (&amp;) stands for one character; checked first, since "&amp;" also starts with "&".
      const entity = c === '&' ? /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(source.slice(s, s + 40)) : null;
      if (entity) {
        at = s;
        s += entity[0].length;
        break;
      }
      if (c === ch) {
        at = s++;
        break;
      }
      if (c === '\\' && source[s + 1] === ch) {
        at = s + 1;
        s += 2;
        break;
      }
      // Indentation and blockquote markers on continuation lines are markup.
      if (/[ \t\r>]/.test(c)) {
        s++;
        continue;
      }
      break;
    }
    const blockOffset = out.text.length;
    const last = out.segments[out.segments.length - 1];
    if (at >= 0 && last && last.blockOffset + last.length === blockOffset && last.sourceOffset + last.length === base + at) last.length++;
    else if (at >= 0) out.segments.push({ blockOffset, sourceOffset: base + at, length: 1 });
    // Line breaks inside a paragraph read as spaces; the length stays the same.
    out.text += ch === '\n' ? ' ' : ch;
  }
}

function collectInline(node: MdNode, source: string, base: number, out: Pending, defs: Definitions = new Map()): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      if (node.value && start !== undefined && end !== undefined) {
        // Code spans start with their backtick fence, which is markup.
        const fence = node.type === 'inlineCode' ? (/^`+/.exec(source.slice(start, end))?.[0].length ?? 0) : 0;
        align(node.value, source.slice(start + fence, end), base + start + fence, out);
      } else if (node.value) out.text += node.value.replace(/\r?\n/g, ' ');
      return;
    case 'break':
      out.text += ' ';
      return;
    case 'image':
    case 'imageReference':
      // Markdown cannot mark an image as decoration: empty alt text is taken as none.
      (out.images ??= []).push({ alt: node.alt?.trim() ? node.alt.replace(/\s+/g, ' ').trim() : null, decorative: false, at: out.text.length });
      return;
    case 'html':
    case 'footnoteReference':
      return;
    case 'link':
    case 'linkReference':
    case 'strong':
    case 'emphasis': {
      const from = out.text.length;
      for (const child of node.children ?? []) collectInline(child, source, base, out, defs);
      const to = out.text.length;
      if (node.type === 'strong' || node.type === 'emphasis') {
        (out.marks ??= []).push({ kind: node.type === 'strong' ? 'bold' : 'italic', start: from, end: to });
      } else {
        const href = node.type === 'link' ? (node.url ?? '') : (defs.get((node.identifier ?? '').toLowerCase()) ?? '');
        (out.links ??= []).push({ href, start: from, end: to });
      }
      return;
    }
    default:
      for (const child of node.children ?? []) collectInline(child, source, base, out, defs);
  }
}

/** A block's structure from what its inline content gathered, offsets moved by the trimmed lead. */
function structureOf(p: Pending, lead: number, text: string, place: { table?: BlockTableCell; list?: BlockListItem }, carried: BlockImage[]): BlockStructure {
  const clamp = (n: number) => Math.min(Math.max(n - lead, 0), text.length);
  const out: BlockStructure = {};
  const links = (p.links ?? [])
    .map((l) => {
      let start = clamp(l.start);
      let end = clamp(l.end);
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return { text: text.slice(start, end), href: l.href, start, end };
    })
    .filter((l) => l.end > l.start);
  if (links.length) out.links = links.sort((a, b) => a.start - b.start);
  const marks = (p.marks ?? []).map((m) => ({ kind: m.kind, start: clamp(m.start), end: clamp(m.end) })).filter((m) => m.end > m.start);
  if (marks.length) out.marks = marks.sort((a, b) => a.start - b.start);
  const images = [...carried, ...(p.images ?? []).map((i) => ({ ...i, at: clamp(i.at) }))];
  if (images.length) out.images = images;
  if (place.table) out.table = place.table;
  if (place.list) out.list = place.list;
  return out;
}

/** Link definitions anywhere in the tree ([ref]: https://…). */
function definitionsOf(node: MdNode, defs: Definitions = new Map()): Definitions {
  for (const child of node.children ?? []) {
    if (child.type === 'definition' && child.identifier && child.url !== undefined) defs.set(child.identifier.toLowerCase(), child.url);
    else definitionsOf(child, defs);
  }
  return defs;
}

function trimPending(p: Pending): Pending {
  const lead = p.text.length - p.text.trimStart().length;
  const text = p.text.trim();
  const segments = p.segments
    .map((s) => {
      const cut = Math.max(0, lead - s.blockOffset);
      return { blockOffset: Math.max(0, s.blockOffset - lead), sourceOffset: s.sourceOffset + cut, length: s.length - cut };
    })
    .filter((s) => s.length > 0 && s.blockOffset < text.length);
  return { text, segments };
}

/**
 * YAML front matter ("---", "title: …", "---") is data about the file, not
 * its text: Markdown itself would read its last line as a heading. It is
 * blanked out (line breaks kept, so every position in the file stays put).
 */
export function withoutFrontMatter(source: string): string {
  if (!/^---[ \t]*\r?\n/.test(source)) return source;
  const lines = source.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && i < 200 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line));
  if (end < 0) return source;
  const body = lines.slice(1, end);
  // Keys ("title: …"), indented or listed values, and blank lines only.
  if (!body.some((l) => /^[\w-]+:/.test(l)) || !body.every((l) => /^(?:[\w-]+:|[ \t-]|\r?$)/.test(l))) return source;
  const length = lines.slice(0, end + 1).join('\n').length;
  return source.slice(0, length).replace(/[^\r\n]/g, ' ') + source.slice(length);
}

export function parseMarkdown(source: string, meta: TextDoc['meta'] = {}): SourceDoc {
  const blocks: Block[] = [];
  const segmentsById = new Map<string, Segment[]>();

  let carried: BlockImage[] = [];
  const add = (kind: BlockKind, p: Pending, level?: number, place: { table?: BlockTableCell; list?: BlockListItem } = {}) => {
    const t = trimPending(p);
    if (!t.text) {
      // An image on its own line goes with the next block.
      for (const image of p.images ?? []) carried.push({ ...image, at: 0 });
      return;
    }
    const id = `b${blocks.length}`;
    const block: Block = { id, kind, text: t.text };
    if (level !== undefined) block.level = level;
    block.structure = structureOf(p, p.text.length - p.text.trimStart().length, t.text, place, carried);
    carried = [];
    blocks.push(block);
    segmentsById.set(id, t.segments);
  };

  const root = fromMarkdown(withoutFrontMatter(source)) as MdNode;
  const defs = definitionsOf(root);
  const inline = (node: MdNode, text: string, base: number): Pending => {
    const out: Pending = { text: '', segments: [] };
    collectInline(node, text, base, out, defs);
    return out;
  };
  let tableCount = 0;

  /** Cells of a pipe table written as a paragraph, each parsed as inline Markdown. */
  const tableCells = (start: number, end: number): boolean => {
    const slice = source.slice(start, end);
    const lines = slice.split('\n');
    if (lines.length < 2 || !lines[0]!.includes('|') || !TABLE_RULE.test(lines[1]!) || !lines[1]!.includes('-')) return false;
    let lineStart = start;
    const table = tableCount++;
    lines.forEach((line, i) => {
      if (i !== 1) {
        const cell = /(?:\\\||[^|])+/g;
        let m: RegExpExecArray | null;
        let col = 0;
        while ((m = cell.exec(line))) {
          if (!m[0].trim()) continue;
          const cellStart = lineStart + m.index;
          const cellSource = source.slice(cellStart, cellStart + m[0].length);
          // A pipe table's first row is always its header row.
          const place = { table: { table, row: i === 0 ? 0 : i - 1, col, header: i === 0 } };
          for (const child of (fromMarkdown(cellSource) as MdNode).children ?? []) {
            add('table-cell', inline(child, cellSource, cellStart), undefined, place);
          }
          col++;
        }
      }
      lineStart += line.length + 1;
    });
    return true;
  };

  const walk = (node: MdNode, kind: BlockKind | null, list?: BlockListItem) => {
    for (const child of node.children ?? []) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      switch (child.type) {
        case 'heading':
          add('heading', inline(child, source, 0), child.depth ?? 1);
          break;
        case 'paragraph':
          if (kind === null && start !== undefined && end !== undefined && tableCells(start, end)) break;
          add(kind ?? 'paragraph', inline(child, source, 0), undefined, kind === 'list-item' && list ? { list } : {});
          break;
        case 'list':
          walk(child, 'list-item', { ordered: !!child.ordered, depth: (list?.depth ?? 0) + 1 });
          break;
        case 'listItem':
        case 'blockquote':
          walk(child, child.type === 'listItem' ? 'list-item' : kind, list);
          break;
        // code blocks, html, thematic breaks and definitions are not prose.
        default:
          break;
      }
    }
  };

  walk(root, null);

  const starts = lineStarts(source);
  const doc: TextDoc = { blocks, meta, structured: true };
  return {
    doc,
    locate(blockId: string, offset: number): SourcePosition | null {
      const segs = segmentsById.get(blockId);
      if (!segs?.length) return null;
      let seg = segs[0]!;
      for (const s of segs) if (s.blockOffset <= offset) seg = s;
      const delta = Math.min(offset - seg.blockOffset, seg.length);
      const sourceOffset = seg.sourceOffset + Math.max(0, delta);
      return { offset: sourceOffset, ...lineColumn(starts, sourceOffset) };
    },
  };
}
