/**
 * `npx tsx bench/alloc-full.ts WORDS [RUNS]`: what a full check with a fresh linter allocates, by
 * function (sampled, objects collected since included), after one untimed check. Allocation is what
 * the garbage collector's share of a check follows. For function names run it from a bundle, as
 * bench/profile-recheck.ts says.
 */
import { Session } from 'node:inspector';
import { readFileSync } from 'node:fs';
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';

const words = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const { text } = makeDocument(words);
const check = () => new Linter(ALL_RULES).lint(parsePlainText(text).doc);
check();

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}
const session = new Session();
session.connect();
const post = <T = unknown>(m: string, p?: object) => new Promise<T>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = 0; i < runs; i++) check();
const { profile } = await post<{ profile: { head: Node } }>('HeapProfiler.stopSampling');
// Run from a bundle: map a bundle line to its source file (esbuild writes "// path" before each file).
const bundle = process.argv[1]!.endsWith('.mjs') ? readFileSync(process.argv[1]!, 'utf8').split('\n') : [];
const fileAt: string[] = [];
for (let i = 0, file = ''; i < bundle.length; i++) fileAt[i] = file = /^\/\/ ((?:src|rules|bench)\/\S+)$/.exec(bundle[i]!)?.[1] ?? file;
const short = (u: string, line: number) => (bundle.length && u.endsWith('.mjs') ? (fileAt[line] ?? u) : u.replace(/^.*\/(src|rules|node_modules)\//, '$1/'));
const self = new Map<string, number>();
const incl = new Map<string, number>();
const walk = (n: Node, stack: string[]): number => {
  const k = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url, n.callFrame.lineNumber)}:${n.callFrame.lineNumber + 1}`;
  self.set(k, (self.get(k) ?? 0) + n.selfSize);
  let total = n.selfSize;
  for (const c of n.children) total += walk(c, [...stack, k]);
  if (!stack.includes(k)) incl.set(k, (incl.get(k) ?? 0) + total);
  return total;
};
const all = walk(profile.head, []);
const mb = (b: number) => (b / runs / 1048576).toFixed(1).padStart(6);
console.log(`${words} words: ${mb(all)} MB allocated per full check (sampled)`);
console.log('-- allocated by the function itself (MB per check)');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(mb(v), k);
console.log('-- allocated inside the function (MB per check)');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(mb(v), k);
