/**
 * `OLD=/path/to/older/checkout npx tsx bench/full-pair.ts [words…]`: this checkout's full check
 * (a fresh linter each time, as `npm run bench`) against an older one's and write-good's, in one
 * process, taken in turns run by run (which of ours goes first alternates), so all three see the
 * same load. Each round is a new process's first checks as in the bench: one untimed round, then
 * FULL_RUNS timed ones (default 5) on the same text. Prints medians of wall time and the median of
 * the per-run ratio new/old. FULL_ROUNDS (default 1) repeats it with a new text each round.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Linter } from '../src/engine';
import type { Rule, TextDoc } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { median } from './stats';

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

function wall(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

for (const size of WORDS.length ? WORDS : [10_000]) {
  const old: number[] = [];
  const now: number[] = [];
  const wg: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { text } = makeDocument(size, round ? 500 + round : undefined);
    for (let i = -1; i < RUNS; i++) {
      const a = () => new oldEngine.Linter(oldRules).lint(oldParse(text).doc);
      const b = () => new Linter(ALL_RULES).lint(parsePlainText(text).doc);
      let t1: number;
      let t2: number;
      if (i % 2) {
        t1 = wall(a);
        t2 = wall(b);
      } else {
        t2 = wall(b);
        t1 = wall(a);
      }
      const t3 = wall(() => writeGood(text));
      if (i < 0) continue;
      old.push(t1);
      now.push(t2);
      wg.push(t3);
    }
  }
  const ratio = median(now.map((t, k) => t / old[k]!));
  console.log(
    `full\t${size}\told ${median(old).toFixed(1)}\tnew ${median(now).toFixed(1)}\twrite-good ${median(wg).toFixed(1)}\tnew/old ${ratio.toFixed(2)}\tnew/write-good ${(median(now) / median(wg)).toFixed(2)}\tload ${loadavg()[0]!.toFixed(1)}`,
  );
}
