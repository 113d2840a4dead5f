/** The contract between the engine and a rule file in rules/. */
import type { Config } from './config';
import type { Block, DocStats, ProfileId, RuleMeta, RuleReport, TextDoc } from './types';
import type { BlockAnalysis } from './text';
import type { NlpView } from '../nlp';

export interface AnalysedBlock {
  block: Block;
  index: number;
  analysis: BlockAnalysis;
}

export interface BaseContext {
  config: Config;
  /** This rule's options: its defaults merged with the config's. */
  options: Record<string, unknown>;
  /** compromise for one piece of text; cached, so call it only on candidate sentences. */
  nlp(text: string): NlpView;
  /**
   * Build something once per configuration (a word matcher, say) and reuse
   * it on every later lint with the same configuration, in any Linter. It
   * must depend only on the configuration, never on the document.
   */
  prepared<T>(build: () => T): T;
  report(finding: RuleReport): void;
}

export interface BlockContext extends BaseContext {
  block: Block;
  analysis: BlockAnalysis;
}

export interface DocumentContext extends BaseContext {
  doc: TextDoc;
  blocks: AnalysedBlock[];
  profiles: ProfileId[];
  /** The document's word and sentence counts (the report's stats): kept up to date block by block. */
  stats: DocStats;
  /**
   * Per-block memo for document rules: computed once per block text (and
   * configuration), so a re-lint after an edit only recomputes changed blocks.
   */
  memo<T>(block: AnalysedBlock, key: string, compute: () => T): T;
  /**
   * fn for every block, in block order: computed once per block text (and
   * configuration), and after an edit only for the blocks that changed, so a
   * re-check costs what the edit costs. `key` names the result: a string is
   * this rule's own; a module-level constant object (a pattern, a function)
   * is shared by every rule that passes it. fn must read only the block.
   * The array is the engine's: read it, do not keep or change it. Every empty list fn gives is
   * stored as one shared, frozen empty list, so a value must not be changed after fn returns it.
   */
  perBlock<T>(key: string | object, fn: (block: AnalysedBlock) => T): readonly T[];
  /**
   * The index of the first block for which `test` is true, or -1: a per-block index combined over
   * the document, kept from one check to the next. After an edit only the changed blocks are tested
   * (and the blocks after the first one, should it change), so asking costs what the edit costs.
   * `key` names the test (this rule's own); `test` must read only the block, as perBlock's fn.
   */
  firstBlock(key: string, test: (block: AnalysedBlock) => boolean): number;
}

export interface Rule {
  meta: RuleMeta;
  /** For scope 'sentence' and 'block': sees one block, nothing else. Cached by block text. */
  checkBlock?(ctx: BlockContext): void;
  /** For scope 'document': sees the whole document. */
  checkDocument?(ctx: DocumentContext): void;
  /**
   * For a document rule: everything its findings can read of one block (and of it while reading
   * its neighbours), as a string, or null when anything in the block may matter. A re-check whose
   * edited blocks each read the same before and after (and not null), with no block put in or taken
   * out, the same ids and the same kinds of document, keeps the rule's findings from the last check
   * without running it (the engine also runs it when a finding of its own was at an edited block).
   * `read` gives the value of ctx.perBlock(key, fn) for this block, from the same cache.
   */
  readsOfBlock?(ab: AnalysedBlock, read: <T>(key: string | object, fn: (ab: AnalysedBlock) => T) => T, ctx: BaseContext): string | null;
}
