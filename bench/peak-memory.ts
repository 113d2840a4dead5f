/**
 * One full check (or one write-good run) of a generated document in this
 * fresh process, then its peak memory (resident set): run by bench/run.ts,
 * one process per tool and size, so the two never share a heap.
 * Usage: tsx bench/peak-memory.ts ours|write-good <words>
 */
import { createRequire } from 'node:module';
import { makeDocument } from './corpus';

const [tool, words] = process.argv.slice(2);
const { text } = makeDocument(Number(words) || 10_000);
const baseline = process.resourceUsage().maxRSS / 1024;
if (tool === 'write-good') {
  const writeGood = createRequire(import.meta.url)('write-good') as (t: string) => unknown[];
  writeGood(text);
} else {
  const { Linter } = await import('../src/engine');
  const { ALL_RULES } = await import('../rules');
  const { parsePlainText } = await import('../src/sources/plain-text');
  new Linter(ALL_RULES).lint(parsePlainText(text).doc);
}
const peak = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`peakRssMB=${peak.toFixed(1)} beforeMB=${baseline.toFixed(1)}\n`);
