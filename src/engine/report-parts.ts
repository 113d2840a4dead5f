/**
 * The parts of a report that a re-check updates block by block instead of
 * rebuilding: the order of findings and the document's word and sentence counts.
 */
import type { AnalysedBlock } from './rule';
import { fleschKincaidGrade, round1, type BlockAnalysis } from './text';
import type { Block, DocStats, Finding } from './types';

function position(f: Finding, blockIndex: Map<string, number>): [number, number] {
  const id = f.blockId ?? f.anchorBlockId;
  const index = id !== null ? (blockIndex.get(id) ?? -1) : -1;
  return [index, f.start ?? -1];
}

/** The block a finding is shown at (-1: none, shown first). */
export function findingBlock(f: Finding, blockIndex: Map<string, number>): number {
  const id = f.blockId ?? f.anchorBlockId;
  return id !== null ? (blockIndex.get(id) ?? -1) : -1;
}

/** Order of two findings at the same block: by start, end, rule and message. */
export function compareInBlock(a: Finding, b: Finding): number {
  return (
    (a.start ?? -1) - (b.start ?? -1) ||
    (a.end ?? -1) - (b.end ?? -1) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function compareFindings(a: Finding, b: Finding, blockIndex: Map<string, number>): number {
  const [ai, as] = position(a, blockIndex);
  const [bi, bs] = position(b, blockIndex);
  return ai - bi || as - bs || compareInBlock(a, b);
}

/**
 * Findings in document order. They are put in one bucket per block first and
 * only each bucket is sorted: a block holds a few findings, a long document
 * thousands, so this costs little more than reading them.
 */
export function sortFindings(findings: Finding[], blockIndex: Map<string, number>): Finding[] {
  const buckets = new Map<number, Finding[]>();
  for (const f of findings) {
    const [index] = position(f, blockIndex);
    const bucket = buckets.get(index);
    if (bucket) bucket.push(f);
    else buckets.set(index, [f]);
  }
  const order = [...buckets.keys()].sort((a, b) => a - b);
  const sorted: Finding[] = [];
  for (const index of order) {
    const bucket = buckets.get(index)!;
    if (bucket.length > 1) bucket.sort((a, b) => compareFindings(a, b, blockIndex));
    for (const f of bucket) sorted.push(f);
  }
  return sorted;
}

/**
 * One block's findings from the block rules in report order, or null when one of them is shown at
 * another block (then the whole report is sorted the long way). Sorting is stable, so these
 * followed by the document rules' findings at the block, sorted again, give sortFindings' order.
 */
export function blockFindingsInOrder(findings: Finding[], blockId: string): Finding[] | null {
  for (const f of findings) if ((f.blockId ?? f.anchorBlockId) !== blockId) return null;
  return findings.length > 1 ? [...findings].sort(compareInBlock) : findings;
}

/**
 * What mergeInOrder made block by block, kept for the next check: each block's own findings in order,
 * the document rules' findings shown there (in the order they were made), and the two merged. A block
 * whose own list is the same array and whose document findings are the same objects in the same order
 * takes its merged list as it was, without comparing a finding.
 */
export interface MergedBlocks {
  own: readonly (Finding[] | null)[];
  more: readonly (Finding[] | undefined)[];
  merged: readonly (Finding[] | undefined)[];
}

/**
 * sortFindings(every block finding followed by the document findings), made from each block's
 * findings already in order (blockFindingsInOrder) so only the document rules' findings are sorted,
 * block by block, and merged in. `documentAt[k]` is the block documentFindings[k] is shown at (-1:
 * none). Null when a block's findings are not in order (see above). `last`: the last check's blocks,
 * lined up with these, so a block nothing changed at is not merged again.
 */
export function mergeInOrder(
  inOrder: readonly (Finding[] | null)[],
  documentFindings: readonly Finding[],
  documentAt: readonly number[],
  last: MergedBlocks | null = null,
): { findings: Finding[]; blocks: MergedBlocks } | null {
  // The document rules' findings by block index, in a plain array (a Map keyed by number costs more on a long document).
  const atBlock: (Finding[] | undefined)[] = new Array<Finding[] | undefined>(inOrder.length);
  const merged: (Finding[] | undefined)[] = new Array<Finding[] | undefined>(inOrder.length);
  let before: Finding[] | undefined;
  for (let k = 0; k < documentFindings.length; k++) {
    const f = documentFindings[k]!;
    const index = documentAt[k]!;
    if (index < 0) (before ??= []).push(f);
    else {
      const bucket = atBlock[index];
      if (bucket) bucket.push(f);
      else atBlock[index] = [f];
    }
  }
  const sorted: Finding[] = [];
  if (before) for (const f of before.length > 1 ? before.sort(compareInBlock) : before) sorted.push(f);
  const lastOwn = last && last.own.length === inOrder.length ? last.own : null;
  for (let i = 0; i < inOrder.length; i++) {
    const own = inOrder[i]!;
    if (!own) return null;
    const more = atBlock[i];
    if (!more) {
      for (let k = 0; k < own.length; k++) sorted.push(own[k]!);
      continue;
    }
    let seg: Finding[] | undefined;
    if (lastOwn !== null && lastOwn[i] === own && sameList(last!.more[i], more)) seg = last!.merged[i];
    if (seg === undefined) {
      // Sorting is stable, and own findings come first: on a tie the block rule's finding goes first.
      const theirs = more.length > 1 ? [...more].sort(compareInBlock) : more;
      if (own.length === 0) seg = theirs;
      else {
        seg = [];
        let a = 0;
        let b = 0;
        while (a < own.length && b < theirs.length) seg.push(compareInBlock(own[a]!, theirs[b]!) <= 0 ? own[a++]! : theirs[b++]!);
        while (a < own.length) seg.push(own[a++]!);
        while (b < theirs.length) seg.push(theirs[b++]!);
      }
    }
    merged[i] = seg;
    for (let k = 0; k < seg.length; k++) sorted.push(seg[k]!);
  }
  return { findings: sorted, blocks: { own: inOrder, more: atBlock, merged } };
}

function sameList(a: readonly Finding[] | undefined, b: readonly Finding[]): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Running totals behind DocStats, kept so a re-check adds and takes away the changed blocks only. */
export interface StatTotals {
  words: number;
  sentences: number;
  syllables: number;
  paragraphs: number;
}

export function emptyTotals(): StatTotals {
  return { words: 0, sentences: 0, syllables: 0, paragraphs: 0 };
}

/** Adds (sign 1) or takes away (sign -1) one block. Sentences in running text only: headings are labels, not sentences. */
export function countBlock(totals: StatTotals, kind: Block['kind'], analysis: BlockAnalysis, sign: 1 | -1): void {
  if (kind === 'heading' || analysis.wordCount === 0) return;
  totals.paragraphs += sign;
  totals.words += sign * analysis.wordCount;
  totals.sentences += sign * analysis.sentences.length;
  totals.syllables += sign * analysis.syllables;
}

export function statsFrom({ words, sentences, syllables, paragraphs }: StatTotals): DocStats {
  const grade = fleschKincaidGrade(words, sentences, syllables);
  return {
    words,
    sentences,
    paragraphs,
    averageSentenceLength: sentences ? round1(words / sentences) : 0,
    fleschKincaidGrade: round1(Math.max(0, grade)),
    readingAge: words ? round1(Math.max(5, grade + 5)) : 0,
  };
}

export function totalsOf(blocks: readonly AnalysedBlock[]): StatTotals {
  const totals = emptyTotals();
  for (const { block, analysis } of blocks) countBlock(totals, block.kind, analysis, 1);
  return totals;
}

export function computeStats(blocks: readonly AnalysedBlock[]): DocStats {
  return statsFrom(totalsOf(blocks));
}
