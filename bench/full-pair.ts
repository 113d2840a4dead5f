/**
 * `OLD=/path/to/older/checkout npx tsx bench/full-pair.ts [words…]`: this checkout's full check
 * (a fresh linter each time, as `npm run bench`) against an older one's and write-good's, in one
 * process, taken in turns run by run (which of ours goes first alternates), so all three see the
 * same load. Each round is a new process's first checks as in the bench: one untimed round, then
 * FULL_RUNS timed ones (default 5) on the same text. Prints medians of wall time and of CPU time
 * (this process's, garbage collector's threads included: on a busy machine wall time is mostly other
 * processes), and the median of the per-run ratio new/old of CPU time. FULL_ROUNDS (default 1)
 * repeats it with a new text each round.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Linter } from '../src/engine';
import type { Rule, TextDoc } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { cpuMs, median } from './stats';

const OLD = process.env.OLD;
if (!OLD) throw new Error('Set OLD to the older checkout (with node_modules) to compare with.');
type AnyLinter = { lint(doc: TextDoc): { findings: unknown[] } };
const oldEngine = (await import(resolve(OLD, 'src/engine/index.ts'))) as { Linter: new (rules: Rule[]) => AnyLinter };
const oldRules = ((await import(resolve(OLD, 'rules/index.ts'))) as { ALL_RULES: Rule[] }).ALL_RULES;
const oldParse = ((await import(resolve(OLD, 'src/sources/plain-text.ts'))) as { parsePlainText: typeof parsePlainText }).parsePlainText;
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];
const WORDS = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.FULL_RUNS ?? 5);
const ROUNDS = Number(process.env.FULL_ROUNDS ?? 1);

/** Wall and CPU time of one call, in ms. */
function wall(fn: () => void): [number, number] {
  const t0 = performance.now();
  const cpu = cpuMs(fn);
  return [performance.now() - t0, cpu];
}

for (const size of WORDS.length ? WORDS : [10_000]) {
  const old: number[] = [];
  const now: number[] = [];
  const wg: number[] = [];
  const oldCpu: number[] = [];
  const nowCpu: number[] = [];
  const wgCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { text } = makeDocument(size, round ? 500 + round : undefined);
    for (let i = -1; i < RUNS; i++) {
      const a = () => new oldEngine.Linter(oldRules).lint(oldParse(text).doc);
      const b = () => new Linter(ALL_RULES).lint(parsePlainText(text).doc);
      let t1: [number, number];
      let t2: [number, number];
      if (i % 2) {
        t1 = wall(a);
        t2 = wall(b);
      } else {
        t2 = wall(b);
        t1 = wall(a);
      }
      const t3 = wall(() => writeGood(text));
      if (i < 0) continue;
      old.push(t1[0]);
      now.push(t2[0]);
      wg.push(t3[0]);
      oldCpu.push(t1[1]);
      nowCpu.push(t2[1]);
      wgCpu.push(t3[1]);
    }
  }
  const ratio = median(nowCpu.map((t, k) => t / oldCpu[k]!));
  const line = (what: string, o: number[], n: number[], w: number[]) =>
    `${what}\told ${median(o).toFixed(1)}\tnew ${median(n).toFixed(1)}\twrite-good ${median(w).toFixed(1)}\tnew/write-good ${(median(n) / median(w)).toFixed(2)}`;
  console.log(`full\t${size}\t${line('wall', old, now, wg)}\t${line('cpu', oldCpu, nowCpu, wgCpu)}\tcpu new/old ${ratio.toFixed(2)}\tload ${loadavg()[0]!.toFixed(1)}`);
}
