/**
 * Entry point: `tsx src/cli/main.ts check …` (npm run check) and
 * bin/doing-with.js both end up here.
 */
import { readFileSync } from 'node:fs';
import { run } from './run';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    version: packageVersion(),
  });
} catch (e) {
  // Anything else is our mistake, not the user's: say so plainly, keep the detail for a bug report.
  process.stderr.write(`Something went wrong inside doing-with. Please report this, with the command you ran:\n${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 2;
}
