/**
 * What review mode works on: one checked document (a page, a Google Doc, a
 * file, pasted text), how its review is keyed, and the pieces the review
 * report needs. Pure, so it is unit-tested without a browser.
 */
import type { DocStats, ProfileMatch, Report } from '../../engine/types';
import type { PanelFinding } from '../../extension/messages';
import type { ReviewDocumentInput } from '../../review/report';
import type { SourceDoc } from '../../sources/types';

export interface ReviewDoc {
  /** From docKeyForUrl, docKeyForFile or textDocKey. */
  docKey: string;
  title: string;
  /** A web page or Google Doc's address; not set for files and pasted text. */
  url?: string;
  /** The file name, or the address: the report's “Document” column. */
  path: string;
  findings: PanelFinding[];
  profiles: ProfileMatch[];
  stats: DocStats;
  /** The document as read (files, pasted text, Google Docs), for line or block numbers in the report. */
  source?: SourceDoc;
  /** A text or Markdown file's own text, so the report gives its lines. */
  content?: string;
}

/** The key for pasted text's review: the SHA-256 of the text (so the same text finds its review again). */
export async function textDocKey(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text.replace(/\r\n?/g, '\n').trim()));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `text:${hex}`;
}

/** The storage.local key a review is kept under. */
export function reviewStorageKey(docKey: string): string {
  return `review:${docKey}`;
}

/** The input buildReviewReport needs. A page's blocks stay in the tab, so its findings have no line numbers. */
export function reviewInput(doc: ReviewDoc): ReviewDocumentInput {
  const report: Report = { findings: doc.findings, profiles: doc.profiles, stats: doc.stats, analysedBlocks: 0 };
  const source: SourceDoc = doc.source ?? { doc: { blocks: [], meta: { title: doc.title } }, locate: () => null };
  return { report, source, path: doc.path, ...(doc.content !== undefined ? { content: doc.content } : {}) };
}

/** A file name for an export: the title in plain lower-case words, no characters file systems refuse. */
export function exportFileName(title: string, ending: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `review-${slug || 'document'}.${ending}`;
}
