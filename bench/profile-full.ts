/**
 * `npx tsx bench/profile-full.ts WORDS [RUNS]`: a CPU profile of full checks with a fresh linter each
 * (the bench's "full check (fresh linter)" row), after one untimed check as the bench does, summarised
 * by self time per function and by time inside each file. Writes /tmp/full-WORDS.cpuprofile. For
 * function and line names run it from a bundle, as bench/profile-recheck.ts says.
 */
import { writeFileSync } from 'node:fs';
import { Linter } from '../src/engine';
import { parsePlainText } from '../src/sources/plain-text';
import { ALL_RULES } from '../rules';
import { makeDocument } from './corpus';
import { profileRuns, summarise } from './cpu-profile';

const words = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 10);
// VARY=1: a new document each run (another seed), so no cache kept between checks flatters a run.
const vary = process.env.VARY === '1';
const texts = Array.from({ length: runs + Number(process.env.WARM ?? 1) }, (_, i) => makeDocument(words, vary ? 1000 + i : undefined).text);
let run = 0;
const check = () => new Linter(ALL_RULES).lint(parsePlainText(texts[run++]!).doc);
for (let i = Number(process.env.WARM ?? 1); i > 0; i--) check();

const { profile, wall } = await profileRuns(runs, () => check());
writeFileSync(`/tmp/full-${words}.cpuprofile`, JSON.stringify(profile));
const { self, inclFile, inclFn, total, ms, top } = summarise(profile, runs);
console.log(`${words} words: ${wall.toFixed(1)} ms wall per full check, ${total.toFixed(1)} ms profiled`);
console.log('-- self time per function (ms per check)');
for (const [k, c] of top(self, Number(process.env.TOP ?? 40))) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per file');
for (const [k, c] of top(inclFile, 40)) console.log(ms(c).padStart(7), k);
console.log('-- inclusive time per function');
for (const [k, c] of top(inclFn, Number(process.env.TOP ?? 40))) console.log(ms(c).padStart(7), k);
