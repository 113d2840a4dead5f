/**
 * `npx tsx bench/profile-recheck.ts WORDS [EDITS]`: a CPU profile of re-checks after one-paragraph
 * edits only (the first full check is not profiled), summarised by self time per function and by
 * time inside each rule's file. Writes the raw profile to /tmp/recheck-WORDS.cpuprofile.
 */
import { writeFileSync } from 'node:fs';
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { profileRuns, summarise } from './cpu-profile';
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

const { profile, wall } = await profileRuns(edits, (n) => {
  const i = 5 + n;
  linter.lint((current = change(current, paragraphs[(i * 7919) % paragraphs.length]!, i)));
});
writeFileSync(`/tmp/recheck-${words}.cpuprofile`, JSON.stringify(profile));
const { self, inclFile, total, ms, top, bundle, fileAt } = summarise(profile, edits);
console.log(`${words} words, ${doc.blocks.length} blocks: ${wall.toFixed(1)} ms wall per re-check, ${total.toFixed(1)} ms profiled`);
console.log('-- self time per function (ms per re-check)');
for (const [k, c] of top(self, 30)) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per file');
for (const [k, c] of top(inclFile, 30)) console.log(ms(c).padStart(7), k);
// Hot lines of the hottest functions (bundle line numbers).
const lines = new Map<number, number>();
for (const n of profile.nodes) for (const t of n.positionTicks ?? []) if (n.callFrame.url.endsWith('.mjs')) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
console.log('-- hot lines (bundle)');
for (const [l, c] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms(c).padStart(7), `${fileAt[l - 1]}:${l}`, (bundle[l - 1] ?? '').trim().slice(0, 110));
