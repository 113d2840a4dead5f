#!/usr/bin/env node
// Runs the built command in dist/cli/ (bin/build-cli.mjs makes it at install).
// In a copy of the source, a bundle older than any of its source files is
// rebuilt first, so `npm run check` always runs the code as it is now.
// When the start-up snapshot (dist/cli/engine.blob) was built by this very
// Node, the command runs from it in a second process (bin/snapshot-command.mjs
// says when, and with which V8 options): the rules are then already loaded,
// which is most of a short check's time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotCommand } from './snapshot-command.mjs';

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

function readStamp() {
  try {
    return JSON.parse(readFileSync(join(dist, 'snapshot.json'), 'utf8'));
  } catch {
    return null;
  }
}

if (isStale()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli({ quiet: true });
}
const args = process.argv.slice(2);
const command = snapshotCommand(args, {
  dist,
  stamp: args[0] === 'check' ? readStamp() : null,
  blobExists: () => existsSync(join(dist, 'engine.blob')),
  env: process.env,
  execArgv: process.execArgv,
});
if (command) {
  const run = spawnSync(process.execPath, command, { stdio: 'inherit' });
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 3);
}
await import(bundle);
