/**
 * Accuracy evaluation: lint every document in tests/corpus/docs with a fresh
 * linter (default config) and compare the findings with the hand-written
 * expectations beside each document.
 *
 *   npx tsx tests/corpus/evaluate.ts              table per rule and profile
 *   npx tsx tests/corpus/evaluate.ts --verbose    also every false positive / negative
 *   npx tsx tests/corpus/evaluate.ts --rule jargon [--doc name]
 *   npx tsx tests/corpus/evaluate.ts --set holdout   the held-out set in tests/corpus/holdout
 *                                                    (its own holdout.config.json thresholds)
 *
 *   npx tsx tests/corpus/evaluate.ts --set holdout3 --floors
 *       a set whose thresholds are not all met yet: instead of the thresholds, each
 *       rule and profile must stay at or above the figures recorded in
 *       <set>/<set>.floors.json (so it can only get better); --write-floors records them.
 *
 * Exits 1 when any rule or profile is below its threshold (or floor).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../src/lint';
import type { Finding, TextDoc } from '../../src/engine';
import { describeCoverage, patternCoverage } from './pattern-coverage';
import { CORPUS_DIR, loadConfig, loadCorpus, matchRule, readersUsed, targetsOf, toTextDoc, type CorpusConfig, type CorpusDoc, type ExpectedFile, type Expectation } from './lib';

interface Tally {
  expected: number;
  found: number;
  tp: number;
  tolerated: number;
  fps: string[];
  fns: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlyRule = argValue('--rule');
const onlyDoc = argValue('--doc');
const useFloors = args.includes('--floors');
const writeFloors = args.includes('--write-floors');

// --set <name>: another set in tests/corpus/<name>/ with its own <name>.config.json (e.g. holdout).
const setName = argValue('--set');
const loadSet = (name: string): { config: CorpusConfig; docs: CorpusDoc[] } => {
  const dir = join(CORPUS_DIR, name);
  const configPath = join(dir, `${name}.config.json`);
  if (!existsSync(configPath)) throw new Error(`--set ${name}: no ${configPath}`);
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/i.test(f) && !/^(?:README|RESULTS|DISAGREEMENTS)\.md$/i.test(f)).sort();
  const setDocs = files.map((file) => {
    const base = file.replace(/\.[^.]+$/, '');
    const expPath = join(dir, `${base}.expected.json`);
    if (!existsSync(expPath)) throw new Error(`${file}: no ${base}.expected.json beside it`);
    return { name: file, path: join(dir, file), source: readFileSync(join(dir, file), 'utf8'), expected: JSON.parse(readFileSync(expPath, 'utf8')) as ExpectedFile };
  });
  return { config: JSON.parse(readFileSync(configPath, 'utf8')) as CorpusConfig, docs: setDocs };
};
const set = setName ? loadSet(setName) : { config: loadConfig(), docs: loadCorpus() };
const config = set.config;
const docs = set.docs.filter((d) => !onlyDoc || d.name.includes(onlyDoc));
const linter = createLinter();
const ruleIds = Object.keys(config.rules).filter((r) => !onlyRule || r === onlyRule);
const tallies = new Map<string, Tally>(ruleIds.map((r) => [r, { expected: 0, found: 0, tp: 0, tolerated: 0, fps: [], fns: [] }]));
const profileIds = Object.keys(config.profiles);
const profileTallies = new Map<string, Tally>(profileIds.map((p) => [p, { expected: 0, found: 0, tp: 0, tolerated: 0, fps: [], fns: [] }]));

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const describeFinding = (f: Finding, blockText: string | undefined) =>
  f.text !== null ? `“${short(f.text)}”${blockText ? `  in: ${short(blockText, 70)}` : ''}` : `(document) ${short(f.message)}`;
const describeExp = (e: Expectation) => (e.text !== undefined ? `“${e.text}”${e.occurrence ? ` #${e.occurrence}` : ''}` : '(document)');

const textDocs: TextDoc[] = [];
for (const d of docs) {
  const doc = await toTextDoc(d);
  textDocs.push(doc);
  const report = linter.lint(doc, {});
  const blockText = new Map(doc.blocks.map((b) => [b.id, b.text]));
  if (setName)
    for (const e of [...d.expected.findings, ...(d.expected.allowed ?? [])])
      if (e.text !== undefined && !targetsOf(doc, e).length) console.error(`warning: ${d.name}: ${e.ruleId} text not found in one block: “${e.text}”${e.occurrence ? ` #${e.occurrence}` : ''}`);
  for (const ruleId of ruleIds) {
    const t = tallies.get(ruleId)!;
    const exps = d.expected.findings.filter((e) => e.ruleId === ruleId);
    const allowed = (d.expected.allowed ?? []).filter((e) => e.ruleId === ruleId);
    const finds = report.findings.filter((f) => f.ruleId === ruleId);
    const m = matchRule(doc, exps, finds, allowed);
    t.expected += exps.length;
    t.found += finds.length - m.tolerated.length;
    t.tp += m.truePositives.length;
    t.tolerated += m.tolerated.length;
    for (const f of m.falsePositives) t.fps.push(`${d.name}: ${describeFinding(f, f.blockId ? blockText.get(f.blockId) : undefined)}`);
    for (const e of m.falseNegatives) t.fns.push(`${d.name}: ${describeExp(e)}`);
  }
  const got = new Set(report.profiles.map((p) => p.id as string));
  const want = new Set(d.expected.profiles);
  for (const p of profileIds) {
    const t = profileTallies.get(p)!;
    if (want.has(p)) t.expected++;
    if (got.has(p)) t.found++;
    if (want.has(p) && got.has(p)) t.tp++;
    const reasons = report.profiles.find((x) => x.id === p)?.reasons.join('; ') ?? '';
    if (got.has(p) && !want.has(p)) t.fps.push(`${d.name}: detected (${reasons})`);
    if (want.has(p) && !got.has(p)) t.fns.push(`${d.name}: not detected (got ${[...got].join(', ')})`);
  }
}

const fmt = (n: number | null) => (n === null ? ' n/a' : n.toFixed(2));
let failed = false;
const rows: string[][] = [];
type Floors = Record<string, { precision: number | null; recall: number | null }>;
const floorsPath = setName ? join(CORPUS_DIR, setName, `${setName}.floors.json`) : '';
const floors: Floors = useFloors && existsSync(floorsPath) ? (JSON.parse(readFileSync(floorsPath, 'utf8')) as Floors) : {};
const measured: Floors = {};
const round = (n: number | null) => (n === null ? null : Math.floor(n * 100) / 100);
const line = (name: string, t: Tally, th: { precision: number; recall: number }) => {
  const precision = t.found ? t.tp / t.found : t.expected ? 0 : null;
  const recall = t.expected ? t.tp / t.expected : t.found ? null : null;
  measured[name] = { precision: round(precision), recall: round(recall) };
  let verdict: string;
  if (!t.expected && !t.found) verdict = 'n/a';
  else if (useFloors) {
    // A floor is the figure recorded when the set was last accepted: a rule may only improve on it.
    const floor = floors[name];
    const ok = !floor || ((floor.precision === null || (precision ?? 1) >= floor.precision) && (floor.recall === null || (recall ?? 1) >= floor.recall));
    verdict = ok ? 'PASS' : 'FAIL';
    if (!ok) failed = true;
  } else {
    const ok = (precision === null || precision >= th.precision) && (recall === null || recall >= th.recall) && !(t.expected && precision === null);
    verdict = ok ? 'PASS' : 'FAIL';
    if (!ok) failed = true;
  }
  rows.push([name, String(t.expected), String(t.found), String(t.tp), fmt(precision), fmt(recall), `${th.precision.toFixed(2)}/${th.recall.toFixed(2)}`, verdict]);
};

for (const r of ruleIds) line(r, tallies.get(r)!, config.rules[r]!);
rows.push(['', '', '', '', '', '', '', '']);
if (!onlyRule) for (const p of profileIds) line(`profile:${p}`, profileTallies.get(p)!, config.profiles[p]!);

const header = ['rule', 'expected', 'found', 'tp', 'precision', 'recall', 'threshold p/r', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const pad = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`${setName ? `Set ${setName}` : 'Corpus'}: ${docs.length} documents${readersUsed.size ? `; readers: ${[...readersUsed].map(([k, v]) => `${k} → ${v}`).join(', ')}` : ''}`);
console.log(pad(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(r[0] ? pad(r) : '');

if (verbose || onlyRule) {
  const all = [...[...tallies].map(([k, v]) => [k, v] as const), ...(onlyRule ? [] : [...profileTallies].map(([k, v]) => [`profile:${k}`, v] as const))];
  for (const [name, t] of all) {
    if (!t.fps.length && !t.fns.length) continue;
    console.log(`\n## ${name}`);
    for (const s of t.fps) console.log(`  FP  ${s}`);
    for (const s of t.fns) console.log(`  FN  ${s}`);
  }
}

// Which data patterns this set reaches (`--coverage` lists every pattern with its count).
if (!onlyRule && !onlyDoc) console.log(`\n${describeCoverage(patternCoverage(textDocs), textDocs.length, process.argv.includes('--coverage'))}`);

if (writeFloors && setName && !onlyRule && !onlyDoc) {
  writeFileSync(floorsPath, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`\nRecorded floors in ${floorsPath}`);
}
if (useFloors) console.log(`\n(${setName}: compared with the floors in ${setName}.floors.json, not the thresholds)`);
process.exit(failed ? 1 : 0);
