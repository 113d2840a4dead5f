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
 *  - document-level findings: start, end, text, line and column are null.
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
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function locateFinding(f: Finding, source: SourceDoc, content: string | undefined): LocatedFinding {
  const base = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    suggestions: f.suggestions,
    barriers: f.barriers,
    enablers: f.enablers,
    ...(f.example ? { example: f.example } : {}),
  };
  const none = { text: null, start: null, end: null, line: null, column: null, endLine: null, endColumn: null };
  if (f.blockId === null || f.start === null || f.end === null) return { ...base, ...none };
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
}

export function fileResult(
  path: string,
  source: SourceDoc,
  report: Report,
  content?: string,
  options: LocateOptions = {},
): FileResult {
  const min = SEVERITY_RANK[options.minSeverity ?? 'suggestion'];
  const findings = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= min).map((f) => locateFinding(f, source, content));
  const hasOffsets = content !== undefined && source.doc.blocks.some((b) => source.locate(b.id, 0)?.offset != null);
  const result: FileResult = {
    path,
    positions: hasOffsets ? 'file' : 'block',
    profiles: report.profiles,
    stats: report.stats,
    findings,
  };
  if (source.doc.meta.title) result.title = source.doc.meta.title;
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
  }
  return t;
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
