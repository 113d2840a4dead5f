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
import { withDefaults } from './config';
import type { AnalysedBlock, BlockContext, DocumentContext, Rule } from './rule';
import { analyseText } from './text';
import type { Finding, ProfileId, ProfileMatch, Report, RuleReport, TextDoc } from './types';
import { blockFindingsInOrder, computeStats, countBlock, mergeInOrder, sortFindings, statsFrom, totalsOf, type StatTotals } from './report-parts';
import { cuesFor, readProfiles, scanCues, type CueScan } from './profiles';
import { blockSignals } from './profile-signals';
import { entryOf } from './profile-clauses';
import { sameCueInputs, sameProfileInputs } from './profile-inputs';
import { parse, type NlpView } from '../nlp';
import { resetTextIndex } from '../../rules/lib/pattern-anchors';
import { droppedRange, findShift, type Shift } from './realign';
import { FirstBlocks, type Changes } from './first-blocks';
import { dropUnused, entryKeyFor, linedUp, listStillEmpty, movedTo, NO_FINDINGS, NO_RESULTS, NO_VALUE, sameEntryKey, type BlockFindings, type DocumentMade, type LastLint, type TextEntry } from './recheck-cache';
import { runsFor, type RuleRun } from './rule-runs';
import { runToEnd, type LintStep } from './lint-step';
import { reportRecorder } from './document-reports';
import { readsTheSame } from './kept-findings';
import { perBlockIndexes, type BlockIndex } from './block-indexes';

const NLP_CACHE_LIMIT = 2000;
/**
 * How many slots a new text's entry starts with: room for every memo and shared key a check has used
 * so far in this process (at least 64; the shipped rules use 44 to 58, with the kinds of document).
 * Made that size at once, a store does not grow key by key while the document rules run: growing
 * left two stores of 17 and 41 slots a block behind as garbage, which outlived the young generation.
 */
let slotsExpected = 64;
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

  /** How many of the rules check blocks: the length of each TextEntry.results. */
  private readonly blockRules: number;

  constructor(rules: Rule[]) {
    this.rules = rules;
    this.blockRules = rules.filter((r) => r.checkBlock).length;
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
        entry.results = new Array<RuleReport[] | undefined>(this.blockRules);
        entry.blockFindings = undefined;
        entry.slots = new Array<unknown>(Math.max(slotsExpected, this.slotOf.size));
      }
    }
    const generation = ++this.generation;
    const slotsAtStart = Math.max(slotsExpected, this.slotOf.size);
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
    const configuredRuns = (): RuleRun[] => (madeRuns ??= runsFor(this.rules, doc, config, key, indexOfBlocks()));
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
        entry = { key: entryKey, analysis: analyseText(block.text), results: new Array<RuleReport[] | undefined>(this.blockRules), slots: new Array<unknown>(slotsAtStart), uses: 0 };
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
    const perBlock = perBlockIndexes({ indexes: this.indexes, slotFor: (k) => this.slotFor(k), generation, indexedAt, patchable, shift, changed, blocks, blockEntries });

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
      if (!fromLast || shift || !sameIds || !sameKinds || !fewTouched || before.generation !== indexedAt) return false;
      return readsTheSame(run, ruleId, before, { slotFor: (k) => this.slotFor(k), touched: touchedAll!, doc, blocks, blockEntries, last: fromLast, config, nlp });
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
      const recorder = reportRecorder({ before, made, doc, blockIndex, uniqueIds, toFinding, documentFindings, documentAt });
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
        report: recorder.report,
      };
      rule.checkDocument!(ctx);
      this.documentMade.set(ruleId, recorder.finish());
    }

    // Drop cache entries for text no longer in the document.
    dropUnused(this.entries, blockEntries, fromLast && { before: fromLast.entries, changed, last: this.last!.entries, dropped: shift ? droppedRange(shift) : null });

    listStillEmpty();
    this.firsts.keepOnly(generation);
    // A text whose slots outgrew their start (a key new to this process) has a store V8 left room
    // in for about half as many again: keep an exact copy instead. The others are kept as made.
    slotsExpected = Math.max(slotsExpected, this.slotOf.size);
    for (const i of changed) {
      const entry = blockEntries[i]!;
      if (entry.slots.length > slotsAtStart) entry.slots = entry.slots.slice();
    }
    // The next check starts a new index of texts anyway: free this one now, not when it starts.
    resetTextIndex();
    // Each block's findings are in order already (unless a block rule showed one at another block,
    // or two blocks share an id): merge in the document rules' findings instead of sorting them all.
    const ordered = blockIndex.size === total ? mergeInOrder(inOrder, documentFindings, documentAt, last?.merged ?? null) : null;
    const report: Report = { findings: ordered?.findings ?? soFar().findings, profiles, stats, analysedBlocks };
    const merged = ordered?.blocks ?? null;
    this.last = { configKey: key, profilesKey, generation, blocks: doc.blocks, entries: blockEntries, analysed: blocks, report, blockIndex, totals, blockRuleIds, byBlock, inOrder, cueScan, merged };
    return report;
  }


  /** A block rule's results for one block: worked out once per block text and settings, then cached. */
  private blockResults(run: RuleRun, ab: AnalysedBlock, entry: TextEntry, config: Config, nlp: (text: string) => NlpView): RuleReport[] {
    const { rule, options, prepared } = run;
    let results = entry.results[run.blockSlot];
    if (!results) {
      const collected: RuleReport[] = [];
      const ctx: BlockContext = { config, options, nlp, prepared, block: ab.block, analysis: ab.analysis, report: (r) => collected.push(r) };
      rule.checkBlock!(ctx);
      // Most rules find nothing in most blocks: those share one empty list (only the engine reads these).
      results = collected.length > 0 ? collected : NO_RESULTS;
      entry.results[run.blockSlot] = results;
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

export { computeStats };
export type { LintStep, ProfileId };
