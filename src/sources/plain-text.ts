/**
 * Plain text → TextDoc. Much of what users paste has no markup, so headings,
 * bullet items and paragraphs are recognised from the shape of the lines:
 *  - headings: short lines with no end punctuation, numbered headings
 *    ("2.1 Background"), short lines ending in a colon, lines in capitals;
 *  - list items: lines starting with -, *, •, ·, –, ▪, "1." / "1)" / "a)";
 *  - paragraphs: runs of other lines (wrapped lines are joined).
 * Block text is a same-length copy of the source slice (line breaks inside a
 * paragraph become spaces) so every block offset maps to a file offset.
 */
import type { Block, TextDoc } from '../engine';
import type { SourceDoc, SourcePosition } from './types';

interface Line {
  text: string;
  start: number;
}

interface Segment {
  /** Offset in the block text where this segment starts. */
  blockOffset: number;
  /** Offset in the source where it starts. */
  sourceOffset: number;
}

const BULLET = /^([ \t]*(?:[-*•·–▪●◦‣+]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t]+)(?=\S)/i;
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|(?:section|part|chapter|appendix|annex)\s+\w+[.:]?)\s+\S/i;
const QUESTION_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:what|how|when|why|who|where|which)\b[^.!;]*\?$/i;
const END_PUNCTUATION = /[.!?;,…"”)]$/;
const TRAILING_FUNCTION_WORD =
  /\s(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|into|about|is|are|was|were|will|be|we|our|your|their|that|which|who|as|if|than)$/i;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function looksLikeHeading(text: string, prevBlank: boolean, nextBlank: boolean, nextLine: string | undefined): boolean {
  const t = text.trim();
  if (!t || t.length > 90) return false;
  const words = wordCount(t);
  if (words > 12) return false;
  if (/:$/.test(t)) return words <= 8 && !/\b(?:https?|www)\b/i.test(t);
  // "What happens next?" or "8. How can I have my say?" on its own line heads the text after it.
  // A lone question with nothing after it is a sentence.
  if (QUESTION_HEADING.test(t)) return words <= 8 && (prevBlank || NUMBERED_HEADING.test(t)) && nextLine !== undefined;
  if (END_PUNCTUATION.test(t)) return false;
  // A line ending in "on", "the", "and"… or followed by a line starting in
  // lower case is a sentence wrapped over two lines, not a heading.
  if (TRAILING_FUNCTION_WORD.test(t)) return false;
  if (nextLine !== undefined && /^\s*\p{Ll}/u.test(nextLine)) return false;
  if (/^[\p{Lu}\d\s&'’,:\-–—/()]+$/u.test(t) && /\p{Lu}{2}/u.test(t)) return true;
  if (NUMBERED_HEADING.test(t) && words <= 10) return true;
  // A short unpunctuated line standing on its own, or followed by text.
  if (words <= 10 && (prevBlank || nextBlank || nextLine === undefined || /^\s*$/.test(nextLine))) return true;
  return words <= 6 && /^\p{Lu}/u.test(t);
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      let end = i;
      if (end > start && source[end - 1] === '\r') end--;
      lines.push({ text: source.slice(start, end), start });
      start = i + 1;
    }
  }
  return lines;
}

export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column for a source offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function parsePlainText(source: string, meta: TextDoc['meta'] = {}): SourceDoc {
  const text = source.replace(/^\uFEFF/, '\u0000').replace(/^\0/, ' ');
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const segments = new Map<string, Segment[]>();
  let para: { lines: Line[] } | null = null;

  const addBlock = (kind: Block['kind'], parts: Line[], level?: number) => {
    const id = `b${blocks.length}`;
    let blockText = '';
    const segs: Segment[] = [];
    parts.forEach((part, i) => {
      if (i > 0) blockText += ' ';
      segs.push({ blockOffset: blockText.length, sourceOffset: part.start });
      blockText += part.text;
    });
    // Trim while keeping the map right.
    const lead = blockText.length - blockText.trimStart().length;
    if (lead) {
      blockText = blockText.slice(lead);
      for (const s of segs) {
        const shift = Math.min(lead, s.blockOffset);
        s.sourceOffset += lead - shift;
        s.blockOffset = Math.max(0, s.blockOffset - lead);
      }
    }
    blockText = blockText.trimEnd();
    if (!blockText) return;
    const block: Block = { id, kind, text: blockText };
    if (level !== undefined) block.level = level;
    blocks.push(block);
    segments.set(id, segs);
  };

  const flush = () => {
    if (para) addBlock('paragraph', para.lines);
    para = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (!t.trim()) {
      flush();
      continue;
    }
    const prevBlank = i === 0 || !lines[i - 1]!.text.trim();
    const next = lines[i + 1]?.text;
    const nextBlank = next === undefined || !next.trim();
    const bullet = BULLET.exec(t);
    const numberedList = bullet && /\d|[a-z]\)/i.test(bullet[1]!);
    const prevIsListLike = i > 0 && BULLET.test(lines[i - 1]!.text);
    const nextIsListLike = next !== undefined && BULLET.test(next);
    if (bullet && !(numberedList && !prevIsListLike && !nextIsListLike && looksLikeHeading(t, prevBlank, nextBlank, next))) {
      flush();
      addBlock('list-item', [{ text: t.slice(bullet[1]!.length), start: line.start + bullet[1]!.length }]);
      continue;
    }
    // Tab-separated or pipe-separated rows are tables turned to text.
    if (/\t\S/.test(t.trim()) || /^\s*\|.*\|\s*$/.test(t)) {
      flush();
      if (/^[\s:|-]+$/.test(t)) continue; // markdown table rule
      const cellPattern = /[^\t|]+/g;
      let m: RegExpExecArray | null;
      while ((m = cellPattern.exec(t))) {
        if (m[0].trim()) addBlock('table-cell', [{ text: m[0], start: line.start + m.index }]);
      }
      continue;
    }
    if (!para && looksLikeHeading(t, prevBlank, nextBlank, next)) {
      const numbered = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s/.exec(t);
      const level = numbered ? Math.min(6, numbered[1]!.split('.').filter(Boolean).length + 1) : 2;
      addBlock('heading', [line], level);
      continue;
    }
    if (para) para.lines.push(line);
    else para = { lines: [line] };
    // A line ending in end punctuation followed by a line that starts like a
    // new paragraph, in text without blank lines, ends the paragraph when the
    // next line is short enough to be a heading.
    if (next !== undefined && next.trim() && looksLikeHeading(next, false, !lines[i + 2]?.text.trim(), lines[i + 2]?.text) && END_PUNCTUATION.test(t.trim())) flush();
  }
  flush();

  const starts = lineStarts(source);
  const hasBom = source.startsWith('\uFEFF');
  const doc: TextDoc = { blocks, meta };
  return {
    doc,
    locate(blockId: string, offset: number): SourcePosition | null {
      const segs = segments.get(blockId);
      if (!segs || !segs.length) return null;
      let seg = segs[0]!;
      for (const s of segs) if (s.blockOffset <= offset) seg = s;
      const sourceOffset = seg.sourceOffset + (offset - seg.blockOffset);
      const position = lineColumn(starts, sourceOffset);
      // Editors do not count a byte-order mark as a column.
      if (hasBom && position.line === 1) position.column -= 1;
      return { offset: sourceOffset, ...position };
    },
  };
}
