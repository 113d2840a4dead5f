import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId } from '../../src/engine';
import { decisionAlreadyMade } from '../../rules/decision-already-made';
import { runRuleCases } from './rule-tester';

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
  runRuleCases(decisionAlreadyMade, {
    bad: BAD,
    good: GOOD,
    profiles: ['consultation'],
    expectFinding: (f) => {
      expect(f.message).toMatch(/already been made/);
      expect(f.enablers).toEqual(['clear-and-realistic-influence']);
    },
  });

  it('runs for consultations only', () => {
    expect(decisionAlreadyMade.meta.profiles).toEqual(['consultation']);
    expect(check('The business case was signed off in January.', ['report'])).toEqual([]);
  });
});

describe('decision-already-made: active voice and settled changes', () => {
  const ACTIVE: Array<[string, string]> = [
    ['Cabinet approved the new model of care in January.', 'Cabinet approved'],
    ['The two practices have agreed to merge from the spring.', 'have agreed to merge'],
    ['Local partners have agreed a single site for the new hub.', 'Local partners have agreed'],
    ['The governing body decided to reduce the number of beds.', 'The governing body decided to reduce'],
    ['Three branch surgeries will transfer to the main site from 1 September 2027.', 'will transfer'],
    ['Under the new model the service will operate from two sites.', 'Under the new model the service will operate'],
  ];
  it.each(ACTIVE)('flags “%s”', (text, flagged) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe(flagged);
  });

  it.each([
    'Cabinet agreed to consult on the proposals.',
    'The board approved this consultation document in May.',
    'Many people have agreed that the centre needs more space.',
    'If approved, the clinic will transfer to the main site from 1 September 2027.',
    'We propose that the team will move to Castle Street from April.',
    // honest scope: the sentence says the decision is outside the consultation
    'The new car park was approved by Cabinet in 2025 and is not part of this consultation.',
    'Ward 4 will close on 1 June for repairs. This is not part of the consultation.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('leaves decisions under a “what has already been decided” heading alone', () => {
    const doc = {
      blocks: [
        { id: 'h1', kind: 'heading' as const, level: 2, text: 'What has already been decided' },
        { id: 'p1', kind: 'paragraph' as const, text: 'The council has agreed to build the new library on the Market Street site.' },
        { id: 'h2', kind: 'heading' as const, level: 2, text: 'What you can influence' },
        { id: 'p2', kind: 'paragraph' as const, text: 'The trust has agreed to close the old building in 2028.' },
      ],
      meta: {},
    };
    const findings = linter.lint(doc, { profiles: ['consultation'] }).findings;
    expect(findings.map((f) => f.blockId)).toEqual(['p2']);
  });
});

describe('decision-already-made: process, not outcome', () => {
  it.each([
    'The board agreed to review the service in 2026.',
    'The consultation will move online from 5 May.',
    'We will move to the next stage in June.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('decision-already-made: adverbs, go-live dates and decisions still to be reported', () => {
  it.each([
    ['The trustees have regretfully decided that the museum will shut its doors.', 'have regretfully decided'],
    ['The board has unexpectedly approved the sale of the site.', 'The board has unexpectedly approved'],
    ['We will train staff ahead of go-live in October.', 'ahead of go-live'],
    ['The new booking system will go live on 3 March 2027.', 'will go live'],
  ])('flags “%s”', (text, flagged) => {
    const findings = check(text);
    expect(findings.map((f) => f.text)).toContain(flagged);
  });

  it.each([
    'We will write to you in the autumn to explain what we have decided and why.',
    'The board will read the final decision-making business case in July.',
    'If the proposal is agreed, the new service would go live in 2028.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});
