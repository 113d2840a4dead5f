/**
 * The pre-test before a pattern runs (rules/lib/pattern-anchors.ts) may only
 * skip text the pattern cannot match. Checked on hand-made cases, on every
 * example in the rule data, and on every block of every corpus document.
 */
import { describe, expect, it } from 'vitest';
import { anchorsOf, mayMatch, prefilterOf } from '../rules/lib/pattern-anchors';
import { allPatterns, compilePattern } from '../rules/lib/slot-pattern';
import { maskText } from '../src/engine/text';
import { loadCorpus, toTextDoc } from './corpus/lib';

describe('anchorsOf', () => {
  it('takes the longest required words', () => {
    expect(anchorsOf(String.raw`\bwe will (?:publish|share) (?:a )?summary\b`)).toEqual(['we will ']);
    expect(anchorsOf(String.raw`\b(?:closing date|closes|deadline)\b`)).toEqual(['closing date', 'closes', 'deadline']);
    expect(anchorsOf(String.raw`\bupdates?\b`)).toEqual(['update']);
  });

  it('knows nothing when a part is optional, a class or a look-around', () => {
    expect(anchorsOf(String.raw`\b(?:summary )?\w+\b`)).toBeNull();
    expect(anchorsOf(String.raw`(?<!not )\d+`)).toBeNull();
    expect(anchorsOf(String.raw`a|\w+`)).toBeNull();
    expect(anchorsOf('(')).toBeNull();
  });

  it('needs every choice of a group to have words', () => {
    expect(anchorsOf(String.raw`\b(?:report|\d+ pages)\b`)).toEqual(['report', ' pages']);
    expect(anchorsOf(String.raw`\b(?:report|[a-z]+)\b`)).toBeNull();
  });

  it('skips text without the words', () => {
    const anchors = anchorsOf(String.raw`\bclosing date\b`);
    expect(mayMatch(anchors, 'the closing date is 4 may')).toBe(true);
    expect(mayMatch(anchors, 'we will write to you')).toBe(false);
    expect(mayMatch(null, 'anything')).toBe(true);
  });

  it('reads a character written as its number as that character', () => {
    // The command's bundle writes "we’ll" in a regular expression as "we\u2019ll": the digits are not letters to look for.
    expect(anchorsOf(String.raw`\bwe\u2019ll tell\b`)).toEqual(['we’ll tell']);
    expect(anchorsOf(String.raw`\bcaf\xe9 time\b`)).toEqual(['café time']);
    expect(mayMatch(prefilterOf(String.raw`\bdon\u2019t\b`), 'please don’t wait')).toBe(true);
  });

  it('ends a run of letters at a repeated one', () => {
    // "need+ed" matches "needded": "needed" is not in it, "need" and "ded" are.
    expect(mayMatch(anchorsOf('need+ed'), 'it is needded')).toBe(true);
    expect(mayMatch(prefilterOf('need+ed'), 'it is needded')).toBe(true);
    expect(mayMatch(prefilterOf('need+ed'), 'it is nee ded')).toBe(false);
  });
});

describe('prefilterOf', () => {
  it('needs every part of a one-branch pattern', () => {
    const p = prefilterOf(String.raw`\bwe will (?:publish|share) (?:a )?summary\b`);
    expect(p?.sets.map((set) => set.map((a) => a.text).join('|')).sort()).toEqual(['publish|share', 'summary', 'we will ']);
    expect(mayMatch(p, 'we will publish a summary of what you said')).toBe(true);
    // Has "we will" and "publish" but no "summary": the pattern cannot match, so it is not run.
    expect(mayMatch(p, 'we will publish the plan in may')).toBe(false);
    expect(mayMatch(p, 'a summary will be shared')).toBe(false);
  });

  it('reads a text in any case the same way', () => {
    const p = prefilterOf(String.raw`\bclosing date\b`);
    expect(mayMatch(p, 'the closing date is 4 may')).toBe(true);
    expect(mayMatch(p, 'we will write to you')).toBe(false);
  });

  it('needs one of the branches of a pattern with several', () => {
    const p = prefilterOf(String.raw`\b(?:closing date|deadline)\b|\bcloses on\b`);
    expect(mayMatch(p, 'the deadline is near')).toBe(true);
    expect(mayMatch(p, 'it closes on friday')).toBe(true);
    expect(mayMatch(p, 'it ends on friday')).toBe(false);
  });
});

describe('never skips a match', () => {
  const patterns = [...allPatterns()].map((p) => ({ ...p, re: compilePattern(p.source.pattern) }));

  it('on the examples in the rule data', () => {
    for (const p of patterns)
      for (const text of p.source.match ?? []) {
        const masked = maskText(text);
        if (p.re.test(masked)) {
          expect(mayMatch(anchorsOf(p.re.source), masked), `${p.id}: ${text}`).toBe(true);
          expect(mayMatch(prefilterOf(p.re.source), masked), `${p.id}: ${text}`).toBe(true);
        }
      }
  });

  it('on every block of the corpus', async () => {
    const docs = await Promise.all(loadCorpus().map((d) => toTextDoc(d)));
    let checked = 0;
    for (const doc of docs)
      for (const block of doc.blocks) {
        const masked = maskText(block.text);
        for (const p of patterns)
          if (p.re.test(masked)) {
            checked++;
            expect(mayMatch(anchorsOf(p.re.source), masked), `${p.id}: ${block.text.slice(0, 80)}`).toBe(true);
            expect(mayMatch(prefilterOf(p.re.source), masked), `${p.id}: ${block.text.slice(0, 80)}`).toBe(true);
          }
      }
    expect(checked).toBeGreaterThan(0);
  });
});
