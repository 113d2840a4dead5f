import { describe, expect, it } from 'vitest';
import { firstMatch, firstNamedMatch } from '../../../rules/lib/first-match';

describe('firstNamedMatch', () => {
  const patterns = [
    { id: 'a', re: /\bred box\b/g },
    { id: 'b', re: /\bred\b/ },
    { id: 'c', re: /\bblue\b/ },
  ];

  it('finds what one alternation would (the earliest match, the first listed on a tie), with the pattern’s id', () => {
    const text = 'the blue form and the red box';
    const found = firstNamedMatch(patterns, text);
    expect([found!.id, found!.match.index, found!.match[0]]).toEqual(['c', 4, 'blue']);
    const tie = firstNamedMatch(patterns, 'a red box');
    expect([tie!.id, tie!.match[0]]).toEqual(['a', 'red box']);
    expect(tie!.match.index).toBe(firstMatch(patterns.map((p) => p.re), 'a red box')!.index);
  });

  it('gives null when nothing matches, and leaves global expressions ready to search again', () => {
    expect(firstNamedMatch(patterns, 'nothing here')).toBeNull();
    firstNamedMatch(patterns, 'a red box');
    expect(patterns[0]!.re.lastIndex).toBe(0);
  });
});
