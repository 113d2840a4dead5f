/**
 * Fits the model of the kind of document (tests/corpus/fitted/profile-model.ts) on labelled pages and
 * checks it leave-group-out, beside the hand-weighed scorer (profiles.ts).
 *
 *   npm run fit:profiles -- [--real DIR] [--lambda N] [--write]
 *
 * Groups: the real pages kept outside the repository (git-ignored; DIR defaults to .real) as
 * a–i, j–n, s and t, and the repository's corpus (tests/corpus/docs). Only those folders are
 * read. For each group the model is fitted on the other groups and scored on it; then fitted on
 * a–n alone and scored on s+t. With --write it is fitted on every group and the weights (numbers
 * only, never page text) are written to tests/corpus/fitted/profile-weights.json. Same pages → same weights.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseText } from '../../../src/engine/text';
import type { AnalysedBlock } from '../../../src/engine/rule';
import type { Detected } from '../../../src/engine/profile-cues';
import { readProfiles } from '../../../src/engine/profiles';
import { FEATURE_NAMES, KINDS, profileFeatures } from './profile-features';
import { fittedKinds, kindProbabilities, type ProfileModel } from './profile-model';
import { CORPUS_DIR, loadCorpus, toTextDoc } from '../lib';
import { fitModel, type Example } from './profile-fit';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const realDir = resolve(opt('--real') ?? join(CORPUS_DIR, '..', '..', '.real'));
const nearest = Number(opt('--nearest') ?? '0.3');
const lambdas = (opt('--lambda') ?? '30').split(',').map(Number);
// --without hand: leave out the features read from the hand scorer's scores and decision (to see what structure alone does).
const without = opt('--without');
const kept = FEATURE_NAMES.map((name, j) => (without && name.includes(without) ? -1 : j)).filter((j) => j >= 0);
const GROUPS: Record<string, string[]> = { 'a–i': [...'abcdefghi'], 'j–n': [...'jklmn'], s: ['s'], t: ['t'] };

interface Page extends Example {
  group: string;
  hand: Detected[];
  /** The hand scorer's scores after its caps, per kind. */
  score: Record<Detected, number>;
}

async function pageOf(name: string, source: string, kinds: string[], group: string): Promise<Page> {
  const doc = await toTextDoc({ name, path: name, source, expected: { profiles: [], findings: [] } });
  const blocks: AnalysedBlock[] = doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
  const reading = readProfiles(blocks);
  return {
    group,
    x: ((x) => kept.map((j) => x[j]!))(profileFeatures(blocks, reading)),
    kinds: kinds.filter((k): k is Detected => k !== 'general'),
    hand: reading.matches.map((m) => m.id).filter((k): k is Detected => k !== 'general'),
    score: reading.score,
  };
}

const pages: Page[] = [];
for (const [group, folders] of Object.entries(GROUPS)) {
  for (const folder of folders) {
    const dir = join(realDir, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const exp = join(dir, f.replace(/\.txt$/, '.expected.json'));
      if (!existsSync(exp)) continue;
      const expected = JSON.parse(readFileSync(exp, 'utf8')) as { profiles: string[] };
      pages.push(await pageOf(f, readFileSync(join(dir, f), 'utf8'), expected.profiles, group));
    }
  }
}
for (const d of loadCorpus()) pages.push(await pageOf(d.name, d.source, d.expected.profiles, 'corpus'));

const same = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join();
const groups = [...new Set(pages.map((p) => p.group))];
console.log(`${pages.length} pages (${groups.map((g) => `${g} ${pages.filter((p) => p.group === g).length}`).join(', ')}); ${kept.length} features, ${KINDS.length * (kept.length + 1)} weights\n`);

/** Where no kind reaches the hand scorer's threshold (its nearest-kind, fallback and general readings), the model decides. */
function combined(model: ProfileModel, p: Page): Detected[] {
  return KINDS.every((k) => p.score[k] < 3) ? fittedKinds(model, p.x, nearest) : p.hand;
}

/** The hand scorer decides, except where the model is sure it is wrong about a kind (probability beyond 0.9 either way). */
function overridden(model: ProfileModel, p: Page): Detected[] {
  const prob = kindProbabilities(model, p.x);
  return KINDS.filter((k) => (prob[k] >= 0.9 ? true : prob[k] <= 0.1 ? false : p.hand.includes(k)));
}

const row = (name: string, train: Page[], test: Page[], lambda: number): string => {
  const model = fitModel(train, kept.map((j) => FEATURE_NAMES[j]!), KINDS, lambda, nearest);
  const n = test.length;
  const hand = test.filter((p) => same(p.hand, p.kinds)).length;
  const fitted = test.filter((p) => same(fittedKinds(model, p.x, nearest), p.kinds)).length;
  const combo = test.filter((p) => same(combined(model, p), p.kinds)).length;
  const override = test.filter((p) => same(overridden(model, p), p.kinds)).length;
  if (args.includes('--confusions')) {
    const wrong = new Map<string, [number, number]>();
    const label = (k: readonly string[]) => [...k].sort().join('+') || 'general';
    for (const p of test) {
      const key = `${label(p.kinds)} → `;
      const h = same(p.hand, p.kinds) ? null : key + label(p.hand);
      const m = same(fittedKinds(model, p.x, nearest), p.kinds) ? null : key + label(fittedKinds(model, p.x, nearest));
      if (h) wrong.set(h, [(wrong.get(h)?.[0] ?? 0) + 1, wrong.get(h)?.[1] ?? 0]);
      if (m) wrong.set(m, [wrong.get(m)?.[0] ?? 0, (wrong.get(m)?.[1] ?? 0) + 1]);
    }
    for (const [k, [h, m]] of [...wrong].sort()) console.log(`   ${name}: ${k}  hand ${h}, fitted ${m}`);
  }
  const f = (k: number) => `${k}/${n} (${(k / n).toFixed(2)})`;
  return `| ${name} | ${f(hand)} | ${f(fitted)} | ${f(combo)} | ${f(override)} |`;
};

for (const lambda of lambdas) {
  console.log(`lambda ${lambda}\n| held out | hand | fitted | combined | overridden |\n|---|---|---|---|---|`);
  const lines = groups.map((g) => row(g, pages.filter((p) => p.group !== g), pages.filter((p) => p.group === g), lambda));
  console.log(lines.join('\n'));
  const an = pages.filter((p) => p.group === 'a–i' || p.group === 'j–n');
  const st = pages.filter((p) => p.group === 's' || p.group === 't');
  if (an.length && st.length) console.log(row('s+t, fitted on a–n only', an, st, lambda));
  console.log('');
}

// --write [FILE]: fit on every group (but the ones named by --leave-out, comma-separated, for scoring it with evaluate-real.ts --fitted FILE).
if (args.includes('--write')) {
  const leaveOut = (opt('--leave-out') ?? '').split(',');
  const given = opt('--write');
  const out = given && !given.startsWith('-') ? resolve(given) : join(import.meta.dirname, 'profile-weights.json');
  const train = pages.filter((p) => !leaveOut.includes(p.group));
  writeFileSync(out, JSON.stringify(fitModel(train, kept.map((j) => FEATURE_NAMES[j]!), KINDS, lambdas[0]!, nearest)) + '\n');
  console.log(`wrote ${out} (fitted on ${train.length} pages, lambda ${lambdas[0]}, nearest ${nearest})`);
}
