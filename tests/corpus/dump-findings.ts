/**
 * Prints every finding on every corpus document (our own sets, the held-out sets, the
 * shipped examples, and any folders named on the command line, such as `.real/xa`), one
 * line per finding, in a stable order. Changes that should not change what users see
 * (speed work, refactors) are checked by diffing two runs:
 *
 *   npx tsx tests/corpus/dump-findings.ts > /tmp/before.txt
 *   … change …
 *   npx tsx tests/corpus/dump-findings.ts > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from '../../src/lint';
import { CORPUS_DIR, toTextDoc } from './lib';

const ROOT = join(CORPUS_DIR, '..', '..');
const folders = [
  ...['docs', 'holdout', 'holdout2', 'holdout3', 'holdout4'].map((d) => join(CORPUS_DIR, d)),
  join(ROOT, 'examples'),
  ...process.argv.slice(2),
];

const linter = createLinter();
let files = 0;
let lines = 0;
for (const folder of folders) {
  if (!existsSync(folder)) continue;
  // The sets' notes (README, RESULTS, DISAGREEMENTS) are about the documents, not documents.
  for (const name of readdirSync(folder).filter((f) => /\.(?:txt|md|html?)$/i.test(f) && !/^(?:README|RESULTS|DISAGREEMENTS)\.md$/i.test(f)).sort()) {
    const path = join(folder, name);
    const doc = await toTextDoc({ name, path, source: readFileSync(path, 'utf8'), expected: { profiles: [], findings: [] } });
    const report = linter.lint(doc);
    const label = relative(ROOT, path);
    files++;
    console.log(`${label}: kinds ${report.profiles.map((p) => p.id).join(',')}`);
    for (const f of report.findings) {
      lines++;
      console.log(`${label}: ${f.ruleId} ${f.severity} ${f.blockId}:${f.start ?? ''}-${f.end ?? ''} ${f.message}`);
    }
  }
}
console.error(`${files} files, ${lines} findings`);
