#!/usr/bin/env node
// Runs the built command in dist/cli/ (bin/build-cli.mjs makes it at install).
// In a copy of the source, a bundle older than any of its source files is
// rebuilt first, so `npm run check` always runs the code as it is now.
// When the start-up snapshot (dist/cli/engine.blob) was built by this very
// Node, the command runs from it in a second process: the rules are then
// already loaded, which is most of a short check's time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'cli');
const bundle = join(dist, 'main.js');

function isStale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src'))) return false;
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(dist, 'inputs.json'), 'utf8'));
    return inputs.some((path) => {
      try {
        return statSync(join(root, path)).mtimeMs > built;
      } catch {
        return true; // a source file was moved or deleted
      }
    });
  } catch {
    return true;
  }
}

/**
 * The snapshot loads only in the Node that built it, and only without extra V8 options. It pays
 * only when documents are checked: loading it costs more than `--help` or `--version` take.
 */
function snapshotUsable(args) {
  if (args[0] !== 'check' || args.some((a) => a === '--help' || a === '-h' || a === '--version')) return false;
  if (process.env.DOING_WITH_NO_SNAPSHOT || process.env.NODE_OPTIONS || process.execArgv.length) return false;
  try {
    const stamp = JSON.parse(readFileSync(join(dist, 'snapshot.json'), 'utf8'));
    return stamp.node === process.version && stamp.arch === process.arch && stamp.platform === process.platform && existsSync(join(dist, 'engine.blob'));
  } catch {
    return false;
  }
}

if (isStale()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli({ quiet: true });
}
if (snapshotUsable(process.argv.slice(2))) {
  const run = spawnSync(process.execPath, ['--snapshot-blob', join(dist, 'engine.blob'), dist, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 3);
}
await import(bundle);
