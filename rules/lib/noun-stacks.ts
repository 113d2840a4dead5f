/**
 * The noun-stack detector whose words live in rules/patterns/noun-stacks.ts.
 * This file is only the matching: runs of listed nouns in the lower-case
 * masked text, with their offsets in the block text.
 */
import { NOUN_STACKS as DATA } from '../patterns/noun-stacks';

export interface StackHit {
  start: number;
  end: number;
}

const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: readonly string[]) => [...words].sort(byLength).map((n) => n.replace(/[-\s]/g, '[-\\s]')).join('|');
const NOUN = `(?:${alternation(DATA.abstractNouns)})`;
const STACK = new RegExp(`\\b${NOUN}(?:\\s+(?:and\\s+)?${NOUN})+\\b`, 'g');
const VERY = new RegExp(`\\b(?:${alternation(DATA.veryAbstract)})\\b`);
const ENDS_VERY = new RegExp(`(?:${alternation(DATA.veryAbstract)})$`);
/** A sentence starts before this offset: start of text, or after . ! ? : or a bullet. */
const atSentenceStart = (text: string, at: number) => text.slice(0, at).trim() === '' || /[.!?:•*]\s*$/.test(text.slice(Math.max(0, at - 3), at));

/** Stacks of abstract nouns ("service quality", "oversight and assurance"). */
export function findNounStacks(text: string, masked: string): StackHit[] {
  const hits: StackHit[] = [];
  // Most blocks have no very abstract noun at all: one cheap test spares the stack search.
  if (!VERY.test(masked)) return hits;
  for (const m of masked.matchAll(STACK)) {
    const joined = /\sand\s/.test(m[0]);
    const nouns = m[0].split(/\s+and\s+|\s+/).length;
    if (!VERY.test(m[0]) || !(joined || nouns >= 3 || ENDS_VERY.test(m[0]))) continue;
    // Part of a capitalised name ("Quality Assurance Team") is a name, not a stack.
    if (/^\p{Lu}/u.test(text.slice(m.index, m.index + 1)) && !atSentenceStart(text, m.index)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
