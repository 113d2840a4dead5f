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
import { analyseText, fleschKincaidGrade, round1, type BlockAnalysis } from './text';
import type { Block, DocStats, Finding, ProfileId, Report, RuleReport, Severity, TextDoc } from './types';
import { detectProfiles } from './profiles';
import { parse, type NlpView } from '../nlp';
import { resetTextIndex } from '../../rules/lib/pattern-anchors';

interface TextEntry {
  analysis: BlockAnalysis;
  /** Block-rule results by rule id (relative to the block). */
  results: Map<string, RuleReport[]>;
  /** Every block rule's findings for this text, made for one block id and one set of rules. */
  blockFindings?: { blockId: string; ruleIds: string; findings: Finding[] };
  /**
   * Document rules' per-block results, by slot: each memo key (a string) or shared key (an object) gets
   * a slot number once per Linter (Linter.slotOf), so a lookup is an array read, not a hash of the key.
   */
  slots: unknown[];
  generation: number;
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
}

const NLP_CACHE_LIMIT = 2000;
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
  /** The slot in TextEntry.slots of each memo or shared key. */
  private slotOf = new Map<unknown, number>();

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

    // Entries by block index, so rules do not rebuild and re-hash the
    // block-text key once per rule (that cost grew with the document).
    const blockEntries: TextEntry[] = [];
    // A block object seen in the last lint has the same text, so the same entry:
    // an editor that keeps unchanged blocks skips building and hashing their keys.
    const lastBlocks = this.last?.blocks;
    const lastEntries = this.last?.entries;
    const lastAnalysed = this.last?.analysed;
    const blocks: AnalysedBlock[] = new Array<AnalysedBlock>(doc.blocks.length);
    const total = doc.blocks.length;
    const nlp = (text: string) => this.nlp(text);
    // Made when first needed: a re-check with no change needs neither.
    let madeIndex: Map<string, number> | undefined;
    const indexOfBlocks = (): Map<string, number> => (madeIndex ??= new Map(doc.blocks.map((b, i) => [b.id, i])));
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
    for (let index = 0; index < total; index++, read = index) {
      const block = doc.blocks[index]!;
      if (lastBlocks?.[index] === block) {
        const entry = lastEntries![index]!;
        entry.generation = generation;
        blockEntries[index] = entry;
        blocks[index] = lastAnalysed![index]!;
        continue;
      }
      let entry = this.entries.get(entryKeyFor(block));
      if (!entry) {
        entry = { analysis: analyseText(block.text), results: new Map(), slots: [], generation };
        this.entries.set(entryKeyFor(block), entry);
        analysedBlocks++;
        if (index < EARLY_BLOCKS) {
          const ab = { block, index, analysis: entry.analysis };
          earlyRuns ??= configuredRuns().filter((r) => r.rule.checkBlock && r.rule.meta.profiles === 'all');
          for (const run of earlyRuns) for (const r of this.blockResults(run, ab, entry, config, nlp)) early.push(run.toFinding(r, block.id));
        }
        yield { phase: 'reading', done: index + 1, total, report: earlyReport };
      }
      entry.generation = generation;
      blockEntries[index] = entry;
      blocks[index] = { block, index, analysis: entry.analysis };
    }

    // Nothing changed since the last lint (a re-check with no edit, or an edit
    // undone): the report is the same, so skip every rule.
    const profilesKey = JSON.stringify(config.profiles ?? []);
    const last = this.last;
    if (
      !mode.blocksOnly &&
      last &&
      analysedBlocks === 0 &&
      last.configKey === key &&
      last.profilesKey === profilesKey &&
      last.entries.length === blockEntries.length &&
      last.entries.every((e, i) => e === blockEntries[i] && last.blocks[i]!.id === doc.blocks[i]!.id)
    ) {
      return { ...last.report, findings: [...last.report.findings], analysedBlocks: 0 };
    }

    // The blocks whose text changed since the last lint, when the rest stayed
    // in place: per-block indexes are patched there instead of rebuilt.
    let changed: number[] | null = null;
    if (last && last.configKey === key && last.entries.length === blockEntries.length) {
      changed = [];
      for (let i = 0; i < blockEntries.length && changed; i++) {
        if (last.entries[i] !== blockEntries[i]) {
          changed.push(i);
          if (changed.length > 64) changed = null;
        }
      }
    }
    const indexedAt = last?.generation ?? -1;
    const perBlock = <T>(k: unknown, fn: (ab: AnalysedBlock) => T): readonly T[] => {
      let index = this.indexes.get(k);
      if (index?.generation === generation) return index.values as T[];
      const slot = this.slotFor(k);
      const valueAt = (i: number): unknown => {
        const slots = blockEntries[i]!.slots;
        const hit = slots[slot];
        if (hit !== undefined) return hit === NO_VALUE ? undefined : hit;
        const value = fn(blocks[i]!);
        slots[slot] = value === undefined ? NO_VALUE : value;
        return value;
      };
      if (index && changed && index.generation === indexedAt) {
        for (const i of changed) index.values[i] = valueAt(i);
      } else {
        const values = new Array<unknown>(blocks.length);
        for (let i = 0; i < blocks.length; i++) values[i] = valueAt(i);
        this.indexes.set(k, (index = { generation, values }));
      }
      index.generation = generation;
      return index.values as T[];
    };

    const profiles = config.profiles?.length
      ? config.profiles.map((id) => ({ id, reasons: ['chosen in settings'], source: 'config' as const }))
      : detectProfiles(blocks);
    const profileIds = profiles.map((p) => p.id);

    const findings: Finding[] = [];
    // The rules that run this time: those for every kind of document and those for the kinds found.
    const blockIndex = indexOfBlocks();
    const runs = configuredRuns().filter(({ rule }) => rule.meta.profiles === 'all' || rule.meta.profiles.some((p) => profileIds.includes(p)));

    // Block rules: each block keeps the findings all of them made for it, so an
    // unchanged block costs one lookup, not one per rule.
    const blockRuns = runs.filter((r) => r.rule.checkBlock);
    const blockRuleIds = blockRuns.map((r) => r.rule.meta.id).join(',');
    const soFar = (): Report => ({ findings: sortFindings(findings, blockIndex), profiles, stats: computeStats(blocks), analysedBlocks });
    // Every block rule on one block. A function of its own, not inline in this generator: V8 optimises
    // a loop inside a generator only after the generator is called many times, and it is called once.
    const runBlockRules = (ab: AnalysedBlock, entry: TextEntry): Finding[] => {
      const blockFindings: Finding[] = [];
      for (const run of blockRuns) for (const r of this.blockResults(run, ab, entry, config, nlp)) blockFindings.push(run.toFinding(r, ab.block.id));
      return blockFindings;
    };
    for (const ab of blocks) {
      const entry = blockEntries[ab.index]!;
      const made = entry.blockFindings;
      if (made && made.blockId === ab.block.id && made.ruleIds === blockRuleIds) {
        for (const f of made.findings) findings.push(f);
        continue;
      }
      if (ab.index > 0) yield { phase: 'blocks', done: ab.index, total, report: soFar };
      const blockFindings = runBlockRules(ab, entry);
      entry.blockFindings = { blockId: ab.block.id, ruleIds: blockRuleIds, findings: blockFindings };
      for (const f of blockFindings) findings.push(f);
    }

    if (mode.blocksOnly) {
      return soFar();
    }
    const documentRuns = runs.filter((r) => r.rule.checkDocument);
    for (const [ran, { rule, options, prepared, toFinding }] of documentRuns.entries()) {
      yield { phase: 'document', done: ran, total: documentRuns.length, report: soFar };
      const ruleId = rule.meta.id;
      let memoKeys = this.memoKeys.get(ruleId);
      if (!memoKeys) this.memoKeys.set(ruleId, (memoKeys = new Map()));
      let memoSlots = this.memoSlots.get(ruleId);
      if (!memoSlots) this.memoSlots.set(ruleId, (memoSlots = new Map()));
      const ctx: DocumentContext = {
        config,
        options,
        nlp,
        prepared,
        doc,
        blocks,
        profiles: profileIds,
        memo: <T>(ab: AnalysedBlock, memoKey: string, compute: () => T): T => {
          const entry =
            blocks[ab.index] === ab ? blockEntries[ab.index]! : this.entries.get(entryKeyFor(ab.block))!;
          let slot = memoSlots.get(memoKey);
          if (slot === undefined) memoSlots.set(memoKey, (slot = this.slotFor(memoKeys.get(memoKey) ?? this.memoKey(memoKeys, ruleId, memoKey))));
          const slots = entry.slots;
          const hit = slots[slot];
          if (hit !== undefined) return (hit === NO_VALUE ? undefined : hit) as T;
          const value = compute();
          slots[slot] = value === undefined ? NO_VALUE : value;
          return value;
        },
        perBlock: <T>(k: string | object, fn: (ab: AnalysedBlock) => T) =>
          perBlock(typeof k === 'string' ? (memoKeys.get(k) ?? this.memoKey(memoKeys, ruleId, k)) : k, fn),
        report: (r) => findings.push(toFinding(r, r.blockId ?? null)),
      };
      rule.checkDocument!(ctx);
    }

    // Drop cache entries for text no longer in the document.
    for (const [k, entry] of this.entries) if (entry.generation !== generation) this.entries.delete(k);

    // The next check starts a new index of texts anyway: free this one now, not when it starts.
    resetTextIndex();
    const report: Report = { findings: sortFindings(findings, blockIndex), profiles, stats: computeStats(blocks), analysedBlocks };
    this.last = { configKey: key, profilesKey, generation, blocks: doc.blocks, entries: blockEntries, analysed: blocks, report };
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
      results = collected;
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

function position(f: Finding, blockIndex: Map<string, number>): [number, number] {
  const id = f.blockId ?? f.anchorBlockId;
  const index = id !== null ? (blockIndex.get(id) ?? -1) : -1;
  return [index, f.start ?? -1];
}

/**
 * Findings in document order. They are put in one bucket per block first and
 * only each bucket is sorted: a block holds a few findings, a long document
 * thousands, so this costs little more than reading them.
 */
function sortFindings(findings: Finding[], blockIndex: Map<string, number>): Finding[] {
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

function compareFindings(a: Finding, b: Finding, blockIndex: Map<string, number>): number {
  const [ai, as] = position(a, blockIndex);
  const [bi, bs] = position(b, blockIndex);
  return (
    ai - bi ||
    as - bs ||
    (a.end ?? -1) - (b.end ?? -1) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sentences in running text only: headings are labels, not sentences. */
export function computeStats(blocks: AnalysedBlock[]): DocStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let paragraphs = 0;
  for (const { block, analysis } of blocks) {
    if (block.kind === 'heading') continue;
    if (analysis.words.length === 0) continue;
    paragraphs++;
    words += analysis.words.length;
    sentences += analysis.sentences.length;
    syllables += analysis.syllables;
  }
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

export type { ProfileId };
