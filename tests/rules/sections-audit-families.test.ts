/**
 * Issue 9, "a finding must never say a part is missing when the document has it in some form".
 * Families of structure found by auditing unlabelled real pages (s22-claims): each way of saying the
 * part gets the softer finding that quotes it; a document silent on the part still gets "does not say".
 * Every text here is written in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingContact } from '../../rules/missing-contact';
import { missingTimeline } from '../../rules/missing-timeline';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { check, saysMissing, softFinding } from './structure-helpers';


const C: ProfileId[] = ['consultation'];
const MI: ProfileId[] = ['meeting-invitation'];

describe('missing-feedback-use: how real pages say what happens to views', () => {
  const lead = 'We are asking for comments on the new cycle lanes.';
  it.each([
    ['a procedure in the present passive, with an adverb', `${lead} All objections received in the three weeks are formally considered by the highways panel.`, /formally considered/],
    ['a procedure in the present: collated', `${lead} When the survey shuts, the replies are collated and written into a short paper.`, /replies are collated/],
    ['an outcome in the past', `${lead} Last spring every comment was logged and weighed.`, /was logged and weighed/],
    ['views handed on to a decision-maker, words between', `${lead} Every representation properly made will be passed in full to the planning inspector.`, /passed in full to the planning inspector/],
    ['a summary of what people said on the page', `${lead}\nBelow is a round-up of the comments people made at the stalls:`, /round-up of the comments/],
    ['replies to what people asked', `${lead}\n- You asked whether the lanes will be lit at night.\nYes, lights go in next year.`, /You asked whether/],
    ['something done because of what people said', `${lead} In response to the comments so far, the council has moved the crossing.`, /In response to the comments/],
    ['an exercise that lets someone draft a plan', `${lead} The survey feeds an evidence gathering exercise that will allow the steering group to begin drafting its policies.`, /allow the steering group to begin drafting/],
    ['a survey giving a body feedback', `${lead} The online survey will give the transport board clear feedback on which route people prefer.`, /give the transport board clear feedback/],
    ['outcomes reported, with where between verb and object', `${lead} We will report on this page the findings.`, /report on this page the findings/],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingFeedbackUse, text, C).message).toMatch(quote);
  });

  it('reads a question heading "What happens once …" with its text as saying it thinly', () => {
    const f = softFinding(missingFeedbackUse, `Cycle lanes\n\n${lead}\n\nWhat happens once the survey has shut?\n\nOfficers gather everything up.`, C);
    expect(f.message).toMatch(/What happens once the survey has shut/);
  });

  it('reads a bare heading "After consultation" the same way', () => {
    const f = softFinding(missingFeedbackUse, `Cycle lanes\n\n${lead}\n\nAfter consultation\n\nOfficers gather everything up.`, C);
    expect(f.message).toMatch(/After consultation/);
  });

  it.each([
    ['comments are welcome', `${lead} Comments are welcome at any time.`],
    ['responses are due', `${lead} Responses are due by the end of May.`],
    ['replies handed back to people', `${lead} Your replies will be handed to you at the stall.`],
    ['a summary of the proposals, not of views', `${lead} The following is a summary of the proposals.`],
    ['thanks for replying', `${lead} Thank you for your views. You asked for this scheme.`],
    ['a result of the weather', `${lead} As a result of the storm the stall is cancelled.`],
    ['the survey tells people something', `${lead} The survey will provide you with information about parking.`],
    ['a report with only a time', `${lead} We will report here next week.`],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingFeedbackUse, text, C)).toBe(true);
  });
});

describe('missing-contact: ways to reach someone that real pages lose or put in person', () => {
  const lead = 'We are asking for comments on the new cycle lanes.';
  it.each([
    ['a contact verb whose link was removed', `${lead} If you have any questions, please contact`, /please contact/],
    ['an address hidden from robots', `${lead} You can also email This email address is being protected from spambots.`, /You can also email/],
    ['something on request from a named place', `${lead} Paper forms are available on request from the library.`, /on request from the library/],
    ['an officer reached by their role', `${lead} To add an item to the agenda, notify the Town Clerk ten days ahead.`, /notify the Town Clerk/],
    ['papers from the secretary', `${lead} Copies of the drawings can be had from the secretary.`, /had from the secretary/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingContact, text, C);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/phone number or e-mail address/);
  });

  it.each([
    // People to talk to at an event are not a way to contact anyone: real pages labelled "absent" say just this.
    ['people on hand at an event', `${lead} Engineers will be on hand at the stall to answer your questions.`],
    ['a chance to talk to staff at an event', `${lead} There will be a chance to talk to council officers at the stall.`],
    ['time to answer questions at the end', `${lead} There will be time to answer questions at the end.`],
    ['talking to neighbours', `${lead} There will be a chance to talk to other cyclists.`],
    ['copies on request with no place', `${lead} Copies are available on request.`],
    ['contact as a noun', `${lead} Contact between bikes and buses is the worry.`],
    ['the clerk tells others', `${lead} The clerk will notify members of the date.`],
  ])('still says there is no contact when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingContact, text, C)).toBe(true);
  });
});

describe('missing-timeline: a deadline set by a meeting', () => {
  const lead = 'We are asking for comments on the new cycle lanes.';
  it.each([
    ['by a time on the day of the meeting', `${lead} Tell the clerk by noon on the day of the committee meeting.`, 'by noon on the day of the committee meeting'],
    ['days before the meeting', `${lead} Send written questions five clear days before the meeting.`, 'five clear days before the meeting'],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingTimeline, text, C).message).toContain(quote);
  });

  it('still says there are no dates when the meeting has no timing at all', () => {
    expect(saysMissing(missingTimeline, `${lead} Questions will be taken at the meeting, which lasts two hours.`, C)).toBe(true);
  });
});

describe('meeting-in-person-only: other ways real pages name', () => {
  const lead = 'Our open meeting on the market square is at the Bowls Club, Park Road, on Thursday 4 March at 7pm.';
  it.each([
    ['the event itself on a website', 'Our open meeting on the market square is on Thursday 4 March at 7pm on the civic society talks website.'],
    ['an online feedback facility', `${lead} There is also an online feedback facility.`],
    ['booklets that tell people how to give views', `${lead} Leaflets in the library tell residents how they can give their views.`],
  ])('%s is another way to take part: no finding (s25-meetings)', (_, text) => {
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });

  it.each([
    ['details on the website', `${lead} Details of the meeting are on the website.`],
    ['a chance to comment at the event', `${lead} Come along and you will have the chance to comment.`],
  ])('still says the room is the only way when nothing else is named: %s', (_, text) => {
    expect(saysMissing(meetingInPersonOnly, text, MI)).toBe(true);
  });
});
