/**
 * The report for a person at a terminal. For each file: its name, the kind
 * of document, then each finding as
 *   line:column  severity  “the flagged words” — message
 *       Try: …
 *       What helps: …   (with the first finding of each rule)
 * and a summary with counts, words and reading age. Colour is the caller's
 * choice (the CLI turns it on only for a terminal without NO_COLOR).
 */
import type { Severity } from '../engine';
import { countsInWords, omittedNote, plural, totals, type FileResult, type LocatedFinding } from './model';
import { describeProfiles, enablerTitles, place, placesNote, quoted } from './labels';

export interface TextOptions {
  color?: boolean;
  /** Shown when there is more than one file or any could not be read. */
  summary?: boolean;
  /** List files that could not be read (the CLI has already said so on stderr). */
  showErrors?: boolean;
}

type Paint = (s: string) => string;

function painter(color: boolean) {
  const wrap = (open: number, close: number): Paint => (s) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
  };
}

const MAX_ENABLERS = 3;

/**
 * The enablers are the same for every finding of a rule, so a file's report
 * shows them with the first finding of each rule only (`helped` remembers which).
 */
function findingLines(f: LocatedFinding, width: number, p: ReturnType<typeof painter>, helped: Set<string>): string[] {
  const sev: Record<Severity, Paint> = { error: p.red, warning: p.yellow, suggestion: p.cyan };
  const where = place(f).padEnd(width);
  const words = f.text ? `${quoted(f.text)} — ` : '';
  const lines = [`  ${p.dim(where)}  ${sev[f.severity](f.severity.padEnd(10))}  ${words}${f.message}`];
  const indent = ' '.repeat(2 + width + 2 + 10 + 2);
  if (f.suggestions.length) lines.push(`${indent}Try: ${f.suggestions.map((s) => quoted(s, 200)).join(' or ')}`);
  if (f.example) lines.push(`${indent}For example: ${quoted(f.example, 200)}`);
  const helps = enablerTitles(f.enablers);
  const key = `${f.ruleId}|${f.enablers.join(',')}`;
  if (helps.length && !helped.has(key)) {
    helped.add(key);
    const shown = helps.slice(0, MAX_ENABLERS).join('; ');
    const more = helps.length > MAX_ENABLERS ? ` (and ${helps.length - MAX_ENABLERS} more)` : '';
    lines.push(p.dim(`${indent}What helps: ${shown}${more}`));
  }
  return lines;
}

function fileSection(r: FileResult, p: ReturnType<typeof painter>): string[] {
  const out = [p.bold(r.path)];
  if (r.error) {
    out.push(`  ${p.red('could not be read')}  ${r.error}`);
    return out;
  }
  if (r.title) out.push(`  Title: ${r.title}`);
  out.push(`  Kind of document: ${describeProfiles(r.profiles)}`);
  const note = placesNote(r);
  if (note && r.findings.some((f) => f.line !== null)) out.push(p.dim(`  ${note}`));
  out.push('');
  if (!r.findings.length) out.push(`  ${p.green('Nothing found to change.')}`);
  // A loop, not Math.max(...list): spreading a long list overflows the stack.
  let width = 0;
  for (const f of r.findings) width = Math.max(width, place(f).length);
  const helped = new Set<string>();
  for (const f of r.findings) {
    for (const line of findingLines(f, width, p, helped)) out.push(line);
    out.push('');
  }
  const t = totals([r]);
  const omitted = omittedNote(r);
  if (omitted) out.push(p.bold(`  ${omitted}`), '');
  if (r.findings.length) out.push(`  ${plural(t.findings, 'finding')}: ${countsInWords(t)}.`);
  if (r.stats && r.stats.words > 0) {
    const s = r.stats;
    out.push(
      `  ${plural(s.words, 'word')}, ${plural(s.sentences, 'sentence')}, on average ${s.averageSentenceLength} words a sentence; reading age about ${Math.round(s.readingAge)}.`,
    );
  }
  return out;
}

/**
 * One file's part of the text report ('' when it is not shown). Parts and the
 * summary are separated by a blank line, so the CLI can write each file as
 * soon as it is checked.
 */
export function formatTextFile(r: FileResult, options: TextOptions = {}): string {
  if (r.error && !(options.showErrors ?? true)) return '';
  return `${fileSection(r, painter(options.color ?? false)).join('\n')}\n`;
}

/** The closing line for several files, or '' when it is not wanted. */
export function formatTextSummary(t: ReturnType<typeof totals>, options: TextOptions = {}): string {
  if (!(options.summary ?? (t.files > 1 || t.unreadable > 0))) return '';
  const read = t.files - t.unreadable;
  let line = `Checked ${plural(read, 'file')}: ${t.findings ? `${plural(t.findings, 'finding')} (${countsInWords(t)})` : 'nothing found to change'}.`;
  if (t.unreadable) line += ` ${plural(t.unreadable, 'file')} could not be read.`;
  return `${painter(options.color ?? false).bold(line)}\n`;
}

export function formatText(results: FileResult[], options: TextOptions = {}): string {
  const parts = results.map((r) => formatTextFile(r, options));
  parts.push(formatTextSummary(totals(results), options));
  return `${parts.filter(Boolean).join('\n').replace(/\n+$/, '')}\n`;
}
