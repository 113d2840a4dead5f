/**
 * withCompileBreaks (rules/lib/slot-source.ts) adds an empty look-ahead after
 * groups so V8 compiles the long data patterns quickly. It must never change
 * what a pattern matches: checked here on every pattern's own examples and on
 * the corpus, match for match (place, text and groups).
 */
import { describe, expect, it } from 'vitest';
import { allPatterns, buildRegExp, patternSource } from '../rules/lib/slot-pattern';
import { withCompileBreaks } from '../rules/lib/slot-source';
import { maskText } from '../src/engine/text';
import { loadCorpus, toTextDoc } from './corpus/lib';

function allMatches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m.join('|')}`);
}

describe('withCompileBreaks', () => {
  it('adds a break after a group that something follows', () => {
    expect(withCompileBreaks(String.raw`\b(?:need|wants) to (?:go|stay)\b`)).toBe(String.raw`\b(?:need|wants)(?=) to (?:go|stay)(?=)\b`);
    expect(withCompileBreaks('(?:a|bc)?d')).toBe('(?:a|bc)?(?=)d');
    expect(withCompileBreaks('(?:[\\w-]+ ){0,6}?x')).toBe('(?:[\\w-]+ ){0,6}?(?=)x');
  });

  it('leaves the end of a pattern or a choice, look-arounds, escaped and listed brackets alone', () => {
    expect(withCompileBreaks('(?:a|b)')).toBe('(?:a|b)');
    expect(withCompileBreaks('((?:a|b))|c')).toBe('((?:a|b))|c');
    expect(withCompileBreaks('(?<!not )x(?=y)z')).toBe('(?<!not )x(?=y)z');
    expect(withCompileBreaks(String.raw`\(a\)b[()]c`)).toBe(String.raw`\(a\)b[()]c`);
  });

  it('keeps named groups and their places (the "d" flag) in an expression built in code', () => {
    const source = String.raw`\b(?<who>(?:all |our )?(?:residents|people))\s+(must|should)\s+(?:now\s+)?([a-z]+)\b`;
    const text = 'from today our residents must now register and people should apply';
    const plain = [...text.matchAll(new RegExp(source, 'dg'))];
    const built = [...text.matchAll(buildRegExp(source, 'dg'))];
    expect(built.map((m) => [m.index, [...m], m.groups, m.indices])).toEqual(plain.map((m) => [m.index, [...m], m.groups, m.indices]));
    expect(built).toHaveLength(2);
  });

  const patterns = [...allPatterns()].flatMap(({ id, source }) => [
    { id, source: patternSource(source.pattern), examples: [...(source.match ?? []), ...(source.noMatch ?? [])] },
    ...(source.unless ?? []).map((u) => ({ id: `${id} unless ${u.id}`, source: patternSource(u.pattern), examples: [...(u.match ?? []), ...(source.match ?? []), ...(source.noMatch ?? [])] })),
  ]);

  it('matches the same as the pattern without breaks, on every pattern’s examples', () => {
    for (const { id, source, examples } of patterns)
      for (const text of examples.map((e) => maskText(e))) expect(allMatches(withCompileBreaks(source), text), id).toEqual(allMatches(source, text));
  });

  it('matches the same on every block of the corpus', async () => {
    const docs = await Promise.all(loadCorpus().map((d) => toTextDoc(d)));
    const texts = docs.flatMap((d) => d.blocks.map((b) => maskText(b.text)));
    // The longest patterns: where the breaks do most.
    const longest = [...patterns].sort((a, b) => b.source.length - a.source.length).slice(0, 40);
    for (const { id, source } of longest) {
      const plain = new RegExp(source, 'g');
      const broken = new RegExp(withCompileBreaks(source), 'g');
      for (const text of texts) expect([...text.matchAll(broken)].map((m) => `${m.index}:${m.join('|')}`), id).toEqual([...text.matchAll(plain)].map((m) => `${m.index}:${m.join('|')}`));
    }
  });
});
