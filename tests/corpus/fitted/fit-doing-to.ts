/**
 * Fits the doing-to scorer's weights on the labelled real pages and checks
 * them leave-group-out: fit on three of the four groups (a–i, j–n, s, t),
 * choose the threshold on those three, score the fourth. Prints a table of
 * labels caught and findings inside labels for the hand-written rule, the
 * scorer alone, and the rule plus the scorer's extra findings; then fits on
 * every group and writes tests/corpus/fitted/doing-to-weights.json (numbers only).
 *
 *   npm run fit:doing-to -- --real /work/main/.real [--no-write] [--sensitivity 0.1,10]
 *
 * The pages are git-ignored; without them it says so and writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from './doing-to-features';
import { fitLogistic, predict, type LogisticModel } from './logistic';
import { findingsOf, pagesOf, tally, type Mode, type PageRows, type Tally } from './doing-to-rows';

const args = process.argv.slice(2);
const real = args.includes('--real') ? args[args.indexOf('--real') + 1]! : '.real';
const write = !args.includes('--no-write');
/** Penalty strength, fixed at 1 before looking at any held-out group. */
const LAMBDA = 1;
/** Other strengths to print the table for, only to report how much the choice matters (`--sensitivity 0.1,10`). */
const OTHER_LAMBDAS = args.includes('--sensitivity') ? args[args.indexOf('--sensitivity') + 1]!.split(',').map(Number) : [];
let lambda = LAMBDA;
/** The least share of findings inside labels a threshold may give on the fitting groups (the target is 0.5; a margin for unseen pages). */
const MIN_INSIDE = 0.6;
/** The least share of the scorer's extra findings inside labels on the fitting pages. */
const MIN_EXTRA_INSIDE = 0.5;
const GROUPS: Record<string, string[]> = {
  'a–i': ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
  'j–n': ['j', 'k', 'l', 'm', 'n'],
  s: ['s'],
  t: ['t'],
};
const OUT = join(import.meta.dirname, 'doing-to-weights.json');

const pages = new Map<string, PageRows[]>();
for (const [group, sets] of Object.entries(GROUPS)) {
  const all: PageRows[] = [];
  for (const set of sets) all.push(...(await pagesOf(join(real, set))));
  pages.set(group, all);
}
if ([...pages.values()].some((p) => p.length === 0)) {
  console.log(`No labelled pages in every group under ${real} (a–n, s, t); nothing fitted.`);
  process.exit(0);
}

const RULE_FIRES = FEATURES.indexOf('rule-fires');
/** Grammar only: the rule's own findings hidden from the scorer, to see what the general features find by themselves. */
const grammarOnly = (x: number[]) => x.map((v, j) => (j === RULE_FIRES ? 0 : v));

function fit(groups: string[], grammar = false): LogisticModel {
  const rows = groups.flatMap((g) => pages.get(g)!.flatMap((p) => p.rows));
  return fitLogistic(rows.map((r) => (grammar ? grammarOnly(r.x) : r.x)), rows.map((r) => r.y), { lambda });
}

const probsOf = (model: LogisticModel, ps: PageRows[]) => ps.map((p) => p.rows.map((r) => predict(model, r.x)));

/** The threshold that catches most labels on the fitting pages while keeping MIN_INSIDE of findings inside them. */
function chooseThreshold(model: LogisticModel, ps: PageRows[], mode: Mode): number {
  const probs = probsOf(model, ps);
  let best = { threshold: 1.01, caught: -1 };
  for (let th = 0.95; th >= 0.05 - 1e-9; th -= 0.025) {
    const t = tally(ps, (p, i) => findingsOf(p, mode, probs[i]!, th));
    // Added findings must be more often right than wrong themselves, not only ride on the rule's precision.
    const extra = mode === 'rule+scorer' ? tally(ps, (p, i) => findingsOf(p, 'extras', probs[i]!, th)) : t;
    const fair = t.findings > 0 && t.inside / t.findings >= MIN_INSIDE && (extra.findings === 0 || extra.inside / extra.findings >= MIN_EXTRA_INSIDE);
    if (fair && t.caught > best.caught) best = { threshold: Number(th.toFixed(3)), caught: t.caught };
  }
  return best.threshold;
}

const cell = (t: Tally) => `${t.caught}/${t.labels} caught, ${t.inside}/${t.findings} inside`;
let lines: string[] = [];
const HEADER = ['| held out | fitted on | rule | scorer alone (threshold) | scorer, grammar only | rule + scorer extras |', '|---|---|---|---|---|---|'];
function row(heldOut: string[], fitOn: string[]) {
  const model = fit(fitOn);
  const fitPages = fitOn.flatMap((g) => pages.get(g)!);
  const test = heldOut.flatMap((g) => pages.get(g)!);
  const probs = probsOf(model, test);
  const cells = (['rule', 'scorer', 'rule+scorer'] as Mode[]).map((mode) => {
    const th = mode === 'rule' ? 0 : chooseThreshold(model, fitPages, mode);
    const t = tally(test, (p, i) => findingsOf(p, mode, probs[i]!, th));
    return mode === 'rule' ? cell(t) : `${cell(t)} (${th})`;
  });
  // The grammar-only scorer (weight of rule-fires is 0, as the feature is 0 in every fitting row).
  const grammar = fit(fitOn, true);
  const gth = chooseThreshold(grammar, fitPages, 'scorer');
  const gprobs = test.map((p) => p.rows.map((r) => predict(grammar, grammarOnly(r.x))));
  cells.splice(2, 0, `${cell(tally(test, (p, i) => findingsOf(p, 'scorer', gprobs[i]!, gth)))} (${gth})`);
  lines.push(`| ${heldOut.join(' + ')} | ${fitOn.join(', ')} | ${cells.join(' | ')} |`);
}
const names = Object.keys(GROUPS);
for (const l of [LAMBDA, ...OTHER_LAMBDAS]) {
  lambda = l;
  lines = [...HEADER];
  for (const g of names) row([g], names.filter((n) => n !== g));
  row(['s', 't'], ['a–i', 'j–n']);
  console.log(`\nL2 penalty ${l}:\n${lines.join('\n')}`);
}
lambda = LAMBDA;

const final = fit(names);
const allPages = names.flatMap((g) => pages.get(g)!);
const threshold = chooseThreshold(final, allPages, 'rule+scorer');
console.log('\nFitted on all four groups; threshold for the rule plus the scorer:', threshold);
FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(28)} ${final.weights[j]!.toFixed(3)}`));
console.log(`  ${'(bias)'.padEnd(28)} ${final.bias.toFixed(3)}`);
if (write) {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const json = { features: [...FEATURES], bias: round(final.bias), weights: final.weights.map(round), threshold, lambda: LAMBDA };
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${OUT}`);
}
