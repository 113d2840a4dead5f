import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId } from '../../src/engine';
import { decisionAlreadyMade } from '../../rules/decision-already-made';

const linter = new Linter([decisionAlreadyMade]);
const check = (text: string, profiles: ProfileId[] = ['consultation']) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles }).findings;

const BAD: Array<[string, string]> = [
  ['The new model of care has been approved by the governing body.', 'has been approved'],
  ['This document sets out the final plan for Elm Street Health Centre.', 'the final plan'],
  ['The changes to the minor injuries unit will go ahead in September.', 'will go ahead'],
  ['We have decided to close the Bridge Street day centre.', 'We have decided'],
  ['The business case was signed off in January.', 'was signed off'],
  ['The new charges will come into effect from 1 April 2027.', 'will come into effect from'],
  ['The decision has been taken to merge the two practices.', 'The decision has been taken'],
  ['Ward 7 will close on 31 March 2027.', 'will close'],
  ['The relocation of the birth centre is going ahead.', 'is going ahead'],
  ['Funding for the new hub has already been agreed.', 'has already been agreed'],
  ['Our final proposals are set out below.', 'Our final proposals'],
  ['NHS West Calder ICB has decided to close the clinic at Bridge Street.', 'has decided'],
  ['Routes 14, 15 and 27 will be withdrawn.', 'will be withdrawn'],
];

const GOOD = [
  'No decision has been made.',
  'A decision has not yet been made on the future of the unit.',
  'If the plan goes ahead, the clinic will close in 2028.',
  'The consultation will close on 5 May 2027.',
  'We have decided to extend the consultation by four weeks.',
  'The proposals have been approved for public consultation.',
  'The board will make the final decision in June, after reading every response.',
  'Any changes would come into effect from April 2028 at the earliest.',
  'The survey will close at midnight on 12 June.',
  'Subject to the outcome of this consultation, the new service will go ahead in 2028.',
  'We want to know what you think before anything is decided.',
  'We propose that routes 14 and 15 will be withdrawn.',
  'Nothing has been decided yet.',
];

describe('decision-already-made', () => {
  it.each(BAD)('flags “%s”', (text, flagged) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.text).toBe(flagged);
    expect(f.start).toBe(text.indexOf(flagged));
    expect(f.message).toMatch(/already been made/);
    expect(f.enablers).toEqual(['clear-and-realistic-influence']);
  });

  it.each(GOOD)('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('runs for consultations only', () => {
    expect(decisionAlreadyMade.meta.profiles).toEqual(['consultation']);
    expect(check('The business case was signed off in January.', ['report'])).toEqual([]);
  });
});
