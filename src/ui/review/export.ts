/** Review exports from the side panel: a file to save, a printable page, or the clipboard. Nothing is uploaded. */
import { buildReviewReport, reviewToHtml, reviewToMarkdown, reviewToText } from '../../review/report';
import { downloadText } from '../download';
import type { ReviewState } from '../../review/state';
import { exportFileName, reviewInput, type ReviewDoc } from './document';

export type ExportKind = 'markdown' | 'html' | 'open-html' | 'copy-text' | 'copy-markdown';

function build(doc: ReviewDoc, review: ReviewState) {
  return buildReviewReport({ document: reviewInput(doc), state: review, title: review.title || doc.title, ...(doc.url ? { url: doc.url } : {}) });
}


/** Do the export and say, in plain words, what happened. */
export async function exportReview(kind: ExportKind, doc: ReviewDoc, review: ReviewState): Promise<string> {
  const report = build(doc, review);
  const title = report.title;
  switch (kind) {
    case 'markdown': {
      const name = exportFileName(title, 'md');
      downloadText(name, reviewToMarkdown(report), 'text/markdown;charset=utf-8');
      return `Saved the review as ${name} in your downloads.`;
    }
    case 'html': {
      const name = exportFileName(title, 'html');
      downloadText(name, reviewToHtml(report), 'text/html;charset=utf-8');
      return `Saved the printable page as ${name} in your downloads. Open it and print it, or save it as a PDF.`;
    }
    case 'open-html': {
      const url = URL.createObjectURL(new Blob([reviewToHtml(report)], { type: 'text/html;charset=utf-8' }));
      const opened = window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return opened
        ? 'Opened the printable page in a new tab. Use your browser’s Print to print it or save it as a PDF.'
        : 'Your browser did not open a new tab. Use “Download printable page” instead.';
    }
    case 'copy-text':
    case 'copy-markdown': {
      const text = kind === 'copy-text' ? reviewToText(report) : reviewToMarkdown(report);
      try {
        await navigator.clipboard.writeText(text);
        return kind === 'copy-text' ? 'Copied the review as plain text. Paste it into an email or document.' : 'Copied the review as Markdown.';
      } catch {
        return 'Your browser did not let us copy. Use “Download Markdown” instead.';
      }
    }
  }
}
