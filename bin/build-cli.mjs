#!/usr/bin/env node
/**
 * Builds the command into dist/cli/ with esbuild (already installed: Vite
 * and WXT use it), so `doing-with` runs plain JavaScript: no TypeScript is
 * compiled when someone checks a file.
 *
 * - Packages stay outside the bundle and load from node_modules; file
 *   readers are split into chunks that load only when a file needs them.
 * - compromise (our only NLP) is swapped for a loader that requires it on
 *   the first sentence a rule asks about: most checks never pay its
 *   start-up cost, and its CommonJS build loads faster than its modules.
 * - dist/cli/inputs.json lists the source files, so bin/doing-with.js can
 *   tell when the bundle is older than the code and rebuild it.
 * - dist/cli/engine.blob is a V8 start-up snapshot with the rules loaded and
 *   compromise set up (src/cli/snapshot-entry.ts): most of a short check's
 *   time. It only works with the Node that built it (snapshot.json says
 *   which); without it, or with another Node, the command runs as before.
 *
 * Run by `npm install` (postinstall) and by bin/doing-with.js when stale.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'cli');

/** Node-only: the extension and the tests keep the ordinary module. */
const lazyNlp = {
  name: 'lazy-nlp',
  setup(build) {
    build.onResolve({ filter: /[\\/]nlp$|^\.\.?\/nlp$|[\\/]nlp[\\/]index(\.ts)?$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (target !== join(root, 'src', 'nlp') && target !== join(root, 'src', 'nlp', 'index.ts')) return undefined;
      return { path: join(root, 'src', 'nlp', 'lazy-node.ts') };
    });
  },
};

/**
 * The snapshot takes compromise's prebuilt CommonJS file, the same code the
 * command loads without a snapshot (src/nlp/lazy-node.ts): its modules'
 * source would hold twice the functions and text, and a snapshot costs about
 * what it holds each time it is loaded.
 */
const prebuiltNlp = {
  name: 'prebuilt-nlp',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: join(root, 'node_modules', 'compromise', 'builds', 'three', 'compromise-three.cjs') }));
    build.onLoad({ filter: /compromise-three\.cjs$/ }, (args) => ({ contents: withFirstLexiconForgettable(readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};

/**
 * The rules' data files (word lists, compiled patterns: about half the bundle's text) are read when
 * the snapshot is built instead of being written into its bundle as code: the snapshot keeps the
 * bundle's whole text as well as the objects made from it, so data written as code is there twice.
 */
const dataAtBuild = {
  name: 'data-at-build',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(args.path)}, 'utf8'));`,
      loader: 'js',
    }));
  },
};

/** The global through which the snapshot's entry empties compromise's first copy of its word list. */
export const FORGET_FIRST_LEXICON = 'doing-with.forget-first-lexicon';

/**
 * compromise builds its word list (about 24,000 words) in one object, then copies it into the
 * lexicon it uses; the first object is never read again but stays reachable from the module's
 * scope, so the snapshot would hold the list twice (1.6 MB more to load on every check). This adds
 * a function, reachable through a global, that empties the first object once compromise has
 * copied it; the snapshot's entry calls it. It goes in just before the statement that names the
 * object (`let <model>={one:{_multiCache:{},lexicon:<first>,frozenLex:…`), in the same scope. If
 * compromise's build no longer looks like that, the code is left as it is.
 */
export function withFirstLexiconForgettable(code) {
  const found = /(?<=[;}])(?:let|const|var) [A-Za-z_$][\w$]*=\{one:\{_multiCache:\{\},lexicon:([A-Za-z_$][\w$]*),frozenLex:/.exec(code);
  if (!found) return code;
  const first = found[1];
  const forget =
    `globalThis[Symbol.for(${JSON.stringify(FORGET_FIRST_LEXICON)})]=(inUse)=>{` +
    `if(${first}===inUse||!${first}||typeof ${first}!=='object')return false;` +
    `for(const word of Object.keys(${first}))delete ${first}[word];return true};`;
  return code.slice(0, found.index) + forget + code.slice(found.index);
}

/**
 * The same JavaScript in ASCII: each other character as "\\uXXXX", which means
 * the same in strings, templates and regular expressions (with or without
 * the "u" flag). esbuild already does this everywhere but in regular
 * expressions. V8 keeps a text with any other character at two bytes a
 * character.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, ch) => {
    // An odd run of backslashes escapes the character ("\’" is the quote itself): "\u2019" says the same.
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * V8 options the snapshot is built with; a snapshot loads only under the options it was built with,
 * so bin/doing-with.js starts it with the same ones (snapshot.json lists them).
 * --no-rehash-snapshot: by default V8 rehashes every hash table in the snapshot (compromise's word
 * lists, our word maps) with a fresh random seed each time it loads: about a tenth of a check's CPU.
 * Without it the tables keep the random seed chosen when this machine built the snapshot, which still
 * differs from machine to machine; the seed only matters against text made to collide in it.
 */
export const SNAPSHOT_V8_FLAGS = ['--no-rehash-snapshot'];

/** Which Node a snapshot is for: another version or machine type cannot load it. */
export function snapshotStamp() {
  return { node: process.version, arch: process.arch, platform: process.platform, v8Flags: SNAPSHOT_V8_FLAGS };
}

/**
 * Bundles src/cli/snapshot-entry.ts with everything it needs (a snapshot's
 * entry cannot load packages) and has Node build the snapshot from it. A
 * failure here only costs speed: the command then runs without it.
 */
async function buildSnapshot(build, dir, quiet) {
  const entry = join(dir, 'snapshot-entry.cjs');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/snapshot-entry.ts'],
    outfile: entry,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    plugins: [prebuiltNlp, dataAtBuild],
    // A regular expression run twice is compiled to machine code, which a snapshot cannot hold, so
    // the warm-up runs them all in V8's interpreter. The flags are set back before the snapshot is
    // written: a snapshot only loads under the V8 flags it was written with (interpreting everything
    // implies not tiering up, hence both).
    banner: { js: "require('node:v8').setFlagsFromString('--regexp-interpret-all');" },
    footer: { js: "require('node:v8').setFlagsFromString('--no-regexp-interpret-all'); require('node:v8').setFlagsFromString('--regexp-tier-up');" },
    // The snapshot keeps the bundle's whole text (V8 compiles functions from it when first called):
    // without comments and indents, and in ASCII only, it is a third of the size to load.
    minifyWhitespace: true,
    legalComments: 'none',
  });
  writeFileSync(entry, asciiOnly(readFileSync(entry, 'utf8')));
  // The snapshot imports the command through this: its own `require` has no `import()`.
  writeFileSync(join(dir, 'import-module.cjs'), 'module.exports = (url) => import(url);\n');
  // The lighter warm-ups are the fallback for a Node where the above does not keep machine code out.
  let made;
  let warmUp;
  for (warmUp of ['document', 'paragraph', 'sentence', 'none']) {
    made = spawnSync(process.execPath, [...SNAPSHOT_V8_FLAGS, '--snapshot-blob', join(dir, 'engine.blob'), '--build-snapshot', entry], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', WARM_UP: warmUp },
    });
    if (made.status === 0) break;
  }
  rmSync(entry, { force: true });
  if (made.status === 0) {
    writeFileSync(join(dir, 'snapshot.json'), `${JSON.stringify({ ...snapshotStamp(), warmUp })}\n`);
  } else {
    rmSync(join(dir, 'engine.blob'), { force: true });
    if (!quiet) process.stderr.write(`Could not build the start-up snapshot (the command still works, only slower to start):\n${made.stderr}\n`);
  }
  return Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
}

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  // Build beside the old bundle, then swap, so a command running at the same
  // moment never sees half a bundle.
  const temp = `${outDir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: temp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    plugins: [lazyNlp],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  const snapshotInputs = await buildSnapshot(build, temp, quiet);
  // The build script itself too: a change in how the command is built makes the old build stale.
  const all = [...new Set([...inputs, ...snapshotInputs, 'bin/build-cli.mjs'])].sort();
  writeFileSync(join(temp, 'inputs.json'), `${JSON.stringify({ inputs: all }, null, 1)}\n`);
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  try {
    renameSync(outDir, old);
  } catch {
    // No earlier build.
  }
  try {
    renameSync(temp, outDir);
  } catch (e) {
    // Another process built it at the same moment: theirs is as good as ours.
    rmSync(temp, { recursive: true, force: true });
    if (e?.code !== 'ENOTEMPTY' && e?.code !== 'EEXIST') throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return inputs.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = await buildCli();
  process.stdout.write(`Built the doing-with command from ${count} source files into dist/cli/.\n`);
}
