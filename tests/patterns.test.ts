/**
 * The rule data in rules/patterns/ behaves as written:
 *  - the JSON the rules import is up to date with the YAML;
 *  - every pattern compiles, has at least one `match` and one `noMatch`
 *    example, and each example does what it says (an `unless` that fires
 *    counts as no match);
 *  - no rule file or pattern spells out its own copy of a word class;
 *  - no regular expression written in rules/ is longer than 200 characters.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPatterns, compilePattern, DATA, wordClassSource } from '../rules/lib/slot-pattern';
import { maskText } from '../src/engine/text';

const root = join(import.meta.dirname, '..');

/** Engine files that hold rule words (the profile cues' scoring reads its words from rules/patterns/profiles.yaml). */
const ENGINE_FILES_WITH_RULE_WORDS = ['src/engine/profiles.ts', 'src/engine/profile-cues.ts'];

function matches(source: string, unless: string[], text: string): boolean {
  const masked = maskText(text);
  if (!compilePattern(source).test(masked)) return false;
  return !unless.some((u) => compilePattern(u).test(masked));
}

describe('rule data', () => {
  it('rules/patterns/patterns.generated.json is up to date (run `npm run patterns`)', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'bin/build-patterns.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('every word class compiles', () => {
    for (const name of Object.keys(DATA.vocabulary)) expect(() => new RegExp(wordClassSource(name)), name).not.toThrow();
  });

  const patterns = [...allPatterns()];
  it('has patterns', () => expect(patterns.length).toBeGreaterThan(0));

  describe.each(patterns.map((p) => [p.id, p] as const))('%s', (_id, { source }) => {
    const unless = (source.unless ?? []).map((u) => u.pattern);
    it('has a match and a no-match example', () => {
      expect(source.match?.length ?? 0).toBeGreaterThan(0);
      expect(source.noMatch?.length ?? 0).toBeGreaterThan(0);
    });
    it.each(source.match ?? [])('matches: %s', (text) => expect(matches(source.pattern, unless, text)).toBe(true));
    it.each(source.noMatch ?? [])('does not match: %s', (text) => expect(matches(source.pattern, unless, text)).toBe(false));
    for (const u of source.unless ?? []) {
      it.each(u.match ?? [])(`unless ${u.id} matches: %s`, (text) => expect(compilePattern(u.pattern).test(maskText(text))).toBe(true));
      it.each(u.noMatch ?? [])(`unless ${u.id} does not match: %s`, (text) => expect(compilePattern(u.pattern).test(maskText(text))).toBe(false));
    }
  });
});

// ---- Word classes written out again, and overlong expressions ----

function ruleFiles(dir = join(root, 'rules')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...ruleFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'slot-pattern.ts') out.push(path);
  }
  return out;
}

/** Regular-expression literals and the strings rules build expressions from (String.raw`…`, '(?:…)'). */
function expressionsIn(code: string): string[] {
  const out: string[] = [];
  const literal = /(?<![\w)\]])\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/g;
  for (const m of code.matchAll(literal)) out.push(m[1]!);
  for (const m of code.matchAll(/String\.raw`([^`]*)`/g)) out.push(m[1]!);
  for (const m of code.matchAll(/(['"`])(\(\?:(?:\\.|(?!\1).)*)\1/g)) out.push(m[2]!);
  return out;
}

/** The alternatives of every group in an expression, at any depth. */
function alternativesOf(expression: string): string[][] {
  const groups: string[][] = [];
  const stack: { parts: string[]; current: string }[] = [{ parts: [], current: '' }];
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i]!;
    if (ch === '\\') {
      for (const s of stack) s.current += ch + (expression[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '(') {
      const opener = /^\((?:\?:|\?<\w+>)?/.exec(expression.slice(i))![0];
      for (const s of stack) s.current += opener;
      stack.push({ parts: [], current: '' });
      i += opener.length - 1;
      continue;
    }
    if (ch === ')' && stack.length > 1) {
      const done = stack.pop()!;
      groups.push([...done.parts, done.current]);
      for (const s of stack) s.current += ch;
      continue;
    }
    if (ch === '|') {
      const top = stack[stack.length - 1]!;
      top.parts.push(top.current);
      top.current = '';
      for (const s of stack.slice(0, -1)) s.current += ch;
      continue;
    }
    for (const s of stack) s.current += ch;
  }
  const top = stack[0]!;
  groups.push([...top.parts, top.current]);
  return groups;
}

const normal = (word: string) => word.replace(/\\b|\\s\+?|\s+/g, ' ').replace(/s\?$|\?$/, '').trim();

/** Classes big enough that three of their words in one group is a copy. */
const classWords = Object.entries(DATA.vocabulary)
  .filter(([, cls]) => cls.words.length >= 4)
  .map(([name, cls]) => [name, new Set(cls.words.map(normal))] as const);

/** Small words many classes share; three of them in a group are not a copy of anything. */
const FUNCTION_WORDS = new Set('a an the any all each every our your their its these those this that some both many most other new next then now we us you they them it i me'.split(' '));

function copiedClasses(expression: string): string[] {
  const found = new Set<string>();
  for (const alternatives of alternativesOf(expression)) {
    if (alternatives.length < 3) continue;
    const words = alternatives.map(normal);
    for (const [name, set] of classWords) {
      // A slot ({VIEWS}) inside a group names a class; it is no copy of the classes that include it.
      const shared = words.filter((w) => set.has(w) && !FUNCTION_WORDS.has(w) && !w.startsWith('{')).length;
      if (shared >= 3 && shared * 2 >= words.length) found.add(name);
    }
  }
  return [...found];
}

describe('one vocabulary', () => {
  it('finds a copied class (self-check)', () => {
    expect(copiedClasses(String.raw`\b(?:views|feedback|comments|answers) will\b`)).toEqual(['VIEWS']);
    expect(copiedClasses(String.raw`\b(?:a|an|the) report\b`)).toEqual([]);
  });

  it.each([...ruleFiles().map((f) => relative(root, f)), ...ENGINE_FILES_WITH_RULE_WORDS])('%s writes out no word class of its own, and no expression over 200 characters', (file) => {
    const expressions = expressionsIn(readFileSync(join(root, file), 'utf8'));
    const problems = [
      ...expressions.flatMap((e) => copiedClasses(e).map((c) => `{${c}} written out in ${e.slice(0, 80)}`)),
      ...expressions.filter((e) => e.length > 200).map((e) => `${e.length} characters: ${e.slice(0, 60)}…`),
    ];
    expect(problems, 'use the classes in rules/patterns/vocabulary.yaml and move long patterns to rules/patterns/').toEqual([]);
  });

  it('no pattern in the data writes out a word class', () => {
    const copies = [...allPatterns()].flatMap((p) => copiedClasses(p.source.pattern).map((c) => `${p.id}: {${c}}`));
    expect(copies).toEqual([]);
  });

});
