/**
 * Helpers for the rules that read a document's shape (links, images,
 * headings, tables, styling) rather than its words. Every one of them says
 * nothing for a document without structure (plain text, PDF).
 */
import { carriesStructure, type AnalysedBlock, type BlockMark, type DocumentContext, type MarkKind } from '../../src/engine';

/** Found once per check (ctx.blocks is the check's own list): several rules ask, and a plain-text document answers only after reading every block. */
const STRUCTURED = new WeakMap<object, boolean>();

export function hasStructure(ctx: Pick<DocumentContext, 'doc'> & { blocks?: object }): boolean {
  if (!ctx.blocks) return carriesStructure(ctx.doc);
  let structured = STRUCTURED.get(ctx.blocks);
  if (structured === undefined) STRUCTURED.set(ctx.blocks, (structured = carriesStructure(ctx.doc)));
  return structured;
}

/** Lower case, curly quotes straightened, punctuation and arrows round the edges and repeated spaces gone. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'([{<›»→>.:,;!…-]+|[\s"')\]}>›»→.:,;!…-]+$/g, '');
}

/** True when the marks of one kind cover every letter and digit of the text. */
export function wholly(text: string, marks: readonly BlockMark[] | undefined, kind: MarkKind): boolean {
  if (!marks?.length || !/[\p{L}\p{N}]/u.test(text)) return false;
  const covered = new Uint8Array(text.length);
  for (const m of marks) if (m.kind === kind) covered.fill(1, m.start, m.end);
  for (let i = 0; i < text.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(text[i]!)) return false;
  return true;
}

/** A few words of a block, to say which image or table a finding means. */
export function shortQuote(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/** Words in running text (headings left out), as the reading statistics count them. */
export function runningWords(blocks: readonly AnalysedBlock[]): number {
  let n = 0;
  for (const ab of blocks) if (ab.block.kind !== 'heading') n += ab.analysis.wordCount;
  return n;
}

/** The stretches of one kind of mark, with stretches that touch (or have only spaces between them) joined. */
export function joinedMarks(text: string, marks: readonly BlockMark[] | undefined, kind: MarkKind): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of [...(marks ?? [])].filter((x) => x.kind === kind).sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end + 1 && !text.slice(last.end, m.start).trim()) last.end = Math.max(last.end, m.end);
    else out.push({ start: m.start, end: m.end });
  }
  return out;
}
