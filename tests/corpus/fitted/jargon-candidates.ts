/**
 * Candidates for the fitted jargon scorer (tests/corpus/fitted/jargon-scorer.ts): every
 * word of five or more letters in a block that no other jargon check already
 * covers, with GENERAL features of its shape and place. No feature names a
 * word: the weights (tests/corpus/fitted/jargon-scorer-weights.json) are fitted on labelled
 * pages by tests/corpus/fitted/fit-jargon-scorer.ts and must reach pages nobody has
 * read, so they can only learn what kind of word and place jargon tends to be.
 */
import { everydayParts, wordBand } from './word-bands';

export interface Candidate {
  start: number;
  end: number;
  /** Lower-case word: one finding per word per block. */
  lower: string;
  features: number[];
}

/** The features, in the order of Candidate.features and of the weights file. */
export const FEATURES = [
  'band 1 (3k-10k)',
  'band 2 (10k-25k)',
  'rare (beyond 25k)',
  'letters over 6 (per 4)',
  'syllables over 2',
  'ends -tion/-sion',
  'ends -ment',
  'ends -ity',
  'ends -ance/-ence/-ancy/-ency',
  'ends -ise/-ize/-isation',
  'ends -al/-ial',
  'ends -ive',
  'ends -ary/-ory',
  'ends -ing',
  'ends -ed',
  'ends -ly',
  'plural -s',
  'hyphenated',
  'Latin prefix',
  'capital mid-sentence',
  'capital at sentence start',
  'in a run of capitalised words',
  'capitalised run of 3+',
  'acronym in the run',
  'previous word rare (band 2+)',
  'next word rare (band 2+)',
  'in a run of 3+ long words',
  'explained nearby',
  'repeated in the block',
  'in a list item or table cell',
  'after the/a/our',
  'after to',
  'in quotes',
  'before of',
  'another jargon finding in the block',
  'next to another jargon finding',
  'block of 40+ words',
  'capitalised and rare (a name)',
  'made of everyday parts',
  'less common and abstract ending',
  'formal adjective before a word',
] as const;

/** Long words that are grammar, not content ("because", "through"). */
const FUNCTION_WORDS = new Set(
  'about above across after again against along already also although among another around because before behind being below beneath besides between beyond could during either enough every everyone everything further however might neither never other others otherwise perhaps please rather should since still their theirs there these thing things those though through throughout under unless until upon whatever when whenever where whereas wherever whether which while whilst within without would yours yourself ourselves themselves'.split(
    ' ',
  ),
);
const WORD = /\p{L}[\p{L}'’\-‐]*\p{L}/gu;
const LINKING = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);
const SENTENCE_START = /(?:^|[.!?:;•*\n])[\s"'“‘(\-–]*$/u;
const EXPLAINED_AFTER = /^[’']?s?(?:\s*\(|\s*[:–—]\s|,?\s+(?:which|that|this)\s+(?:means|is|are)\b|\s+(?:means|refers to|is a|is an|is the|are people|are the)\b)/iu;
const EXPLAINED_BEFORE = /\b(?:known as|called|referred to as|we call|the term|the word|meaning of|means)\s+(?:the\s+|a\s+|an\s+)?[‘'"“]?$/i;
const LATIN_PREFIX = /^(?:co|pre|multi|cross|inter|intra|sub|post|trans|tele|re|non|de)-|^(?:inter|trans|multi|sub)[a-z]{4}/;

/** Rough syllable count: groups of vowels, less a silent final e. */
export function syllables(lower: string): number {
  const groups = lower.replace(/[^a-z]/g, '').match(/[aeiouy]+/g)?.length ?? 1;
  return Math.max(1, groups - (/[^aeiouyl]e$/.test(lower) ? 1 : 0));
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/‐/g, '-').replace(/['’]s$/, '') }));
}

/** Part of a web or e-mail address: the run of text without spaces around it has a slash, an @ or a dot before letters. */
function inAddress(text: string, t: Token): boolean {
  let from = t.start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = t.end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  return /[/@]|\.\p{L}/u.test(text.slice(from, to));
}

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const acronym = (t: Token) => /^\p{Lu}{2,}s?$/u.test(t.text);
const onlySpace = (text: string, from: number, to: number) => /^[ \t]+$/.test(text.slice(from, to));

/** For each token, the length of the capitalised run (names like "Long Term Plan") it sits in, and whether the run holds an acronym. */
function capitalRuns(text: string, tokens: Token[]): Array<{ length: number; acronym: boolean }> {
  const out = tokens.map(() => ({ length: 0, acronym: false }));
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let caps = 1;
    // Extend over capitalised words and single linking words between them ("Board of Governors").
    while (j + 1 < tokens.length && onlySpace(text, tokens[j]!.end, tokens[j + 1]!.start)) {
      const next = tokens[j + 1]!;
      if (capitalised(next)) {
        j++;
        caps++;
        continue;
      }
      const after = tokens[j + 2];
      if (LINKING.has(next.lower) && after && capitalised(after) && onlySpace(text, next.end, after.start)) {
        j += 2;
        caps++;
        continue;
      }
      break;
    }
    const hasAcronym = tokens.slice(i, j + 1).some(acronym);
    for (let k = i; k <= j; k++) out[k] = { length: caps, acronym: hasAcronym };
    i = j + 1;
  }
  return out;
}

const ENDINGS: RegExp[] = [/[ts]ions?$/, /ments?$/, /it(?:y|ies)$/, /(?:ance|ence|ancy|ency|ances|ences)$/, /(?:i[sz]e[sd]?|i[sz]ing|i[sz]ations?)$/, /(?:al|ial)$/, /ives?$/, /(?:ary|ory|aries|ories)$/, /ing$/, /ed$/, /ly$/];

/** Endings of abstract nouns and formal adjectives and verbs. */
const ABSTRACT = /(?:[ts]ions?|ments?|it(?:y|ies)|ances?|ences?|ancy|ency|i[sz](?:e|es|ed|ing|ations?)|al|ive|ary|ory)$/;

/**
 * Every candidate word of a block with its features. `covered`: the ranges the
 * other jargon checks flagged in the block (their words are theirs, and jargon
 * comes in clusters); `otherCheck(lower)`: the word is of a shape another check
 * judges (the unfamiliar-word check's).
 */
export function jargonCandidates(text: string, kind: string, covered: ReadonlyArray<{ start: number; end: number }>, otherCheck: (lower: string) => boolean): Candidate[] {
  // Headings name a section or a project: like the unfamiliar-word check, the scorer leaves them alone.
  if (kind === 'heading') return [];
  const tokens = tokensOf(text);
  if (!tokens.length) return [];
  const longBlock = tokens.length >= 40 ? 1 : 0;
  const runs = capitalRuns(text, tokens);
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  const long = tokens.map((t) => t.lower.length >= 5 && !FUNCTION_WORDS.has(t.lower));
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const letters = t.lower.replace(/-/g, '');
    if (letters.length < 5 || !/^[a-z-]+$/.test(t.lower) || FUNCTION_WORDS.has(t.lower)) return;
    // Initials are the acronym rule's; a capital inside ("eConsult") marks a product name.
    if (acronym(t) || /.\p{Lu}/u.test(t.text.replace(/[-‐]\p{Lu}/gu, '-x'))) return;
    if (inAddress(text, t) || otherCheck(t.lower) || covered.some((r) => r.start < t.end && t.start < r.end)) return;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const after = text.slice(t.end, t.end + 40);
    const band = Math.max(...t.lower.split('-').filter((p) => p.length >= 5).map(wordBand), letters.length >= 5 && t.lower.includes('-') ? wordBand(letters) : 0);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && onlySpace(text, a.end, b.start);
    const neighbourRare = (n: Token | undefined) => n !== undefined && (adjacent(n, t) || adjacent(t, n)) && !acronym(n) && wordBand(n.lower.replace(/-/g, '')) >= 2;
    let stack = 1;
    for (let k = i - 1; k >= 0 && long[k] && adjacent(tokens[k], tokens[k + 1]); k--) stack++;
    for (let k = i + 1; k < tokens.length && long[k] && adjacent(tokens[k - 1], tokens[k]); k++) stack++;
    const atStart = SENTENCE_START.test(before);
    const cap = capitalised(t);
    const run = runs[i]!;
    const f = [
      band === 1 ? 1 : 0,
      band === 2 ? 1 : 0,
      band === 3 ? 1 : 0,
      Math.max(0, letters.length - 6) / 4,
      Math.max(0, syllables(letters) - 2),
      ...ENDINGS.map((e) => (e.test(t.lower) ? 1 : 0)),
      /[^s]s$/.test(t.lower) ? 1 : 0,
      t.lower.includes('-') ? 1 : 0,
      LATIN_PREFIX.test(t.lower) ? 1 : 0,
      cap && !atStart ? 1 : 0,
      cap && atStart ? 1 : 0,
      run.length >= 2 ? 1 : 0,
      run.length >= 3 ? 1 : 0,
      run.acronym ? 1 : 0,
      neighbourRare(prev) ? 1 : 0,
      neighbourRare(next) ? 1 : 0,
      stack >= 3 ? 1 : 0,
      EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before) ? 1 : 0,
      (counts.get(t.lower) ?? 0) > 1 ? 1 : 0,
      kind === 'list-item' || kind === 'table-cell' ? 1 : 0,
      /\b(?:the|a|an|our|your|its|their|this|these)\s+$/i.test(before) ? 1 : 0,
      /\bto\s+$/i.test(before) ? 1 : 0,
      /[‘“"']$/.test(before) ? 1 : 0,
      /^\s+of\b/i.test(after) ? 1 : 0,
      covered.length ? 1 : 0,
      covered.some((r) => (r.end <= t.start && /^[\s-]{0,2}$/.test(text.slice(r.end, t.start))) || (r.start >= t.end && /^[\s-]{0,2}$/.test(text.slice(t.end, r.start)))) ? 1 : 0,
      longBlock,
      cap && band === 3 ? 1 : 0,
      band >= 2 && everydayParts(t.lower) ? 1 : 0,
      band >= 1 && ABSTRACT.test(t.lower) ? 1 : 0,
      /(?:al|ive|ary|ory)$/.test(t.lower) && next !== undefined && adjacent(t, next) && /^\p{Ll}{4,}/u.test(next.text) ? 1 : 0,
    ];
    out.push({ start: t.start, end: t.end, lower: t.lower, features: f });
  });
  return out;
}
