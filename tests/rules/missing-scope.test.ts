import { describe, expect, it } from 'vitest';
import { missingScope } from '../../rules/missing-scope';
import { check } from './structure-helpers';

const rule = missingScope;

const BAD = [
  `Day services consultation

We are consulting on the future of day services in Wakefield. Please tell us what you think by 3 March 2027.

How to respond

Fill in the survey online or ask for a paper copy.`,
  `- Have your say on our new parking policy
- Survey closes 9 January 2027
- Call 0113 496 0000 for help`,
  `# Proposals for Elm Street clinic

## Background

The clinic building is old. We want to hear your views on moving services to the Riverside centre.

## Have your say

Complete the questionnaire by 12 June 2027.`,
  `Question\tAnswer\nWhat is changing?\tWe are consulting on new bus lanes\nHow do I respond?\tBy email or online`,
];

describe('missing-scope', () => {
  it('flags consultations that do not say what can change', () => {
    for (const text of BAD) {
      const r = check(rule, text);
      expect(r.profiles, text).toContain('consultation');
      expect(r.findings, text).toHaveLength(1);
      expect(r.findings[0]!.severity).toBe('warning');
      expect(r.findings[0]!.message).toMatch(/what people can change/);
      expect(r.findings[0]!.example).toMatch(/final decision/);
    }
  });

  it('anchors to the background or first heading', () => {
    const r = check(rule, BAD[2]!);
    expect(r.anchorText(r.findings[0]!)).toMatch(/Proposals for Elm Street clinic/);
  });

  const GOOD = [
    'What you can influence\n\nYou can help decide the opening days and the activities on offer.',
    'What we are not consulting on: the overall budget, which has been set by the council.',
    'The budget cannot be changed, but how it is spent can.',
    'The council’s cabinet will make the final decision in June 2027.',
    'Scope\n\nThis consultation covers opening hours only. It does not cover staffing.',
    'Who makes the final decision\n\nThe ICB board, at its meeting in public on 4 July.',
    'The assessment cannot decide which pharmacies open or close.',
    '- Your views can shape the new timetable.',
  ];
  for (const extra of GOOD) {
    it(`accepts: ${extra.split('\n')[0]}`, () => {
      expect(check(rule, `${BAD[0]}\n\n${extra}`).findings).toEqual([]);
    });
  }

  it('reads who decides said as a noun or in the passive, but not a date after "by"', () => {
    expect(check(rule, `${BAD[0]}\n\nYour answers will inform a decision by the cabinet member for adult care.`).findings).toEqual([]);
    expect(check(rule, `${BAD[0]}\n\nWe want your views before a decision is made by the health board.`).findings).toEqual([]);
    expect(check(rule, `${BAD[0]}\n\nWe hope to reach a decision by March.`).findings).toHaveLength(1);
  });

  it('does not take a money constraint alone as saying what can change', () => {
    expect(check(rule, `${BAD[0]}\n\nWe need to find savings of £14 million over three years.`).findings).toHaveLength(1);
  });

  it('only runs on consultations', () => {
    const plan = 'Engagement plan\n\nObjectives\n\nWe will involve carers in the design of the new service.\n\nMilestones\n\nMarch 2027.';
    expect(check(rule, plan).findings).toEqual([]);
    expect(check(rule, plan, ['consultation']).findings).toHaveLength(1);
  });

  it('does not take "this will not change" about part of the proposal as saying what people can influence', () => {
    expect(check(rule, `${BAD[0]}\n\nThe price of a weekly pass will not change.`).findings).toHaveLength(1);
    expect(check(rule, `${BAD[0]}\n\nThe opening hours won't change, because they are in the lease.`).findings).toHaveLength(1);
    expect(check(rule, `${BAD[0]}\n\nThis consultation will not change the national rules on eligibility.`).findings).toEqual([]);
    expect(check(rule, `${BAD[0]}\n\nThe overall budget cannot change.`).findings).toEqual([]);
  });
});
