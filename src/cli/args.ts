/**
 * Command-line options → a plain object, or a UsageError whose message says
 * what was wrong in words, not in parser jargon.
 */
import { parseArgs } from 'node:util';
import { PROFILE_IDS, type ProfileId } from '../engine/types';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command: 'check' | 'help' | 'version';
  paths: string[];
  format: Format;
  profiles: ProfileId[];
  config?: string;
  words: string[];
  quiet: boolean;
  progress: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  profile: { type: 'string', short: 'p', multiple: true },
  config: { type: 'string', short: 'c' },
  words: { type: 'string', short: 'w', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** What to show after an option that needs a value, in its example. */
const EXAMPLE_VALUE: Record<string, string> = { '--format': 'json', '--profile': 'consultation', '--config': 'settings.json', '--words': 'our-words.csv' };

function explain(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? '';
  // Node names an option as '-f, --format <value>'; people know it by its long name.
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const name = /--[\w-]+/.exec(quoted)?.[0] ?? /-[^\s,]+/.exec(quoted)?.[0] ?? quoted;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `We do not know the option ‘${name}’.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `The option ‘${name}’ needs a value after it, for example: ${name} ${EXAMPLE_VALUE[name] ?? '<value>'}`
        : `The option ‘${name}’ does not take a value.`;
    default:
      return message || String(e);
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(explain(e));
  }
  const { values } = parsed;
  const positionals = [...parsed.positionals];
  if (positionals[0] === 'check') positionals.shift();
  else if (positionals[0] === 'help') return blank('help');

  if (values.help) return blank('help');
  if (values.version) return blank('version');

  const format = (values.format ?? 'text').toLowerCase();
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(`We do not know the format ‘${values.format}’. Use one of: ${FORMATS.join(', ')}.`);
  }

  const profiles: ProfileId[] = [];
  for (const raw of values.profile ?? []) {
    for (const p of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!PROFILE_IDS.includes(p as ProfileId)) {
        throw new UsageError(`We do not know the kind of document ‘${p}’. Use one of: ${PROFILE_IDS.join(', ')}.`);
      }
      if (!profiles.includes(p as ProfileId)) profiles.push(p as ProfileId);
    }
  }

  if (positionals.length === 0) {
    throw new UsageError('Say which files or folders to check, for example: doing-with check consultation.docx');
  }

  return {
    command: 'check',
    paths: positionals,
    format: format as Format,
    profiles,
    config: values.config,
    words: values.words ?? [],
    quiet: values.quiet ?? false,
    progress: values.progress ?? false,
  };
}

function blank(command: 'help' | 'version'): CliOptions {
  return { command, paths: [], format: 'text', profiles: [], words: [], quiet: false, progress: false };
}

export const HELP = `doing-with — finds barriers to co-production in the writing of a document,
and shows the good practice (enablers) that helps.

Usage:
  doing-with check <files or folders…> [options]

Files it can check: .docx (Word), .pdf, .html/.htm, .md, .txt.
Folders are searched for these files, including folders inside them.

Options:
  -f, --format <name>   text (the default), json, markdown or sarif
  -p, --profile <kind>  the kind of document, instead of guessing it:
                        ${PROFILE_IDS.join(', ')}
                        (repeat it, or separate kinds with commas)
  -c, --config <file>   settings exported from the extension (JSON)
  -w, --words <file>    an extra word list: CSV with the header
                        term,alternatives,note,severity (separate
                        alternatives with ; or |), or JSON
  -q, --quiet           show errors only
      --progress        show progress even when not at a terminal
  -h, --help            show this help
  -v, --version         show the version

Places in the report are line:column for .txt and .md files. For Word, PDF
and web pages they are paragraph:character (each heading, list item and table
cell counts as a paragraph).

Exit codes:
  0  nothing at error level was found, and every file was read
  1  something at error level was found, or a file could not be read
  2  the command was not used correctly (unknown option, no files, bad settings)
  3  something went wrong inside doing-with itself (please report it)

Examples:
  doing-with check consultation.docx
  doing-with check drafts/ --format markdown > review.md
  doing-with check invite.html --profile meeting-invitation
`;
