/**
 * `npm run bench`: how fast and how big is a check, beside write-good (and a
 * retext pipeline at the smallest size) on the same text in the same run?
 *
 * - Text: varied paragraphs from a seeded generator (bench/corpus.ts), so no
 *   paragraph repeats and no cache can flatter us.
 * - Sizes: 10k, 100k and 300k words (BENCH_SIZES=10000,100000 to change).
 * - Full check with a fresh linter and write-good are interleaved run by run,
 *   so a busy machine slows both alike; medians of BENCH_RUNS (default 5).
 * - Re-check after editing one paragraph, at each size.
 * - Peak memory of a full check and of write-good, each in a fresh process:
 *   V8 heap used (sampled before every collection and between blocks) and RSS.
 * - The command as a whole (`doing-with check` vs `write-good`, start-up
 *   included) on the shipped example.
 * - Each rule's cost, sorted by its share of a full check.
 *
 * Prints a table and writes bench/results/latest.json (not committed). Never
 * fails the build: speed targets are measured here, not asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextSimplify from 'retext-simplify';
import retextEquality from 'retext-equality';
// vfile comes with unified; it holds the messages the plugins report.
import { VFile } from 'vfile';
import { Linter, type TextDoc } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { editParagraph } from './recheck-edit';
import { perRuleCosts } from './per-rule';
import { summarise, type Timing } from './stats';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string, options?: Record<string, unknown>) => unknown[];

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5) || 5);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,300000').split(',').map(Number).filter((n) => n > 0);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = 'examples/draft-consultation.txt';

/**
 * The document with one more paragraph changed, as a user editing would: two of its words replaced
 * by words used nowhere else (bench/recheck-edit.ts). Edits build on each other, so each re-check
 * has exactly one changed block, and never the text of an earlier check.
 */
function editOne(doc: TextDoc, paragraphIndexes: number[], run: number): TextDoc {
  return editParagraph(doc, paragraphIndexes[Math.abs(run * 7919) % paragraphIndexes.length]!, run);
}

interface SizeResult {
  words: number;
  blocks: number;
  findings: number;
  writeGoodFindings: number;
  fullLint: Timing;
  writeGood: Timing;
  ratio: number;
  relint: Timing;
  relintNoChange: Timing;
  newLinter: Timing;
  peakRssMB: { ours: number; writeGood: number };
  peakHeapMB: { ours: number; writeGood: number };
}

/** Peak memory of one full check (or write-good) in a fresh process: resident set and V8's used heap. */
function peakMemory(tool: 'ours' | 'write-good', words: number): { rss: number; heap: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./peak-memory.ts', import.meta.url)), tool, String(words)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const read = (name: string) => Number(new RegExp(`${name}=([\\d.]+)`).exec(run.stdout)?.[1] ?? Number.NaN);
  return { rss: read('peakRssMB'), heap: read('peakHeapMB') };
}

function measureSize(words: number): SizeResult {
  const { text, words: actual } = makeDocument(words);
  const { doc } = parsePlainText(text);
  const paragraphIndexes = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  process.stderr.write(`\n${actual} words, ${doc.blocks.length} blocks\n`);

  let findings = 0;
  let writeGoodFindings = 0;
  const ours: number[] = [];
  const theirs: number[] = [];
  // One untimed round first, so neither tool pays for loading or the JIT.
  for (let i = -1; i < RUNS; i++) {
    let t0 = performance.now();
    findings = new Linter(ALL_RULES).lint(parsePlainText(text).doc).findings.length;
    const a = performance.now() - t0;
    t0 = performance.now();
    writeGoodFindings = writeGood(text).length;
    const b = performance.now() - t0;
    if (i >= 0) {
      ours.push(a);
      theirs.push(b);
    }
  }
  const fullLint = summarise('full check (fresh linter)', ours);
  const wg = summarise('write-good', theirs);

  // Re-check after one edit on a warm linter; the edit is made outside the timed part.
  const warm = new Linter(ALL_RULES);
  warm.lint(doc);
  let current = doc;
  const relintSamples: number[] = [];
  const n = Math.max(RUNS * 4, 20);
  for (let i = 0; i < n + 3; i++) {
    current = editOne(current, paragraphIndexes, i + 10);
    const t0 = performance.now();
    warm.lint(current);
    if (i >= 3) relintSamples.push(performance.now() - t0);
  }
  const relint = summarise('re-check after one edit', relintSamples);
  const same: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    warm.lint(current);
    same.push(performance.now() - t0);
  }
  const relintNoChange = summarise('re-check with no change', same);

  // The fixed cost of a new linter before any text: one short paragraph.
  const tiny = parsePlainText('We will write to you.').doc;
  new Linter(ALL_RULES).lint(tiny);
  const fresh: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    new Linter(ALL_RULES).lint(tiny);
    fresh.push(performance.now() - t0);
  }
  const newLinter = summarise('new linter, one sentence', fresh);

  const [oursMemory, theirMemory] = [peakMemory('ours', words), peakMemory('write-good', words)];
  const peakRssMB = { ours: oursMemory.rss, writeGood: theirMemory.rss };
  const peakHeapMB = { ours: oursMemory.heap, writeGood: theirMemory.heap };
  process.stderr.write(
    `  peak heap: ours ${peakHeapMB.ours.toFixed(0)} MB, write-good ${peakHeapMB.writeGood.toFixed(0)} MB; peak RSS: ours ${peakRssMB.ours.toFixed(0)} MB, write-good ${peakRssMB.writeGood.toFixed(0)} MB\n`,
  );

  return {
    words: actual,
    blocks: doc.blocks.length,
    findings,
    writeGoodFindings,
    fullLint,
    writeGood: wg,
    ratio: fullLint.medianMs / wg.medianMs,
    relint,
    relintNoChange,
    newLinter,
    peakRssMB,
    peakHeapMB,
  };
}

/** `doing-with check` against `write-good` on the shipped example, each a whole process, interleaved. */
function wholeProcess(): { ours: Timing; oursNoSnapshot: Timing; writeGood: Timing; version: Timing } {
  const bin = ['bin/doing-with.js', 'check', EXAMPLE];
  const wgBin = ['node_modules/write-good/bin/write-good.js', EXAMPLE];
  // First run builds the command if it is out of date; not timed.
  spawnSync(process.execPath, bin, { cwd: ROOT });
  const ours: number[] = [];
  const oursNoSnapshot: number[] = [];
  const theirs: number[] = [];
  const version: number[] = [];
  // The command without its start-up snapshot, as on a Node other than the one that built it.
  const noSnapshot = { ...process.env, DOING_WITH_NO_SNAPSHOT: '1' };
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    spawnSync(process.execPath, bin, { cwd: ROOT });
    ours.push(performance.now() - t0);
    t0 = performance.now();
    spawnSync(process.execPath, bin, { cwd: ROOT, env: noSnapshot });
    oursNoSnapshot.push(performance.now() - t0);
    t0 = performance.now();
    spawnSync(process.execPath, wgBin, { cwd: ROOT });
    theirs.push(performance.now() - t0);
    t0 = performance.now();
    spawnSync(process.execPath, ['bin/doing-with.js', '--version'], { cwd: ROOT });
    version.push(performance.now() - t0);
  }
  return {
    ours: summarise(`doing-with check ${EXAMPLE}`, ours),
    oursNoSnapshot: summarise(`doing-with check ${EXAMPLE} (no start-up snapshot)`, oursNoSnapshot),
    writeGood: summarise(`write-good ${EXAMPLE}`, theirs),
    version: summarise('doing-with --version', version),
  };
}

function retextTiming(text: string): { timing: Timing; messages: number } {
  const processor = unified().use(retextEnglish).use(retextSimplify).use(retextEquality);
  let messages = 0;
  const samples: number[] = [];
  for (let i = -1; i < RUNS; i++) {
    const t0 = performance.now();
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    messages = file.messages.length;
    if (i >= 0) samples.push(performance.now() - t0);
  }
  return { timing: summarise('retext (english + simplify + equality)', samples), messages };
}

function main(): void {
  process.stderr.write(`Benchmark: ${ALL_RULES.length} rules, ${RUNS} runs per measurement, sizes ${SIZES.join(', ')}\n`);
  const process_ = wholeProcess();
  const sizes = SIZES.map(measureSize);
  const small = makeDocument(SIZES[0] ?? 10_000);
  const retext = retextTiming(small.text);
  const { doc } = parsePlainText(small.text);
  const paragraphIndexes = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const costs = perRuleCosts(ALL_RULES, doc, (d, i) => editOne(d, paragraphIndexes, 1000 + i));

  const ms = (t: Timing) => t.medianMs.toFixed(t.medianMs < 10 ? 2 : 0);
  const load = loadavg()[0]!;
  const lines = [
    '',
    `Node ${process.version}, ${cpus().length} cores, load average ${load.toFixed(1)}${load > cpus().length ? ' (busy machine: timings are inflated, ratios less so)' : ''}. Medians of ${RUNS} interleaved runs.`,
    '',
    `The command, whole process, on ${EXAMPLE}:`,
    `  doing-with check ${ms(process_.ours)} ms   write-good ${ms(process_.writeGood)} ms   ratio ${(process_.ours.medianMs / process_.writeGood.medianMs).toFixed(2)}   (doing-with --version ${ms(process_.version)} ms)`,
    `  without the start-up snapshot: doing-with check ${ms(process_.oursNoSnapshot)} ms   ratio ${(process_.oursNoSnapshot.medianMs / process_.writeGood.medianMs).toFixed(2)}`,
    '',
    `${'words'.padStart(8)} ${'full ms'.padStart(9)} ${'w-good ms'.padStart(10)} ${'ratio'.padStart(6)} ${'re-check'.padStart(9)} ${'no change'.padStart(10)} ${'new linter'.padStart(11)} ${'heap MB'.padStart(8)} ${'w-good'.padStart(7)} ${'RSS MB'.padStart(7)} ${'w-good'.padStart(7)}`,
    ...sizes.map((s) =>
      [
        String(s.words).padStart(8),
        ms(s.fullLint).padStart(9),
        ms(s.writeGood).padStart(10),
        s.ratio.toFixed(2).padStart(6),
        ms(s.relint).padStart(9),
        ms(s.relintNoChange).padStart(10),
        ms(s.newLinter).padStart(11),
        s.peakHeapMB.ours.toFixed(0).padStart(8),
        s.peakHeapMB.writeGood.toFixed(0).padStart(7),
        s.peakRssMB.ours.toFixed(0).padStart(7),
        s.peakRssMB.writeGood.toFixed(0).padStart(7),
      ].join(' '),
    ),
    `  (findings at each size: ${sizes.map((s) => `${s.findings} ours / ${s.writeGoodFindings} write-good`).join('; ')})`,
    '',
    `retext simplify + equality on ${small.words} words: ${ms(retext.timing)} ms (${retext.messages} messages)`,
    '',
    `Rules by share of a full check of ${small.words} words (ms in a full check / in a re-check after one edit):`,
    ...costs.slice(0, 12).map((c) => `  ${c.id.padEnd(30)} ${c.fullMs.toFixed(1).padStart(8)} ${c.relintMs.toFixed(2).padStart(8)}`),
    `  all ${String(costs.length).padEnd(26)} ${costs.reduce((n, c) => n + c.fullMs, 0).toFixed(1).padStart(8)} ${costs.reduce((n, c) => n + c.relintMs, 0).toFixed(2).padStart(8)}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: load,
    runs: RUNS,
    wholeProcess: process_,
    sizes,
    retext,
    perRule: costs,
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`Results written to bench/results/latest.json\n`);
}

main();
