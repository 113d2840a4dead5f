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
// From the modules themselves, not ../engine: its index loads the linter and every pattern, which --help and --version never need.
import { parseConfig, ruleOptionProblems, type Config } from '../engine/config';
import { ReadError } from '../sources/read-file';
import { errorResult, fileResult, totals, type FileResult, type Totals } from '../report/model';
import { formatTextFile, formatTextSummary } from '../report/text';
import { jsonParts } from '../report/json';
import { markdownParts } from '../report/markdown';
import { sarifWriter } from '../report/sarif';
import type { RuleMeta } from '../engine';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { expandPaths, readDocument } from './files';
import { loadEngine } from './engine-loader';
import { decodeImport, ImportError } from '../wordlists/decode';
import { parseSettingsJson } from '../wordlists/json';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** A Node stream's: lets a long report wait for a slow reader instead of piling up in memory. */
  once?(event: 'drain', listener: () => void): unknown;
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
    // The CSV reader (papaparse) loads only when a word list is given.
    const { importWordList } = await import('../wordlists');
    try {
      config.wordLists = [...config.wordLists, importWordList(bytes, path)];
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      throw new UsageError(`We could not use the word list ‘${path}’. ${e.message}`);
    }
  }
  if (options.profiles.length) config.profiles = options.profiles;
  const { ALL_RULES } = await loadEngine();
  const wrong = ruleOptionProblems(config, ALL_RULES.map((r) => r.meta));
  if (wrong.length && options.config) {
    throw new UsageError(`We could not use the settings in ‘${options.config}’. ${wrong.map((p) => `${p.path} ${p.message}.`).join(' ')}`);
  }
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

/** Writes a report file by file, so nothing holds every file's findings and one file's failure loses no other. */
interface ReportWriter {
  start(): string;
  file(r: FileResult, index: number): string;
  end(t: Totals): string;
}

function reportWriter(options: CliOptions, color: boolean, version: string, rules: readonly RuleMeta[]): ReportWriter {
  switch (options.format) {
    case 'json':
      return { start: jsonParts.start, file: jsonParts.file, end: (t) => jsonParts.end(t.files) };
    case 'markdown':
      return { start: () => markdownParts.start(), file: (r) => markdownParts.file(r), end: markdownParts.end };
    case 'sarif': {
      const sarif = sarifWriter({ toolVersion: version, rules });
      return { start: sarif.start, file: (r) => sarif.file(r), end: sarif.end };
    }
    default: {
      // Parts are separated by a blank line, exactly as formatText joins them.
      let shown = 0;
      const sep = (part: string) => (part ? `${shown++ ? '\n' : ''}${part}` : '');
      const text = { color, showErrors: false };
      return { start: () => '', file: (r) => sep(formatTextFile(r, text)), end: (t) => sep(formatTextSummary(t, text)) };
    }
  }
}

function addTotals(sum: Totals, r: FileResult): void {
  const t = totals([r]);
  for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += t[key];
}

async function write(out: Output, chunk: string): Promise<void> {
  if (!chunk) return;
  if (out.write(chunk) === false && out.once) await new Promise<void>((done) => out.once!('drain', done));
}

async function check(options: CliOptions, io: CliIO): Promise<number> {
  const config = await loadConfig(options, io.cwd);
  const { entries, emptyFolders } = await expandPaths(options.paths, io.cwd);
  for (const folder of emptyFolders) {
    io.stderr.write(`There are no documents we can check in ‘${folder}’ (we look for .docx, .pdf, .html, .md and .txt files).\n`);
  }
  if (!entries.length) throw new UsageError('There were no documents to check.');

  // The rules load here, not at start-up, so `--help` and `--version` answer at once.
  const { createLinter } = await loadEngine();
  const linter = createLinter();
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  const writer = reportWriter(options, color, io.version, linter.ruleList.map((r) => r.meta));
  const sum: Totals = { files: 0, unreadable: 0, findings: 0, error: 0, warning: 0, suggestion: 0 };
  const progress = progressReporter(io, entries.length, options.progress && !options.quiet);
  const failed = (name: string, message: string): FileResult => {
    progress.clear();
    io.stderr.write(`${message}\n`);
    return errorResult(name, message);
  };
  await write(io.stdout, writer.start());
  for (const entry of entries) {
    let result: FileResult;
    if (entry instanceof ReadError) result = failed(entry.fileName, entry.message);
    else {
      try {
        const read = await readDocument(entry);
        if (read.notes?.length && !options.quiet) {
          progress.clear();
          io.stderr.write(`${read.notes.join('\n')}\n`);
        }
        const report = linter.lint(read.source.doc, config);
        result = fileResult(entry.display, read.source, report, read.content, { minSeverity: options.quiet ? 'error' : undefined });
      } catch (e) {
        // Our mistake, not the file's: say so, and go on with the other files.
        result = e instanceof ReadError
          ? failed(entry.display, e.message)
          : failed(entry.display, `Something went wrong inside doing-with while checking ‘${entry.display}’, so it was not checked. Please report this, with the command you ran: ${(e as Error)?.message ?? String(e)}`);
      }
    }
    await write(io.stdout, writer.file(result, sum.files));
    addTotals(sum, result);
    progress.update(sum.files);
  }
  progress.clear();
  await write(io.stdout, writer.end(sum));
  return sum.error > 0 || sum.unreadable > 0 ? 1 : 0;
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
