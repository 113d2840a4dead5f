import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';
import { PEOPLE_PASSIVE } from '../../rules/patterns/people-passive';
import { lemmasOf } from '../../rules/lib/people-passive';
import { runPatternExamples } from './rule-tester';

const linter = new Linter([doingTo]);
const check = (text: string) => linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

describe('people as the subject of a passive or obligation (pattern data examples)', () => {
  runPatternExamples(doingTo, PEOPLE_PASSIVE.examples);
});

describe('structural doing-to findings', () => {
  it('flags the people and the verb, with a rewording for the same people', () => {
    const [f] = check('Residents will be charged for a second garden waste bin.');
    expect(f!.text).toBe('Residents will be charged');
    expect(f!.message).toMatch(/receiving end/);
    expect(f!.suggestions[0]).toBe('We will explain to residents what will happen and why, and agree with them how it will work for them.');
  });
  it('reads the reader as the people', () => {
    const [f] = check('You will be assessed at the new hub.');
    expect(f!.text).toBe('You will be assessed');
    expect(f!.suggestions[0]).toMatch(/^We will explain to you what will happen and why, and agree with you/);
  });
  it('reads obligations, but not asks to take part', () => {
    expect(check('Tenants are urged to clear their balconies before the work starts.').map((f) => f.text)).toEqual(['Tenants are urged to']);
    expect(check('Tenants are urged to take part in the survey.')).toEqual([]);
  });
  it('does not read a condition or a possibility as a plan', () => {
    expect(check('When patients are admitted, a nurse will explain the ward routine.')).toEqual([]);
    expect(check('Patients can be charged only for missed appointments after two reminders.')).toEqual([]);
  });
  it('keeps “kept informed” but not “kept updated”', () => {
    expect(check('Patients will be kept informed.')).toHaveLength(1);
    expect(check('Patients will be kept updated every month.')).toEqual([]);
  });
  it('turns participles back into lemmas', () => {
    expect(lemmasOf('assessed')).toContain('assess');
    expect(lemmasOf('charged')).toContain('charge');
    expect(lemmasOf('carried')).toContain('carry');
    expect(lemmasOf('referred')).toContain('refer');
    expect(lemmasOf('kept')).toEqual(['keep']);
  });
});
