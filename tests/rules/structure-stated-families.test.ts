/**
 * Families of wording that DO say what a structure rule looks for, and near
 * misses that do not. Written for the precision fixes after held-out set 4.
 */
import { describe, expect, it } from 'vitest';
import { missingScope } from '../../rules/missing-scope';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingUpdates } from '../../rules/missing-updates';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { check } from './structure-helpers';

const C = ['consultation'] as const;
const P = ['engagement-plan'] as const;
const n = (rule: Parameters<typeof check>[0], text: string, profiles: readonly string[]) =>
  check(rule, text, [...profiles] as never).findings.length;

describe('missing-scope: scope stated in other words', () => {
  const base = 'Library opening hours – consultation\n\nPlease fill in the online survey by 30 April 2027.\n\n';
  it('accepts what is decided plus a list of the specific things people are asked about', () => {
    expect(n(missingScope, base + 'The cabinet has approved closing the mobile library. We want your views on how the change happens, including the new stops, the times of visits and help for housebound readers.', C)).toBe(0);
    expect(n(missingScope, base + 'The board has agreed to move the clinic. We are seeking views regarding the details, including parking and opening days.', C)).toBe(0);
  });
  it('accepts a "what will not change" section', () => {
    expect(n(missingScope, base + 'What will not change\n\nBoth branches stay open and the staff stay the same.', C)).toBe(0);
  });
  it('accepts the decider named as the body that receives the views or that the views help', () => {
    expect(n(missingScope, base + 'The answers will be presented to the Fire Authority in March, when a final decision will be made.', C)).toBe(0);
    expect(n(missingScope, base + 'Your answers will help the Commissioner reach a decision on the budget.', C)).toBe(0);
  });
  it('accepts a draft that will be amended in response, or a plan that goes to a referendum', () => {
    expect(n(missingScope, base + 'The draft will be amended where appropriate and then put to a local referendum.', C)).toBe(0);
  });
  it('still flags a vague ask after a decision, a list without a decision, or a decision without an ask', () => {
    expect(n(missingScope, base + 'The trust board has approved the new hubs. We would like your views on how the hubs should work.', C)).toBe(1);
    expect(n(missingScope, base + 'We want your views on the plans, including the new stops and the times of visits.', C)).toBe(1);
    expect(n(missingScope, base + 'The cabinet has approved closing the mobile library.', C)).toBe(1);
    expect(n(missingScope, base + 'The cabinet has agreed to consult on closing the mobile library. Tell us what you think.', C)).toBe(1);
  });
});

describe('missing-feedback-use: what happens to views, in other words', () => {
  const base = 'Bus changes – consultation\n\nFill in the survey by 30 April 2027.\n\n';
  it('accepts a named body publishing a report', () => {
    expect(n(missingFeedbackUse, base + 'The Combined Authority will publish a consultation report in autumn 2027.', C)).toBe(0);
  });
  it("accepts contractions: we'll write to everyone", () => {
    expect(n(missingFeedbackUse, base + "We'll write to everyone on the estate in July to tell you what people said.", C)).toBe(0);
  });
  it('accepts a project publishing what people said, and a body that will respond in public to every recommendation', () => {
    expect(n(missingFeedbackUse, base + 'Every project will publish what people said and what changed.', C)).toBe(0);
    expect(n(missingFeedbackUse, base + 'The cabinet has agreed to respond in public to every recommendation.', C)).toBe(0);
  });
  it('still flags a vague promise', () => {
    expect(n(missingFeedbackUse, base + 'All comments will be considered in due course.', C)).toBe(1);
    expect(n(missingFeedbackUse, base + 'The council will publish its new budget in March.', C)).toBe(1);
  });
});

describe('missing-updates: updates and process review in other words', () => {
  it('accepts people who will get an update, and a dated review of the terms of reference', () => {
    const text = 'Terms of reference: carers panel\n\nPanel members will get a written update after every board meeting. There will be a review of these terms of reference in May 2027 with the panel.';
    expect(n(missingUpdates, text, P)).toBe(0);
  });
  it('still flags a plan with neither', () => {
    expect(n(missingUpdates, 'Engagement plan\n\nWe will hold three workshops and then write the final report.', P)).toBe(1);
  });
});

describe('single-way-to-take-part: staff who visit to hear views', () => {
  const base = 'Day centre consultation\n\nFill in the enclosed paper questionnaire and return it by 4 June 2027.\n\n';
  it('counts visits to hear views as a second way', () => {
    expect(n(singleWayToTakePart, base + 'Care staff will also be visiting people at home to hear their views.', C)).toBe(0);
  });
  it('does not count a visit for another purpose', () => {
    expect(n(singleWayToTakePart, base + 'Care staff will also be visiting people at home to check their care plans.', C)).toBe(1);
  });
});
