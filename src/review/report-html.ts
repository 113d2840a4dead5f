/**
 * The review report as one printable HTML page: no scripts, no outside files,
 * its own print styles (readable type, high contrast, each part on a new
 * page), so “Print › Save as PDF” gives a tidy document. The same parts as
 * the Markdown: the automatic check grouped by barrier with the enablers, a
 * Review column, the reviewer questions, the overall comment, a summary.
 *
 *   reviewToHtml(report: ReviewReport): string
 *
 * Every piece of text is escaped: nothing the document or the reviewer wrote
 * can become markup. A Content-Security-Policy blocks scripts and loads as
 * a second line of defence.
 */
import { countsInWords, omittedNote, totals, type LocatedFinding } from '../report/model';
import { groupByBarrier, sortEnablers } from '../report/markdown';
import { barrierTitle, describeProfiles, enablerTitle, place, placesNote } from '../report/labels';
import {
  capitalise,
  commentParagraphs,
  reviewedLine,
  reviewHeading,
  STATUS_LABEL,
  tallyInWords,
} from './report-words';
import type { ItemMark, ReviewReport } from './report';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML that shows it literally (safe in element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: #fff; color: #000;
  font: 12pt/1.5 Arial, "Helvetica Neue", Helvetica, sans-serif; }
h1 { font-size: 20pt; margin: 0 0 .5rem; line-height: 1.2; }
h2 { font-size: 16pt; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #000; }
h3 { font-size: 13pt; margin: 1.25rem 0 .4rem; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { margin: .3rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #000; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.nowrap { white-space: nowrap; }
.review-col { min-width: 7rem; }
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr, li, .question { break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 4px solid #000; }
.meta th { width: 12rem; }
.mark { font-weight: bold; }
.note { font-style: italic; }
.open { font-weight: bold; }
section + section { margin-top: 2rem; }
@page { margin: 18mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section + section { break-before: page; page-break-before: always; margin-top: 0; }
  th { background: #e8e8e8; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

const e = escapeHtml;

function metaRow(label: string, valueHtml: string): string {
  return `<tr><th scope="row">${e(label)}</th><td>${valueHtml}</td></tr>`;
}

/** A link only for a web address; anything else (javascript:, data:) is shown as text. */
function linkHtml(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

function markHtml(mark: ItemMark): string {
  const cls = mark.status === 'open' ? 'mark open' : 'mark';
  const status = `<span class="${cls}">${e(STATUS_LABEL[mark.status])}</span>`;
  if (!mark.comment) return status;
  return `${status}${commentParagraphs(mark.comment).map((p) => `<br>${e(p)}`).join('')}`;
}

function commentHtml(comment: string): string {
  return commentParagraphs(comment).map((p) => `<p>${e(p)}</p>`).join('\n');
}

function findingRow(f: LocatedFinding, mark: ItemMark): string {
  let what = e(f.message);
  if (f.example) what += `<br>For example: “${e(f.example)}”`;
  const others = f.barriers.slice(1).map(barrierTitle);
  if (others.length) what += `<br>Also: ${e(others.join('; '))}`;
  const found = f.text ? `“${e(f.text.replace(/\s+/g, ' ').trim())}”` : '—';
  const tryThis = f.suggestions.map((s) => `“${e(s)}”`).join(' or ');
  return `<tr><td class="nowrap">${e(place(f))}</td><td class="nowrap">${e(f.severity)}</td><td>${found}</td><td>${what}</td><td>${tryThis}</td><td>${markHtml(mark)}</td></tr>`;
}

function automaticSection(r: ReviewReport): string[] {
  const res = r.result;
  const out = ['<section aria-labelledby="automatic">', '<h2 id="automatic">What the automatic check found</h2>'];
  if (res.error) {
    out.push(`<p>This document could not be read. ${e(res.error)}</p>`, '</section>');
    return out;
  }
  const t = totals([res]);
  out.push('<table class="meta"><tbody>');
  out.push(metaRow('Kind of document', e(describeProfiles(res.profiles))));
  out.push(metaRow('Findings', e(t.findings ? `${t.findings}: ${countsInWords(t)}` : 'none')));
  if (res.stats) {
    out.push(metaRow('Words', e(String(res.stats.words))));
    out.push(metaRow('Average sentence', e(`${res.stats.averageSentenceLength} words`)));
    out.push(metaRow('Reading age', e(`about ${Math.round(res.stats.readingAge)}`)));
  }
  out.push('</tbody></table>');
  if (!res.findings.length) {
    out.push('<p>Nothing found to change.</p>', '</section>');
    return out;
  }
  const note = placesNote(res);
  if (note) out.push(`<p class="note">${e(note)}</p>`);
  const omitted = omittedNote(res);
  if (omitted) out.push(`<p><strong>${e(omitted)}</strong></p>`);
  const marks = new Map(r.findings.map((f) => [f.finding, f.mark]));
  for (const g of groupByBarrier(res.findings)) {
    out.push(`<h3>${e(capitalise(g.barrier ? barrierTitle(g.barrier) : 'Other findings'))}</h3>`);
    const enablers = sortEnablers(g.findings.flatMap((f) => f.enablers));
    if (enablers.length) {
      out.push('<p><strong>What helps:</strong></p>', '<ul>');
      for (const id of enablers) out.push(`<li>${e(capitalise(enablerTitle(id)))}</li>`);
      out.push('</ul>');
    }
    out.push('<table><thead><tr><th scope="col">Where</th><th scope="col">Severity</th><th scope="col">Found</th><th scope="col">What to change</th><th scope="col">Try</th><th scope="col" class="review-col">Review</th></tr></thead><tbody>');
    for (const f of g.findings) out.push(findingRow(f, marks.get(f) ?? { status: 'open', comment: '' }));
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out;
}

function questionsSection(r: ReviewReport): string[] {
  const out = ['<section aria-labelledby="questions">', '<h2 id="questions">Reviewer questions</h2>'];
  out.push('<p class="note">Some barriers cannot be seen in the words of a document, so the reviewer was asked about them.</p>');
  r.questions.forEach((q, i) => {
    out.push('<div class="question">', `<h3>${i + 1}. ${e(q.question.question)}</h3>`, `<p class="note">${e(q.question.help)}</p>`);
    if (q.enablers.length) {
      out.push('<p><strong>What helps:</strong></p>', '<ul>');
      for (const en of q.enablers) out.push(`<li>${e(capitalise(en.title))}</li>`);
      out.push('</ul>');
    }
    out.push(`<p><strong>Mark:</strong> <span class="${q.mark.status === 'open' ? 'mark open' : 'mark'}">${e(STATUS_LABEL[q.mark.status])}</span></p>`);
    if (q.mark.comment) out.push('<p><strong>Answer:</strong></p>', `<blockquote>${commentHtml(q.mark.comment)}</blockquote>`);
    out.push('</div>');
  });
  out.push('</section>');
  return out;
}

export function reviewToHtml(r: ReviewReport): string {
  const heading = reviewHeading(r);
  const out = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(heading)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<section aria-labelledby="summary">',
    `<h1 id="summary">${e(heading)}</h1>`,
    `<p>${e(reviewedLine(r))}</p>`,
    '<table class="meta"><tbody>',
    metaRow('Document', e(r.title)),
  ];
  if (r.url) out.push(metaRow('Link', linkHtml(r.url)));
  else if (r.result.path !== r.title) out.push(metaRow('File', e(r.result.path)));
  if (r.reviewer) out.push(metaRow('Reviewer', e(r.reviewer)));
  out.push(metaRow('Date', e(r.dateText)));
  out.push(metaRow('Findings', e(tallyInWords(r.summary.findings))));
  out.push(metaRow('Questions', e(tallyInWords(r.summary.questions))));
  out.push('</tbody></table>', '<h2>Overall comment</h2>');
  out.push(r.overallComment ? commentHtml(r.overallComment) : '<p>No overall comment.</p>');
  out.push('</section>');
  // concat, not push(...): a long list of findings spread into push() overflows the stack.
  const all = out.concat(automaticSection(r), questionsSection(r), ['</main>', '</body>', '</html>']);
  return `${all.join('\n')}\n`;
}
