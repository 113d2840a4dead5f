import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { runPatternExamples } from './rule-tester';

const linter = new Linter([jargon]);
const check = (text: string, kind: 'paragraph' | 'heading' = 'paragraph') =>
  linter.lint({ blocks: [{ id: 'b1', kind, text }], meta: {} }, { profiles: ['general'] }).findings;
const stacks = (text: string, kind: 'paragraph' | 'heading' = 'paragraph') => check(text, kind).filter((f) => /stacks abstract words/.test(f.message));

/** Through the whole rule: the stack pattern (rules/patterns/jargon.yaml) and the judging in rules/lib/noun-stacks.ts. */
const EXAMPLES = {
  match: [
    'We want to improve service quality across the borough.',
    'The report covers decision making and governance for the new hub.',
    'The board looks at governance and accountability every month.',
    'Staff will use the performance management framework.',
    'Savings will come from lower management overheads.',
    'The panel will look at long-term service planning.',
    'We will review our processes and systems this year.',
    'We will look at our systems and structures this year.',
    'Patients helped us plan service developments at the hospital.',
  ],
  noMatch: [
    'We will check the quality of the new leaflets with readers.',
    'Our engagement strategy was agreed last year.',
    'Many older people asked for a free delivery service.',
    'The Quality Assurance Team checks every complaint.',
    'Noise levels near the school were high.',
    'We will explain the planning rules at the drop-in.',
  ],
};

describe('noun stacks (through the whole rule)', () => {
  runPatternExamples(jargon, EXAMPLES, (f) => /stacks abstract words/.test(f.message));

  it('says which pattern found the stack', () => {
    expect(stacks('We want to improve service quality across the borough.')[0]!.patternId).toBe('jargon/noun-stacks/stack');
  });
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
