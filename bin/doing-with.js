#!/usr/bin/env node
// Runs the built command in dist/cli/ (bin/build-cli.mjs makes it at install).
// In a copy of the source, a bundle older than any of its source files is
// rebuilt first, so `npm run check` always runs the code as it is now.
// When the start-up snapshot (dist/cli/engine.blob) was built by this very
// Node, the command runs from it in a second process (bin/snapshot-command.cjs
// says when, and with which V8 options): the rules are then already loaded,
// which is most of a short check's time.
// CommonJS (bin/package.json): Node starts it without its loader for ES
// modules, which a check from the snapshot then never needs in this process.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { snapshotCommand } = require('./snapshot-command.cjs');

const root = join(__dirname, '..');
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

async function main() {
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
  await import(pathToFileURL(bundle).href);
}

main().catch((e) => {
  // Only a failure to build or load the command itself gets here: the command reports its own.
  process.stderr.write(`${e?.stack ?? String(e)}\n`);
  process.exitCode = 1;
});
