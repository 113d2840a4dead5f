/**
 * What a Linter keeps from one check to the next so that a re-check after an edit redoes only what
 * the edit touched: each block text's entry (analysis, rule results, memos), each document rule's
 * last reports, and the last check as a whole, lined up with a document that gained or lost blocks.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import type { Block, Finding, Report, RuleReport } from './types';
import { blockFindingsInOrder, countBlock, type MergedBlocks, type StatTotals } from './report-parts';
import type { CueScan } from './profile-cue-scan';
import { droppedRange, realign, type Shift } from './realign';

/** Every block rule's findings for one block: made for one block id and one set of rules. */
export interface BlockFindings {
  blockId: string;
  ruleIds: string;
  findings: Finding[];
  /** The same in report order, or null if one is shown at another block (see blockFindingsInOrder). */
  inOrder: Finding[] | null;
}

export interface TextEntry {
  /** Its key in Linter.entries (entryKeyFor). */
  key: string;
  analysis: BlockAnalysis;
  /**
   * Block-rule results (relative to the block) by the rule's RuleRun.blockSlot; a hole for a rule not run
   * on it yet. A list, not a Map: a handful of rules, and a Map's table costs about 300 bytes more a block.
   */
  results: (RuleReport[] | undefined)[];
  /** Every block rule's findings for this text, made for one block id and one set of rules. */
  blockFindings?: BlockFindings;
  /**
   * Document rules' per-block results, by slot: each memo key (a string) or shared key (an object) gets
   * a slot number once per Linter (Linter.slotOf), so a lookup is an array read, not a hash of the key.
   */
  slots: unknown[];
  /** How many blocks of the last finished check have this text: at 0 the entry is dropped. */
  uses: number;
}

/** A document rule's reports in one run, each with the block it named (looked up by id) and the finding made of it. */
export interface DocumentMade {
  reports: RuleReport[];
  blocks: (Block | undefined)[];
  /** Each report's block's index in that check's document (-1: none), so the next check can tell it has not moved. */
  indexes: number[];
  findings: Finding[];
  /** How far the next run has matched its reports against these. */
  at: number;
  /** The block each finding is shown at (findingBlock), in the same order. */
  shownAt: number[];
  /** The check that made these (the engine's generation), or the last that kept them (Rule.readsOfBlock). */
  generation: number;
  /** The per-block indexes the rule asked for, so a check that keeps its findings still patches them. */
  asked: Map<unknown, (ab: AnalysedBlock) => unknown>;
}

/** What the last lint saw, so a lint of the very same blocks can return its report at once. */
export interface LastLint {
  configKey: string;
  profilesKey: string;
  generation: number;
  blocks: readonly Block[];
  entries: TextEntry[];
  analysed: AnalysedBlock[];
  report: Report;
  blockIndex: Map<string, number>;
  totals: StatTotals;
  blockRuleIds: string;
  /** Each block's block-rule findings, by block index. */
  byBlock: BlockFindings[];
  /** Each block's findings in report order (byBlock[i].inOrder), in an array of their own: the merge reads it block after block. */
  inOrder: (Finding[] | null)[];
  /** The pass over the blocks' cues behind the kinds of document found (null when they were chosen in settings). */
  cueScan: CueScan | null;
  /** Each block's findings as merged with the document rules' (mergeInOrder), or null when the report was sorted the long way. */
  merged: MergedBlocks | null;
}

export const NO_RESULTS: RuleReport[] = [];
export const NO_FINDINGS: Finding[] = [];
/**
 * The empty list perBlock gives for every block whose list is empty: rules only read it. Not frozen:
 * V8 cannot iterate a frozen (or sealed) array without allocating, and a rule's `for (const x of
 * per[i])` over every block of a long document made megabytes of garbage on every re-check.
 * Linter checks it is still empty after each check (listStillEmpty), so a rule that adds to it fails at once.
 */
export const NO_ITEMS: readonly never[] = [];

/** Throws if a rule has added to the shared empty list (NO_ITEMS), which would then stand for every empty block. */
export function listStillEmpty(): void {
  if (NO_ITEMS.length === 0) return;
  (NO_ITEMS as unknown as unknown[]).length = 0;
  throw new Error('A document rule changed an empty list that ctx.perBlock gave it: copy a list before changing it.');
}
/** Stands for a memo whose value is `undefined`, so an empty slot and a stored `undefined` differ. */
export const NO_VALUE = Symbol('no value');

/**
 * A block's findings for the same text under a new id. Only for findings all shown at their own block
 * (inOrder is not null): each names the block by id as blockId (when it has a range) and anchorBlockId.
 */
export function movedTo(made: BlockFindings, blockId: string): BlockFindings {
  const from = made.blockId;
  const findings = made.findings.map((f) => ({ ...f, blockId: f.blockId === from ? blockId : f.blockId, anchorBlockId: f.anchorBlockId === from ? blockId : f.anchorBlockId }));
  return { blockId, ruleIds: made.ruleIds, findings, inOrder: blockFindingsInOrder(findings, blockId) };
}

/** Stands for the blocks between the kept top and bottom of a lined-up check (linedUp): no block is one of them. */
const NO_BLOCK: Block = { id: '\u0000', kind: 'paragraph', text: '' };
const NO_ENTRY: TextEntry = { key: '\u0000', analysis: { masked: '', sentences: [], words: [], wordCount: 0, syllables: 0 }, results: [], slots: [], uses: Infinity };

/**
 * The last check as if it had had the new document's number of blocks (realign.ts): its top blocks in
 * place, its bottom blocks' entries and findings moved to their new places (their blocks stand as
 * new, so each is given its new place), and the blocks in between as new blocks, their word counts
 * taken away.
 */
export function linedUp(last: LastLint, shift: Shift): LastLint {
  const totals = { ...last.totals };
  const [from, to] = droppedRange(shift);
  for (let i = from; i < to; i++) countBlock(totals, last.blocks[i]!.kind, last.entries[i]!.analysis, -1);
  const top: Shift = { ...shift, suffix: 0 };
  const noAnalysed: AnalysedBlock = { block: NO_BLOCK, index: -1, analysis: NO_ENTRY.analysis };
  return {
    ...last,
    blocks: realign(last.blocks, top, NO_BLOCK),
    entries: realign(last.entries, shift, NO_ENTRY),
    analysed: realign(last.analysed, top, noAnalysed),
    byBlock: realign(last.byBlock, shift, undefined as unknown as BlockFindings),
    inOrder: realign(last.inOrder, shift, null),
    merged: last.merged && { own: realign(last.merged.own, shift, null), more: realign(last.merged.more, shift, undefined), merged: realign(last.merged.merged, shift, undefined) },
    totals,
  };
}

/** Whether two blocks have the same entryKeyFor, without making it when their parts are the same objects. */
export function sameEntryKey(a: Block, b: Block): boolean {
  if (a === b) return true;
  if (a.text !== b.text || a.kind !== b.kind || (a.level ?? '') !== (b.level ?? '')) return false;
  return a.structure === b.structure || entryKeyFor(a) === entryKeyFor(b);
}

/**
 * What a block's analysis and results depend on: its kind, level and text,
 * and its structure (links, images, marks) when the source carries one, so
 * a changed link target is a changed block for rules that read structure.
 */
export function entryKeyFor(block: Block): string {
  const shape = block.structure ? `\u0000${JSON.stringify(block.structure)}` : '';
  return `${block.kind}\u0000${block.level ?? ''}\u0000${block.text}${shape}`;
}

/** What changed since the last check, for dropUnused (null: no last check to go by). */
export interface EntriesSince {
  /** The last check's entries, lined up with this check's blocks. */
  before: readonly TextEntry[];
  changed: readonly number[];
  /** The last check's entries as they were, and the range of them whose blocks were taken out (realign.ts). */
  last: readonly TextEntry[];
  dropped: [number, number] | null;
}

/**
 * Drops cache entries for text no longer in the document: each entry counts the blocks using it.
 * (Entries made by a check dropped part way are counted when a later check uses them.)
 */
export function dropUnused(entries: Map<string, TextEntry>, blockEntries: readonly TextEntry[], since: EntriesSince | null): void {
  if (since) {
    const { before, changed, last, dropped } = since;
    // Counts up first, then down: two paragraphs that swapped places keep their entries.
    for (const i of changed) blockEntries[i]!.uses++;
    const drop = (old: TextEntry) => {
      if (--old.uses <= 0 && entries.get(old.key) === old) entries.delete(old.key);
    };
    for (const i of changed) drop(before[i]!);
    if (dropped) {
      const [from, to] = dropped;
      for (let i = from; i < to; i++) drop(last[i]!);
    }
  } else {
    for (const entry of entries.values()) entry.uses = 0;
    for (const entry of blockEntries) entry.uses++;
    for (const [k, entry] of entries) if (entry.uses === 0) entries.delete(k);
  }
}
