/**
 * Very large reports: each file lists at most MAX_FINDINGS_PER_FILE findings
 * with a note saying how many more there are, output is written file by file,
 * and the formatters cope with long lists (spreading 150,000 items into a
 * call used to overflow the stack, and the review export looked each finding
 * up with indexOf, which never finished).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess, tempFolder } from '../cli/helpers';
import { run } from '../../src/cli/run';
import { MAX_FINDINGS_PER_FILE, type FileResult, type LocatedFinding } from '../../src/report/model';
import { formatText } from '../../src/report/text';
import { formatMarkdown } from '../../src/report/markdown';
import { buildReviewReport, reviewToHtml, reviewToMarkdown, reviewToText } from '../../src/review/report';
import { emptyReview } from '../../src/review/state';

const draft = readFileSync(join(ROOT, 'examples/draft-consultation.txt'), 'utf8');
/** About 1,500 findings: well past the limit a report lists. */
const big = Array.from({ length: 15 }, () => draft).join('\n\n');

describe('a document with more findings than a report lists', () => {
  const folder = tempFolder({ 'big.txt': big, 'small.txt': 'We will tell you what we decided and why, by letter, in May.\n' });
  const files = [join(folder, 'big.txt'), join(folder, 'small.txt'), join(folder, 'missing.txt')];

  it('lists the first findings with a note, and keeps the other files (JSON)', async () => {
    const out = await runInProcess(['check', '--format', 'json', ...files], folder);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as { files: { path: string; findings: unknown[]; findingsNotListed?: number; error?: string }[] };
    expect(report.files.map((f) => f.path)).toEqual(['big.txt', 'small.txt', 'missing.txt']);
    const [bigFile, small, missing] = report.files;
    expect(bigFile!.findings).toHaveLength(MAX_FINDINGS_PER_FILE);
    expect(bigFile!.findingsNotListed).toBeGreaterThan(100);
    expect(small!.findingsNotListed).toBeUndefined();
    expect(missing!.error).toMatch(/could not find ‘missing\.txt’/);
  }, 30_000);

  it.each(['text', 'markdown'])('says so in the %s report and counts every finding in the totals', async (format) => {
    const out = await runInProcess(['check', '--format', format, ...files], folder);
    expect(out.code).toBe(1);
    // (Markdown escapes the brackets.)
    const note = /Showing the first 1,000 of ([\d,]+) findings in this document\. The other ([\d,]+) \(.*\) are counted but not listed/.exec(out.stdout.replace(/\\/g, ''));
    expect(note).not.toBeNull();
    const all = Number(note![1]!.replace(/,/g, ''));
    expect(Number(note![2]!.replace(/,/g, ''))).toBe(all - 1000);
    expect(out.stdout).toMatch(/small\.txt/);
  }, 30_000);

  it('gives a SARIF note for the findings left out', async () => {
    const out = await runInProcess(['check', '--format', 'sarif', ...files], folder);
    const sarif = JSON.parse(out.stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    const [runLog] = sarif.runs;
    expect(runLog!.results.length).toBeGreaterThanOrEqual(MAX_FINDINGS_PER_FILE);
    const levels = runLog!.invocations[0]!.toolExecutionNotifications.map((n) => `${n.level}: ${n.message.text.slice(0, 24)}`);
    expect(levels).toEqual(['note: Showing the first 1,000 ', 'error: We could not find ‘missi']);
    expect(runLog!.invocations[0]!.executionSuccessful).toBe(false);
  }, 30_000);
});

describe('output is written file by file', () => {
  it('writes the first file before reading the next', async () => {
    const folder = tempFolder({ 'a.txt': 'We will tell you what we decided and why, by letter, in May.\n' });
    const events: string[] = [];
    await run(['check', '--format', 'json', 'a.txt', 'gone.txt'], {
      stdout: { write: (s: string) => events.push(`out:${s.includes('"a.txt"') ? 'a' : s.includes('gone.txt') ? 'gone' : ''}`) },
      stderr: { write: (s: string) => events.push(`err:${s.includes('gone.txt') ? 'gone' : ''}`) },
      env: {},
      cwd: folder,
      version: '0',
    });
    expect(events.indexOf('out:a')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('out:a')).toBeLessThan(events.indexOf('err:gone'));
  });
});

function manyFindings(n: number): FileResult {
  const findings: LocatedFinding[] = [];
  for (let i = 0; i < n; i++) {
    findings.push({
      ruleId: 'jargon', severity: i % 3 ? 'warning' : 'suggestion', message: 'Use a plainer word.', text: 'stakeholders',
      start: i * 20, end: i * 20 + 12, line: i + 1, column: 1, endLine: i + 1, endColumn: 13,
      suggestions: ['people'], barriers: ['inaccessible-language'], enablers: ['check-understanding'],
    });
  }
  return { path: 'huge.txt', positions: 'file', profiles: [], stats: null, findings };
}

describe('formatters and the review export on 150,000 findings', () => {
  const result = manyFindings(150_000);

  it('text and Markdown finish', () => {
    expect(formatText([result])).toContain('150000 findings');
    expect(formatMarkdown([result])).toContain('150000 findings');
  }, 30_000);

  it('the review export finishes in every form', () => {
    const review = buildReviewReport({ document: { result }, state: emptyReview('file:huge', 'Huge'), date: new Date(0), timeZone: 'UTC' });
    expect(reviewToMarkdown(review)).toContain('huge.txt');
    expect(reviewToHtml(review)).toContain('</html>');
    expect(reviewToText(review)).toContain('stakeholders');
  }, 30_000);
});
