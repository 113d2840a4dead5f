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
  /**
   * The block's shape, from sources that carry it (web pages, rich fields,
   * HTML, Word, Google Docs, Markdown). Absent for plain text and PDF: rules
   * that read structure then say nothing rather than guess.
   */
  structure?: BlockStructure;
}

/** A link in a block. Offsets are in the block text; `text` is what the reader sees (may be empty). */
export interface BlockLink {
  text: string;
  href: string;
  start: number;
  end: number;
  /** A name given only to screen readers (aria-label), when there is one. */
  label?: string;
}

/** An image at a place in a block (or just before it, for an image on its own). */
export interface BlockImage {
  /** The alt text; null when the image has none at all. */
  alt: string | null;
  /** Marked as decoration (alt="", role="presentation"): screen readers skip it, rightly. */
  decorative: boolean;
  /** Where it sits in the block text. */
  at: number;
  /** The caption shown with it, when the source says which it is. */
  caption?: string;
  /** The image is (part of) a link. */
  inLink?: boolean;
}

export type MarkKind = 'bold' | 'italic' | 'underline';

/** A stretch of the block text in bold, italics or underlined. */
export interface BlockMark {
  kind: MarkKind;
  start: number;
  end: number;
}

/** Where a table cell sits. Tables are numbered in reading order. */
export interface BlockTableCell {
  table: number;
  row: number;
  col: number;
  /** A header cell (th, a header row, a column or row header). */
  header: boolean;
  /** The table says it is for layout only (role="presentation"). */
  layout?: boolean;
}

export interface BlockListItem {
  ordered: boolean;
  /** 1 for a top-level list. */
  depth: number;
}

export interface BlockStructure {
  links?: BlockLink[];
  images?: BlockImage[];
  marks?: BlockMark[];
  table?: BlockTableCell;
  list?: BlockListItem;
}

export interface TextDocMeta {
  title?: string;
  /** Where the document came from: a path, a URL, "pasted text". */
  source?: string;
}

export interface TextDoc {
  blocks: Block[];
  meta: TextDocMeta;
  /** True when the source carries structure (see Block.structure); plain text and PDF do not. */
  structured?: boolean;
}

/** Whether a document carries structure: said by its source, or seen on its blocks (blocks sent from a page). */
export function carriesStructure(doc: TextDoc): boolean {
  return doc.structured ?? doc.blocks.some((b) => b.structure !== undefined);
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
  /**
   * The named hooks of the rule: code that makes findings no data pattern
   * could (sentence length, date arithmetic, a word list). A finding made by
   * one carries the id "<rule id>/<hook>" as its patternId, so every finding
   * says what made it. "word-list:*" stands for "word-list:<any name>".
   */
  hooks?: string[];
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
  /**
   * What made the finding: the id of a data pattern (rules/patterns/*.yaml,
   * "missing-updates/updates.phrases/keep-people-updated") or of one of the
   * rule's hooks ("long-sentence/length", see RuleMeta.hooks).
   */
  patternId?: string;
  /**
   * For a finding about one place in the anchor block that has no words to
   * flag (an image): its offset in that block's text, so reports can say
   * where it is rather than “whole document”.
   */
  anchorOffset?: number;
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
  /** What made it: a data pattern's id ("leading-question/phrases/do-you-agree-that") or a hook's ("long-sentence/length"). For developers, not shown to users. */
  patternId?: string;
  /** The place in the anchor block a finding with no words is about (an image), as RuleReport.anchorOffset. */
  anchorOffset?: number;
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
