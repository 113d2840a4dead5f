import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { hiddenDecider } from '../../rules/hidden-decider';
import { parsePlainText } from '../../src/sources/plain-text';
import { runRuleCases } from './rule-tester';

const linter = new Linter([hiddenDecider]);
const check = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

const BAD: Array<[string, string]> = [
  ['A decision will be made in the spring.', 'A decision will be made'],
  ['It has been decided that the ward will close.', 'It has been decided'],
  ['The plan will be agreed by March 2027.', 'The plan will be agreed'],
  ['The preferred option was chosen after a workshop with clinicians.', 'The preferred option was chosen'],
  ['The final business case has been signed off.', 'The final business case has been signed off'],
  ['It was agreed that the clinic would move to Kingsway.', 'It was agreed'],
  ['Decisions are taken once all the evidence has been reviewed.', 'Decisions are taken'],
  ['The budget for 2026/27 has been approved.', 'The budget for 2026/27 has been approved'],
  ['After the consultation closes, a final decision will be taken in the autumn.', 'a final decision will be taken'],
  ['The new opening hours will be signed off in June.', 'The new opening hours will be signed off'],
  ['Following the options appraisal, the site was selected.', 'the site was selected'],
  ['The recommendations will be ratified later this year.', 'The recommendations will be ratified'],
  ['It has been decided to cut the grass less often by half over two years.', 'It has been decided'],
  // milestone lines in a plan or table, with no verb but a participle
  ['Final design signed off', 'signed off'],
  ['Communications plan approved (March)', 'approved'],
  ['The vice-chair will be agreed at the first meeting.', 'The vice-chair will be agreed'],
  // choosing, whatever is chosen
  ['Two sites have been shortlisted for the new health hub.', 'Two sites have been shortlisted'],
  ['Your school has been selected for the pilot.', 'Your school has been selected'],
  ['The bus routes will be prioritised according to usage.', 'The bus routes will be prioritised'],
  // making the plan that carries the decisions
  ['After the meeting, a list of priorities will be drawn up.', 'a list of priorities will be drawn up'],
  ['The eligibility criteria have been set for next year.', 'The eligibility criteria have been set'],
  // the last item of a short list in a table cell
  ['Briefing for councillors, wording approved', 'approved'],
];

const GOOD = [
  'The ICB board will decide in March 2027.',
  'The plan will be agreed by the ICB board in March 2027.',
  'No decision has been made yet.',
  'The board has agreed the budget.',
  'A final decision will be made at the council’s cabinet meeting on 4 June.',
  'The new model has not been approved.',
  'The funding has been approved by NHS England.',
  'We will decide together with the people who use the service.',
  'The councillors on the health scrutiny committee will make the decision.',
  'You can tell us what you think until 5 May.',
  'How decisions are made',
  'Nothing has been decided yet.',
  'The decision will be made by the joint committee of the three councils.',
  // a named body or a way of deciding is a decider
  'Some of the savings were signed off at Full Council in February.',
  'The budget was approved at Cabinet on 12 March.',
  'The plan was agreed at its meeting in June.',
  'Decisions will be made by consensus.',
  'Recommendations will be agreed by a majority vote of members.',
  'The terms of reference were agreed unanimously.',
  'Plan approved by the Programme Board',
  'Consultation period',
  'Whichever option is chosen, the library will stay open.',
  'Twelve residents will be selected at random from the electoral roll.',
  'The new jurors will be chosen by lot.',
  'The shortlist will be drawn up by the steering group.',
  'Letters posted, posters up',
];

describe('hidden-decider', () => {
  runRuleCases(hiddenDecider, {
    bad: BAD,
    good: GOOD,
    profiles: ['general'],
    expectFinding: (f) => {
      expect(f.message).toMatch(/Who makes this decision\?$/);
      expect(f.suggestions[0]).toMatch(/^Say who will decide/);
      expect(f.barriers).toEqual(['lack-of-honesty-and-transparency', 'lack-of-clarity']);
    },
  });

  it('reads “by March” as a date, not a decider', () => {
    expect(check('The changes will be approved by 31 March.')).toHaveLength(1);
    expect(check('The changes will be approved by the cabinet.')).toHaveLength(0);
  });
});

describe('hidden-decider: milestones in a plan that names its deciders', () => {
  const lintDoc = (source: string) =>
    new Linter([hiddenDecider]).lint(parsePlainText(source).doc, { profiles: ['engagement-plan'] }).findings.map((f) => f.text);

  it('flags a bare milestone when nobody is named as deciding that kind of thing', () => {
    expect(lintDoc('Library review plan\n\nMilestones\n\nBusiness case approved\n\nMarch 2027')).toEqual(['approved']);
  });

  it('accepts a milestone when the document names who approves, agrees or signs off', () => {
    expect(lintDoc('Library review plan\n\nStatus: for approval by the Steering Group\n\nMilestones\n\nBusiness case approved\n\nMarch 2027')).toEqual([]);
    expect(lintDoc('Library review plan\n\nThe Programme Board will agree the opening hours.\n\nMilestones\n\nOpening hours agreed')).toEqual([]);
  });

  it('accepts a milestone when a named body makes the project’s decisions', () => {
    expect(lintDoc('Library review plan\n\nThe Project Board meets monthly and makes decisions on scope and timing.\n\nMilestones\n\nNew timetable signed off')).toEqual([]);
  });

  it('does not let a different kind of decision excuse the milestone', () => {
    expect(lintDoc('Library review plan\n\nThe Programme Board will agree the opening hours.\n\nMilestones\n\nBusiness case approved')).toEqual(['approved']);
  });

  it('still flags a full sentence that hides its decider, whatever the document says elsewhere', () => {
    expect(lintDoc('Library review plan\n\nThe Project Board makes decisions on scope.\n\nThe opening days will be agreed.')).toEqual(['The opening days will be agreed']);
  });
});
