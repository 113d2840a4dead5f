/**
 * `npx tsx bench/recheck.ts [words…]`: CPU time of a re-check after editing one paragraph, on
 * varied text (bench/corpus.ts), one line per size. Small and self-contained so it can run in an
 * older checkout too, and be run in turns with it (CPU time: a busy machine inflates wall time).
 */
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { deleteParagraph, editParagraph, insertParagraph } from './recheck-edit';

const WORDS = process.argv.slice(2).map(Number).filter((n) => n > 0);
const EDITS = Number(process.env.RECHECK_EDITS ?? 15);
/** edit (two words of one paragraph), insert (a new paragraph, later blocks renumbered) or delete (one block, the same). */
const KINDS = (process.env.RECHECK_KIND ?? 'edit').split(',');

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The JIT settles only after many re-checks: a side panel re-checks all day, so time the settled
 * engine. Untimed re-checks of a 10,000-word document first (RECHECK_WARMUP, default 40).
 */
function warmUp(times: number): void {
  const { doc } = parsePlainText(makeDocument(10_000, 99).text);
  const paragraphs = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const linter = new Linter(ALL_RULES);
  let current = doc;
  for (let i = 0; i < times; i++) linter.lint((current = editParagraph(current, paragraphs[(i * 31) % paragraphs.length]!, 1000 + i)));
}

warmUp(Number(process.env.RECHECK_WARMUP ?? 40));
for (const size of WORDS.length ? WORDS : [10_000, 100_000, 300_000]) {
  const { doc } = parsePlainText(makeDocument(size).text);
  const paragraphs = doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const linter = new Linter(ALL_RULES);
  const full = cpuMs(() => linter.lint(doc));
  let current = doc;
  // Each kind of change in turn on the same linter, after the one full check.
  for (const kind of KINDS) {
    const samples: number[] = [];
    for (let i = 0; i < EDITS + 3; i++) {
      const at = paragraphs[(i * 7919) % paragraphs.length]!;
      current = kind === 'insert' ? insertParagraph(current, at, i) : kind === 'delete' ? deleteParagraph(current, at) : editParagraph(current, at, i);
      const next = current;
      const ms = cpuMs(() => linter.lint(next));
      if (i >= 3) samples.push(ms);
    }
    const same = cpuMs(() => linter.lint(current));
    console.log(`${kind}\t${size}\tblocks ${doc.blocks.length}\tfull ${full.toFixed(0)}\trecheck ${median(samples).toFixed(2)}\tnochange ${same.toFixed(2)}`);
  }
}
