/**
 * Session 27 (issue 9): contact, feedback use and timeline on real pages. A page that gives a way in
 * of any kind is never told it has none. Contact: a team named in capitals after a contact verb
 * ("contact Member Services"), and a way to send views and nothing else (an online survey, a web form,
 * a survey's web address), which the labelling guide calls a thin contact. Feedback use: the plan or
 * proposals going before a named body with a when is a named next step; concerns to be weighed are views.
 * Timeline: a length from a start date ("for ten weeks beginning …") fixes the closing date. All examples
 * are our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingContact } from '../../rules/missing-contact';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingTimeline } from '../../rules/missing-timeline';
import { check, softFinding, ABSENT } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const M: ProfileId[] = ['meeting-invitation'];
const ASK = 'Have your say on the new allotment rules\n\nWe would like your views on the draft rules for plot holders.\n\n';
const MEET = 'The Allotments Panel meets in public at Northby Library on Tuesday 4 May 2027 at 6pm.\n\n';

describe('missing-contact (s27): a team named in capitals is a way to ask', () => {
  it.each([
    ['contact, then a team', 'If you wish to film the meeting, please contact Member Services beforehand by writing to'],
    ['tell, then an officer', 'Anyone who wants to speak should tell the Committee Support Officer, who will let the chair know.'],
    ['e-mail, then a unit', 'Requests to speak go by emailing Governance Unit staff.'],
  ])('%s: quoted back, not "does not say"', (_, line) => {
    const f = softFinding(missingContact, MEET + line, M);
    expect(f.message).not.toMatch(ABSENT);
  });

  it('lower-case services are not a named team', () => {
    expect(check(missingContact, `${MEET}The panel will talk to local services about the plots.`, M).findings[0]!.message).toMatch(ABSENT);
  });
});

describe('missing-contact (s27): a way to send views, and nothing else, is a thin contact', () => {
  it.each([
    ['views sent online', 'Plot holders can give their views online until the end of June.'],
    ['a survey filled in by a channel', 'The short questionnaire can be filled in anonymously online or on paper.'],
    ['a website named as the way in', 'The survey closes in July; go to the council website to take part.'],
    ['an online form', 'You can also complete our online feedback and suggestions form.'],
    ['a survey at a web address', 'Questionnaire online: https://northby.example.org/plots'],
  ])('%s: quotes it and asks for a person, never "does not say"', (_, line) => {
    const f = softFinding(missingContact, ASK + line, C);
    expect(f.message).toMatch(/^This says how to send views/);
    expect(f.message).toMatch(/phone number/);
  });

  it('a way to ask someone comes first', () => {
    const f = softFinding(missingContact, `${ASK}Give your views online. Questions can be put to the allotments officer at the plot open day.`, C);
    expect(f.message).not.toMatch(/^This says how to send views/);
  });

  it.each([
    ['a survey held in the past', 'An online survey was run two years ago.'],
    ['a web address for something else', 'Use the online map to find your plot.'],
    ['a form with no channel', 'Please fill in the survey.'],
  ])('%s: still "does not say"', (_, line) => {
    const f = check(missingContact, ASK + line, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(ABSENT);
  });

  it('a phone number still ends the check', () => {
    expect(check(missingContact, `${ASK}Give your views online, or call the Allotments Team on 01632 960 222.`, C).findings).toEqual([]);
  });
});


const CONSULT = 'Have your say on the leisure centre plans\n\nWe are asking residents for their views on three options for the pool. The consultation closes on 14 June 2027.\n\n';

describe('missing-feedback-use (s27): what happens next, named', () => {
  it.each([
    ['the plan goes before a named body, with a when', 'The chosen option is due to go before the full council in September.'],
    ['the proposals put to the cabinet, with a when', 'After the survey closes, the proposals will be put to the cabinet in July 2027.'],
    ['bodies, in the plural, publish the results', 'The two leisure boards will publish the results of the survey on this page.'],
  ])('%s: concrete, no finding', (_, line) => {
    expect(check(missingFeedbackUse, CONSULT + line, C).findings).toEqual([]);
  });

  it('concerns to be weighed are a use of views in some form: quoted, not "does not say"', () => {
    const f = softFinding(missingFeedbackUse, `${CONSULT}The drop-in sessions will also let any worries and concerns be considered in depth.`, C);
    expect(f.message).toMatch(/concerns be considered/);
  });

  it.each([
    ['a paper with no when', 'The chosen option will then go before the full council.'],
    ['a body that decides, with only the closing date', 'Send your views by 14 June, and the cabinet will decide.'],
  ])('%s: not concrete', (_, line) => {
    expect(check(missingFeedbackUse, CONSULT.replace(' The consultation closes on 14 June 2027.', '') + line, C).findings).toHaveLength(1);
  });
});

describe('missing-timeline (s27): a length from a start date fixes the closing date', () => {
  const ASKING = 'Have your say on the leisure centre plans\n\nWe are asking residents for their views on three options for the pool.\n\n';
  it.each([
    ['consulting for a length, beginning on a date', 'We are consulting for ten weeks beginning 6 September 2027.'],
    ['a length, commencing on a date', 'The consultation will run for eight weeks commencing 6 September 2027.'],
  ])('%s: no finding', (_, line) => {
    expect(check(missingTimeline, ASKING + line, C).findings).toEqual([]);
  });

  it('a start date alone still asks for the closing date', () => {
    const f = check(missingTimeline, `${ASKING}We are consulting from 6 September 2027.`, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/not the date it closes/);
  });
});
