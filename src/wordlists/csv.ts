/**
 * Word lists as CSV, for people who keep them in a spreadsheet.
 *
 * Columns (a header row is required, in any order, any case):
 *   term          the word or phrase (required)
 *   alternatives  plainer words, separated by semicolons: "people; partners"
 *   note          why it is on the list (optional)
 *   severity      error, warning or suggestion (optional)
 * Comma- or semicolon-separated files both work (Excel in many European
 * settings saves with semicolons); with semicolons, alternatives are separated
 * by a vertical bar "|" instead.
 */
import Papa from 'papaparse';
import type { Severity, Term } from '../engine';
import { SEVERITIES } from '../engine/types';
import { ImportError } from './decode';

const COLUMNS = ['term', 'alternatives', 'note', 'severity'] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_ALIASES: Record<string, Column> = {
  term: 'term',
  word: 'term',
  phrase: 'term',
  'word or phrase': 'term',
  alternatives: 'alternatives',
  alternative: 'alternatives',
  suggestions: 'alternatives',
  'plain alternatives': 'alternatives',
  'use instead': 'alternatives',
  note: 'note',
  notes: 'note',
  why: 'note',
  severity: 'severity',
  level: 'severity',
};

export interface CsvParseResult {
  terms: Term[];
  delimiter: ',' | ';' | '\t';
}

function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

function lineNumberAt(text: string, offset: number, cache: { offset: number; line: number }): number {
  for (let i = cache.offset; i < offset && i < text.length; i++) if (text[i] === '\n') cache.line++;
  cache.offset = Math.max(cache.offset, offset);
  return cache.line;
}

export function parseWordListCsv(text: string): CsvParseResult {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const delimiter = detectDelimiter(firstLine);
  const altSeparator = delimiter === ';' ? /\s*\|\s*/ : /\s*[;|]\s*/;

  const rows: { cells: string[]; line: number }[] = [];
  const cursor = { offset: 0, line: 1 };
  let rowStart = 0;
  const errors: ImportError[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineNumberAt(text, rowStart, cursor);
      rowStart = result.meta.cursor;
      // Skip the newline the cursor stops before.
      while (rowStart < text.length && (text[rowStart] === '\n' || text[rowStart] === '\r')) {
        if (text[rowStart] === '\n') {
          rowStart++;
          break;
        }
        rowStart++;
      }
      for (const e of result.errors) {
        errors.push(new ImportError(`Line ${line}: ${e.code === 'MissingQuotes' ? 'a quote mark (") is not closed' : e.message}.`, line));
      }
      rows.push({ cells: result.data, line });
    },
  });
  if (errors.length) throw errors[0]!;

  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty.shift();
  if (!header) throw new ImportError('The file has no rows. The first row should be the headings: term, alternatives, note, severity.');
  const columns: (Column | null)[] = header.cells.map((c) => HEADER_ALIASES[c.trim().toLowerCase()] ?? null);
  if (!columns.includes('term')) {
    const seen = header.cells.map((c) => `“${c.trim()}”`).join(', ');
    throw new ImportError(
      `Line ${header.line}: the first row should name the columns, starting with “term”. We found ${seen}.` +
        (delimiter === ',' && firstLine.includes(';') ? ' If your file uses semicolons, check every row uses them.' : ''),
      header.line,
    );
  }
  const unknown = header.cells.filter((c, i) => c.trim() && columns[i] === null);
  if (unknown.length) {
    throw new ImportError(
      `Line ${header.line}: we don’t know the column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `“${c.trim()}”`).join(', ')}. Use term, alternatives, note and severity.`,
      header.line,
    );
  }

  const terms: Term[] = [];
  const seen = new Map<string, number>();
  for (const row of nonEmpty) {
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim())) {
      throw new ImportError(
        `Line ${row.line}: this row has ${row.cells.length} columns but the heading row has ${header.cells.length}. ` +
          `If a note or alternative has a ${delimiter === ';' ? 'semicolon' : 'comma'} in it, put the whole cell in double quotes.`,
        row.line,
      );
    }
    const get = (col: Column) => {
      const i = columns.indexOf(col);
      return i >= 0 ? unguardCell((row.cells[i] ?? '').trim()) : '';
    };
    const term = get('term');
    if (!term) throw new ImportError(`Line ${row.line}: the term is empty. Every row needs a word or phrase.`, row.line);
    const key = term.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ImportError(`Line ${row.line}: “${term}” is already on line ${first}. Keep one row for each term.`, row.line);
    }
    seen.set(key, row.line);
    const entry: Term = {
      term,
      alternatives: get('alternatives').split(altSeparator).map((a) => a.trim()).filter(Boolean),
    };
    const note = get('note');
    if (note) entry.note = note;
    const severity = get('severity').toLowerCase();
    if (severity) {
      if (!SEVERITIES.includes(severity as Severity)) {
        throw new ImportError(
          `Line ${row.line}: the severity “${get('severity')}” is not one we know. Use error, warning or suggestion, or leave it empty.`,
          row.line,
        );
      }
      entry.severity = severity as Severity;
    }
    terms.push(entry);
  }
  if (!terms.length) throw new ImportError('The file has a heading row but no terms under it.');
  return { terms, delimiter };
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab or carriage
 * return, which some drop first) as a formula, and shared lists come from
 * other people. As OWASP advises for CSV injection, such a cell is written
 * with a ' in front (and quoted), which spreadsheets show as text. A cell
 * that already starts with ' before one of those gets one more, so that
 * reading the file back (unguardCell) gives exactly what was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo guardCell: one ' comes off a cell that starts with ' before a formula character. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

function csvCell(raw: string): string {
  const value = guardCell(raw);
  return /[",;\n\r|']/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Write terms as CSV that parseWordListCsv reads back to the same terms. */
export function formatWordListCsv(terms: Term[]): string {
  const lines = [COLUMNS.join(',')];
  for (const t of terms) {
    lines.push(
      [t.term, t.alternatives.join('; '), t.note ?? '', t.severity ?? ''].map(csvCell).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
