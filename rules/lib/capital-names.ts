/**
 * Names an organisation gives its own bodies, plans and papers, found by their
 * shape rather than from a list: capitalised everyday words ending in a word
 * such as Group, Strategy or Statement ("the Work Group", "our Medium Term
 * Financial Strategy"). The last words and the pattern are data
 * (rules/patterns/jargon.yaml, capital-names; {INSIDER_NAME_HEAD}); this file
 * reads the capitals before the last word and asks whether each is an everyday
 * word. A word that is not (a place, a person, initials) makes the name one
 * people can look up, and such names are left alone.
 */
import everydayData from '../everyday-words.generated.json';
import britishData from '../british-everyday-words.json';
import { patternGroup } from './slot-pattern';
import { isCommonWord, isCommonWordIn } from './word-rarity';
import type { InsiderHit } from './insider-names';

const EVERYDAY: ReadonlySet<string> = new Set((everydayData as { words: string }).words.split(' '));
const BRITISH = new RegExp(`^(?:${(britishData as { words: string[] }).words.join('|')})$`);
// Small words that may join the capitalised words of one name: "Consultation and Engagement Strategy".
const JOINING = /^(?:and|of|for|in|&)$/;
// Words that open a sentence or a noun phrase and are no part of the name after them.
const OPENING = /^(?:the|our|your|their|its|this|these|that|a|an|my|his|her|each|every|any|all|new|draft|dear)$/i;
const WORD = /[\p{L}\p{N}&][\p{L}\p{N}’'&\-‐]*$/u;
// Nations of the UK and Ireland, which the everyday lists hold as words ("English", "British").
const NATION = /^(?:Scottish|Welsh|English|British|Irish|Cornish|Ulster|Manx)$/;

/** A lower-case word, or each part of a hyphenated one ("five-year", "pre-submission"), is an everyday word. */
export function everydayWord(lower: string): boolean {
  const parts = lower.replace(/[’']s$/, '').split(/[-‐]/).filter(Boolean);
  if (!parts.length) return false;
  // "pre-", "co-", "re-": a prefix is not a word of its own.
  return parts.every((p, i) => (i === 0 && parts.length > 1 && /^(?:pre|post|co|re|sub|non|multi|cross)$/.test(p)) || BRITISH.test(p) || dictionaryWord(p));
}

// Words with the endings of formal English ("consultation", "assessment", "statutory") are words, not places or people,
// even when they are too rare in speech for the everyday list.
const FORMAL_ENDING = /(?:tion|sion|ment|ance|ence|ity|ical|ive|ory|ary|ship|ated)s?$/;

function dictionaryWord(p: string): boolean {
  return /^[a-z]+$/.test(p) && (isCommonWordIn(EVERYDAY, p) || isCommonWord(p) || (p.length > 6 && FORMAL_ENDING.test(p)));
}

let compiled: Array<{ re: RegExp; id: string }> | undefined;

/** Capitalised names of bodies, plans and papers in one block, in order. */
export function findCapitalNames(text: string, masked: string): InsiderHit[] {
  compiled ??= patternGroup('jargon', 'capital-names', 'g').map((p) => ({ re: p.re, id: p.id }));
  // No capital after the first letter of the block: no name to find.
  if (!/.\p{Lu}/su.test(text)) return [];
  const hits: InsiderHit[] = [];
  for (const { re, id } of compiled) {
    re.lastIndex = 0;
    for (const m of masked.matchAll(re)) {
      const end = m.index + m[0].length;
      const headStart = end - (/\S+$/.exec(m[0])?.[0].length ?? 0);
      const hit = nameEndingAt(text, headStart, end);
      if (!hit || hits.some((h) => hit.start < h.end && h.start < end)) continue;
      hits.push({ start: hit.start, end, patternId: id, group: 'capital-names', explained: hit.explained });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// "Work Group (the councillors and residents who …)", "the Corporate Calendar, which lists …", "Statement – a document that …".
const EXPLAINED_AFTER = [
  // "(the councillors and residents who …)", but not initials in brackets, which only shorten the name.
  /^[’']?s?\s*\((?!\s*\p{Lu}{2,}\s*\))/u,
  /^[’']?s?,?\s+(?:which|who|that)\s+(?:is|are|means|lists?|sets?|makes?|decides?|checks?|looks?|brings?)\b/u,
  // "– a document that …", ": the group of …", "is a group of …".
  /^[’']?s?(?:\s*[–—:]\s+(?:the|a|an|our|all)\s|\s+(?:is|are)\s+(?:a|an)\s)/u,
];
const EXPLAINED_BEFORE = /\b(?:known as|called|referred to as)\s+(?:the\s+|a\s+|an\s+|our\s+)?[‘'"“]?$/i;

/** The name that ends with the head word at [headStart, end), or undefined when it is no insider name. */
function nameEndingAt(text: string, headStart: number, end: number): { start: number; explained: boolean } | undefined {
  if (!/^\p{Lu}/u.test(text.slice(headStart, end))) return undefined;
  // "the Work Group Terms of Reference", "Strategy Board": another capital word after it makes it part of a longer name.
  if (/^[’']?s?[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}/u.test(text.slice(end, end + 8))) return undefined;
  // Walk back over capitalised words joined by single spaces, and the small words that join them.
  const words: Array<{ start: number; word: string }> = [];
  let at = headStart;
  for (;;) {
    const before = text.slice(Math.max(0, at - 40), at);
    const gap = /[ \t]+$/.exec(before);
    if (!gap) break;
    const w = WORD.exec(before.slice(0, before.length - gap[0].length));
    if (!w) break;
    const start = at - gap[0].length - w[0].length;
    // "the ICB’s Integrated Care Strategy": a possessive names the owner, not part of the name.
    if (/[’']s?$/u.test(w[0])) break;
    if (/^\p{Lu}/u.test(w[0])) words.unshift({ start, word: w[0] });
    else if (JOINING.test(w[0]) && words.length) words.unshift({ start, word: w[0] });
    else break;
    at = start;
    if (words.length > 7) return undefined;
  }
  while (words.length && (JOINING.test(words[0]!.word) || OPENING.test(words[0]!.word))) words.shift();
  if (!words.length) return undefined;
  // Every word but the head is an everyday word with a capital: not initials ("ICB"), not a place or a person.
  for (const { word } of words) {
    if (JOINING.test(word)) continue;
    // "Scottish", "Welsh": a nation is a place, so the name is a national body's, which people can look up.
    if (NATION.test(word)) return undefined;
    if (!/\p{Ll}/u.test(word) || /\p{N}/u.test(word) || /.\p{Lu}/u.test(word.replace(/[-‐]\p{Lu}/gu, '-x'))) return undefined;
    if (!everydayWord(word.toLowerCase())) return undefined;
  }
  const start = words[0]!.start;
  const after = text.slice(end, end + 60);
  const explained = EXPLAINED_AFTER.some((re) => re.test(after)) || EXPLAINED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  return { start, explained };
}
