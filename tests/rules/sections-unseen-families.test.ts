/**
 * Section checks on pages nobody had tuned for (issue 9, real set h): what
 * happens to views said in a thin general form, and vague timing, must get the
 * softer finding that quotes what is there, never "does not say". Our own words.
 */
import { describe, expect, it } from 'vitest';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingTimeline } from '../../rules/missing-timeline';
import { check } from './structure-helpers';

describe('missing-feedback-use: thin general forms on published pages', () => {
  const consultation = 'We are consulting on a new plan for the village.';
  it.each([
    ['the verb before its object', 'We will take into account your comments about the bus stops.', /take into account your comments/],
    ['whatever people give helps the organisation', 'Your ratings will help us check the draft before it goes to the inspector.', /help us check the draft/],
    ['why views are asked for', 'It is vital that we understand what closing the branch would mean for families.', /vital that we understand/],
    ['plans that reflect needs', 'We want our services to reflect the needs of people in the outlying villages.', /reflect the needs/],
    ['a promise to show how taking part counted', 'We will tell every group how their involvement has shaped the final plan.', /how their involvement has shaped/],
    ['asking again on a revised draft', 'We now want to try the new draft out with more families.', /try the new draft out with more families/],
  ])('%s is thin, not missing', (_, sentence, quote) => {
    const f = check(missingFeedbackUse, `${consultation} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(quote);
  });

  it.each([
    ['a group that discusses what it hears with the organisation', 'The group will discuss any concerns raised with the practice manager.', /discuss any concerns raised with/],
    ['a group that is a sounding board', 'The group is a sounding board for ideas from patients.', /sounding board for ideas/],
    ['a panel that makes recommendations', 'The panel will look at the repairs service and make recommendations.', /make recommendations/],
  ])('in a group’s terms of reference, %s is thin, not missing', (_, sentence, quote) => {
    const f = check(missingFeedbackUse, `Terms of reference\n\nThe group helps the surgery. ${sentence}`, ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(quote);
  });

  it('still says the part is missing when nothing of the kind is there', () => {
    const f = check(missingFeedbackUse, `${consultation} Fill in the form at the shop. The shop shuts at six.`).findings;
    expect(f[0]!.message).toMatch(/does not say/);
  });
});

describe('missing-timeline: vague spans and cycles are thin, not absent', () => {
  it.each([
    ['a span from now', 'We are consulting on a new plan for the village. The vote should happen in a few months’ time.', 'in a few months’ time'],
  ])('%s', (_, text, quote) => {
    const f = check(missingTimeline, text).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
    expect(f[0]!.message).toContain(quote);
  });

  it('a group that meets on a cycle', () => {
    const f = check(missingTimeline, 'Terms of reference\n\nThe group helps the surgery. It meets bimonthly.', ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
  });
});

describe('missing-feedback-use: views passed on or heard, with nothing on what follows', () => {
  it.each([
    ['findings fed back', 'The group feeds what it hears back to the hospital.', /feeds what it hears back to the hospital/],
    ['everything taken into account', 'We can take all that we hear into account when we decide.', /take all that we hear into account/],
    ['views put to a panel', 'People can put their views to a panel of doctors at the hearing.', /put their views to a panel/],
  ])('%s is thin, not missing', (_, sentence, quote) => {
    const f = check(missingFeedbackUse, `We are consulting on moving the clinic. ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(quote);
  });
});

describe('missing-feedback-use: a general truth about views shaping services', () => {
  it('is thin, not missing', () => {
    const f = check(missingFeedbackUse, 'We are consulting on the new clinic. Our job is to make sure patients’ views shape the services they use.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toMatch(/views shape the services/);
  });
});
