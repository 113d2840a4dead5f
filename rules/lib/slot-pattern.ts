/**
 * The small matcher behind the rule data in rules/patterns/*.yaml.
 *
 * A pattern is written in lower case, the way the text it reads is (every
 * rule reads `analysis.masked`: lower case, web and e-mail addresses blanked).
 * It is a regular expression with four kinds of shorthand, so that what a
 * pattern means can be read at a glance:
 *
 *   {PEOPLE}         a word class from rules/patterns/vocabulary.yaml
 *   {WORDS 0-6}      a gap of 0 to 6 words ("we will send {WORDS 1-6} a summary")
 *   {CLAUSE 1-60}    a gap of 1 to 60 characters inside one clause (no "." or ";")
 *   (a|b)            a group; the matcher writes it as (?:a|b), so data never needs "?:"
 *
 * A pattern is word-bounded at both ends unless it starts or ends with an
 * anchor or a look-around of its own. Anything else is ordinary regular
 * expression syntax ("updates?", "\d", "[\w-]+").
 *
 * Patterns are compiled once per configuration (word classes can be added to
 * by a configuration) and shared by every rule and document.
 */
import type { ProfileId, Severity } from '../../src/engine';
import compiled from '../patterns/patterns.generated.json';
import { prefilterFromSets, rememberPrefilter } from './pattern-anchors';
import { classSourceIn, patternSourceIn, PatternError, withCompileBreaks, type WordClassSource } from './slot-source';

/** One named pattern as it is written in a data file. */
export interface PatternSource {
  id: string;
  pattern: string;
  /** The pattern does not count in a sentence that also matches one of these. */
  unless?: PatternSource[];
  match?: string[];
  noMatch?: string[];
  about?: string;
  /** Names a rule can pick patterns by across groups, e.g. "use-of-views". */
  tags?: string[];
  /** Everyday words a finding may offer for what the pattern matches ("the senior councillors who make most decisions"). */
  plain?: string;
  /** The pre-test's sets of words (rules/lib/pattern-anchors.ts), worked out by the pattern build; empty when there is none. */
  anchors?: string[][];
}

export type { WordClassSource };

/** A named group of patterns, e.g. the headings or phrases of a meaning. */
export type PatternGroupSource = PatternSource[];

/** A rule written entirely as data (rules/data-rules.ts runs it). */
export interface DataRuleSource {
  id: string;
  title: string;
  /** 'phrase': each match of the `phrases` group is a finding (the only kind so far). */
  kind: 'phrase';
  barriers: string[];
  enablers: string[];
  profiles: ProfileId[] | 'all';
  severity: Severity;
  /** What the finding says; "{match}" stands for the flagged words. */
  message: string;
  suggestions?: string[];
  docs: { description: string; why: string; bad: string; good: string; sources?: string[] };
}

export interface PatternFileSource {
  /** What the file holds and why, in a sentence or two. */
  about?: string;
  /** Present when the file is a whole rule. */
  rule?: DataRuleSource;
  /** Named lists of patterns: "updates.headings", "doing-to.obligation" … */
  groups: Record<string, PatternGroupSource>;
}

export interface CompiledData {
  vocabulary: Record<string, WordClassSource>;
  files: Record<string, PatternFileSource>;
}

/** A compiled pattern: its id (file/group/id), the expression, and its exceptions. */
export interface NamedPattern {
  /** Unique across all data: "missing-updates/updates.phrases/keep-people-updated". */
  id: string;
  re: RegExp;
  unless: RegExp[];
}

export const DATA = compiled as unknown as CompiledData;

export { PatternError };

/** The regular-expression source of a word class: its words as one group, in the order written. */
const classSources = new Map<string, string>();

export function wordClassSource(name: string, vocabulary = DATA.vocabulary, seen: string[] = []): string {
  // The shared vocabulary's classes are expanded once; a class names others, and many patterns name the same class.
  return classSourceIn(name, vocabulary, seen, vocabulary === DATA.vocabulary ? classSources : undefined);
}

/** The full regular-expression source of a pattern, word-bounded. */
export function patternSource(source: string, vocabulary = DATA.vocabulary): string {
  return patternSourceIn(source, vocabulary, vocabulary === DATA.vocabulary ? classSources : undefined);
}

/** Compiles one pattern; a mistake in the data names the pattern. */
export function compilePattern(source: string, flags = '', vocabulary = DATA.vocabulary, where = source): RegExp {
  try {
    return new RegExp(withCompileBreaks(patternSource(source, vocabulary)), flags);
  } catch (error) {
    throw new PatternError(`Pattern ${where} does not compile: ${(error as Error).message}`);
  }
}

/**
 * A regular expression from a source put together in code (word classes
 * spliced into a longer expression), with the same compile breaks as the
 * data patterns: it matches exactly what `new RegExp(source, flags)` would,
 * and compiles in a fraction of the time.
 */
export function buildRegExp(source: string, flags = ''): RegExp {
  return new RegExp(withCompileBreaks(source), flags);
}

const cache = new Map<string, NamedPattern[]>();

/**
 * The compiled patterns of one group in one data file, e.g.
 * patternGroup('missing-updates', 'updates.phrases'). Made once and shared.
 */
export function patternGroup(file: string, group: string, flags = ''): NamedPattern[] {
  const key = `${file}\u0000${group}\u0000${flags}`;
  let out = cache.get(key);
  if (out) return out;
  const data = DATA.files[file];
  if (!data) throw new PatternError(`No pattern file rules/patterns/${file}.yaml.`);
  const list = data.groups[group];
  if (!list) throw new PatternError(`No group "${group}" in rules/patterns/${file}.yaml.`);
  out = list.map((p) => {
    const re = compilePattern(p.pattern, flags, DATA.vocabulary, `${file}/${group}/${p.id}`);
    if (p.anchors) rememberPrefilter(re, prefilterFromSets(p.anchors));
    return {
      id: `${file}/${group}/${p.id}`,
      re,
      unless: (p.unless ?? []).map((u) => compilePattern(u.pattern, '', DATA.vocabulary, `${file}/${group}/${p.id} unless ${u.id}`)),
    };
  });
  cache.set(key, out);
  return out;
}

/** Just the expressions of a group, for code that takes RegExp[]. */
export function regexpsOf(file: string, group: string, flags = ''): RegExp[] {
  return patternGroup(file, group, flags).map((p) => p.re);
}

/** Every pattern in the data, with where it is written: for tests and coverage. */
export function* allPatterns(): Generator<{ file: string; group: string; source: PatternSource; id: string }> {
  for (const [file, data] of Object.entries(DATA.files)) {
    for (const [group, list] of Object.entries(data.groups)) {
      for (const source of list) yield { file, group, source, id: `${file}/${group}/${source.id}` };
    }
  }
}
