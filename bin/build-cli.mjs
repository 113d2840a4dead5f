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
 *
 * Run by `npm install` (postinstall) and by bin/doing-with.js when stale.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  writeFileSync(join(temp, 'inputs.json'), `${JSON.stringify({ inputs }, null, 1)}\n`);
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
