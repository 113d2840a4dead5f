/**
 * Jargon families found on real published pages (issue 9), in sentences written
 * for this file: "deliver" with nothing delivered.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';

const linter = new Linter([jargon]);
const flagged = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => f.text);

describe('jargon: "deliver" with nothing delivered', () => {
  it.each([
    ['Tell us how our future priorities are delivered.', 'priorities are delivered'],
    ['The review makes sure the right resources are delivered at the right time.', 'resources are delivered'],
    ['The service needs more staff to deliver on their priorities.', 'deliver on their'],
    ['We need a clear plan on how we will deliver.', 'will deliver'],
  ])('flags “%s”', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each([
    'We want to hear how library services are delivered.',
    'Leaflets are delivered to every home.',
    'We will deliver leaflets to every home.',
    'Post is delivered on Mondays.',
  ])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('names the data pattern that made the finding', () => {
    const f = linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Good systems support us to deliver.' }], meta: {} }, { profiles: ['general'] }).findings;
    expect(f.map((x) => x.patternId)).toEqual(['jargon/empty-delivery/deliver-with-nothing-delivered']);
  });
});
