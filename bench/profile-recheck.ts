/**
 * `npx tsx bench/profile-recheck.ts WORDS [EDITS]`: a CPU profile of re-checks after one-paragraph
 * edits only (the first full check is not profiled), summarised by self time per function and by
 * time inside each rule's file. Writes the raw profile to /tmp/recheck-WORDS.cpuprofile.
 */
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { deleteParagraph, editParagraph, insertParagraph } from './recheck-edit';

const words = Number(process.argv[2] ?? 100_000);
const edits = Number(process.argv[3] ?? 30);
const { doc } = parsePlainText(makeDocument(words).text);
const paragraphs = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
const linter = new Linter(ALL_RULES);
const kind = process.env.RECHECK_KIND ?? 'edit';
const change = (d: typeof doc, at: number, run: number) => (kind === 'insert' ? insertParagraph(d, at, run) : kind === 'delete' ? deleteParagraph(d, at) : editParagraph(d, at, run));
linter.lint(doc);
let current = doc;
for (let i = 0; i < 5; i++) linter.lint((current = change(current, paragraphs[(i * 7919) % paragraphs.length]!, i)));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
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
for (let i = 5; i < 5 + edits; i++) linter.lint((current = change(current, paragraphs[(i * 7919) % paragraphs.length]!, i)));
const wall = (performance.now() - t0) / edits;
const { profile } = await post<{ profile: Profile }>('Profiler.stop');
writeFileSync(`/tmp/recheck-${words}.cpuprofile`, JSON.stringify(profile));
const nodes = profile.nodes;
const total = (profile.endTime - profile.startTime) / 1000 / edits;
const counts = new Map<number, number>();
for (const s of profile.samples as number[]) counts.set(s, (counts.get(s) ?? 0) + 1);
const self = new Map<string, number>();
const byId = new Map(nodes.map((n) => [n.id, n]));
// Run from an unminified bundle (tsx writes each file on one line): map a bundle line to its source file.
const bundle = process.argv[1]!.endsWith('.mjs') ? readFileSync(process.argv[1]!, 'utf8').split('\n') : [];
const fileAt: string[] = [];
for (let i = 0, file = ''; i < bundle.length; i++) fileAt[i] = file = /^\/\/ ((?:src|rules|bench)\/\S+)$/.exec(bundle[i]!)?.[1] ?? file;
const short = (u: string, line = 0) => (bundle.length && u.endsWith('.mjs') ? (fileAt[line] ?? u) : u.replace(/^.*\/(src|rules|node_modules)\//, '$1/'));
for (const n of nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url, n.callFrame.lineNumber)}:${n.callFrame.lineNumber + 1}`;
  self.set(k, (self.get(k) ?? 0) + (counts.get(n.id) ?? 0));
}
// Inclusive time per file (a sample counts once per file on its stack).
const parent = new Map<number, number>();
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (const [id, c] of counts) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = short(byId.get(at)!.callFrame.url, byId.get(at)!.callFrame.lineNumber);
    if (f && !seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) ?? 0) + c); }
  }
}
const nSamples = profile.samples.length;
const ms = (c: number) => ((c / nSamples) * total).toFixed(2);
console.log(`${words} words, ${doc.blocks.length} blocks: ${wall.toFixed(1)} ms wall per re-check, ${total.toFixed(1)} ms profiled`);
console.log('-- self time per function (ms per re-check)');
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per file');
for (const [k, c] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms(c).padStart(7), k);
// Hot lines of the hottest functions (bundle line numbers).
const lines = new Map<number, number>();
for (const n of nodes) for (const t of n.positionTicks ?? []) if (n.callFrame.url.endsWith('.mjs')) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
console.log('-- hot lines (bundle)');
for (const [l, c] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms(c).padStart(7), `${fileAt[l - 1]}:${l}`, (bundle[l - 1] ?? '').trim().slice(0, 110));
