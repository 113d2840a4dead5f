/**
 * lint(doc, config) → Report. Pure: no browser API, no I/O.
 *
 * A Linter keeps three caches keyed by block text, so that checking a
 * document again after one paragraph changed re-analyses only that paragraph:
 *  - text analysis (sentences, words, masked text) — independent of config;
 *  - block-rule results per rule — cleared when the config changes;
 *  - document-rule memos — cleared when the config changes.
 * Entries not used by the latest lint are dropped, so memory follows the
 * size of the document being checked, not the history of edits.
 */
import type { Config } from './config';
import { resolveRuleSetting, withDefaults } from './config';
import type { AnalysedBlock, BlockContext, DocumentContext, Rule } from './rule';
import { analyseText, type BlockAnalysis } from './text';
import type { Block, Finding, ProfileId, ProfileMatch, Report, RuleReport, Severity, TextDoc } from './types';
import { blockFindingsInOrder, computeStats, countBlock, findingBlock, mergeInOrder, sortFindings, statsFrom, totalsOf, type StatTotals } from './report-parts';
import { cuesFor, readProfiles, scanCues, type CueScan } from './profiles';
import { blockSignals } from './profile-signals';
import { entryOf } from './profile-clauses';
import { sameCueInputs, sameProfileInputs } from './profile-inputs';
import { parse, type NlpView } from '../nlp';
import { resetTextIndex } from '../../rules/lib/pattern-anchors';
import { droppedRange, findShift, realign, realignInPlace, type Shift } from './realign';
import { FirstBlocks, type Changes } from './first-blocks';

/** Every block rule's findings for one block: made for one block id and one set of rules. */
interface BlockFindings {
  blockId: string;
  ruleIds: string;
  findings: Finding[];
  /** The same in report order, or null if one is shown at another block (see blockFindingsInOrder). */
  inOrder: Finding[] | null;
}

interface TextEntry {
  /** Its key in Linter.entries (entryKeyFor). */
  key: string;
  analysis: BlockAnalysis;
  /** Block-rule results by rule id (relative to the block). */
  results: Map<string, RuleReport[]>;
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
interface DocumentMade {
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

/** How many of the last run's reports a report is looked for among, from where the last match was (a few were added or dropped). */
const LOOK_AHEAD = 4;

/** Whether two reports make the same finding at the same block (toFinding reads nothing else but the settings). */
function sameReport(a: RuleReport, b: RuleReport): boolean {
  // A rule that keeps its reports from one check to the next gives the very same object.
  if (a === b) return true;
  if (a.message !== b.message || a.start !== b.start || a.end !== b.end || a.blockId !== b.blockId || a.severity !== b.severity) return false;
  if (a.example !== b.example || a.patternId !== b.patternId || a.anchorBlockId !== b.anchorBlockId || a.anchorOffset !== b.anchorOffset) return false;
  const x = a.suggestions;
  const y = b.suggestions;
  if (x === y) return true;
  if (x === undefined || y === undefined || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** One document rule's per-block results for the whole document, patched after an edit. */
interface BlockIndex {
  generation: number;
  values: unknown[];
}

interface RuleRun {
  rule: Rule;
  options: Record<string, unknown>;
  prepared<T>(build: () => T): T;
  toFinding(r: RuleReport, blockId: string | null): Finding;
}

/** What the last lint saw, so a lint of the very same blocks can return its report at once. */
interface LastLint {
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
}

const NLP_CACHE_LIMIT = 2000;
const NO_RESULTS: RuleReport[] = [];
const NO_FINDINGS: Finding[] = [];
/** The empty list perBlock gives for every block whose list is empty (frozen: rules only read these). */
const NO_ITEMS: readonly never[] = Object.freeze([]);
/** Stands for a memo whose value is `undefined`, so an empty slot and a stored `undefined` differ. */
const NO_VALUE = Symbol('no value');
/** How many blocks at the top of a new document are checked while the rest is still being read (about a screen or two). */
export const EARLY_BLOCKS = 40;

export class Linter {
  private readonly rules: Rule[];
  private entries = new Map<string, TextEntry>();
  private configKey = '';
  private nlpCache = new Map<string, NlpView>();
  private generation = 0;
  private last: LastLint | null = null;
  /** `${rule id}\u0000${memo key}`, built once per pair: memo() is called for every block by every document rule. */
  private memoKeys = new Map<string, Map<string, string>>();
  /** Each rule's memo keys' slots (see slotOf), found once per key: memo() is called for every block. */
  private memoSlots = new Map<string, Map<string, number>>();
  private indexes = new Map<unknown, BlockIndex>();
  /** Each document rule's reports in its last finished run, with the blocks they named and the findings made of them. */
  private documentMade = new Map<string, DocumentMade>();
  /** The slot in TextEntry.slots of each memo or shared key. */
  private slotOf = new Map<unknown, number>();
  /** Document rules' ctx.firstBlock answers, patched at the changed blocks from one check to the next. */
  private firsts = new FirstBlocks();

  constructor(rules: Rule[]) {
    this.rules = rules;
  }

  /** Rule metadata, e.g. for docs and the side panel. */
  get ruleList(): readonly Rule[] {
    return this.rules;
  }

  lint(doc: TextDoc, partialConfig: Partial<Config> = {}): Report {
    return runToEnd(this.lintInSteps(doc, partialConfig));
  }

  /**
   * The same check as lint(), pausing after each block and after each document rule so a caller can
   * give the thread back (a side panel, a page) and show findings so far. Running it to the end gives
   * exactly lint()'s report: lint() is this, run without pauses. A run dropped part way leaves the
   * caches sound (each holds only finished results), and the next run starts from what it cached.
   *
   * `blocksOnly`: for a document still arriving, run only the block rules (document rules see the
   * whole document, so they wait for it) and keep every cache entry, as the rest is still to come.
   */
  *lintInSteps(doc: TextDoc, partialConfig: Partial<Config> = {}, mode: { blocksOnly?: boolean } = {}): Generator<LintStep, Report, void> {
    const config = withDefaults(partialConfig);
    const key = JSON.stringify({ ...config, profiles: undefined });
    if (key !== this.configKey) {
      this.configKey = key;
      this.indexes.clear();
      this.documentMade.clear();
      this.firsts.clear();
      for (const entry of this.entries.values()) {
        entry.results.clear();
        entry.blockFindings = undefined;
        entry.slots = [];
      }
    }
    const generation = ++this.generation;
    let analysedBlocks = 0;
    // The pattern pre-tests' index of texts is kept for one check at a time.
    resetTextIndex();

    const total = doc.blocks.length;
    // A paragraph put in or taken out since the last check: the last check's arrays are lined up
    // with the new blocks (realign.ts), and the re-check goes on as after an edit within a block.
    let shift: Shift | null = null;
    /** New blocks' entries found while lining up, by index, so the reading below does not look them up again. */
    let lookedUp: (TextEntry | undefined)[] | null = null;
    let last = this.last;
    if (last !== null && last.configKey === key && last.blocks.length !== total) {
      const found: (TextEntry | undefined)[] = (lookedUp = new Array<TextEntry | undefined>(total));
      const { blocks: before, entries: entriesBefore } = last;
      const same = (o: number, n: number): boolean => {
        if (!sameEntryKey(before[o]!, doc.blocks[n]!)) return false;
        found[n] = entriesBefore[o];
        return true;
      };
      shift = findShift(before.length, total, same);
      last = linedUp(last, shift);
    }
    // The same number of blocks, checked with the same settings last time: start from the last
    // check's blocks and look again only at blocks that are new objects. An editor that keeps
    // unchanged blocks (and the side panel does) makes a re-check cost what the edit costs.
    const fromLast = last !== null && last.configKey === key && last.blocks.length === total ? last : null;
    // Entries and analysed blocks by block index, so rules do not rebuild and re-hash the block-text key.
    const blockEntries: TextEntry[] = fromLast ? fromLast.entries.slice() : new Array<TextEntry>(total);
    const blocks: AnalysedBlock[] = fromLast ? fromLast.analysed.slice() : new Array<AnalysedBlock>(total);
    /** Blocks that are new objects since the last check (all of them without one). */
    const touched: number[] = [];
    /** Of those, the blocks whose text (entry) changed: per-block results are worked out again there only. */
    const changed: number[] = [];
    // A block put in or taken out moves the blocks after it: the index of block ids is made again.
    let sameIds = fromLast !== null && shift === null;
    const nlp = (text: string) => this.nlp(text);
    // Made when first needed: a re-check with no change needs neither.
    let madeIndex: Map<string, number> | undefined;
    const indexOfBlocks = (): Map<string, number> => {
      if (madeIndex) return madeIndex;
      if (fromLast && sameIds) return (madeIndex = fromLast.blockIndex);
      madeIndex = new Map();
      for (let i = 0; i < total; i++) madeIndex.set(doc.blocks[i]!.id, i);
      return madeIndex;
    };
    let madeRuns: RuleRun[] | undefined;
    const configuredRuns = (): RuleRun[] => (madeRuns ??= this.configuredRuns(doc, config, key, indexOfBlocks()));
    // The top of a new document gets the rules that apply to every kind of document while it is
    // still being read, so a long page shows findings long before all of it is read and its kind
    // worked out. Their results are cached as usual: the check proper reuses them, so the report
    // is the same and no rule runs twice.
    let earlyRuns: RuleRun[] | undefined;
    const early: Finding[] = [];
    let read = 0;
    const earlyReport = (): Report => ({ findings: sortFindings(early, indexOfBlocks()), profiles: [], stats: computeStats(blocks.slice(0, read)), analysedBlocks });
    const lastBlocks = fromLast?.blocks;
    if (lastBlocks) {
      for (let index = 0; index < total; index++) {
        const block = doc.blocks[index]!;
        if (lastBlocks[index] === block) continue;
        touched.push(index);
        if (lastBlocks[index]!.id !== block.id) sameIds = false;
      }
    }
    for (let n = 0, count = lastBlocks ? touched.length : total; n < count; n++) {
      const index = lastBlocks ? touched[n]! : n;
      read = index;
      const block = doc.blocks[index]!;
      let entry = lookedUp?.[index];
      const entryKey = entry ? entry.key : entryKeyFor(block);
      entry ??= this.entries.get(entryKey);
      if (!entry) {
        entry = { key: entryKey, analysis: analyseText(block.text), results: new Map(), slots: [], uses: 0 };
        this.entries.set(entryKey, entry);
        analysedBlocks++;
        if (index < EARLY_BLOCKS) {
          const ab = { block, index, analysis: entry.analysis };
          earlyRuns ??= configuredRuns().filter((r) => r.rule.checkBlock && r.rule.meta.profiles === 'all');
          for (const run of earlyRuns) for (const r of this.blockResults(run, ab, entry, config, nlp)) early.push(run.toFinding(r, block.id));
        }
        yield { phase: 'reading', done: index + 1, total, report: earlyReport };
      }
      if (!fromLast || fromLast.entries[index] !== entry) changed.push(index);
      blockEntries[index] = entry;
      blocks[index] = { block, index, analysis: entry.analysis };
    }
    read = total;
    const touchedAll = lastBlocks ? touched : null;

    // Nothing changed since the last check (a re-check with no edit, or an edit
    // undone): the report is the same, so skip every rule.
    const profilesKey = JSON.stringify(config.profiles ?? []);
    if (!mode.blocksOnly && fromLast && !shift && changed.length === 0 && sameIds && fromLast.profilesKey === profilesKey) {
      // The blocks are the ones given this time, so the next check compares with them.
      this.last = { ...fromLast, blocks: doc.blocks, analysed: blocks };
      return { ...fromLast.report, findings: [...fromLast.report.findings], analysedBlocks: 0 };
    }

    // Per-block indexes are patched at the changed blocks when the rest stayed in place, else rebuilt.
    const patchable = fromLast !== null && changed.length <= Math.max(64, total >> 3);
    const indexedAt = last?.generation ?? -1;
    const perBlock = <T>(k: unknown, fn: (ab: AnalysedBlock) => T): readonly T[] => {
      let index = this.indexes.get(k);
      if (index?.generation === generation) return index.values as T[];
      const slot = this.slotFor(k);
      const valueAt = (i: number): unknown => {
        const slots = blockEntries[i]!.slots;
        const hit = slots[slot];
        if (hit !== undefined) return hit === NO_VALUE ? undefined : hit;
        const made = fn(blocks[i]!);
        // Most blocks give an empty list: they all share one, so a rule reading every block's list
        // on a long document reads one object, not thousands scattered over memory.
        const value = Array.isArray(made) && made.length === 0 ? NO_ITEMS : made;
        slots[slot] = value === undefined ? NO_VALUE : value;
        return value;
      };
      if (index && patchable && index.generation === indexedAt) {
        if (shift) realignInPlace(index.values, shift, undefined);
        for (const i of changed) index.values[i] = valueAt(i);
      } else {
        const values = new Array<unknown>(blocks.length);
        for (let i = 0; i < blocks.length; i++) values[i] = valueAt(i);
        this.indexes.set(k, (index = { generation, values }));
      }
      index.generation = generation;
      return index.values as T[];
    };

    // Word and sentence counts: the last check's, with the changed blocks taken away and added again.
    let totals: StatTotals;
    if (fromLast) {
      totals = { ...fromLast.totals };
      for (const i of changed) {
        countBlock(totals, lastBlocks![i]!.kind, fromLast.entries[i]!.analysis, -1);
        countBlock(totals, doc.blocks[i]!.kind, blockEntries[i]!.analysis, 1);
      }
    } else totals = totalsOf(blocks);
    const stats = statsFrom(totals);

    // An edit that leaves every block's profile signals as they were leaves the kinds found as they were;
    // one that leaves their cues as they were leaves the pass over the cues as it was (scanCues).
    const detected = !config.profiles?.length;
    const sinceLast = detected && fromLast !== null && !shift && fromLast.profilesKey === '[]';
    let cueScan: CueScan | null = null;
    // The readings are patched at the changed blocks on every check, though most checks do not read them:
    // an index left a check behind is made again in full, a pass over every block each.
    const readings = detected ? { cues: perBlock(cuesFor, cuesFor), signals: perBlock(blockSignals, blockSignals), clauses: perBlock(entryOf, entryOf) } : null;
    const detect = (): ProfileMatch[] => {
      cueScan = sinceLast && fromLast.cueScan && sameCueInputs(fromLast.analysed, blocks, changed) ? fromLast.cueScan : scanCues(blocks, readings!.cues);
      return readProfiles(blocks, readings!, cueScan).matches;
    };
    let profiles: ProfileMatch[];
    if (!detected) profiles = config.profiles!.map((id) => ({ id, reasons: ['chosen in settings'], source: 'config' as const }));
    else if (sinceLast && sameProfileInputs(fromLast.analysed, blocks, changed)) {
      profiles = fromLast.report.profiles.map((p) => ({ ...p, reasons: [...p.reasons] }));
      cueScan = fromLast.cueScan;
    } else profiles = detect();
    const profileIds = profiles.map((p) => p.id);

    // The rules that run this time: those for every kind of document and those for the kinds found.
    const blockIndex = indexOfBlocks();
    const runs = configuredRuns().filter(({ rule }) => rule.meta.profiles === 'all' || rule.meta.profiles.some((p) => profileIds.includes(p)));

    // Block rules: each block keeps the findings all of them made for it, in order, so an unchanged
    // block costs nothing when the same rules run, and one lookup when they do not.
    const blockRuns = runs.filter((r) => r.rule.checkBlock);
    const blockRuleIds = blockRuns.map((r) => r.rule.meta.id).join(',');
    const sameRules = fromLast !== null && fromLast.blockRuleIds === blockRuleIds;
    const byBlock: BlockFindings[] = sameRules ? fromLast.byBlock.slice() : new Array<BlockFindings>(total);
    const inOrder: (Finding[] | null)[] = sameRules ? fromLast.inOrder.slice() : new Array<Finding[] | null>(total);
    const documentFindings: Finding[] = [];
    /** The block each document finding is shown at (findingBlock), found as it is made. */
    const documentAt: number[] = [];
    const soFar = (): Report => {
      const findings: Finding[] = [];
      for (const made of byBlock) if (made) for (const f of made.findings) findings.push(f);
      for (const f of documentFindings) findings.push(f);
      return { findings: sortFindings(findings, blockIndex), profiles, stats, analysedBlocks };
    };
    // Every block rule on one block. A function of its own, not inline in this generator: V8 optimises
    // a loop inside a generator only after the generator is called many times, and it is called once.
    const runBlockRules = (ab: AnalysedBlock, entry: TextEntry): Finding[] => {
      const blockFindings: Finding[] = [];
      for (const run of blockRuns) for (const r of this.blockResults(run, ab, entry, config, nlp)) blockFindings.push(run.toFinding(r, ab.block.id));
      return blockFindings.length > 0 ? blockFindings : NO_FINDINGS;
    };
    const toCheck = sameRules ? touchedAll : null;
    /** Each block id names one block, so a finding's block is found by its id alone. */
    const uniqueIds = (): boolean => blockIndex.size === total;
    for (let n = 0, count = toCheck ? toCheck.length : total; n < count; n++) {
      const ab = blocks[toCheck ? toCheck[n]! : n]!;
      const entry = blockEntries[ab.index]!;
      const made = entry.blockFindings;
      if (made && made.blockId === ab.block.id && made.ruleIds === blockRuleIds) {
        byBlock[ab.index] = made;
        inOrder[ab.index] = made.inOrder;
        continue;
      }
      // The same text under a new id (blocks after a paragraph put in or taken out are numbered
      // again): the same findings, moved to the new id, without running the rules or yielding.
      if (made && made.ruleIds === blockRuleIds && made.inOrder !== null && uniqueIds()) {
        byBlock[ab.index] = entry.blockFindings = movedTo(made, ab.block.id);
        inOrder[ab.index] = entry.blockFindings.inOrder;
        continue;
      }
      if (ab.index > 0) yield { phase: 'blocks', done: ab.index, total, report: soFar };
      const findings = runBlockRules(ab, entry);
      entry.blockFindings = { blockId: ab.block.id, ruleIds: blockRuleIds, findings, inOrder: blockFindingsInOrder(findings, ab.block.id) };
      byBlock[ab.index] = entry.blockFindings;
      inOrder[ab.index] = entry.blockFindings.inOrder;
    }

    if (mode.blocksOnly) {
      return soFar();
    }
    const documentRuns = runs.filter((r) => r.rule.checkDocument);
    // Whether a rule's findings of the last check stand (Rule.readsOfBlock): the same blocks but for
    // a few edited ones, the same kinds of document, and each edited block reading the same before and after.
    const sameKinds = fromLast !== null && fromLast.report.profiles.map((p) => p.id).join() === profileIds.join();
    const fewTouched = touchedAll !== null && touchedAll.length <= 64;
    const keepsFindings = (run: RuleRun, ruleId: string, before: DocumentMade): boolean => {
      const { rule } = run;
      if (!fromLast || shift || !sameIds || !sameKinds || !fewTouched || before.generation !== indexedAt) return false;
      const slot = this.slotFor(`${ruleId}\u0000reads of block`);
      const readsOf = (ab: AnalysedBlock, entry: TextEntry): string | null => {
        const hit = entry.slots[slot];
        if (hit !== undefined) return hit as string | null;
        const read = <T>(k: string | object, fn: (ab: AnalysedBlock) => T): T => {
          const key = typeof k === 'string' ? `${ruleId}\u0000${k}` : k;
          const at = this.slotFor(key);
          const value = entry.slots[at];
          if (value !== undefined) return (value === NO_VALUE ? undefined : value) as T;
          const made = fn(ab);
          const stored = Array.isArray(made) && made.length === 0 ? NO_ITEMS : made;
          entry.slots[at] = stored === undefined ? NO_VALUE : stored;
          return stored as T;
        };
        const reads = rule.readsOfBlock!(ab, read, { config, options: run.options, nlp, prepared: run.prepared, report: () => {} });
        entry.slots[slot] = reads;
        return reads;
      };
      for (const i of touchedAll!) {
        const now = readsOf(blocks[i]!, blockEntries[i]!);
        if (now === null || now !== readsOf(fromLast.analysed[i]!, fromLast.entries[i]!)) return false;
        const id = doc.blocks[i]!.id;
        for (const f of before.findings) if (f.blockId === id || f.anchorBlockId === id) return false;
      }
      return true;
    };
    const changes: Changes = { lastGeneration: indexedAt, patchable, changed, shift };
    for (const [ran, { rule, options, prepared, toFinding }] of documentRuns.entries()) {
      yield { phase: 'document', done: ran, total: documentRuns.length, report: soFar };
      const ruleId = rule.meta.id;
      let memoKeys = this.memoKeys.get(ruleId);
      if (!memoKeys) this.memoKeys.set(ruleId, (memoKeys = new Map()));
      let memoSlots = this.memoSlots.get(ruleId);
      if (!memoSlots) this.memoSlots.set(ruleId, (memoSlots = new Map()));
      let lastMemoKey: string | undefined;
      let lastMemoSlot = 0;
      const before = this.documentMade.get(ruleId);
      if (before) before.at = 0;
      // Every edited block reads the same to this rule as before: its findings are last check's.
      if (rule.readsOfBlock && before && keepsFindings(documentRuns[ran]!, ruleId, before)) {
        for (let q = 0; q < before.findings.length; q++) {
          documentFindings.push(before.findings[q]!);
          documentAt.push(before.shownAt[q]!);
        }
        before.generation = generation;
        // Its per-block indexes are patched as if it had run: one left a check behind is made again in full.
        for (const [k, fn] of before.asked) perBlock(k, fn);
        continue;
      }
      const made: DocumentMade = { reports: [], blocks: [], indexes: [], findings: [], at: 0, shownAt: [], generation, asked: new Map() };
      const ctx: DocumentContext = {
        config,
        options,
        nlp,
        prepared,
        doc,
        blocks,
        profiles: profileIds,
        stats,
        memo: <T>(ab: AnalysedBlock, memoKey: string, compute: () => T): T => {
          const entry =
            blocks[ab.index] === ab ? blockEntries[ab.index]! : this.entries.get(entryKeyFor(ab.block))!;
          // A rule asks with one key block after block: the last key's slot is kept at hand.
          let slot = memoKey === lastMemoKey ? lastMemoSlot : memoSlots.get(memoKey);
          if (slot === undefined) memoSlots.set(memoKey, (slot = this.slotFor(memoKeys.get(memoKey) ?? this.memoKey(memoKeys, ruleId, memoKey))));
          lastMemoKey = memoKey;
          lastMemoSlot = slot;
          const slots = entry.slots;
          const hit = slots[slot];
          if (hit !== undefined) return (hit === NO_VALUE ? undefined : hit) as T;
          const value = compute();
          slots[slot] = value === undefined ? NO_VALUE : value;
          return value;
        },
        perBlock: <T>(k: string | object, fn: (ab: AnalysedBlock) => T) => {
          const key = typeof k === 'string' ? (memoKeys.get(k) ?? this.memoKey(memoKeys, ruleId, k)) : k;
          if (rule.readsOfBlock && !made.asked.has(key)) made.asked.set(key, fn);
          return perBlock(key, fn);
        },
        firstBlock: (k: string, test: (ab: AnalysedBlock) => boolean) =>
          // Not kept in memoKeys: these keys follow the document (an acronym's letters), memo keys do not.
          this.firsts.first(`${ruleId}\u0000${k}`, generation, changes, blocks, test),
        report: (r) => {
          const blockId = r.blockId ?? null;
          let f: Finding | undefined;
          let block: Block | undefined;
          let at = -1;
          // The report expected next, about a block still where it was: taken without looking its id up
          // (thousands of lookups in a map of thousands of ids cost more than the rest of this).
          if (before && blockId !== null && uniqueIds()) {
            const q = before.at;
            const was = before.blocks[q];
            const wasAt = before.indexes[q]!;
            if (was !== undefined && was.id === blockId && doc.blocks[wasAt] === was && sameReport(before.reports[q]!, r)) {
              f = before.findings[q];
              before.at = q + 1;
              block = was;
              at = wasAt;
            }
          }
          if (!f) {
            at = blockId !== null ? (blockIndex.get(blockId) ?? -1) : -1;
            block = blockId !== null ? doc.blocks[at] : undefined;
            // The same report about the same block as last time (most of them, after an edit elsewhere):
            // its finding is the one made then, so a long document's findings are not made again.
            if (before) {
              for (let q = before.at, end = Math.min(q + LOOK_AHEAD, before.reports.length); q < end; q++) {
                if (before.blocks[q] === block && sameReport(before.reports[q]!, r)) {
                  f = before.findings[q];
                  before.at = q + 1;
                  break;
                }
              }
            }
            f ??= toFinding(r, blockId);
          }
          made.reports.push(r);
          made.blocks.push(block);
          made.indexes.push(block ? at : -1);
          made.findings.push(f);
          documentFindings.push(f);
          // findingBlock(f, blockIndex), without the lookup when the finding is shown at the reported block.
          const shown = f.blockId !== null && f.blockId === blockId ? at : findingBlock(f, blockIndex);
          documentAt.push(shown);
          made.shownAt.push(shown);
        },
      };
      rule.checkDocument!(ctx);
      this.documentMade.set(ruleId, made);
    }

    // Drop cache entries for text no longer in the document: each entry counts the blocks using it.
    // (Entries made by a check dropped part way are counted when a later check uses them.)
    if (fromLast) {
      // Counts up first, then down: two paragraphs that swapped places keep their entries.
      for (const i of changed) blockEntries[i]!.uses++;
      const drop = (old: TextEntry) => {
        if (--old.uses <= 0 && this.entries.get(old.key) === old) this.entries.delete(old.key);
      };
      for (const i of changed) drop(fromLast.entries[i]!);
      if (shift) {
        const [from, to] = droppedRange(shift);
        for (let i = from; i < to; i++) drop(this.last!.entries[i]!);
      }
    } else {
      for (const entry of this.entries.values()) entry.uses = 0;
      for (const entry of blockEntries) entry.uses++;
      for (const [k, entry] of this.entries) if (entry.uses === 0) this.entries.delete(k);
    }

    this.firsts.keepOnly(generation);
    // The next check starts a new index of texts anyway: free this one now, not when it starts.
    resetTextIndex();
    // Each block's findings are in order already (unless a block rule showed one at another block,
    // or two blocks share an id): merge in the document rules' findings instead of sorting them all.
    const ordered = blockIndex.size === total ? mergeInOrder(inOrder, documentFindings, documentAt) : null;
    const report: Report = { findings: ordered ?? soFar().findings, profiles, stats, analysedBlocks };
    this.last = { configKey: key, profilesKey, generation, blocks: doc.blocks, entries: blockEntries, analysed: blocks, report, blockIndex, totals, blockRuleIds, byBlock, inOrder, cueScan };
    return report;
  }

  /** Every rule the settings leave on, with what each needs to make findings (which kinds of document it is for is decided later). */
  private configuredRuns(doc: TextDoc, config: Config, key: string, blockIndex: Map<string, number>): RuleRun[] {
    const runs: RuleRun[] = [];
    for (const rule of this.rules) {
      const { meta } = rule;
      const setting = resolveRuleSetting(config, meta.id, meta.severity, meta.defaultOptions);
      if (setting.severity === 'off') continue;
      const explicitSeverity = config.rules[meta.id] !== undefined ? (setting.severity as Severity) : undefined;
      const prepared = <T>(build: () => T): T => preparedFor(rule, key, build);
      const toFinding = (r: RuleReport, blockId: string | null): Finding => {
        const block = blockId !== null ? doc.blocks[blockIndex.get(blockId) ?? -1] : undefined;
        const ranged = block !== undefined && r.start !== undefined && r.end !== undefined;
        const start = ranged ? clamp(r.start!, 0, block.text.length) : null;
        const end = ranged ? clamp(r.end!, start!, block.text.length) : null;
        const finding: Finding = {
          ruleId: meta.id,
          severity: explicitSeverity ?? r.severity ?? (setting.severity as Severity),
          message: r.message,
          blockId: ranged ? block.id : null,
          start,
          end,
          text: ranged ? block.text.slice(start!, end!) : null,
          suggestions: r.suggestions ?? [],
          barriers: meta.barriers,
          enablers: meta.enablers,
          anchorBlockId: ranged ? block.id : (r.anchorBlockId ?? blockId ?? null),
        };
        if (r.example) finding.example = r.example;
        if (r.patternId) finding.patternId = r.patternId;
        if (!ranged && finding.anchorBlockId !== null && r.anchorOffset !== undefined) finding.anchorOffset = Math.max(0, r.anchorOffset);
        return finding;
      };
      runs.push({ rule, options: setting.options, prepared, toFinding });
    }
    return runs;
  }

  /** A block rule's results for one block: worked out once per block text and settings, then cached. */
  private blockResults(run: RuleRun, ab: AnalysedBlock, entry: TextEntry, config: Config, nlp: (text: string) => NlpView): RuleReport[] {
    const { rule, options, prepared } = run;
    let results = entry.results.get(rule.meta.id);
    if (!results) {
      const collected: RuleReport[] = [];
      const ctx: BlockContext = { config, options, nlp, prepared, block: ab.block, analysis: ab.analysis, report: (r) => collected.push(r) };
      rule.checkBlock!(ctx);
      // Most rules find nothing in most blocks: those share one empty list (only the engine reads these).
      results = collected.length > 0 ? collected : NO_RESULTS;
      entry.results.set(rule.meta.id, results);
    }
    return results;
  }

  private slotFor(key: unknown): number {
    let slot = this.slotOf.get(key);
    if (slot === undefined) this.slotOf.set(key, (slot = this.slotOf.size));
    return slot;
  }

  private memoKey(keys: Map<string, string>, ruleId: string, memoKey: string): string {
    const k = `${ruleId}\u0000${memoKey}`;
    keys.set(memoKey, k);
    return k;
  }

  private nlp(text: string): NlpView {
    let view = this.nlpCache.get(text);
    if (!view) {
      if (this.nlpCache.size >= NLP_CACHE_LIMIT) this.nlpCache.clear();
      view = parse(text);
      this.nlpCache.set(text, view);
    }
    return view;
  }
}

/**
 * A block's findings for the same text under a new id. Only for findings all shown at their own block
 * (inOrder is not null): each names the block by id as blockId (when it has a range) and anchorBlockId.
 */
function movedTo(made: BlockFindings, blockId: string): BlockFindings {
  const from = made.blockId;
  const findings = made.findings.map((f) => ({ ...f, blockId: f.blockId === from ? blockId : f.blockId, anchorBlockId: f.anchorBlockId === from ? blockId : f.anchorBlockId }));
  return { blockId, ruleIds: made.ruleIds, findings, inOrder: blockFindingsInOrder(findings, blockId) };
}

/** Stands for the blocks between the kept top and bottom of a lined-up check (linedUp): no block is one of them. */
const NO_BLOCK: Block = { id: '\u0000', kind: 'paragraph', text: '' };
const NO_ENTRY: TextEntry = { key: '\u0000', analysis: { masked: '', sentences: [], words: [], syllables: 0 }, results: new Map(), slots: [], uses: Infinity };

/**
 * The last check as if it had had the new document's number of blocks (realign.ts): its top blocks in
 * place, its bottom blocks' entries and findings moved to their new places (their blocks stand as
 * new, so each is given its new place), and the blocks in between as new blocks, their word counts
 * taken away.
 */
function linedUp(last: LastLint, shift: Shift): LastLint {
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
    totals,
  };
}

/**
 * What rules build once per configuration (word matchers, compiled lists),
 * shared by every Linter that runs the same rule object: a new Linter (a new
 * tab, a CLI run, a test) starts without rebuilding them. A few
 * configurations are kept per rule, the oldest dropped first.
 */
const PREPARED = new WeakMap<Rule, Map<string, unknown>>();
const PREPARED_CONFIGS = 4;

function preparedFor<T>(rule: Rule, configKey: string, build: () => T): T {
  let byConfig = PREPARED.get(rule);
  if (!byConfig) PREPARED.set(rule, (byConfig = new Map()));
  if (byConfig.has(configKey)) return byConfig.get(configKey) as T;
  const value = build();
  if (byConfig.size >= PREPARED_CONFIGS) byConfig.delete(byConfig.keys().next().value!);
  byConfig.set(configKey, value);
  return value;
}

/**
 * What a block's analysis and results depend on: its kind, level and text,
 * and its structure (links, images, marks) when the source carries one, so
 * a changed link target is a changed block for rules that read structure.
 */
/** Whether two blocks have the same entryKeyFor, without making it when their parts are the same objects. */
function sameEntryKey(a: Block, b: Block): boolean {
  if (a === b) return true;
  if (a.text !== b.text || a.kind !== b.kind || (a.level ?? '') !== (b.level ?? '')) return false;
  return a.structure === b.structure || entryKeyFor(a) === entryKeyFor(b);
}

function entryKeyFor(block: Block): string {
  const shape = block.structure ? `\u0000${JSON.stringify(block.structure)}` : '';
  return `${block.kind}\u0000${block.level ?? ''}\u0000${block.text}${shape}`;
}

/**
 * Where a check in steps has got to: reading blocks (analysing their text), running block rules
 * on them, or running the rules that read the whole document. `report()` is what has been found
 * so far, findings in document order (made afresh at each call: call it at the pause).
 */
export interface LintStep {
  phase: 'reading' | 'blocks' | 'document';
  /** Blocks read or checked, or document rules run. */
  done: number;
  total: number;
  report(): Report;
}

function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

export { computeStats };
export type { ProfileId };
