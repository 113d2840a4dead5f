/**
 * `npm run bench`: how fast is a full check, and a re-check after an edit,
 * compared with write-good and a retext pipeline on the same 10,000+ words?
 * Prints medians and whether our targets are met; never fails the build.
 * Results also go to bench/results/latest.json (not committed).
 *
 * Runs per measurement can be scaled with BENCH_RUNS (default 1 = normal).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
import { perRuleCosts } from './per-rule';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string, options?: Record<string, unknown>) => unknown[];

const SCALE = Math.max(0.2, Number(process.env.BENCH_RUNS ?? 1) || 1);
const runs = (n: number) => Math.max(3, Math.round(n * SCALE));

// A way to force garbage collection, so heap figures mean something.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

function time(label: string, n: number, warmup: number, fn: (i: number) => unknown): Timing {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(label, samples);
}

function summarise(label: string, samples: number[]): Timing {
  const n = samples.length;
  const result = { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), runs: n };
  process.stderr.write(`  ${label}: median ${result.medianMs.toFixed(2)} ms over ${n} runs\n`);
  return result;
}

/** Like time(), but `setup` runs untimed before each run. */
function timeWithSetup<T>(label: string, n: number, warmup: number, setup: (i: number) => T, fn: (input: T) => unknown): Timing {
  const inputs: T[] = [];
  for (let i = 0; i < warmup + n; i++) inputs.push(setup(i));
  let k = 0;
  return time(label, n, warmup, () => fn(inputs[k++]!));
}

/**
 * The document with one more paragraph changed, as a user editing would:
 * edits build on each other, so each re-lint has exactly one changed block.
 */
function editOne(doc: TextDoc, paragraphIndexes: number[], run: number): TextDoc {
  const target = paragraphIndexes[Math.abs(run * 7919) % paragraphIndexes.length]!;
  const blocks = doc.blocks.map((b, i) => (i === target ? { ...b, text: `${b.text} Edit ${run}: we have added a sentence here.` } : b));
  return { ...doc, blocks };
}

function main(): void {
  const { text, words } = makeDocument(10_000);
  const { doc } = parsePlainText(text);
  const paragraphIndexes = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  process.stderr.write(`Benchmark document: ${words} words, ${doc.blocks.length} blocks, ${ALL_RULES.length} rules\n`);

  // (a) and (c), interleaved so that a busy machine slows both alike:
  // a full check with a fresh linter (parse the text, run every rule), and
  // write-good on the same text.
  let findings = 0;
  let writeGoodCount = 0;
  const oursSamples: number[] = [];
  const wgSamples: number[] = [];
  for (let i = -2; i < runs(15); i++) {
    let t0 = performance.now();
    findings = new Linter(ALL_RULES).lint(parsePlainText(text).doc).findings.length;
    const ours = performance.now() - t0;
    t0 = performance.now();
    writeGoodCount = writeGood(text).length;
    const theirs = performance.now() - t0;
    if (i >= 0) oursSamples.push(ours), wgSamples.push(theirs);
  }
  const full = summarise('full lint (fresh linter)', oursSamples);
  const wg = summarise('write-good', wgSamples);

  // For context: parsing and text analysis alone, with no rules.
  const engineOnly = time('parse + analysis, no rules', runs(15), 2, () => new Linter([]).lint(parsePlainText(text).doc));

  // (b) Re-lint after a one-paragraph edit on a warm linter.
  const warm = new Linter(ALL_RULES);
  warm.lint(doc);
  let analysed = 0;
  let current = doc;
  // The edit is made outside the timed part: only the re-lint is timed.
  const relint = timeWithSetup('re-lint after one edit (warm)', runs(200), 5, (i) => (current = editOne(current, paragraphIndexes, i + 10)), (d) => {
    analysed = warm.lint(d).analysedBlocks;
  });

  // (d) retext: English parser, simplify and equality plugins.
  const processor = unified().use(retextEnglish).use(retextSimplify).use(retextEquality);
  let retextCount = 0;
  const rt = time('retext (english + simplify + equality)', runs(7), 1, () => {
    // No compiler is needed: parse and run the plugins, as a linter would.
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    retextCount = file.messages.length;
  });

  // (e) Heap: what a warm linter holds for this document.
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = new Linter(ALL_RULES);
  held.lint(doc);
  gc();
  const after = process.memoryUsage().heapUsed;
  const heap = { totalMB: after / 2 ** 20, linterCacheMB: Math.max(0, after - before) / 2 ** 20 };
  if (!held.ruleList.length) throw new Error('unreachable: keeps the linter alive until measured');

  // (f) Each rule's share, so slow rules can be found and fixed.
  const costs = perRuleCosts(ALL_RULES, doc, (d, i) => editOne(d, paragraphIndexes, 1000 + i));

  const ratio = (ours: number, theirs: number) => (theirs > 0 ? ours / theirs : Number.NaN);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: loadavg()[0],
    document: { words, blocks: doc.blocks.length, rules: ALL_RULES.length },
    findings: { ours: findings, writeGood: writeGoodCount, retext: retextCount },
    fullLint: full,
    parseAndAnalysisOnly: engineOnly,
    relint: { ...relint, analysedBlocks: analysed },
    writeGood: wg,
    retext: rt,
    heap,
    perRule: costs,
    ratios: { fullVsWriteGood: ratio(full.medianMs, wg.medianMs), fullVsRetext: ratio(full.medianMs, rt.medianMs) },
    targets: {
      fullLintNoSlowerThanWriteGood: full.medianMs <= wg.medianMs,
      relintWithin10ms: relint.medianMs <= 10,
    },
  };

  const row = (name: string, t: Timing, ratioText: string) =>
    `${name.padEnd(40)} ${t.medianMs.toFixed(2).padStart(10)} ${String(t.runs).padStart(6)}   ${ratioText}`;
  const lines = [
    '',
    `Document: ${words} words, ${doc.blocks.length} blocks. Our rules: ${ALL_RULES.length}. Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}${loadavg()[0]! > cpus().length ? ' (busy machine: timings are inflated)' : ''}.`,
    '',
    `${'What'.padEnd(40)} ${'median ms'.padStart(10)} ${'runs'.padStart(6)}   ours ÷ theirs`,
    row(`Doing With, full lint (${findings} findings)`, full, ''),
    row('  of which parse + analysis (no rules)', engineOnly, ''),
    row(`Doing With, re-lint after 1 edit (${analysed} new)`, relint, ''),
    row(`write-good (${writeGoodCount} findings)`, wg, results.ratios.fullVsWriteGood.toFixed(2)),
    row(`retext simplify+equality (${retextCount} msgs)`, rt, results.ratios.fullVsRetext.toFixed(2)),
    '',
    'Slowest rules (ms in one full lint / in one re-lint):',
    ...costs.slice(0, 8).map((c) => `  ${c.id.padEnd(30)} ${c.fullMs.toFixed(1).padStart(8)} ${c.relintMs.toFixed(2).padStart(8)}`),
    `  all ${String(costs.length).padEnd(26)} ${costs.reduce((n, c) => n + c.fullMs, 0).toFixed(1).padStart(8)} ${costs.reduce((n, c) => n + c.relintMs, 0).toFixed(2).padStart(8)}`,
    '',
    `Heap used after a check: ${heap.totalMB.toFixed(1)} MB (the warm linter's cache: ${heap.linterCacheMB.toFixed(1)} MB).`,
    '',
    `Target: full lint no slower than write-good (ratio ≤ 1.0): ${results.targets.fullLintNoSlowerThanWriteGood ? 'met' : 'NOT met'} (${results.ratios.fullVsWriteGood.toFixed(2)})`,
    `Target: re-lint after a one-paragraph edit ≤ 10 ms: ${results.targets.relintWithin10ms ? 'met' : 'NOT met'} (${relint.medianMs.toFixed(2)} ms)`,
    '',
  ];
  process.stdout.write(lines.join('\n'));

  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`Results written to bench/results/latest.json\n`);
}

main();
