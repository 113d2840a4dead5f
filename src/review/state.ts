/**
 * Review mode: a reviewer marks each automatic finding and each reviewer
 * question (agree / not relevant / a comment) and adds an overall comment.
 * The state is plain JSON, kept per document, so it survives closing the
 * browser. Item keys do not depend on block ids, which change between
 * checks: a finding is known by its rule, its words and which occurrence it is.
 */
import type { Finding } from '../engine';
import { parseGoogleDocUrl } from '../sources/google-docs-url';

export type ReviewStatus = 'agree' | 'not-relevant';

export interface ReviewMark {
  status: ReviewStatus | null;
  comment: string;
}

export interface ReviewState {
  version: 1;
  /** URL without its #fragment, "gdoc:<id>", or "file:<sha-256>". */
  docKey: string;
  title: string;
  /** ISO time of the last change. */
  updatedAt: string;
  marks: Record<string, ReviewMark>;
  overallComment: string;
  reviewer?: string;
}

export function emptyReview(docKey: string, title: string, now = new Date()): ReviewState {
  return { version: 1, docKey, title, updatedAt: now.toISOString(), marks: {}, overallComment: '' };
}

/** Stable keys for a report's findings, in report order. */
export function findingKeys(findings: Finding[]): string[] {
  const counts = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}|${(f.text ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return `f:${base}|${n}`;
  });
}

export function questionKey(questionId: string): string {
  return `q:${questionId}`;
}

export function setMark(
  state: ReviewState,
  key: string,
  change: Partial<ReviewMark>,
  now = new Date(),
): ReviewState {
  const before = state.marks[key] ?? { status: null, comment: '' };
  const mark: ReviewMark = { ...before, ...change };
  const marks = { ...state.marks };
  if (mark.status === null && !mark.comment.trim()) delete marks[key];
  else marks[key] = mark;
  return { ...state, marks, updatedAt: now.toISOString() };
}

export function setOverallComment(state: ReviewState, comment: string, now = new Date()): ReviewState {
  return { ...state, overallComment: comment, updatedAt: now.toISOString() };
}

/** Read stored JSON back; anything unexpected becomes an empty review rather than an error. */
export function parseReviewState(value: unknown, docKey: string, title: string): ReviewState {
  const empty = emptyReview(docKey, title);
  if (typeof value !== 'object' || value === null) return empty;
  const v = value as Partial<ReviewState>;
  if (v.version !== 1 || v.docKey !== docKey) return empty;
  const marks: Record<string, ReviewMark> = {};
  if (v.marks && typeof v.marks === 'object') {
    for (const [k, m] of Object.entries(v.marks)) {
      if (!m || typeof m !== 'object') continue;
      const status = m.status === 'agree' || m.status === 'not-relevant' ? m.status : null;
      const comment = typeof m.comment === 'string' ? m.comment : '';
      if (status || comment) marks[k] = { status, comment };
    }
  }
  return {
    version: 1,
    docKey,
    title: typeof v.title === 'string' && v.title ? v.title : title,
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : empty.updatedAt,
    marks,
    overallComment: typeof v.overallComment === 'string' ? v.overallComment : '',
    ...(typeof v.reviewer === 'string' ? { reviewer: v.reviewer } : {}),
  };
}

/** The key a document's review is stored under. */
export function docKeyForUrl(url: string): string {
  const gdoc = parseGoogleDocUrl(url);
  if (gdoc) return `gdoc:${gdoc.id}`;
  return url.replace(/#.*$/, '');
}

export async function docKeyForFile(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `file:${hex}`;
}
