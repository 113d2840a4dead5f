/**
 * `OLD=/path/to/older/checkout npx tsx bench/recheck-pair.ts [words…]`: this checkout's re-check
 * against an older one's, in one process. Each edit is applied to both documents and the two
 * linters re-check it one after the other (which goes first alternates), so both see the same load
 * at the same moment: on a busy machine this compares far better than two processes in turns.
 * Prints the medians of CPU time per re-check and the median of the per-edit ratio new/old.
 * RECHECK_KIND=edit,insert,delete and RECHECK_EDITS as bench/recheck.ts.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Linter } from '../src/engine';
import type { Rule, TextDoc } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { deleteParagraph, editParagraph, insertParagraph } from './recheck-edit';
import { cpuMs, median } from './stats';

const OLD = process.env.OLD;
if (!OLD) throw new Error('Set OLD to the older checkout (with node_modules) to compare with.');
type AnyLinter = { lint(doc: TextDoc): unknown };
const oldEngine = (await import(resolve(OLD, 'src/engine/index.ts'))) as { Linter: new (rules: Rule[]) => AnyLinter };
const oldRules = ((await import(resolve(OLD, 'rules/index.ts'))) as { ALL_RULES: Rule[] }).ALL_RULES;
const WORDS = process.argv.slice(2).map(Number).filter((n) => n > 0);
const EDITS = Number(process.env.RECHECK_EDITS ?? 21);
const KINDS = (process.env.RECHECK_KIND ?? 'edit').split(',');

const paragraphsOf = (doc: TextDoc) => doc.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));

// Both engines warmed up as bench/recheck.ts does.
{
  const { doc } = parsePlainText(makeDocument(10_000, 99).text);
  const paragraphs = paragraphsOf(doc);
  const [a, b] = [new oldEngine.Linter(oldRules), new Linter(ALL_RULES)];
  let current = doc;
  for (let i = 0; i < 40; i++) {
    current = editParagraph(current, paragraphs[(i * 31) % paragraphs.length]!, 1000 + i);
    a.lint(current);
    b.lint(current);
  }
}
for (const size of WORDS.length ? WORDS : [10_000, 100_000, 300_000]) {
  const { doc } = parsePlainText(makeDocument(size).text);
  const paragraphs = paragraphsOf(doc);
  const [a, b] = [new oldEngine.Linter(oldRules), new Linter(ALL_RULES)];
  a.lint(doc);
  b.lint(doc);
  let current = doc;
  for (const kind of KINDS) {
    const old: number[] = [];
    const now: number[] = [];
    for (let i = 0; i < EDITS + 3; i++) {
      const at = paragraphs[(i * 7919) % paragraphs.length]!;
      current = kind === 'insert' ? insertParagraph(current, at, i) : kind === 'delete' ? deleteParagraph(current, at) : editParagraph(current, at, i);
      const next = current;
      const [first, second] = i % 2 ? [a, b] : [b, a];
      const t1 = cpuMs(() => first.lint(next));
      const t2 = cpuMs(() => second.lint(next));
      if (i < 3) continue;
      old.push(first === a ? t1 : t2);
      now.push(first === a ? t2 : t1);
    }
    const ratio = median(now.map((t, k) => t / old[k]!));
    console.log(`${kind}\t${size}\told ${median(old).toFixed(2)}\tnew ${median(now).toFixed(2)}\tnew/old ${ratio.toFixed(2)}\tload ${loadavg()[0]!.toFixed(1)}`);
  }
}
