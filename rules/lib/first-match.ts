/**
 * Searching text with a list of expressions (a group of named patterns from
 * rules/patterns/) the way one long alternation of them would.
 */

import { candidatesIn, listPrefilterFor } from './pattern-anchors';

/**
 * The earliest match of any of the expressions; where two start at the same
 * place, the one listed first wins, as in an alternation. Expressions with
 * the "g" or "y" flag are searched from the start.
 */
export function firstMatch(expressions: readonly RegExp[], text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  // Text without the words an expression needs cannot match it: one pre-test for the list says which to skip.
  const mayHold = candidatesIn(listPrefilterFor(expressions), text);
  for (let i = 0; i < expressions.length; i++) {
    if (mayHold[i] !== 1) continue;
    const re = expressions[i]!;
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/** Whether any of the expressions matches. */
export function anyMatch(expressions: readonly RegExp[], text: string): boolean {
  const mayHold = candidatesIn(listPrefilterFor(expressions), text);
  return expressions.some((re, i) => {
    re.lastIndex = 0;
    return mayHold[i] === 1 && re.test(text);
  });
}

/** firstMatch over named patterns (patternGroup), with the id of the pattern that matched, for the finding. */
export function firstNamedMatch(patterns: readonly { id: string; re: RegExp }[], text: string): { match: RegExpExecArray; id: string } | null {
  let best: { match: RegExpExecArray; id: string } | null = null;
  const mayHold = candidatesIn(namedList(patterns), text);
  for (let i = 0; i < patterns.length; i++) {
    if (mayHold[i] !== 1) continue;
    const { id, re } = patterns[i]!;
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (best === null || m.index < best.match.index)) best = { match: m, id };
  }
  return best;
}

const expressionsOf = new WeakMap<readonly { re: RegExp }[], RegExp[]>();

/** The expressions of a list of named patterns, as one list kept for its pre-test. */
function namedList(patterns: readonly { re: RegExp }[]) {
  let res = expressionsOf.get(patterns);
  if (!res || res.length !== patterns.length) expressionsOf.set(patterns, (res = patterns.map((p) => p.re)));
  return listPrefilterFor(res);
}
