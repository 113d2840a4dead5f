/**
 * A review report in Markdown: for each document a summary table, then the
 * findings grouped by barrier, each group with the enablers that lift it.
 * The extension's review export reuses it. Document text is data: every
 * piece of it is escaped so it cannot turn into links, tables or headings.
 */
import { ENABLERS } from '../../rules/catalog';
import { countsInWords, omittedNote, plural, totals, type FileResult, type LocatedFinding, type Totals } from './model';
import { barrierTitle, capitalise, describeProfiles, enablerTitle, place, placesNote } from './labels';

export interface MarkdownOptions {
  /** Heading for the whole report. */
  title?: string;
  /** A date line, e.g. “Checked on 3 March 2025”; left out when not given (keeps output stable). */
  dateLine?: string;
  /** Review mode: adds a “Review” column with the reviewer's mark for each finding. Without it the output is unchanged. */
  review?: MarkdownReview;
}

export interface MarkdownReview {
  /** The reviewer's mark for one finding as plain words, e.g. “Agree: we will add a date”. Escaped here. */
  markFor(file: FileResult, finding: LocatedFinding, index: number): string;
}

/** Escape text so Markdown shows it literally, on one line (safe in table cells). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^-/, '\\-');
}

const enablerOrder = new Map<string, number>(ENABLERS.map((e, i) => [e.id, i]));

export interface Group {
  barrier: string;
  findings: LocatedFinding[];
}

/** Enabler ids in the poster's order, each once. */
export function sortEnablers(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (enablerOrder.get(a) ?? 999) - (enablerOrder.get(b) ?? 999));
}

/** Each finding goes under its first (main) barrier, so none is listed twice; the heaviest group first. */
export function groupByBarrier(findings: LocatedFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const barrier = f.barriers[0] ?? '';
    let g = groups.get(barrier);
    if (!g) groups.set(barrier, (g = { barrier, findings: [] }));
    g.findings.push(f);
  }
  const weight = (g: Group) => g.findings.reduce((n, f) => n + (f.severity === 'error' ? 100 : f.severity === 'warning' ? 10 : 1), 0);
  return [...groups.values()].sort((a, b) => weight(b) - weight(a));
}

function findingRow(f: LocatedFinding, mark?: string): string {
  const found = f.text ? `“${escapeMarkdown(f.text)}”` : '—';
  let what = escapeMarkdown(f.message);
  if (f.example) what += `<br>For example: “${escapeMarkdown(f.example)}”`;
  const others = f.barriers.slice(1).map(barrierTitle);
  if (others.length) what += `<br>Also: ${escapeMarkdown(others.join('; '))}`;
  const tryThis = f.suggestions.length ? f.suggestions.map((s) => `“${escapeMarkdown(s)}”`).join(' or ') : '';
  const review = mark === undefined ? '' : ` ${escapeMarkdown(mark)} |`;
  return `| ${place(f)} | ${f.severity} | ${found} | ${what} | ${tryThis} |${review}`;
}

function fileSection(r: FileResult, review?: MarkdownReview): string[] {
  const out = [`## ${escapeMarkdown(r.path)}`, ''];
  if (r.error) {
    out.push(`This file could not be read. ${escapeMarkdown(r.error)}`, '');
    return out;
  }
  const t = totals([r]);
  out.push('| | |', '|---|---|');
  if (r.title) out.push(`| Title | ${escapeMarkdown(r.title)} |`);
  out.push(`| Kind of document | ${escapeMarkdown(describeProfiles(r.profiles))} |`);
  out.push(`| Findings | ${t.findings ? `${t.findings}: ${countsInWords(t)}` : 'none'} |`);
  if (r.stats) {
    out.push(`| Words | ${r.stats.words} |`);
    out.push(`| Average sentence | ${r.stats.averageSentenceLength} words |`);
    out.push(`| Reading age | about ${Math.round(r.stats.readingAge)} |`);
  }
  out.push('');
  if (!r.findings.length) {
    out.push('Nothing found to change.', '');
    return out;
  }
  const note = placesNote(r);
  if (note) out.push(`_${note}_`, '');
  const omitted = omittedNote(r);
  if (omitted) out.push(`**${escapeMarkdown(omitted)}**`, '');
  // Each finding's place in the file's list, for the reviewer's marks (indexOf would be slow on long lists).
  const index = new Map(r.findings.map((f, i) => [f, i]));
  for (const g of groupByBarrier(r.findings)) {
    out.push(`### ${escapeMarkdown(capitalise(g.barrier ? barrierTitle(g.barrier) : 'Other findings'))}`, '');
    const enablers = sortEnablers(g.findings.flatMap((f) => f.enablers));
    if (enablers.length) {
      out.push('**What helps:**', '');
      for (const e of enablers) out.push(`- ${escapeMarkdown(capitalise(enablerTitle(e)))}`);
      out.push('');
    }
    if (review) {
      out.push(`| Where | Severity | Found | What to change | Try | Review |`, '|---|---|---|---|---|---|');
      for (const f of g.findings) out.push(findingRow(f, review.markFor(r, f, index.get(f)!)));
    } else {
      out.push(`| Where | Severity | Found | What to change | Try |`, '|---|---|---|---|---|');
      for (const f of g.findings) out.push(findingRow(f));
    }
    out.push('');
  }
  return out;
}

function totalsLine(t: Totals): string {
  let line = `${plural(t.files - t.unreadable, 'document')} checked: ${t.findings ? `${plural(t.findings, 'finding')} (${countsInWords(t)})` : 'nothing found to change'}.`;
  if (t.unreadable) line += ` ${plural(t.unreadable, 'file')} could not be read.`;
  return line;
}

function heading(options: MarkdownOptions): string[] {
  const out = [`# ${escapeMarkdown(options.title ?? 'Doing With review')}`, ''];
  if (options.dateLine) out.push(escapeMarkdown(options.dateLine), '');
  return out;
}

/**
 * The report in pieces, so the command line can write each file as soon as
 * it is checked: the heading, one part per file, and the totals line last
 * (it cannot come first without holding every file's findings).
 */
export const markdownParts = {
  start: (options: MarkdownOptions = {}) => `${heading(options).join('\n')}\n`,
  file: (r: FileResult, options: MarkdownOptions = {}) => `${fileSection(r, options.review).join('\n')}\n`,
  end: (t: Totals) => `In all, ${totalsLine(t).replace(/^./, (c) => c.toLowerCase())}\n`,
};

export function formatMarkdown(results: FileResult[], options: MarkdownOptions = {}): string {
  let out = markdownParts.start(options);
  for (const r of results) out += markdownParts.file(r, options);
  return `${(out + markdownParts.end(totals(results))).replace(/\n+$/, '')}\n`;
}
