/**
 * The review report as plain text, for pasting into an email or a ticket:
 *
 *   reviewToText(report: ReviewReport): string
 *
 * Same parts and order as the HTML page: summary and overall comment, the
 * findings by barrier with the enablers and each mark, the questions.
 * Plain text has no markup to escape; line breaks inside the document's
 * words are folded to spaces so each item stays on its own lines.
 */
import { countsInWords, omittedNote, totals } from '../report/model';
import { groupByBarrier, sortEnablers } from '../report/markdown';
import { barrierTitle, describeProfiles, enablerTitle, place, placesNote } from '../report/labels';
import type { ReviewReport } from './report';
import { capitalise, commentParagraphs, markInWords, reviewedLine, reviewHeading, STATUS_LABEL, tallyInWords } from './report-words';

const one = (s: string) => s.replace(/\s+/g, ' ').trim();

function underline(title: string, ch: string): string[] {
  return [title, ch.repeat(Math.min(title.length, 72))];
}

export function reviewToText(r: ReviewReport): string {
  const out = [...underline(reviewHeading(r), '='), reviewedLine(r), ''];
  out.push(`Document: ${one(r.title)}`);
  if (r.url) out.push(`Link: ${one(r.url)}`);
  if (r.reviewer) out.push(`Reviewer: ${one(r.reviewer)}`);
  out.push(`Findings: ${tallyInWords(r.summary.findings)}`, `Questions: ${tallyInWords(r.summary.questions)}`, '');
  out.push(...underline('Overall comment', '-'));
  out.push(...(r.overallComment ? commentParagraphs(r.overallComment).flatMap((p) => [p, '']) : ['No overall comment.', '']));

  out.push(...underline('What the automatic check found', '-'));
  const res = r.result;
  if (res.error) {
    out.push(`This document could not be read. ${one(res.error)}`, '');
  } else {
    const t = totals([res]);
    out.push(`Kind of document: ${describeProfiles(res.profiles)}`);
    out.push(`Findings: ${t.findings ? `${t.findings}: ${countsInWords(t)}` : 'none'}`);
    if (res.stats) out.push(`Words: ${res.stats.words}; average sentence ${res.stats.averageSentenceLength} words; reading age about ${Math.round(res.stats.readingAge)}`);
    out.push('');
    const note = placesNote(res);
    if (note && res.findings.length) out.push(note, '');
    const omitted = omittedNote(res);
    if (omitted) out.push(omitted, '');
    const marks = new Map(r.findings.map((f) => [f.finding, f.mark]));
    for (const g of groupByBarrier(res.findings)) {
      out.push(capitalise(g.barrier ? barrierTitle(g.barrier) : 'Other findings'));
      const enablers = sortEnablers(g.findings.flatMap((f) => f.enablers));
      if (enablers.length) out.push(`What helps: ${enablers.map((id) => capitalise(enablerTitle(id))).join('; ')}`);
      out.push('');
      for (const f of g.findings) {
        const found = f.text ? ` “${one(f.text)}”` : '';
        out.push(`- ${place(f)} (${f.severity})${found}: ${one(f.message)}`);
        if (f.example) out.push(`  For example: “${one(f.example)}”`);
        if (f.suggestions.length) out.push(`  Try: ${f.suggestions.map((s) => `“${one(s)}”`).join(' or ')}`);
        const mark = marks.get(f);
        if (mark) out.push(`  Review: ${markInWords(mark)}`);
      }
      out.push('');
    }
  }

  out.push(...underline('Reviewer questions', '-'));
  r.questions.forEach((q, i) => {
    out.push(`${i + 1}. ${q.question.question}`);
    if (q.enablers.length) out.push(`   What helps: ${q.enablers.map((e) => capitalise(e.title)).join('; ')}`);
    out.push(`   Mark: ${STATUS_LABEL[q.mark.status]}`);
    const answer = commentParagraphs(q.mark.comment);
    if (answer.length) out.push(`   Answer: ${answer.join('\n   ')}`);
    out.push('');
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
