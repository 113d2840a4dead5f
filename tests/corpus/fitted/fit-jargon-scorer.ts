/**
 * Fits the jargon scorer's weights (tests/corpus/fitted/jargon-scorer.ts) on the labelled
 * real pages in the git-ignored .real folders, validates them leave-group-out,
 * and writes tests/corpus/fitted/jargon-scorer-weights.json (numbers only) and
 * docs/jargon-scorer-validation.md (the table). `npm run fit:jargon [base folder]`;
 * the base folder defaults to .real. Deterministic: same pages, same output.
 *
 * Groups: a–i, j–n, s, t. Each is scored with weights fitted on the other
 * three, and with a threshold chosen on those three only: the lowest at which
 * the scorer adds no more than BUDGET of the language findings per 1,000
 * words already there. Also: fitted on a–n, scored on s+t. The shipped weights
 * are fitted on all four groups.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { FEATURES } from './jargon-candidates';
import type { ScorerWeights } from './jargon-scorer';
import { fitLogistic } from './logistic';
import { loadGroup, scorePages, type GroupScore, type Page } from './jargon-scorer-data';

/** L2 strength: enough to keep rare features from taking extreme weights. */
const LAMBDA = 2;
/** New findings allowed on the fitting groups, as a share of the language findings there (the target allows 20% on unseen pages). */
const BUDGET = Number(process.env.JARGON_BUDGET) || 0.12;
const GROUPS: Record<string, string[]> = { 'a–i': ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], 'j–n': ['j', 'k', 'l', 'm', 'n'], s: ['s'], t: ['t'] };

const base = process.argv[2] ?? '.real';
if (!existsSync(base)) {
  console.error(`No labelled pages at ${base}: nothing to fit.`);
  process.exit(1);
}

const byGroup = new Map<string, Page[]>();
for (const [g, folders] of Object.entries(GROUPS)) byGroup.set(g, await loadGroup(base, g, folders));

function fitOn(pages: readonly Page[]): ScorerWeights {
  const rows: number[][] = [];
  const ys: number[] = [];
  for (const p of pages)
    for (const b of p.blocks)
      b.candidates.forEach((c, i) => {
        const y = b.ys[i];
        if (y === null || y === undefined) return;
        rows.push(c.features);
        ys.push(y);
      });
  const fit = fitLogistic(rows, ys, { lambda: LAMBDA });
  if (process.env.JARGON_DEBUG) console.error(`fit on ${rows.length} candidates, ${ys.filter((y) => y === 1).length} inside missed labels`);
  const w: ScorerWeights = { features: [...FEATURES], bias: round(fit.bias), weights: fit.weights.map(round), threshold: 1 };
  // The lowest threshold that keeps the new findings within the budget on these pages.
  for (let t = 0.02; t <= 0.99; t += 0.01) {
    const s = scorePages(pages, { ...w, threshold: t });
    if (s.newFindings <= BUDGET * s.baseFindings) {
      w.threshold = round(t);
      break;
    }
  }
  return w;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const per1000 = (n: number, words: number) => ((n / Math.max(1, words)) * 1000).toFixed(1);
function row(name: string, s: GroupScore, threshold: number): string {
  const before = s.baseCaught / Math.max(1, s.labels);
  const after = (s.baseCaught + s.extraCaught) / Math.max(1, s.labels);
  const inside = s.newFindings ? (s.newInside / s.newFindings).toFixed(2) : '–';
  return `| ${name} | ${threshold.toFixed(2)} | ${s.pages} | ${s.baseCaught}/${s.labels} (${before.toFixed(2)}) | +${s.extraCaught} → ${(s.baseCaught + s.extraCaught)}/${s.labels} (${after.toFixed(2)}) | +${s.newFindings} | ${per1000(s.baseFindings, s.words)} → ${per1000(s.baseFindings + s.newFindings, s.words)} (${(((s.baseFindings + s.newFindings) / Math.max(1, s.baseFindings) - 1) * 100).toFixed(0)}%) | ${inside} |`;
}

const lines = [
  '# Fitted jargon scorer: leave-group-out validation',
  '',
  'Written by `npm run fit:jargon` (tests/corpus/fitted/fit-jargon-scorer.ts). Each held-out group is scored with weights and a threshold chosen on the other groups only.',
  `Threshold rule: the lowest at which the new findings on the fitting groups are at most ${Math.round(BUDGET * 100)}% of the language findings there. L2 strength ${LAMBDA}.`,
  '',
  '| held out | threshold | pages | caught before | extra caught → after | new findings | language findings per 1,000 words | new findings inside labels |',
  '|---|---|---|---|---|---|---|---|',
];
const names = Object.keys(GROUPS);
for (const held of names) {
  const fitting = names.filter((g) => g !== held).flatMap((g) => byGroup.get(g)!);
  const w = fitOn(fitting);
  lines.push(row(held, scorePages(byGroup.get(held)!, w), w.threshold));
}
const an = fitOn([...byGroup.get('a–i')!, ...byGroup.get('j–n')!]);
// For reading the findings a model fitted without them makes on s and t (the shipped file is fitted on all four).
if (process.env.JARGON_WRITE_AN) writeFileSync(process.env.JARGON_WRITE_AN, `${JSON.stringify(an, null, 1)}\n`);
lines.push(row('s+t (fitted on a–n)', scorePages([...byGroup.get('s')!, ...byGroup.get('t')!], an), an.threshold));

const all = [...byGroup.values()].flat();
const shipped = fitOn(all);
lines.push(row('all four (in-sample, shipped weights)', scorePages(all, shipped), shipped.threshold));
lines.push('', '## Shipped weights', '', '| feature | weight |', '|---|---|', `| (bias) | ${shipped.bias} |`);
FEATURES.forEach((f, i) => lines.push(`| ${f} | ${shipped.weights[i]} |`));
const table = `${lines.join('\n')}\n`;
writeFileSync('docs/jargon-scorer-validation.md', table);
writeFileSync('tests/corpus/fitted/jargon-scorer-weights.json', `${JSON.stringify(shipped, null, 1)}\n`);
console.log(table);
