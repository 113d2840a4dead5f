/**
 * Searching text with a list of expressions (a group of named patterns from
 * rules/patterns/) the way one long alternation of them would.
 */

import { anchorsFor, mayMatch } from './pattern-anchors';

/**
 * The earliest match of any of the expressions; where two start at the same
 * place, the one listed first wins, as in an alternation. Expressions with
 * the "g" or "y" flag are searched from the start.
 */
export function firstMatch(expressions: readonly RegExp[], text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of expressions) {
    // Text without the words an expression needs cannot match it: skip the search.
    re.lastIndex = 0;
    if (!mayMatch(anchorsFor(re), text)) continue;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/** Whether any of the expressions matches. */
export function anyMatch(expressions: readonly RegExp[], text: string): boolean {
  return expressions.some((re) => {
    re.lastIndex = 0;
    return mayMatch(anchorsFor(re), text) && re.test(text);
  });
}

/** firstMatch over named patterns (patternGroup), with the id of the pattern that matched, for the finding. */
export function firstNamedMatch(patterns: readonly { id: string; re: RegExp }[], text: string): { match: RegExpExecArray; id: string } | null {
  let best: { match: RegExpExecArray; id: string } | null = null;
  for (const { id, re } of patterns) {
    re.lastIndex = 0;
    if (!mayMatch(anchorsFor(re), text)) continue;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (best === null || m.index < best.match.index)) best = { match: m, id };
  }
  return best;
}
