/**
 * `node --expose-gc --import tsx bench/heap.ts [words]`: the heap a full check of a generated
 * document holds, in this fresh process: heap used before, at its peak during the check (sampled
 * between blocks), and kept after it (what a side panel keeps between re-checks), with the
 * resident set beside it. Run one size per process so sizes never share a heap.
 */
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const words = Number(process.argv[2] ?? 300_000);
const { doc } = parsePlainText(makeDocument(words).text);
gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
const linter = new Linter(ALL_RULES);
const steps = linter.lintInSteps(doc);
for (let n = 0; !steps.next().done; n++) if (n % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
peak = Math.max(peak, process.memoryUsage().heapUsed);
gc();
const kept = process.memoryUsage().heapUsed;
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`${words}\theap before ${mb(before)} MB\tpeak ${mb(peak)} MB\tkept after ${mb(kept)} MB (${mb(kept - before)} MB for the check)\tpeak RSS ${rss.toFixed(0)} MB`);
// Keep the linter alive until here, as a side panel would.
if (linter.ruleList.length < 0) console.log('');
