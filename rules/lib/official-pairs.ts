/**
 * Official noun pairs: a management noun ("services", "engagement", "provision")
 * made into jargon by a formal word before it ("stakeholder engagement",
 * "preventative services"). The pair patterns and their word classes live in
 * rules/patterns/jargon.yaml (official-pairs) and vocabulary.yaml; this file
 * only judges the second pattern's first word by its rarity in spoken English,
 * so that "local services" or "mental health services" stay quiet.
 */
import { patternGroup, wordClassSource } from './slot-pattern';
import { isCommonWord } from './word-rarity';
import { anchorsFor, mayMatch } from './pattern-anchors';

export interface PairHit {
  start: number;
  end: number;
  patternId: string;
}

const RARITY_CHECKED = 'jargon/official-pairs/formal-modifier';
/** The Latin endings of the formal-modifier pattern's first word; the word list keeps words of these shapes (bin/build-common-words.mjs). */
export const FORMAL_ENDING = /(?:al|ary|ory|ive|ic|tion|sion|ment|ity|ance|ence|ant|ent)$/;
const HEAD = new RegExp(`\\b${wordClassSource('OFFICIAL_HEAD_NOUN')}\\b`);

/** Official pairs in a block's masked (lower-case) text; capitalised pairs in mid-sentence are names. */
export function findOfficialPairs(text: string, masked: string): PairHit[] {
  const hits: PairHit[] = [];
  if (!HEAD.test(masked)) return hits;
  for (const { id, re } of patternGroup('jargon', 'official-pairs', 'g')) {
    if (!mayMatch(anchorsFor(re), masked)) continue;
    for (const m of masked.matchAll(re)) {
      const end = m.index + m[0].length;
      const first = m[0].split(/\s+/)[0]!;
      if (id === RARITY_CHECKED && (!FORMAL_ENDING.test(first) || isCommonWord(first))) continue;
      if (hits.some((h) => m.index < h.end && h.start < end)) continue;
      const shown = text.slice(m.index, end);
      // "Adult Social Care Services", "Clinical Commissioning": capitals on both words name a body or a team.
      if (/^\p{Lu}\S*\s+\p{Lu}/u.test(shown)) continue;
      hits.push({ start: m.index, end, patternId: id });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
