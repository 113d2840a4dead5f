/**
 * Small helpers shared by the "doing to" and claim rules: word lists as
 * regular-expression sources, and ways to find the sentence around a match.
 * Everything works on `analysis.masked` (lower-case, same length as the
 * block text), so offsets found here are offsets in the block text.
 */
import type { BlockAnalysis, Sentence } from '../../src/engine';
import { anchorsFor, mayMatch } from './pattern-anchors';
import { anyMatch } from './first-match';
import { buildRegExp, DATA, regexpsOf, wordClassSource } from './slot-pattern';

/**
 * Groups of people a public body writes about ({PEOPLE} in
 * rules/patterns/vocabulary.yaml), one regular-expression source per word,
 * its groups non-capturing so callers' group numbers stay put.
 */
export const PEOPLE_NOUNS: string[] = DATA.vocabulary.PEOPLE!.words.map((w) => w.replace(/\((?!\?)/g, '(?:'));

/** A people group, optionally with a few words in front: "all affected residents", "our patients". */
export const PEOPLE_GROUP = wordClassSource('PEOPLE_GROUP');

/** The organisation speaking: "we", "the council", "the ICB", "our team". */
export const ORG_SUBJECT = wordClassSource('ORG');

/**
 * An e-mail address in the original text. A page read before its script runs
 * shows an address hidden from spam robots as "[email protected]": an address
 * all the same. Shared by every rule that looks for a way to write to someone.
 */
export const EMAIL_ADDRESS = String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[email\s?protected\]`;

/** Future or intention: "will", "'ll", "are going to", "plan to". */
export const WILL = wordClassSource('WILL');

/** Month and season words, so "agreed by March" is not read as naming a decider. */
export const DATE_WORD = wordClassSource('DATE_WORD');

/** A test that passes when any pattern of a data group matches: the group read as one "any of these". */
export function anyPattern(file: string, group: string): { test: (text: string) => boolean } {
  const res = regexpsOf(file, group);
  return { test: (text) => anyMatch(res, text) };
}

/** The sentence that contains `offset`, or undefined. */
export function sentenceAt(analysis: BlockAnalysis, offset: number): Sentence | undefined {
  for (const s of analysis.sentences) if (offset >= s.start && offset < s.end) return s;
  return undefined;
}

/** The masked text of a sentence. */
export function maskedSentence(analysis: BlockAnalysis, s: Sentence): string {
  return analysis.masked.slice(s.start, s.end);
}

/** No matches, shared: iterating it allocates nothing (an empty array would make an iterator each time). */
const NO_MATCHES: Iterable<RegExpExecArray> = (() => {
  const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
  const iterator: Iterator<RegExpExecArray> = { next: () => done };
  return { [Symbol.iterator]: () => iterator };
})();

/** All matches of a global regular expression, with their offsets. */
export function matchesOf(re: RegExp, text: string): Iterable<RegExpExecArray> {
  // Text without any of the words every match needs cannot match: skip it without running the expression,
  // and without making a generator (most calls end here: a check makes tens of thousands of them).
  if (!mayMatch(anchorsFor(re), text)) return NO_MATCHES;
  return everyMatch(re, text);
}

function* everyMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** Offset of capture group `n` inside a match made with the `d` flag, or the match start. */
export function groupStart(m: RegExpExecArray, n: number): number {
  return m.indices?.[n]?.[0] ?? m.index;
}

export function groupEnd(m: RegExpExecArray, n: number): number {
  return m.indices?.[n]?.[1] ?? m.index + m[0].length;
}

/**
 * Words in the sentence before the match that turn it round: "we cannot
 * guarantee", "no decision has been made", "if the plan goes ahead".
 */
const NEGATED_BEFORE =
  /\b(?:not|no|nothing|none|never|cannot|can't|can’t|won't|won’t|unable|nor|neither|isn't|isn’t|hasn't|hasn’t|haven't|haven’t|wasn't|wasn’t|aren't|aren’t|don't|don’t|doesn't|doesn’t|without)\b/;

/** True when a negation comes within `window` characters before `at` in the same sentence. */
export function negatedBefore(masked: string, sentenceStart: number, at: number, window = 40): boolean {
  const from = Math.max(sentenceStart, at - window);
  return NEGATED_BEFORE.test(masked.slice(from, at));
}

/** The original text of a range, with runs of white space made single. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "A", "A and B", "A, B and C". */
export function listAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

const TRAILING_ADVERBIAL = buildRegExp(
  `\\s+(?:by (?:letter|e-?mail|post|phone|telephone|text(?: message)?)|(?:in|from|on|by|before|after|during|at|until) (?:the )?${DATE_WORD}[\\w\\s,]*|this year|next year|shortly|soon|in due course|as soon as possible|in person|instead)$`,
  'i',
);

/**
 * The rest of a clause after `at`: up to the sentence end, a semicolon, a
 * dash or " and/but/so " starting a new clause. Used to build rewordings.
 */
export function clauseAfter(text: string, at: number, end: number): string {
  const rest = text.slice(at, end);
  const cut = rest.search(/[;:–—(]|\.\s|\.$|,\s+(?:and|but|so|which|who|as|because|while)\b|\s+(?:but|so that|because|while)\s/);
  let clause = tidy((cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.!?,]+$/, ''));
  // Drop trailing "by letter", "in March", "from April 2027": a rewording does not need them.
  for (let i = 0; i < 3; i++) {
    const trimmed = clause.replace(TRAILING_ADVERBIAL, '');
    if (trimmed === clause) break;
    clause = trimmed;
  }
  return clause;
}

/**
 * Bodies that make decisions in public bodies: "Cabinet", "Full Council",
 * "the ICB board", "system partners", "the Primary Care Commissioning
 * Committee". Up to three words may come in front ("the council's cabinet").
 */
export const DECIDING_BODY_WORD = wordClassSource('DECIDING_BODY_WORD');
export const DECIDING_BODY = wordClassSource('DECIDING_BODY');

/** Ways of deciding that say how, and so who: "by consensus", "by a vote of members", "unanimously". */
export const DECISION_PROCESS = wordClassSource('DECISION_PROCESS');
