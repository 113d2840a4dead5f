/** Words shared by the review report's Markdown, HTML and text renderers. */
import type { ItemMark, ReviewReport, Tally } from './report';

export const STATUS_LABEL: Record<ItemMark['status'], string> = {
  agree: 'Agree',
  'not-relevant': 'Not relevant',
  open: 'Open',
};

/** “Agree: we will add dates” — one line, for a table cell. */
export function markInWords(mark: ItemMark): string {
  return mark.comment ? `${STATUS_LABEL[mark.status]}: ${mark.comment.replace(/\s+/g, ' ')}` : STATUS_LABEL[mark.status];
}

/** “5: 2 agreed, 1 not relevant and 2 open”. */
export function tallyInWords(t: Tally): string {
  if (!t.total) return 'none';
  const parts = [t.agree ? `${t.agree} agreed` : '', t.notRelevant ? `${t.notRelevant} not relevant` : '', t.open ? `${t.open} open` : ''].filter(Boolean);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const comments = t.commented ? `; ${t.commented} with ${t.commented === 1 ? 'a comment' : 'comments'}` : '';
  return `${t.total}: ${list}${comments}`;
}

export function reviewHeading(r: ReviewReport): string {
  return `Review of “${r.title}”`;
}

export function reviewedLine(r: ReviewReport): string {
  return r.reviewer ? `Reviewed by ${r.reviewer} on ${r.dateText}.` : `Reviewed on ${r.dateText}.`;
}

/** Paragraphs of a comment, blank lines between them kept, each on one line. */
export function commentParagraphs(comment: string): string[] {
  return comment.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

