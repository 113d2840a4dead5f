/**
 * An organisation's extra word list, from CSV or JSON, → a WordList.
 * CSV has a header row: term,alternatives,note,severity (only term is
 * needed); alternatives are separated by ';' or '|'. JSON is a list of terms
 * (strings or {term, alternatives, note, severity}) or {name, terms}.
 * Problems name the line so the list can be put right.
 */
import Papa from 'papaparse';
import { parseWordList, SEVERITIES, type ConfigProblem, type Severity, type Term, type WordList } from '../engine';

export interface WordListResult {
  list: WordList | null;
  problems: string[];
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '');
}

export function parseWordsCsv(text: string, name: string): WordListResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const problems: string[] = [];
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('term')) {
    return { list: null, problems: ['the first line should be the header: term,alternatives,note,severity'] };
  }
  for (const e of parsed.errors) {
    // Papaparse counts data rows from 0; the header is line 1.
    const line = e.row !== undefined ? e.row + 2 : undefined;
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields') continue;
    problems.push(`${line ? `line ${line}: ` : ''}${e.message}`);
  }
  const terms: Term[] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const term = (row.term ?? '').trim();
    if (!term) {
      problems.push(`line ${line}: the term is empty`);
      return;
    }
    const entry: Term = {
      term,
      alternatives: (row.alternatives ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean),
    };
    const note = (row.note ?? '').trim();
    if (note) entry.note = note;
    const severity = (row.severity ?? '').trim().toLowerCase();
    if (severity) {
      if (SEVERITIES.includes(severity as Severity)) entry.severity = severity as Severity;
      else problems.push(`line ${line}: the severity ‘${severity}’ should be error, warning or suggestion`);
    }
    terms.push(entry);
  });
  if (!terms.length && !problems.length) problems.push('there are no terms in it');
  return { list: { id: `words-${baseName(name).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: baseName(name), enabled: true, terms }, problems };
}

export function parseWordsJson(text: string, name: string): WordListResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { list: null, problems: [`it is not valid JSON (${(e as Error).message})`] };
  }
  const problems: ConfigProblem[] = [];
  const input = Array.isArray(data) ? { name: baseName(name), terms: data } : data;
  const list = parseWordList(input, Array.isArray(data) ? '' : 'list', problems);
  if (list && !list.terms.length && !problems.length) problems.push({ path: 'terms', message: 'there are no terms in it' });
  return {
    list,
    problems: problems.map((p) => (p.path ? `${p.path.replace(/^\.?/, '').replace(/^list\.?/, '') || 'list'}: ${p.message}` : p.message)),
  };
}

export function parseWords(text: string, path: string): WordListResult {
  if (/\.json$/i.test(path)) return parseWordsJson(text, path);
  if (/\.(?:csv|txt)$/i.test(path)) return parseWordsCsv(text, path);
  const trimmed = text.trimStart();
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseWordsJson(text, path) : parseWordsCsv(text, path);
}
