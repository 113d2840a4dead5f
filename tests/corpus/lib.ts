/**
 * Shared helpers for the accuracy corpus: load documents and their
 * expectations, turn a document into a TextDoc, and match findings to
 * expectations. Used by evaluate.ts (scores) and corpus.test.ts (shape).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, TextDoc } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
export const DOCS_DIR = join(CORPUS_DIR, 'docs');
const REPO_ROOT = resolve(CORPUS_DIR, '..', '..');

export interface Expectation {
  ruleId: string;
  /** A substring of the document; a correct finding's range must overlap one occurrence. */
  text?: string;
  /** 1-based: which occurrence of `text` (counting across blocks in order). */
  occurrence?: number;
}

export interface ExpectedFile {
  profiles: string[];
  findings: Expectation[];
  /**
   * Borderline findings a careful reviewer would accept either way. A finding
   * matching one of these is neither a true nor a false positive. Used rarely.
   */
  allowed?: Expectation[];
  notes?: string;
}

export interface Threshold {
  precision: number;
  recall: number;
}

export interface CorpusConfig {
  knownRuleIds: string[];
  minDocuments: number;
  rules: Record<string, Threshold>;
  profiles: Record<string, Threshold>;
}

export interface CorpusDoc {
  name: string;
  path: string;
  source: string;
  expected: ExpectedFile;
}

export function loadConfig(): CorpusConfig {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.config.json'), 'utf8')) as CorpusConfig;
}

export function loadCorpus(): CorpusDoc[] {
  const names = readdirSync(DOCS_DIR)
    .filter((f) => /\.(?:txt|md|html?)$/i.test(f))
    .sort();
  return names.map((name) => {
    const path = join(DOCS_DIR, name);
    const base = name.replace(/\.[^.]+$/, '');
    const expPath = join(DOCS_DIR, `${base}.expected.json`);
    if (!existsSync(expPath)) throw new Error(`${name}: no ${base}.expected.json beside it`);
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as ExpectedFile;
    return { name, path, source: readFileSync(path, 'utf8'), expected };
  });
}

type Reader = (source: string, meta?: TextDoc['meta']) => { doc: TextDoc } | TextDoc | Promise<{ doc: TextDoc } | TextDoc>;

async function findReader(file: string, names: string[]): Promise<Reader | null> {
  const full = join(REPO_ROOT, 'src', 'sources', file);
  if (!existsSync(full)) return null;
  try {
    const mod = (await import(full)) as Record<string, unknown>;
    for (const n of names) if (typeof mod[n] === 'function') return mod[n] as Reader;
  } catch {
    return null;
  }
  return null;
}

let markdownReader: Reader | null | undefined;
let htmlReader: Reader | null | undefined;

/** Which reader turned each kind of file into a TextDoc (for the report). */
export const readersUsed = new Map<string, string>();

export async function toTextDoc(doc: CorpusDoc): Promise<TextDoc> {
  const meta = { source: doc.name, title: doc.name };
  let reader: Reader | null = null;
  if (/\.md$/i.test(doc.name)) {
    markdownReader ??= await findReader('markdown.ts', ['parseMarkdown', 'readMarkdown', 'markdownToDoc', 'fromMarkdown']);
    reader = markdownReader;
    readersUsed.set('.md', reader ? 'src/sources/markdown.ts' : 'plain text (no markdown reader yet)');
  } else if (/\.html?$/i.test(doc.name)) {
    htmlReader ??= await findReader('html.ts', ['parseHtml', 'readHtml', 'htmlToDoc', 'fromHtml']);
    reader = htmlReader;
    readersUsed.set('.html', reader ? 'src/sources/html.ts' : 'plain text (no html reader yet)');
  }
  if (reader) {
    const out = await reader(doc.source, meta);
    return 'blocks' in out ? out : out.doc;
  }
  return parsePlainText(doc.source, meta).doc;
}

export interface Occurrence {
  blockId: string;
  start: number;
  end: number;
}

/** Every occurrence of `text` in the doc's blocks, in order (case-sensitive, then case-insensitive). */
export function occurrences(doc: TextDoc, text: string): Occurrence[] {
  const find = (fold: boolean): Occurrence[] => {
    const out: Occurrence[] = [];
    const needle = fold ? text.toLowerCase() : text;
    for (const b of doc.blocks) {
      const hay = fold ? b.text.toLowerCase() : b.text;
      let i = hay.indexOf(needle);
      while (i >= 0) {
        out.push({ blockId: b.id, start: i, end: i + text.length });
        i = hay.indexOf(needle, i + 1);
      }
    }
    return out;
  };
  const exact = find(false);
  return exact.length ? exact : find(true);
}

/** The occurrences an expectation may be matched at. */
export function targetsOf(doc: TextDoc, e: Expectation): Occurrence[] {
  if (e.text === undefined) return [];
  const all = occurrences(doc, e.text);
  if (e.occurrence !== undefined) {
    const one = all[e.occurrence - 1];
    return one ? [one] : [];
  }
  return all;
}

function overlaps(f: Finding, o: Occurrence): boolean {
  if (f.blockId !== o.blockId || f.start === null || f.end === null) return false;
  if (f.start === f.end) return f.start >= o.start && f.start <= o.end;
  return f.start < o.end && o.start < f.end;
}

export function expectationMatches(doc: TextDoc, e: Expectation, f: Finding): boolean {
  if (f.ruleId !== e.ruleId) return false;
  if (e.text === undefined) return true;
  return targetsOf(doc, e).some((o) => overlaps(f, o));
}

export interface RuleMatch {
  truePositives: Array<{ expectation: Expectation; finding: Finding }>;
  falseNegatives: Expectation[];
  falsePositives: Finding[];
  /** Findings that matched only an `allowed` entry. */
  tolerated: Finding[];
}

/**
 * Maximum bipartite matching between expectations and findings of one rule in
 * one document: each expectation and each finding is used at most once.
 */
export function matchRule(doc: TextDoc, expectations: Expectation[], findings: Finding[], allowed: Expectation[] = []): RuleMatch {
  const adj = expectations.map((e) => findings.map((f, j) => (expectationMatches(doc, e, f) ? j : -1)).filter((j) => j >= 0));
  const findingOwner = new Array<number>(findings.length).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (findingOwner[j] === -1 || tryAssign(findingOwner[j]!, seen)) {
        findingOwner[j] = i;
        return true;
      }
    }
    return false;
  };
  // Ranged expectations first so a document-level one does not take their finding.
  const order = expectations.map((_, i) => i).sort((a, b) => Number(expectations[a]!.text === undefined) - Number(expectations[b]!.text === undefined));
  for (const i of order) tryAssign(i, new Array<boolean>(findings.length).fill(false));
  const result: RuleMatch = { truePositives: [], falseNegatives: [], falsePositives: [], tolerated: [] };
  const matchedExp = new Set<number>();
  findings.forEach((f, j) => {
    const i = findingOwner[j]!;
    if (i >= 0) {
      matchedExp.add(i);
      result.truePositives.push({ expectation: expectations[i]!, finding: f });
    } else if (allowed.some((a) => expectationMatches(doc, a, f))) {
      result.tolerated.push(f);
    } else {
      result.falsePositives.push(f);
    }
  });
  expectations.forEach((e, i) => {
    if (!matchedExp.has(i)) result.falseNegatives.push(e);
  });
  return result;
}
