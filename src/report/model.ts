/**
 * What every formatter works from: one result per file, with each finding's
 * place in the file already worked out. Pure (no I/O), so the extension's
 * review export can use the same formatters as the command line.
 *
 * Places:
 *  - text and Markdown files: start/end are offsets into the file's content
 *    (as a JavaScript string), line/column are the file's, text is the slice
 *    of the file between start and end;
 *  - HTML, Word and PDF files: line is the block number (headings and list
 *    items count), column is the offset in the block + 1, start/end are
 *    offsets in the block;
 *  - document-level findings: start, end, text, line and column are null,
 *    except that one about a place with no words (an image: the engine's
 *    anchorOffset) has the line and column of that place.
 */
import type { DocStats, Finding, ProfileMatch, Report, Severity } from '../engine';
import type { SourceDoc } from '../sources/types';

export type PositionKind = 'file' | 'block';

export interface LocatedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  text: string | null;
  start: number | null;
  end: number | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  suggestions: string[];
  barriers: string[];
  enablers: string[];
  /** A sentence the writer could adapt (document-level findings). */
  example?: string;
  /** What made the finding: a data pattern's id or a rule hook's ("long-sentence/length"). For developers. */
  patternId?: string;
}

export interface FileResult {
  path: string;
  title?: string;
  /** How line/column should be read. */
  positions: PositionKind;
  profiles: ProfileMatch[];
  stats: DocStats | null;
  findings: LocatedFinding[];
  /** Set when the file could not be read; there are no findings then. */
  error?: string;
  /** Findings left out past the limit of findings a file's report shows (by severity); counted in totals. */
  omitted?: SeverityCounts;
}

export type SeverityCounts = Record<Severity, number>;

/**
 * A report shows at most this many findings for one file. A document with
 * more is not something a person can work through finding by finding, and
 * a 3 MB file (about 50,000 findings) made reports too big to write.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

/**
 * Where something with no text of its own (an image) sits: just after the character before it,
 * so in a Markdown file it is where the image's markup starts, not where the text after it does.
 */
function placeOf(source: SourceDoc, blockId: string, offset: number): { line: number; column: number } | null {
  if (offset === 0) return source.locate(blockId, 0);
  const before = source.locate(blockId, offset - 1);
  return before ? { line: before.line, column: before.column + 1 } : null;
}

function locateFinding(f: Finding, source: SourceDoc, content: string | undefined): LocatedFinding {
  const base = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    suggestions: f.suggestions,
    barriers: f.barriers,
    enablers: f.enablers,
    ...(f.example ? { example: f.example } : {}),
    ...(f.patternId ? { patternId: f.patternId } : {}),
  };
  const none = { text: null, start: null, end: null, line: null, column: null, endLine: null, endColumn: null };
  if (f.blockId === null || f.start === null || f.end === null) {
    const at = f.anchorBlockId !== null && f.anchorOffset !== undefined ? placeOf(source, f.anchorBlockId, f.anchorOffset) : null;
    return at ? { ...base, ...none, ...at } : { ...base, ...none };
  }
  const from = source.locate(f.blockId, f.start);
  // An end offset belongs to the character before it (markup may sit between).
  const last = f.end > f.start ? source.locate(f.blockId, f.end - 1) : from;
  if (!from || !last) return { ...base, ...none, text: f.text };
  const endColumn = f.end > f.start ? last.column + 1 : last.column;
  if (from.offset !== null && last.offset !== null && content !== undefined) {
    const end = f.end > f.start ? last.offset + 1 : from.offset;
    return {
      ...base,
      text: content.slice(from.offset, end),
      start: from.offset,
      end,
      line: from.line,
      column: from.column,
      endLine: last.line,
      endColumn,
    };
  }
  return { ...base, text: f.text, start: f.start, end: f.end, line: from.line, column: from.column, endLine: last.line, endColumn };
}

export interface LocateOptions {
  /** Leave out findings below this severity (the CLI's --quiet). */
  minSeverity?: Severity;
  /** Show at most this many findings; the rest are counted in `omitted`. */
  maxFindings?: number;
}

export function fileResult(
  path: string,
  source: SourceDoc,
  report: Report,
  content?: string,
  options: LocateOptions = {},
): FileResult {
  const min = SEVERITY_RANK[options.minSeverity ?? 'suggestion'];
  const max = options.maxFindings ?? MAX_FINDINGS_PER_FILE;
  const findings: LocatedFinding[] = [];
  const omitted: SeverityCounts = { error: 0, warning: 0, suggestion: 0 };
  let anyOmitted = false;
  for (const f of report.findings) {
    if (SEVERITY_RANK[f.severity] < min) continue;
    if (findings.length < max) findings.push(locateFinding(f, source, content));
    else {
      omitted[f.severity]++;
      anyOmitted = true;
    }
  }
  const hasOffsets = content !== undefined && source.doc.blocks.some((b) => source.locate(b.id, 0)?.offset != null);
  const result: FileResult = {
    path,
    positions: hasOffsets ? 'file' : 'block',
    profiles: report.profiles,
    stats: report.stats,
    findings,
  };
  if (source.doc.meta.title) result.title = source.doc.meta.title;
  if (anyOmitted) result.omitted = omitted;
  return result;
}

export function errorResult(path: string, message: string): FileResult {
  return { path, positions: 'file', profiles: [], stats: null, findings: [], error: message };
}

export interface Totals {
  files: number;
  unreadable: number;
  findings: number;
  error: number;
  warning: number;
  suggestion: number;
}

export function totals(results: FileResult[]): Totals {
  const t: Totals = { files: results.length, unreadable: 0, findings: 0, error: 0, warning: 0, suggestion: 0 };
  for (const r of results) {
    if (r.error) t.unreadable++;
    for (const f of r.findings) {
      t.findings++;
      t[f.severity]++;
    }
    if (r.omitted) {
      for (const sev of ['error', 'warning', 'suggestion'] as const) {
        t.findings += r.omitted[sev];
        t[sev] += r.omitted[sev];
      }
    }
  }
  return t;
}

/** “Showing the first 1,000 of 49,213 findings …” when findings were left out, else null. */
export function omittedNote(r: FileResult): string | null {
  if (!r.omitted) return null;
  const left = r.omitted.error + r.omitted.warning + r.omitted.suggestion;
  const all = r.findings.length + left;
  const n = (x: number) => x.toLocaleString('en-GB');
  return `Showing the first ${n(r.findings.length)} of ${n(all)} findings in this document. The other ${n(left)} (${countsInWords(r.omitted)}) are counted but not listed: fix the ones shown, or check the document in smaller parts.`;
}

/** 0 when nothing is at error severity and every file was read; 1 otherwise. */
export function exitCodeFor(results: FileResult[]): 0 | 1 {
  const t = totals(results);
  return t.error > 0 || t.unreadable > 0 ? 1 : 0;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** “3 errors, 1 warning and 2 suggestions” — counts that are zero are left out. */
export function countsInWords(c: { error: number; warning: number; suggestion: number }): string {
  const parts = [
    c.error ? plural(c.error, 'error') : '',
    c.warning ? plural(c.warning, 'warning') : '',
    c.suggestion ? plural(c.suggestion, 'suggestion') : '',
  ].filter(Boolean);
  if (!parts.length) return 'nothing to change';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export { plural };
