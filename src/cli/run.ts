/**
 * `doing-with check`: read each document, lint it, print the report.
 * Everything the outside world provides (arguments, output streams,
 * environment, working folder) comes in through `io`, so tests can run it
 * in-process as well as through a child process.
 *
 * Exit codes (like Vale and ESLint): 0 nothing at error severity and every
 * file read; 1 an error-severity finding or a file that could not be read;
 * 2 the command was used wrongly (unknown option, no files, bad settings).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseConfig, type Config } from '../engine';
import { createLinter } from '../lint';
import { ReadError } from '../sources/read-file';
import { errorResult, exitCodeFor, fileResult, type FileResult } from '../report/model';
import { formatText } from '../report/text';
import { formatJson } from '../report/json';
import { formatMarkdown } from '../report/markdown';
import { formatSarif } from '../report/sarif';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { expandPaths, readDocument } from './files';
import { decodeImport, ImportError, importWordList, parseSettingsJson } from '../wordlists';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  version: string;
}

async function readUserFile(path: string, cwd: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(cwd, path)));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`We could not find the ${what} ‘${path}’.`);
    throw new UsageError(`We could not open the ${what} ‘${path}’: ${(e as Error).message}`);
  }
}

/** Settings and word lists go through the same importers as the extension's options page. */
async function loadConfig(options: CliOptions, cwd: string): Promise<Config> {
  let config: Config = parseConfig({}).config;
  if (options.config) {
    const bytes = await readUserFile(options.config, cwd, 'settings file');
    try {
      config = parseSettingsJson(decodeImport(bytes, `‘${options.config}’`));
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      throw new UsageError(`We could not use the settings in ‘${options.config}’. ${e.message}`);
    }
  }
  for (const path of options.words) {
    const bytes = await readUserFile(path, cwd, 'word list');
    try {
      config.wordLists = [...config.wordLists, importWordList(bytes, path)];
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      throw new UsageError(`We could not use the word list ‘${path}’. ${e.message}`);
    }
  }
  if (options.profiles.length) config.profiles = options.profiles;
  return config;
}

function progressReporter(io: CliIO, total: number, forced: boolean) {
  const tty = io.stderr.isTTY === true;
  const on = (tty || forced) && total > 5;
  const step = Math.max(1, Math.round(total / 10));
  return {
    update(done: number) {
      if (!on) return;
      const line = `Checked ${done} of ${total} files…`;
      if (tty) io.stderr.write(`\r${line}`);
      else if (done % step === 0 || done === total) io.stderr.write(`${line}\n`);
    },
    /** Clears the line before another message, so the two do not run together. */
    clear() {
      if (on && tty) io.stderr.write('\r\u001b[K');
    },
  };
}

async function check(options: CliOptions, io: CliIO): Promise<number> {
  const config = await loadConfig(options, io.cwd);
  const { entries, emptyFolders } = await expandPaths(options.paths, io.cwd);
  for (const folder of emptyFolders) {
    io.stderr.write(`There are no documents we can check in ‘${folder}’ (we look for .docx, .pdf, .html, .md and .txt files).\n`);
  }
  if (!entries.length) throw new UsageError('There were no documents to check.');

  const linter = createLinter();
  const results: FileResult[] = [];
  const progress = progressReporter(io, entries.length, options.progress && !options.quiet);
  for (const entry of entries) {
    if (entry instanceof ReadError) {
      progress.clear();
      io.stderr.write(`${entry.message}\n`);
      results.push(errorResult(entry.fileName, entry.message));
    } else {
      try {
        const read = await readDocument(entry);
        if (read.notes?.length && !options.quiet) {
          progress.clear();
          io.stderr.write(`${read.notes.join('\n')}\n`);
        }
        const report = linter.lint(read.source.doc, config);
        results.push(fileResult(entry.display, read.source, report, read.content, { minSeverity: options.quiet ? 'error' : undefined }));
      } catch (e) {
        if (!(e instanceof ReadError)) throw e;
        progress.clear();
        io.stderr.write(`${e.message}\n`);
        results.push(errorResult(entry.display, e.message));
      }
    }
    progress.update(results.length);
  }
  progress.clear();

  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  switch (options.format) {
    case 'json':
      io.stdout.write(formatJson(results));
      break;
    case 'markdown':
      io.stdout.write(formatMarkdown(results));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(results, { toolVersion: io.version, rules: linter.ruleList.map((r) => r.meta) }));
      break;
    default:
      io.stdout.write(formatText(results, { color, showErrors: false }));
  }
  return exitCodeFor(results);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (options.command === 'version') {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    return await check(options, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\nRun ‘doing-with --help’ to see how to use it.\n`);
      return 2;
    }
    throw e;
  }
}
