/**
 * The start-up snapshot's entry (bin/build-cli.mjs bundles it with compromise
 * and runs `node --build-snapshot` on it). Loading the rules and setting up
 * compromise is most of what a short check costs; the snapshot holds them
 * ready, so `doing-with check` starts with them already done.
 *
 * bin/doing-with.js starts it as `node --snapshot-blob … <dist/cli> <args>`;
 * it hands the loaded engine over (src/cli/engine-loader.ts) and runs the
 * ordinary command, which reads files with its own lazily loaded readers.
 */
import { startupSnapshot } from 'node:v8';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter } from '../lint';
import { ALL_RULES } from '../../rules';
import { parse } from '../nlp';
import { PRELOADED_ENGINE, type LoadedEngine } from './engine-loader';
import { parsePlainText } from '../sources/plain-text';
import { makeDocument } from '../../bench/corpus';
import { forgetSteps } from '../../rules/lib/anchor-index';

// A first check, so compromise has unpacked its word lists and tagger and
// the rules have built what they prepare once (word matchers, compiled
// lists). bin/build-cli.mjs runs this with regular expressions interpreted
// (machine code cannot go into a snapshot); where that is not enough it
// builds again with a lighter warm-up (WARM_UP=paragraph, sentence), or
// goes without. The default warm-up is a short varied document (headings,
// lists, meetings, dates, jargon) read as a .txt file is: it reaches more of
// the rules' once-only set-up than one paragraph, so a check starts warmer.
// A longer one only makes the snapshot bigger, and slower to load.
const WARM_UP: Record<string, string[]> = {
  paragraph: [
    'The people we asked must attend the meeting in person on 3 May at the town hall. Service users will be informed of the decision. ' +
      'Tell us what you think by 1 June. We will publish a summary of what you told us and what we will do.',
  ],
  sentence: ['The people we asked must attend the meeting on 3 May.'],
};
parse('The people we asked were told to attend.').verbs().json();
const mode = process.env.WARM_UP ?? 'document';
if (mode === 'document') {
  createLinter().lint(parsePlainText(makeDocument(600, 7).text).doc, {});
} else {
  const warmUp = WARM_UP[mode] ?? [];
  createLinter().lint({ blocks: warmUp.map((text, i) => ({ id: `w${i}`, kind: 'paragraph', text })), meta: {} });
}

// The texts of the warm-up and the steps worked out for them are no use to a check.
forgetSteps();
// compromise's first copy of its word list, which it never reads again (bin/build-cli.mjs adds this).
const forgetFirstLexicon = (globalThis as Record<symbol, ((inUse: unknown) => boolean) | undefined>)[Symbol.for('doing-with.forget-first-lexicon')];
forgetFirstLexicon?.((parse('') as unknown as { world: { model: { one: { lexicon: unknown } } } }).world.model.one.lexicon);

startupSnapshot.setDeserializeMainFunction(() => {
  const [node = process.execPath, dist = '.', ...args] = process.argv;
  (globalThis as Record<symbol, LoadedEngine>)[PRELOADED_ENGINE] = { createLinter, ALL_RULES };
  const main = resolve(dist, 'main.js');
  process.argv = [node, main, ...args];
  // A snapshot's own `require` only knows Node's built-in modules and it has no
  // `import()`: a small CommonJS file loaded at run time imports the command.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createRequire } = require('node:module') as typeof import('node:module');
  const importModule = createRequire(main)('./import-module.cjs') as (url: string) => Promise<unknown>;
  importModule(pathToFileURL(main).href).catch((e: unknown) => {
    process.stderr.write(`Something went wrong inside doing-with. Please report this, with the command you ran:\n${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 3;
  });
});
