#!/usr/bin/env node
// Runs the built command in dist/cli/ (bin/build-cli.mjs makes it at install).
// In a copy of the source, a bundle older than any of its source files is
// rebuilt first, so `npm run check` always runs the code as it is now.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'main.js');

function isStale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src'))) return false;
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
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

if (isStale()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli({ quiet: true });
}
await import(bundle);
