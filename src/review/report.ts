/**
 * The review report: the automatic check plus a reviewer's marks, answers to
 * the reviewer questions, and an overall comment, ready to save or print.
 *
 * API (for the side panel's “Export review” and for tests):
 *
 *   buildReviewReport(input: ReviewReportInput): ReviewReport
 *     input.document is either what the side panel has after a check,
 *       { report: Report; source: SourceDoc; path: string; content?: string }
 *     or a FileResult from src/report/model (with the keys from findingKeys()
 *     of the same findings if you have them; otherwise they are worked out
 *     from the findings' rule and words, which is the same for every source
 *     except text and Markdown files, whose words come from the file).
 *     input.state is the document's ReviewState; input.questions defaults to
 *     the catalog's REVIEW_QUESTIONS; title, url, reviewer (default
 *     state.reviewer), date (default now) and timeZone (default the
 *     computer's) go in the heading.
 *
 *   reviewToMarkdown(report): string   — the automatic part is exactly
 *     `doing-with check --format markdown` with one more column, “Review”;
 *     then the questions, the overall comment and a summary.
 *   reviewToHtml(report): string       — a complete printable page (see report-html.ts).
 *   reviewToText(report): string       — plain text for the clipboard.
 *
 * Everything the document or the reviewer wrote is data: the renderers
 * escape it so it cannot become links, tables, headings or markup.
 */
import type { Report } from '../engine';
import type { SourceDoc } from '../sources/types';
import { fileResult, type FileResult, type LocatedFinding } from '../report/model';
import { escapeMarkdown, formatMarkdown } from '../report/markdown';
import { REVIEW_QUESTIONS, getBarrier, getEnabler, type Barrier, type Enabler, type ReviewQuestion } from '../../rules/catalog';
import { findingKeys, questionKey, type ReviewMark, type ReviewState, type ReviewStatus } from './state';
import { capitalise, commentParagraphs, markInWords, reviewedLine, reviewHeading, STATUS_LABEL, tallyInWords } from './report-words';

export type ReviewDocumentInput =
  | { report: Report; source: SourceDoc; path: string; content?: string }
  | { result: FileResult; keys?: string[] };

export interface ReviewReportInput {
  document: ReviewDocumentInput;
  state: ReviewState;
  questions?: readonly ReviewQuestion[];
  /** The document's title; defaults to the review's, then the document's own, then its path. */
  title?: string;
  /** Where the document lives (a Google Doc or web page). */
  url?: string;
  reviewer?: string;
  date?: Date;
  /** For the date in the heading, e.g. 'Europe/London'; defaults to the computer's. */
  timeZone?: string;
}

export interface ItemMark {
  status: ReviewStatus | 'open';
  comment: string;
}

export interface ReviewedFinding {
  key: string;
  finding: LocatedFinding;
  mark: ItemMark;
}

export interface ReviewedQuestion {
  key: string;
  question: ReviewQuestion;
  barriers: Barrier[];
  enablers: Enabler[];
  mark: ItemMark;
}

export interface Tally {
  total: number;
  agree: number;
  notRelevant: number;
  open: number;
  /** Items with a comment or answer, whatever their status. */
  commented: number;
}

export interface ReviewReport {
  title: string;
  url?: string;
  reviewer?: string;
  /** “26 November 2026”. */
  dateText: string;
  result: FileResult;
  findings: ReviewedFinding[];
  questions: ReviewedQuestion[];
  overallComment: string;
  summary: { findings: Tally; questions: Tally };
}

const OPEN: ItemMark = { status: 'open', comment: '' };

function toItemMark(mark: ReviewMark | undefined): ItemMark {
  if (!mark) return OPEN;
  return { status: mark.status ?? 'open', comment: mark.comment.trim() };
}

/** Keys for findings that have already been placed in a file (same rule as findingKeys). */
function keysForLocated(findings: LocatedFinding[]): string[] {
  return findingKeys(findings.map((f) => ({ ...f, blockId: null, anchorBlockId: null })));
}

function tally(marks: ItemMark[]): Tally {
  const t: Tally = { total: marks.length, agree: 0, notRelevant: 0, open: 0, commented: 0 };
  for (const m of marks) {
    if (m.status === 'agree') t.agree++;
    else if (m.status === 'not-relevant') t.notRelevant++;
    else t.open++;
    if (m.comment) t.commented++;
  }
  return t;
}

export function formatReviewDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

export function buildReviewReport(input: ReviewReportInput): ReviewReport {
  const doc = input.document;
  let result: FileResult;
  let keys: string[];
  if ('report' in doc) {
    result = fileResult(doc.path, doc.source, doc.report, doc.content);
    keys = findingKeys(doc.report.findings);
  } else {
    result = doc.result;
    keys = doc.keys && doc.keys.length === doc.result.findings.length ? doc.keys : keysForLocated(doc.result.findings);
  }
  const findings = result.findings.map((finding, i) => {
    const key = keys[i]!;
    return { key, finding, mark: toItemMark(input.state.marks[key]) };
  });
  const questions = (input.questions ?? REVIEW_QUESTIONS).map((question) => {
    const key = questionKey(question.id);
    return {
      key,
      question,
      barriers: question.barriers.map((id) => getBarrier(id)).filter((b): b is Barrier => !!b),
      enablers: question.enablers.map((id) => getEnabler(id)).filter((e): e is Enabler => !!e),
      mark: toItemMark(input.state.marks[key]),
    };
  });
  const reviewer = (input.reviewer ?? input.state.reviewer ?? '').trim();
  const report: ReviewReport = {
    title: (input.title || input.state.title || result.title || result.path).trim(),
    dateText: formatReviewDate(input.date ?? new Date(), input.timeZone),
    result,
    findings,
    questions,
    overallComment: input.state.overallComment.trim(),
    summary: { findings: tally(findings.map((f) => f.mark)), questions: tally(questions.map((q) => q.mark)) },
  };
  if (input.url) report.url = input.url;
  if (reviewer) report.reviewer = reviewer;
  return report;
}

// ─── Markdown ───────────────────────────────────────────────────────────────

function markdownComment(label: string, comment: string): string[] {
  if (!comment) return [];
  return [`**${label}:**`, '', ...commentParagraphs(comment).flatMap((p, i) => (i ? ['>', `> ${escapeMarkdown(p)}`] : [`> ${escapeMarkdown(p)}`])), ''];
}

export function reviewToMarkdown(r: ReviewReport): string {
  const marks = new Map(r.findings.map((f) => [f.finding, f.mark]));
  const automatic = formatMarkdown([r.result], {
    title: reviewHeading(r),
    dateLine: reviewedLine(r),
    review: { markFor: (_file, finding) => markInWords(marks.get(finding) ?? OPEN) },
  });
  const out = [automatic.replace(/\n+$/, ''), '', '## Reviewer questions', ''];
  out.push('_Some barriers cannot be seen in the words of a document, so the reviewer was asked about them._', '');
  r.questions.forEach((q, i) => {
    out.push(`### ${i + 1}\\. ${escapeMarkdown(q.question.question)}`, '');
    out.push(`_${escapeMarkdown(q.question.help)}_`, '');
    if (q.enablers.length) {
      out.push('**What helps:**', '');
      for (const e of q.enablers) out.push(`- ${escapeMarkdown(capitalise(e.title))}`);
      out.push('');
    }
    out.push(`**Mark:** ${STATUS_LABEL[q.mark.status]}`, '');
    out.push(...markdownComment('Answer', q.mark.comment));
  });
  out.push('## Overall comment', '');
  if (r.overallComment) out.push(...commentParagraphs(r.overallComment).flatMap((p) => [escapeMarkdown(p), '']));
  else out.push('No overall comment.', '');
  out.push('## Review summary', '', '| | |', '|---|---|');
  out.push(`| Document | ${escapeMarkdown(r.title)} |`);
  if (r.url) out.push(`| Link | ${escapeMarkdown(r.url)} |`);
  if (r.reviewer) out.push(`| Reviewer | ${escapeMarkdown(r.reviewer)} |`);
  out.push(`| Date | ${escapeMarkdown(r.dateText)} |`);
  out.push(`| Findings | ${tallyInWords(r.summary.findings)} |`);
  out.push(`| Questions | ${tallyInWords(r.summary.questions)} |`);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export { reviewToHtml } from './report-html';
export { reviewToText } from './report-text';
export { STATUS_LABEL, markInWords, tallyInWords } from './report-words';
