/**
 * The shapes every part of Doing With shares. The engine, the rules, the CLI
 * and the extension all speak in these types; none of them needs a browser
 * API or file access.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface Block {
  /** Stable within one document, e.g. "b12". Adapters choose them. */
  id: string;
  kind: BlockKind;
  /** Heading level 1–6, only for headings. */
  level?: number;
  text: string;
}

export interface TextDocMeta {
  title?: string;
  /** Where the document came from: a path, a URL, "pasted text". */
  source?: string;
}

export interface TextDoc {
  blocks: Block[];
  meta: TextDocMeta;
}

export type Severity = 'error' | 'warning' | 'suggestion';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export type ProfileId = 'consultation' | 'engagement-plan' | 'meeting-invitation' | 'report' | 'general';
export const PROFILE_IDS: readonly ProfileId[] = [
  'consultation',
  'engagement-plan',
  'meeting-invitation',
  'report',
  'general',
];

export type RuleScope = 'sentence' | 'block' | 'document';

export interface RuleDocs {
  /** One or two plain sentences: what the rule looks for. */
  description: string;
  /** Why it matters for co-production. */
  why: string;
  /** Text the rule flags. */
  bad: string;
  /** A better version the rule accepts. */
  good: string;
  /** Where thresholds and advice come from. */
  sources?: string[];
}

export interface RuleMeta {
  id: string;
  title: string;
  /** Barrier ids from rules/catalog. */
  barriers: string[];
  /** Enabler ids from rules/catalog. */
  enablers: string[];
  scope: RuleScope;
  /** The profiles the rule runs for; 'all' for language rules. */
  profiles: ProfileId[] | 'all';
  severity: Severity;
  /** Default option values; config may override them. */
  defaultOptions?: Record<string, unknown>;
  docs: RuleDocs;
}

/** A finding as a rule reports it. Positions are offsets in block text. */
export interface RuleReport {
  message: string;
  /** Block the finding belongs to. Block rules may leave it out. */
  blockId?: string;
  start?: number;
  end?: number;
  suggestions?: string[];
  severity?: Severity;
  /**
   * For document-level findings: a sentence the writer could adapt, and the
   * block the side panel should show it beside (a heading, the venue line).
   */
  example?: string;
  anchorBlockId?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Null for a document-level finding. */
  blockId: string | null;
  start: number | null;
  end: number | null;
  /** The flagged words, or null for a document-level finding. */
  text: string | null;
  suggestions: string[];
  barriers: string[];
  enablers: string[];
  example?: string;
  /** Where a document-level finding is best shown; equals blockId when ranged. */
  anchorBlockId: string | null;
}

export interface ProfileMatch {
  id: ProfileId;
  /** Plain reasons, e.g. 'mentions "closing date"'. */
  reasons: string[];
  /** 'config' when the user chose it. */
  source: 'detected' | 'config';
}

export interface DocStats {
  words: number;
  sentences: number;
  paragraphs: number;
  averageSentenceLength: number;
  /** UK reading age in years (US grade + 5), from Flesch–Kincaid. */
  readingAge: number;
  fleschKincaidGrade: number;
}

export interface Report {
  findings: Finding[];
  profiles: ProfileMatch[];
  stats: DocStats;
  /** How many blocks were analysed afresh rather than taken from the cache. */
  analysedBlocks: number;
}
