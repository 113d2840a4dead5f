/**
 * Helpers rewritten for speed must answer exactly as the code they replaced:
 * word counts without splitting, words sharing one string when already
 * lower-case, matches without a generator when a text is ruled out, and
 * memos stored in slots (including a memo whose value is undefined).
 */
import { describe, expect, it } from 'vitest';
import { moreWordsThan, splitWords } from '../../src/engine/text';
import { matchesOf } from '../../rules/lib/phrasing';
import { Linter, type Rule } from '../../src/engine';
import { realign, realignInPlace } from '../../src/engine/realign';

describe('moreWordsThan', () => {
  const texts = [
    '',
    'one',
    'one two three',
    'a b c d e f g h i j',
    'a b c d e f g h i j k',
    'a  b\t\tc\nd\u00a0e\u2003f\u3000g\ufeffh\u2028i\u202fj',
    'a  b\t\tc\nd\u00a0e\u2003f\u3000g\ufeffh\u2028i\u202fj k',
    'Terms\u200bof reference', // a zero-width space is not white space
  ];
  for (const text of texts) {
    it(`agrees with split(/\\s+/) on ${JSON.stringify(text)}`, () => {
      for (const n of [0, 1, 2, 9, 10, 11]) expect(moreWordsThan(text.trim(), n)).toBe(text.trim().split(/\s+/).length > n);
    });
  }
});

describe('splitWords', () => {
  it('gives every word its lower-case form, sharing the string when the word is already lower-case', () => {
    const text = 'Our Café team will MEET residents on Ünter street';
    const words = splitWords(text);
    for (const w of words) expect(w.lower).toBe(w.text.toLowerCase());
    expect(words.map((w) => w.text)).toEqual(['Our', 'Café', 'team', 'will', 'MEET', 'residents', 'on', 'Ünter', 'street']);
  });
});

describe('matchesOf', () => {
  it('finds every match, and none in a text without the words a match needs, however often it is asked', () => {
    const re = /\bwe will (\w+)/g;
    expect([...matchesOf(re, 'we will write. then we will call.')].map((m) => m[1])).toEqual(['write', 'call']);
    const none = matchesOf(re, 'nothing here');
    expect([...none]).toEqual([]);
    expect([...none]).toEqual([]);
    expect([...matchesOf(re, 'nothing here either')]).toEqual([]);
  });
});

describe('document-rule memos', () => {
  it('keep a memo whose value is undefined, so it is worked out once per block', () => {
    let computed = 0;
    const rule: Rule = {
      meta: { id: 'memo-probe', description: 'probe', severity: 'info', profiles: 'all', scope: 'document', barriers: [], enablers: [] } as unknown as Rule['meta'],
      checkDocument(ctx) {
        for (const ab of ctx.blocks) {
          ctx.memo(ab, 'nothing', () => {
            computed++;
            return undefined;
          });
          ctx.memo(ab, 'nothing', () => {
            computed++;
            return undefined;
          });
        }
        const values = ctx.perBlock('count', (ab) => (ab.index === 0 ? undefined : ab.block.text.length));
        if (values[0] !== undefined || values[1] !== 5) ctx.report({ message: 'wrong per-block values' });
      },
    };
    const linter = new Linter([rule]);
    const doc = { blocks: [{ id: 'a', kind: 'paragraph' as const, text: 'First.' }, { id: 'b', kind: 'paragraph' as const, text: 'Next.' }], meta: {} };
    expect(linter.lint(doc).findings).toEqual([]);
    expect(computed).toBe(2);
  });
});

describe('realignInPlace', () => {
  // Every way the blocks between a kept top and bottom can change: none, one or more taken out, put in, or replaced.
  const cases: Array<[prefix: number, suffix: number, oldLength: number, newLength: number]> = [
    [2, 3, 6, 5],
    [2, 3, 5, 6],
    [0, 4, 5, 4],
    [4, 0, 4, 5],
    [1, 1, 6, 3],
    [1, 1, 3, 6],
    [2, 2, 6, 7],
    [0, 0, 3, 0],
    [0, 0, 0, 3],
  ];
  it.each(cases)('lines up prefix %i, suffix %i, %i blocks to %i as realign does', (prefix, suffix, oldLength, newLength) => {
    const shift = { prefix, suffix, oldLength, newLength };
    const values = Array.from({ length: oldLength }, (_, i) => `v${i}`);
    const expected = realign(values, shift, 'new');
    const same = values;
    expect(realignInPlace(values, shift, 'new')).toEqual(expected);
    expect(values).toBe(same);
    expect(values).toEqual(expected);
  });
});
