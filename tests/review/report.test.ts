/** The review report: marks, questions, escaping, and the same automatic part as `doing-with check --format markdown`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/lint';
import { fileResult, type FileResult } from '../../src/report/model';
import { escapeMarkdown } from '../../src/report/markdown';
import { buildReviewReport, reviewToHtml, reviewToMarkdown, reviewToText, type ReviewReportInput } from '../../src/review/report';
import { emptyReview, findingKeys, questionKey, setMark, setOverallComment, type ReviewState } from '../../src/review/state';
import { googleDocFromHtml } from '../../src/sources/google-docs';
import { readSource } from '../../src/sources/read-file';
import { getEnabler, REVIEW_QUESTIONS } from '../../rules/catalog';
import { runInProcess } from '../cli/helpers';

const DATE = new Date('2026-11-26T12:00:00Z');
const URL_ = 'https://docs.google.com/document/d/1bX9kQe7LmN2pR4sT6vW8yZ0aB3cD5eF7gH9iJ1kL3mN/edit';
const FILES = fileURLToPath(new URL('../fixtures/files/', import.meta.url));

const source = googleDocFromHtml(readFileSync(new URL('../fixtures/google-docs/export.html', import.meta.url), 'utf8'), { source: URL_ });
const report = createLinter().lint(source.doc);
const keys = findingKeys(report.findings);

function reviewed(): ReviewState {
  let s = emptyReview('gdoc:1bX9', 'Community mental health engagement plan', DATE);
  s = setMark(s, keys[0]!, { status: 'agree', comment: 'We will say “use” instead.' }, DATE);
  s = setMark(s, keys[1]!, { status: 'not-relevant' }, DATE);
  s = setMark(s, questionKey('senior-support'), { status: 'agree', comment: 'The director of adult social care.\n\nShe reports to the board in June.' }, DATE);
  s = setMark(s, questionKey('resources-in-place'), { status: 'not-relevant' }, DATE);
  return setOverallComment(s, 'A good start.\n\nPlease add dates for each step.', DATE);
}

const input = (state = reviewed()): ReviewReportInput => ({
  document: { report, source, path: URL_ },
  state,
  url: URL_,
  reviewer: 'Sam Patel',
  date: DATE,
  timeZone: 'Europe/London',
});

describe('buildReviewReport', () => {
  it('needs real findings to test with', () => {
    expect(report.findings.length).toBeGreaterThanOrEqual(3);
  });

  it('joins each finding and question with its mark, and counts them', () => {
    const r = buildReviewReport(input());
    expect(r.title).toBe('Community mental health engagement plan');
    expect(r.dateText).toBe('26 November 2026');
    expect(r.findings[0]!.mark).toEqual({ status: 'agree', comment: 'We will say “use” instead.' });
    expect(r.findings[1]!.mark).toEqual({ status: 'not-relevant', comment: '' });
    expect(r.findings[2]!.mark).toEqual({ status: 'open', comment: '' });
    const n = report.findings.length;
    expect(r.summary.findings).toEqual({ total: n, agree: 1, notRelevant: 1, open: n - 2, commented: 1 });
    expect(r.summary.questions).toEqual({ total: REVIEW_QUESTIONS.length, agree: 1, notRelevant: 1, open: REVIEW_QUESTIONS.length - 2, commented: 1 });
  });

  it('finds the marks from a FileResult too, with or without keys', () => {
    const result = fileResult(URL_, source, report);
    for (const document of [{ result }, { result, keys }]) {
      const r = buildReviewReport({ ...input(), document });
      expect(r.findings.map((f) => f.mark.status).slice(0, 3)).toEqual(['agree', 'not-relevant', 'open']);
    }
  });

  it('takes the questions and their enablers from the catalog', () => {
    const r = buildReviewReport(input());
    expect(r.questions.map((q) => q.question.id)).toEqual(REVIEW_QUESTIONS.map((q) => q.id));
    for (const q of r.questions) expect(q.enablers.map((e) => e.id)).toEqual([...q.question.enablers]);
    const only = buildReviewReport({ ...input(), questions: REVIEW_QUESTIONS.slice(1, 3) });
    expect(only.questions.map((q) => q.key)).toEqual([questionKey(REVIEW_QUESTIONS[1]!.id), questionKey(REVIEW_QUESTIONS[2]!.id)]);
  });
});

describe('reviewToMarkdown', () => {
  const md = reviewToMarkdown(buildReviewReport(input()));

  it('shows each finding’s mark in a Review column', () => {
    expect(md).toContain('| Where | Severity | Found | What to change | Try | Review |');
    expect(md).toMatch(/ Agree: We will say “use” instead\. \|\n/);
    expect(md).toMatch(/ Not relevant \|\n/);
    expect(md).toMatch(/ Open \|\n/);
  });

  it('lists every reviewer question with its enablers, mark and answer', () => {
    for (const q of REVIEW_QUESTIONS) {
      expect(md).toContain(escapeMarkdown(q.question));
      for (const id of q.enablers) {
        const title = getEnabler(id)!.title;
        expect(md).toContain(`- ${escapeMarkdown(title[0]!.toUpperCase() + title.slice(1))}`);
      }
    }
    expect(md).toContain('### 1\\. Has someone senior agreed to act on what people say? Who?\n');
    expect(md).toContain('**Mark:** Agree\n\n**Answer:**\n\n> The director of adult social care.\n>\n> She reports to the board in June.\n');
    expect(md).toContain('**Mark:** Not relevant\n');
  });

  it('ends with the overall comment and a summary', () => {
    const n = report.findings.length;
    expect(md).toContain('## Overall comment\n\nA good start.\n\nPlease add dates for each step.\n');
    expect(md).toContain(`| Findings | ${n}: 1 agreed, 1 not relevant and ${n - 2} open; 1 with a comment |`);
    expect(md).toContain(`| Questions | ${REVIEW_QUESTIONS.length}: 1 agreed, 1 not relevant and ${REVIEW_QUESTIONS.length - 2} open; 1 with a comment |`);
    expect(md).toContain('| Reviewer | Sam Patel |');
    expect(md.startsWith('# Review of “Community mental health engagement plan”\n\nReviewed by Sam Patel on 26 November 2026.\n')).toBe(true);
  });

  it('says so when nothing has been marked yet', () => {
    const empty = reviewToMarkdown(buildReviewReport(input(emptyReview('gdoc:1bX9', 'Plan', DATE))));
    expect(empty).toContain('No overall comment.');
    expect(empty).not.toMatch(/ Agree(?:: [^|]*)? \|$|\*\*Mark:\*\* Agree/m);
    expect(empty).not.toMatch(/ Not relevant \|$|\*\*Mark:\*\* Not relevant/m);
    expect(empty).toContain(`| Findings | ${report.findings.length}: ${report.findings.length} open |`);
  });

  it('is the same every time, whatever order the marks were made in', () => {
    let s = emptyReview('gdoc:1bX9', 'Community mental health engagement plan', DATE);
    s = setOverallComment(s, 'A good start.\n\nPlease add dates for each step.', DATE);
    s = setMark(s, questionKey('resources-in-place'), { status: 'not-relevant' }, DATE);
    s = setMark(s, questionKey('senior-support'), { status: 'agree', comment: 'The director of adult social care.\n\nShe reports to the board in June.' }, DATE);
    s = setMark(s, keys[1]!, { status: 'not-relevant' }, DATE);
    s = setMark(s, keys[0]!, { status: 'agree', comment: 'We will say “use” instead.' }, DATE);
    expect(reviewToMarkdown(buildReviewReport(input(s)))).toBe(md);
    expect(reviewToHtml(buildReviewReport(input(s)))).toBe(reviewToHtml(buildReviewReport(input())));
  });
});

/** The review's automatic part with the Review column and the review's own heading lines taken out. */
function automaticPart(md: string): string {
  const auto = md.slice(0, md.indexOf('\n## Reviewer questions')).split('\n');
  const out: string[] = [];
  let inTable = false;
  auto.forEach((line, i) => {
    if (i === 0) return void out.push('# Doing With review');
    if (i === 2 || i === 3) return; // “Reviewed by … on …” and the blank line after it
    if (line === '| Where | Severity | Found | What to change | Try | Review |') {
      inTable = true;
      return void out.push('| Where | Severity | Found | What to change | Try |');
    }
    if (inTable && line === '|---|---|---|---|---|---|') return void out.push('|---|---|---|---|---|');
    if (inTable && line.startsWith('| ')) return void out.push(line.replace(/ (?:[^|\\]|\\.)*\|$/, ''));
    inTable = false;
    out.push(line);
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

describe('the automatic part is `doing-with check --format markdown`', () => {
  for (const name of ['sample.docx', 'sample.pdf']) {
    it(`for ${name}`, async () => {
      const cli = await runInProcess(['check', '--format', 'markdown', name], FILES);
      expect(cli.stderr).toBe('');
      const read = await readSource(name, new Uint8Array(readFileSync(`${FILES}${name}`)));
      const fileReport = createLinter().lint(read.source.doc);
      expect(fileReport.findings.length).toBeGreaterThan(0);
      const fileKeys = findingKeys(fileReport.findings);
      const state = setMark(setMark(emptyReview('file:x', name), fileKeys[0]!, { status: 'agree', comment: 'Yes | fix it' }), fileKeys[1] ?? 'none', { status: 'not-relevant' });
      const md = reviewToMarkdown(
        buildReviewReport({ document: { report: fileReport, source: read.source, path: name, content: read.content }, state, date: DATE, timeZone: 'UTC' }),
      );
      expect(md).toContain('Agree: Yes \\| fix it |');
      expect(automaticPart(md)).toBe(cli.stdout);
    });
  }
});

const HOSTILE = '<img src=x onerror=alert(1)> </style><script>alert(1)</script> [x](javascript:alert(1)) | pipes | # not a heading';

function hostileInput(): ReviewReportInput {
  const result: FileResult = {
    path: `plan${HOSTILE}.docx`,
    title: HOSTILE,
    positions: 'block',
    profiles: [{ id: 'general', reasons: [HOSTILE], source: 'detected' }],
    stats: null,
    findings: [
      {
        ruleId: 'jargon', severity: 'warning', message: `Message ${HOSTILE}`, text: HOSTILE, start: 0, end: 5, line: 1, column: 1,
        endLine: 1, endColumn: 6, suggestions: [HOSTILE], barriers: ['inaccessible-language', 'not-a-barrier'], enablers: ['not-an-enabler'],
        example: HOSTILE,
      },
    ],
  };
  const key = findingKeys([{ ...result.findings[0]!, blockId: 'b0', anchorBlockId: 'b0' }])[0]!;
  let state = emptyReview('k', HOSTILE, DATE);
  state = setMark(state, key, { status: 'agree', comment: `${HOSTILE}\n\n${HOSTILE}` }, DATE);
  state = setMark(state, questionKey('senior-support'), { status: null, comment: HOSTILE }, DATE);
  state = setOverallComment(state, `${HOSTILE}\n# Heading?\n\n- list?`, DATE);
  return { document: { result }, state, url: 'javascript:alert(1)', reviewer: HOSTILE, date: DATE, timeZone: 'UTC' };
}

describe('hostile text', () => {
  const r = buildReviewReport(hostileInput());

  it('cannot become markup in the HTML page', () => {
    const html = reviewToHtml(r);
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>|href="javascript/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('img, script, iframe, object, a').length).toBe(0);
    expect(document.body.textContent).toContain(HOSTILE);
    expect(document.querySelector('title')!.textContent).toBe(`Review of “${HOSTILE}”`);
  });

  it('is a complete page with print styles, a strict policy and no scripts', () => {
    const html = reviewToHtml(buildReviewReport(input()));
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
    expect(html).toMatch(/@media print \{[^}]*\}\s*section \+ section \{ break-before: page;/);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain(`<a href="${URL_}">`);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('section').length).toBe(3);
    expect(document.querySelectorAll('h3').length).toBeGreaterThanOrEqual(REVIEW_QUESTIONS.length);
  });

  it('cannot become links, tables or headings in the Markdown', () => {
    const md = reviewToMarkdown(r);
    expect(md).not.toContain('[x](javascript:');
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    // Markdown shows \< as a literal “<”; an unescaped one could start raw HTML.
    expect(md.replace(/<br>/g, '')).not.toMatch(/(?:^|[^\\])</m);
    expect(md).not.toMatch(/^# not a heading|^# Heading\?|^- list\?/m);
    // Every table row has exactly as many unescaped pipes as its header.
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = line.replace(/\\./g, '').split('|').length;
      expect([4, 8], line).toContain(cells);
    }
  });

  it('stays plain in the clipboard text', () => {
    const text = reviewToText(r);
    expect(text).toContain(`Review: Agree: ${HOSTILE} ${HOSTILE}`);
    expect(text).toContain(`   Answer: ${HOSTILE}`);
  });
});

describe('reviewToText', () => {
  it('gives marks, questions and the summary as plain lines', () => {
    const text = reviewToText(buildReviewReport(input()));
    expect(text.startsWith('Review of “Community mental health engagement plan”\n====')).toBe(true);
    expect(text).toContain('Reviewed by Sam Patel on 26 November 2026.');
    expect(text).toContain('  Review: Agree: We will say “use” instead.');
    expect(text).toContain('1. Has someone senior agreed to act on what people say? Who?\n   What helps: ');
    expect(text).toContain('   Mark: Agree\n   Answer: The director of adult social care.\n   She reports to the board in June.');
    expect(text).not.toMatch(/[<>|*#]{2}/);
  });
});
