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
import type { DocStats, Finding, ProfileId, Report, RuleReport, Severity, TextDoc } from './types';
import { detectProfiles } from './profiles';
import { parse, type NlpView } from '../nlp';

interface TextEntry {
  analysis: BlockAnalysis;
  /** Block-rule results by rule id (relative to the block). */
  results: Map<string, RuleReport[]>;
  memos: Map<string, unknown>;
  generation: number;
}

const NLP_CACHE_LIMIT = 2000;

export class Linter {
  private readonly rules: Rule[];
  private entries = new Map<string, TextEntry>();
  private configKey = '';
  private prepared = new Map<string, unknown>();
  private nlpCache = new Map<string, NlpView>();
  private generation = 0;

  constructor(rules: Rule[]) {
    this.rules = rules;
  }

  /** Rule metadata, e.g. for docs and the side panel. */
  get ruleList(): readonly Rule[] {
    return this.rules;
  }

  lint(doc: TextDoc, partialConfig: Partial<Config> = {}): Report {
    const config = withDefaults(partialConfig);
    const key = JSON.stringify({ ...config, profiles: undefined });
    if (key !== this.configKey) {
      this.configKey = key;
      this.prepared.clear();
      for (const entry of this.entries.values()) {
        entry.results.clear();
        entry.memos.clear();
      }
    }
    const generation = ++this.generation;
    let analysedBlocks = 0;

    // Entries by block index, so rules do not rebuild and re-hash the
    // block-text key once per rule (that cost grew with the document).
    const blockEntries: TextEntry[] = [];
    const blocks: AnalysedBlock[] = doc.blocks.map((block, index) => {
      const entryKey = entryKeyFor(block.kind, block.level, block.text);
      let entry = this.entries.get(entryKey);
      if (!entry) {
        entry = { analysis: analyseText(block.text), results: new Map(), memos: new Map(), generation };
        this.entries.set(entryKey, entry);
        analysedBlocks++;
      }
      entry.generation = generation;
      blockEntries[index] = entry;
      return { block, index, analysis: entry.analysis };
    });

    const profiles = config.profiles?.length
      ? config.profiles.map((id) => ({ id, reasons: ['chosen in settings'], source: 'config' as const }))
      : detectProfiles(blocks);
    const profileIds = profiles.map((p) => p.id);

    const findings: Finding[] = [];
    const blockIndex = new Map(doc.blocks.map((b, i) => [b.id, i]));
    const nlp = (text: string) => this.nlp(text);

    for (const rule of this.rules) {
      const { meta } = rule;
      const setting = resolveRuleSetting(config, meta.id, meta.severity, meta.defaultOptions);
      if (setting.severity === 'off') continue;
      if (meta.profiles !== 'all' && !meta.profiles.some((p) => profileIds.includes(p))) continue;
      const explicitSeverity = config.rules[meta.id] !== undefined ? (setting.severity as Severity) : undefined;
      const prepared = <T>(build: () => T): T => {
        if (!this.prepared.has(meta.id)) this.prepared.set(meta.id, build());
        return this.prepared.get(meta.id) as T;
      };
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
        return finding;
      };

      if (rule.checkBlock) {
        for (const ab of blocks) {
          const entry = blockEntries[ab.index]!;
          let results = entry.results.get(meta.id);
          if (!results) {
            const collected: RuleReport[] = [];
            const ctx: BlockContext = {
              config,
              options: setting.options,
              nlp,
              prepared,
              block: ab.block,
              analysis: ab.analysis,
              report: (r) => collected.push(r),
            };
            rule.checkBlock(ctx);
            results = collected;
            entry.results.set(meta.id, results);
          }
          for (const r of results) findings.push(toFinding(r, ab.block.id));
        }
      }

      if (rule.checkDocument) {
        const ctx: DocumentContext = {
          config,
          options: setting.options,
          nlp,
          prepared,
          doc,
          blocks,
          profiles: profileIds,
          memo: <T>(ab: AnalysedBlock, memoKey: string, compute: () => T): T => {
            const entry =
              blocks[ab.index] === ab ? blockEntries[ab.index]! : this.entries.get(entryKeyFor(ab.block.kind, ab.block.level, ab.block.text))!;
            const k = `${meta.id}\u0000${memoKey}`;
            if (entry.memos.has(k)) return entry.memos.get(k) as T;
            const value = compute();
            entry.memos.set(k, value);
            return value;
          },
          report: (r) => findings.push(toFinding(r, r.blockId ?? null)),
        };
        rule.checkDocument(ctx);
      }
    }

    // Drop cache entries for text no longer in the document.
    for (const [k, entry] of this.entries) if (entry.generation !== generation) this.entries.delete(k);

    findings.sort((a, b) => compareFindings(a, b, blockIndex));
    return { findings, profiles, stats: computeStats(blocks), analysedBlocks };
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

function entryKeyFor(kind: string, level: number | undefined, text: string): string {
  return `${kind}\u0000${level ?? ''}\u0000${text}`;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

function position(f: Finding, blockIndex: Map<string, number>): [number, number] {
  const id = f.blockId ?? f.anchorBlockId;
  const index = id !== null ? (blockIndex.get(id) ?? -1) : -1;
  return [index, f.start ?? -1];
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
