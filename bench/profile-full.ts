/**
 * `npx tsx bench/profile-full.ts WORDS [RUNS]`: a CPU profile of full checks with a fresh linter each
 * (the bench's "full check (fresh linter)" row), after one untimed check as the bench does, summarised
 * by self time per function and by time inside each file. Writes /tmp/full-WORDS.cpuprofile. For
 * function and line names run it from a bundle, as bench/profile-recheck.ts says.
 */
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';

const words = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 10);
// VARY=1: a new document each run (another seed), so no cache kept between checks flatters a run.
const vary = process.env.VARY === '1';
const texts = Array.from({ length: runs + Number(process.env.WARM ?? 1) }, (_, i) => makeDocument(words, vary ? 1000 + i : undefined).text);
let run = 0;
const check = () => new Linter(ALL_RULES).lint(parsePlainText(texts[run++]!).doc);
for (let i = Number(process.env.WARM ?? 1); i > 0; i--) check();

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  startTime: number;
  endTime: number;
}
const session = new Session();
session.connect();
const post = <T = unknown>(m: string, p?: object) => new Promise<T>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 100) });
await post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) check();
const wall = (performance.now() - t0) / runs;
const { profile } = await post<{ profile: Profile }>('Profiler.stop');
writeFileSync(`/tmp/full-${words}.cpuprofile`, JSON.stringify(profile));
const counts = new Map<number, number>();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const bundle = process.argv[1]!.endsWith('.mjs') ? readFileSync(process.argv[1]!, 'utf8').split('\n') : [];
const fileAt: string[] = [];
for (let i = 0, file = ''; i < bundle.length; i++) fileAt[i] = file = /^\/\/ ((?:src|rules|bench|node_modules)\/\S+)$/.exec(bundle[i]!)?.[1] ?? file;
const short = (u: string, line = 0) => (bundle.length && u.endsWith('.mjs') ? (fileAt[line] ?? u) : u.replace(/^.*\/(src|rules|node_modules)\//, '$1/'));
const self = new Map<string, number>();
for (const n of profile.nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url, n.callFrame.lineNumber)}:${n.callFrame.lineNumber + 1}`;
  self.set(k, (self.get(k) ?? 0) + (counts.get(n.id) ?? 0));
}
// Inclusive time per file and per function (a sample counts once per name on its stack).
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclFile = new Map<string, number>();
const inclFn = new Map<string, number>();
for (const [id, c] of counts) {
  const seenF = new Set<string>();
  const seenN = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at)!;
    const f = short(n.callFrame.url, n.callFrame.lineNumber);
    const k = `${n.callFrame.functionName || '(anon)'} ${f}:${n.callFrame.lineNumber + 1}`;
    if (f && !seenF.has(f)) { seenF.add(f); inclFile.set(f, (inclFile.get(f) ?? 0) + c); }
    if (!seenN.has(k)) { seenN.add(k); inclFn.set(k, (inclFn.get(k) ?? 0) + c); }
  }
}
const total = (profile.endTime - profile.startTime) / 1000 / runs;
const ms = (c: number) => ((c / profile.samples.length) * total).toFixed(2);
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${words} words: ${wall.toFixed(1)} ms wall per full check, ${total.toFixed(1)} ms profiled`);
console.log('-- self time per function (ms per check)');
for (const [k, c] of top(self, Number(process.env.TOP ?? 40))) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per file');
for (const [k, c] of top(inclFile, 40)) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per function');
for (const [k, c] of top(inclFn, Number(process.env.TOP ?? 40))) console.log(ms(c).padStart(7), k);
