/**
 * Entry point: `tsx src/cli/main.ts check …` (npm run check) and
 * bin/doing-with.js both end up here.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { run } from './run';

// V8 first runs each regular expression in its interpreter and compiles it to machine code on the
// second use; our large patterns cost twice that way, about 0.4 s of a short check's first run.
// Compiling them on first use gives the same matches. Only the command does this: a browser has
// its own settings, and the flag is safe to change while running (it only decides when to compile).
setFlagsFromString('--regexp-tier-up-ticks=0');
// V8 hands a function to its optimising compiler once it has run for a set budget (67,584 ticks in
// Node 20). A check is one short process: compiling that many of the rules' functions costs more
// CPU than the optimised code saves before the process ends (measured, CPU time of the check:
// 800 words 152 → 122 ms, 10,000 words 844 → 634 ms, 100,000 words 4.2 → 3.5 s). A larger budget
// leaves the optimising to the functions that run longest. Same results: it only decides when to compile.
setFlagsFromString('--interrupt-budget=600000');

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Exit code when doing-with itself fails (a bug): never 2, which means the command was used wrongly. */
const INTERNAL_ERROR = 3;

// `doing-with check … | head` closes our output early: that is the reader's choice, not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

function internalError(e: unknown): void {
  // Anything else is our mistake, not the user's: say so plainly, keep the detail for a bug report.
  process.stderr.write(`Something went wrong inside doing-with. Please report this, with the command you ran:\n${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = INTERNAL_ERROR;
}

// A failure outside the run (in a library's own timer or promise) gets the same message and code.
process.on('uncaughtException', (e) => {
  internalError(e);
  process.exit(INTERNAL_ERROR);
});
process.on('unhandledRejection', (e) => {
  internalError(e);
  process.exit(INTERNAL_ERROR);
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    version: packageVersion(),
  });
} catch (e) {
  internalError(e);
}
