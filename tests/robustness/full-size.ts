/**
 * The robustness cases at full size (issue 12), timed. Not part of `npm test`:
 * the unit suite (tests/robustness/*.test.ts) runs scaled-down versions.
 *
 *   npx tsx tests/robustness/full-size.ts
 *
 * Prints a table: input → outcome → seconds. Each case runs in this process
 * except the command-line ones, which run bin/doing-with.js as a person would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { analyseText } from '../../src/engine/text';
import { lint } from '../../src/lint';
import { parsePlainText } from '../../src/sources/plain-text';
import { readSource } from '../../src/sources/read-file';
import type { FileResult, LocatedFinding } from '../../src/report/model';
import { buildReviewReport, reviewToHtml, reviewToMarkdown, reviewToText } from '../../src/review/report';
import { emptyReview } from '../../src/review/state';
import { refreshSubscription, type FetchLike } from '../../src/wordlists/subscribe';
import { formatWordListCsv } from '../../src/wordlists';

const ROOT = join(import.meta.dirname, '..', '..');
const rows: [string, string, string][] = [];

async function time(input: string, run: () => Promise<string> | string): Promise<void> {
  const start = performance.now();
  let outcome: string;
  try {
    outcome = await run();
  } catch (e) {
    outcome = `THREW ${(e as Error).name}: ${(e as Error).message.slice(0, 120)}`;
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  rows.push([input, outcome, seconds]);
  console.error(`${input} | ${outcome} | ${seconds}`);
}

const bytes = (s: string) => new TextEncoder().encode(s);
const note = (notes: string[] | undefined) => (notes?.length ? `note: “${notes[0]!.slice(0, 90)}…”` : 'no note');

function bombZip(size: number, lieAs?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const part = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(part);
  const block = new Uint8Array(8 * 1024 * 1024).fill(32);
  for (let done = 0; done < size; done += block.length) part.push(block, done + block.length >= size);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  if (lieAs !== undefined) {
    const view = new DataView(out.buffer);
    for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, lieAs, true);
  }
  return out;
}

function cli(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/doing-with.js'), ...args], { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const shown = /Showing the first [\d,]+ of [\d,]+ findings/.exec(r.stdout.replace(/\\/g, ''))?.[0];
  return `exit ${r.status}; ${(r.stdout.length / 1024 / 1024).toFixed(1)} MB out${shown ? `; “${shown}”` : ''}${r.status !== 0 && r.status !== 1 ? `; stderr: ${r.stderr.slice(0, 100)}` : ''}`;
}

// 1. Sentence splitter and address masking.
await time('40 KB of “.” (sentences)', () => `${analyseText('.'.repeat(40_000)).sentences.length} sentence(s)`);
await time('1 MB of “.” (sentences)', () => `${analyseText('.'.repeat(1_000_000)).sentences.length} sentence(s)`);
await time('1 MB of “a.” (address masking)', () => `${analyseText('a.'.repeat(500_000)).sentences.length} sentence(s)`);
await time('paragraph with 10,000 “e.g.” (full check)', () => `${lint(parsePlainText('Tell us, e.g. Leeds or York. '.repeat(10_000)).doc).findings.length} findings`);

// 2. Markdown reader.
await time('100 KB of “>” (.md)', async () => note((await readSource('a.md', bytes('>'.repeat(100_000)))).notes));
await time('400 KB of “[” (.md)', async () => note((await readSource('a.md', bytes('['.repeat(400_000)))).notes));
await time('400 KB of “*a” (.md)', async () => note((await readSource('a.md', bytes('*a'.repeat(200_000)))).notes));
await time('list nested 1,000 deep (.md, 1 MB)', async () => note((await readSource('a.md', bytes(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')))).notes));
await time('“- ” × 50,000 on one line (.md)', async () => note((await readSource('a.md', bytes('- '.repeat(50_000) + 'x'))).notes));

// 3. .docx zip bombs.
const bomb = bombZip(4 * 1024 * 1024 * 1024);
await time(`.docx bomb: ${(bomb.length / 1024).toFixed(0)} KB → 4 GB (directory tells the truth)`, async () => {
  await readSource('bomb.docx', bomb);
  return 'read (should not be)';
});
const liar = bombZip(1024 * 1024 * 1024, 1000);
await time(`.docx bomb: ${(liar.length / 1024).toFixed(0)} KB → 1 GB (directory says 1,000 bytes)`, async () => {
  await readSource('liar.docx', liar);
  return 'read (should not be)';
});

// 4. Other readers.
const good = bytes('Café “hi” – we’d like your views. ');
await time('UTF-8 text with one bad byte', async () => {
  const read = await readSource('views.txt', new Uint8Array([...good, 0xff, ...good]));
  return `${read.content?.includes('Café') ? 'accents kept' : 'MOJIBAKE'}; ${note(read.notes)}`;
});
await time('web page with 100,000 nested <div>', async () => {
  const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>We want to hear from you about the plan.</p>${'</div>'.repeat(100_000)}</body></html>`;
  const read = await readSource('deep.html', bytes(html));
  return `${read.source.doc.blocks.length} block(s); ${note(read.notes)}`;
});

// 5. Large reports through the command line (3 MB and 13 MB made from the example draft).
const folder = mkdtempSync(join(tmpdir(), 'doing-with-full-size-'));
const draft = readFileSync(join(ROOT, 'examples/draft-consultation.txt'), 'utf8');
const fill = (size: number) => {
  let s = '';
  while (s.length < size) s += `${draft}\n\n`;
  return s;
};
writeFileSync(join(folder, 'big.txt'), fill(3_000_000));
writeFileSync(join(folder, 'huge.txt'), fill(13_000_000));
writeFileSync(join(folder, 'small.txt'), 'We will tell you what we decided, by letter, in May.\n');
for (const format of ['text', 'json', 'markdown', 'sarif']) {
  await time(`CLI --format ${format}: 3 MB .txt + a small file + a missing file`, () => cli(['check', '--format', format, 'big.txt', 'small.txt', 'missing.txt'], folder));
}
await time('CLI --format sarif: 13 MB .txt', () => cli(['check', '--format', 'sarif', 'huge.txt'], folder));

// 6. Review export with 150,000 findings.
const findings: LocatedFinding[] = [];
for (let i = 0; i < 150_000; i++) {
  findings.push({ ruleId: 'jargon', severity: 'warning', message: 'Use a plainer word.', text: 'stakeholders', start: i * 20, end: i * 20 + 12, line: i + 1, column: 1, endLine: i + 1, endColumn: 13, suggestions: ['people'], barriers: ['inaccessible-language'], enablers: ['check-understanding'] });
}
const result: FileResult = { path: 'huge.txt', positions: 'file', profiles: [], stats: null, findings };
await time('review export, 150,000 findings (Markdown, HTML, text)', () => {
  const review = buildReviewReport({ document: { result }, state: emptyReview('file:huge', 'Huge') });
  const sizes = [reviewToMarkdown(review), reviewToHtml(review), reviewToText(review)].map((s) => `${(s.length / 1024 / 1024).toFixed(0)} MB`);
  return `written: ${sizes.join(', ')}`;
});

// 7. Shared list: a 400 MB answer, and redirects.
await time('shared list: 400 MB answer (streamed)', async () => {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled >= 400 * 1024 * 1024) return c.close();
      pulled += 64 * 1024;
      c.enqueue(new Uint8Array(64 * 1024).fill(0x61));
    },
  });
  const fetchFn: FetchLike = async () => ({ status: 200, headers: { get: () => null }, arrayBuffer: async () => new ArrayBuffer(0), body });
  const r = await refreshSubscription({ url: 'https://lists.example.org/w.csv', listId: 'x' }, fetchFn);
  return `${r.outcome} after reading ${(pulled / 1024 / 1024).toFixed(1)} MB: “${r.subscription.lastError?.slice(0, 60)}…”`;
});
for (const to of ['http://lists.example.org/w.csv', 'https://other.example.com/w.csv']) {
  await time(`shared list redirected to ${to}`, async () => {
    const fetchFn: FetchLike = async () => ({ status: 200, url: to, headers: { get: () => 'text/csv' }, arrayBuffer: async () => bytes('term\nx\n').buffer as ArrayBuffer });
    const r = await refreshSubscription({ url: 'https://lists.example.org/w.csv', listId: 'x' }, fetchFn);
    return `${r.outcome}: “${r.subscription.lastError?.slice(0, 70)}…”`;
  });
}

// 8. CSV export of a hostile list.
await time('CSV export of =HYPERLINK(…), +1, -2, @SUM', () => formatWordListCsv([{ term: '=HYPERLINK("http://x.example")', alternatives: ['+1', '@SUM(A1)'], note: '-2' }]).split('\r\n')[1]!);

console.log('\n| input | outcome | seconds |\n|---|---|---|');
for (const [input, outcome, seconds] of rows) console.log(`| ${input} | ${outcome.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${seconds} |`);
