/**
 * Word lists and settings as JSON. A word-list file is either
 *   { "name": "Our words", "terms": [ { "term": "...", "alternatives": [...], "note": "...", "severity": "warning" } ] }
 * or just the array of terms. The settings file (what the options page
 * exports and `doing-with check --config` reads) holds word lists under
 * "wordLists". Problems name the line of the JSON where they are.
 */
import type { Term, WordList } from '../engine';
import { parseConfig, parseWordList, type Config, type ConfigProblem } from '../engine/config';
import { ImportError } from './decode';

/** Line number of the n-th element of the top-level "terms" (or root) array, best effort. */
function lineOfPath(text: string, path: string): number | null {
  const m = /terms\[(\d+)\]/.exec(path) ?? /^\[(\d+)\]/.exec(path);
  if (!m) return null;
  const wanted = Number(m[1]);
  // Walk the text counting objects/strings at the array's depth.
  const arrayStart = path.startsWith('[') ? text.indexOf('[') : text.search(/"terms"\s*:\s*\[/);
  if (arrayStart < 0) return null;
  let i = text.indexOf('[', arrayStart) + 1;
  let depth = 0;
  let index = 0;
  let inString = false;
  let elementStarted = false;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (!elementStarted && !/\s|,/.test(ch) && depth === 0) {
      if (ch === ']') return null;
      if (index === wanted) return text.slice(0, i).split('\n').length;
      elementStarted = true;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      index++;
      elementStarted = false;
    }
  }
  return null;
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : null;
    throw new ImportError(
      `${line ? `Line ${line}: this` : 'This'} is not valid JSON (${msg.replace(/^.*?: /, '').replace(/ in JSON.*$/, '')}). Check for a missing comma or quote mark.`,
      line,
    );
  }
}

/** "wordLists[0].terms[3].severity" → "word list 1, term 4, severity: " */
function describePath(path: string): string {
  if (!path) return '';
  const parts = path
    .replace(/^\./, '')
    .replace(/^rules\.([^.]+)/, (_, id) => `the rule “${id}”`)
    .replace(/wordLists\[(\d+)\]/g, (_, n) => `word list ${Number(n) + 1}`)
    .replace(/terms\[(\d+)\]/g, (_, n) => `term ${Number(n) + 1}`)
    .replace(/^\[(\d+)\]/, (_, n) => `term ${Number(n) + 1}`)
    .split('.');
  return parts.join(', ') + ': ';
}

function problemToError(text: string, p: ConfigProblem): ImportError {
  const line = lineOfPath(text, p.path);
  return new ImportError(`${line ? `Line ${line}: ` : ''}${describePath(p.path)}${p.message}.`, line);
}

function checkDuplicates(text: string, terms: Term[], pathPrefix: string): void {
  const seen = new Map<string, number>();
  terms.forEach((t, i) => {
    const key = t.term.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      const line = lineOfPath(text, `${pathPrefix}[${i}]`);
      throw new ImportError(
        `${line ? `Line ${line}: ` : ''}“${t.term}” appears twice in the list. Keep one entry for each term.`,
        line,
      );
    }
    seen.set(key, i);
  });
}

export function parseWordListJson(text: string, fallbackName = 'Imported words'): WordList {
  const data = parseJsonText(text);
  const problems: ConfigProblem[] = [];
  const input = Array.isArray(data) ? { name: fallbackName, terms: data } : data;
  const list = parseWordList(input, Array.isArray(data) ? '' : '', problems);
  if (problems.length) throw problemToError(text, { ...problems[0]!, path: problems[0]!.path.replace(/^\./, '') });
  if (!list) throw new ImportError('The file should hold a word list: an object with "terms", or a list of terms.');
  if (!list.terms.length) throw new ImportError('The word list has no terms in it.');
  checkDuplicates(text, list.terms, Array.isArray(data) ? '' : 'terms');
  return list;
}

export function formatWordListJson(list: WordList): string {
  const out: Record<string, unknown> = { name: list.name, id: list.id, enabled: list.enabled, terms: list.terms };
  if (list.url) out.url = list.url;
  return JSON.stringify(out, null, 2) + '\n';
}

export function parseSettingsJson(text: string): Config {
  const data = parseJsonText(text);
  const { config, problems } = parseConfig(data);
  if (problems.length) throw problemToError(text, problems[0]!);
  config.wordLists.forEach((l, i) => checkDuplicates(text, l.terms, `wordLists[${i}].terms`));
  return config;
}
