/**
 * One full check (or one write-good run) of a generated document in this
 * fresh process, then its peak memory: run by bench/run.ts, one process per
 * tool and size, so the two never share a heap.
 * Peak heap is V8's used heap at its highest during the run: read just before
 * every garbage collection (v8.GCProfiler) and, for our check, between blocks
 * and at the end too, so both tools are sampled the same way. Peak RSS (the
 * resident set, as the operating system sees it) is given beside it.
 * Usage: tsx bench/peak-memory.ts ours|write-good <words>
 */
import { createRequire } from 'node:module';
import { GCProfiler } from 'node:v8';
import { makeDocument } from './corpus';

const [tool, words] = process.argv.slice(2);
const { text } = makeDocument(Number(words) || 10_000);
const mb = (n: number) => n / 1024 / 1024;
const baseline = process.resourceUsage().maxRSS / 1024;
let load: () => (t: string) => void;
if (tool === 'write-good') {
  const writeGood = createRequire(import.meta.url)('write-good') as (t: string) => unknown[];
  load = () => (t) => void writeGood(t);
} else {
  const { Linter } = await import('../src/engine');
  const { ALL_RULES } = await import('../rules');
  const { parsePlainText } = await import('../src/sources/plain-text');
  load = () => (t) => {
    const steps = new Linter(ALL_RULES).lintInSteps(parsePlainText(t).doc);
    for (let n = 0; !steps.next().done; n++) if (n % 16 === 0) sample();
  };
}
const run = load();
const heapBefore = process.memoryUsage().heapUsed;
let peakHeap = heapBefore;
function sample(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const profiler = new GCProfiler();
profiler.start();
run(text);
sample();
const gcs = profiler.stop()?.statistics ?? [];
for (const g of gcs) peakHeap = Math.max(peakHeap, g.beforeGC.heapStatistics.usedHeapSize);
const peak = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `peakRssMB=${peak.toFixed(1)} beforeMB=${baseline.toFixed(1)} peakHeapMB=${mb(peakHeap).toFixed(1)} heapBeforeMB=${mb(heapBefore).toFixed(1)} gcs=${gcs.length}\n`,
);
