import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { NOUN_STACKS } from '../../rules/patterns/noun-stacks';
import { runPatternExamples } from './rule-tester';

const linter = new Linter([jargon]);
const check = (text: string, kind: 'paragraph' | 'heading' = 'paragraph') =>
  linter.lint({ blocks: [{ id: 'b1', kind, text }], meta: {} }, { profiles: ['general'] }).findings;
const stacks = (text: string, kind: 'paragraph' | 'heading' = 'paragraph') => check(text, kind).filter((f) => /stacks abstract words/.test(f.message));

describe('noun stacks (pattern data examples)', () => {
  runPatternExamples(jargon, NOUN_STACKS.examples, (f) => /stacks abstract words/.test(f.message));
});

describe('noun stack findings', () => {
  it('flags the stack as a suggestion and asks for a verb', () => {
    const [f] = stacks('We want to improve service quality across the borough.');
    expect(f!.text).toBe('service quality');
    expect(f!.severity).toBe('suggestion');
    expect(f!.message).toMatch(/using a verb/);
  });
  it('says nothing in headings', () => {
    expect(stacks('Service quality and governance', 'heading')).toEqual([]);
  });
  it('gives way to a listed term on the same words', () => {
    expect(stacks('We will improve service delivery in the north of the county.')).toEqual([]);
  });
});
