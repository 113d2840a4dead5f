/**
 * The noun-stack detector: a stack pattern and its noun classes live in
 * rules/patterns/jargon.yaml and vocabulary.yaml. This file is only the
 * judging: which stacks are abstract enough to flag, with their offsets in
 * the block text and the id of the pattern that found them.
 */
import { patternGroup, wordClassSource } from './slot-pattern';
import { anchorsFor, mayMatch } from './pattern-anchors';

export interface StackHit {
  start: number;
  end: number;
  patternId: string;
}

const VERY_WORDS = wordClassSource('VERY_ABSTRACT_NOUN');
const VERY = new RegExp(`\\b${VERY_WORDS}\\b`);
const ENDS_VERY = new RegExp(`${VERY_WORDS}$`);
const END_WORDS = wordClassSource('STACK_END_NOUN');
/** "service issues", "quality standards": an abstract noun closed by a plural noun of reporting or standards. */
const ENDS_STACK_END = new RegExp(`\\b${END_WORDS}$`);
const STACK_END = new RegExp(`\\b${END_WORDS}\\b`);
/** A sentence starts before this offset: start of text, or after . ! ? : or a bullet. */
const atSentenceStart = (text: string, at: number) => text.slice(0, at).trim() === '' || /[.!?:•*]\s*$/.test(text.slice(Math.max(0, at - 3), at));

/** Stacks of abstract nouns ("service quality", "oversight and assurance"). */
export function findNounStacks(text: string, masked: string): StackHit[] {
  const hits: StackHit[] = [];
  // Most blocks have no very abstract noun at all: one cheap test spares the stack search.
  if (!VERY.test(masked) && !STACK_END.test(masked)) return hits;
  for (const { id, re } of patternGroup('jargon', 'noun-stacks', 'g')) {
    if (!mayMatch(anchorsFor(re), masked)) continue;
    for (const m of masked.matchAll(re)) {
      const joined = /\sand\s/.test(m[0]);
      const nouns = m[0].split(/\s+and\s+|\s+/).length;
      const closed = ENDS_STACK_END.test(m[0]);
      if (!closed && (!VERY.test(m[0]) || !(joined || nouns >= 3 || ENDS_VERY.test(m[0])))) continue;
      // The longer stack pattern may already hold these words ("service quality standards").
      if (hits.some((h) => m.index < h.end && h.start < m.index + m[0].length)) continue;
      // Part of a capitalised name ("Quality Assurance Team") is a name, not a stack.
      if (/^\p{Lu}/u.test(text.slice(m.index, m.index + 1)) && !atSentenceStart(text, m.index)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, patternId: id });
    }
  }
  return hits;
}
