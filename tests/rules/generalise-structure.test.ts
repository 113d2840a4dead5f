/**
 * Families of wording the structure rules and profiles read, each with good
 * and bad examples written for these tests (not taken from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { involvementPayment } from '../../rules/involvement-payment';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingScope } from '../../rules/missing-scope';
import { missingTimeline } from '../../rules/missing-timeline';
import { missingUpdates } from '../../rules/missing-updates';
import { shortConsultationWindow } from '../../rules/short-consultation-window';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { ruleIds } from './structure-helpers';

const ids = (text: string) => new Linter([]).lint(parsePlainText(text).doc, {}).profiles.map((p) => p.id);
const C: ProfileId[] = ['consultation'];
const P: ProfileId[] = ['engagement-plan'];

describe('profiles: what a document is', () => {
  it('a charter, compact or set of principles for involvement is a plan', () => {
    expect(ids('Our Involvement Charter\n\nWe will involve carers from the start.\n\nThe steering group checks we keep to this charter.')).toEqual(['engagement-plan']);
    expect(ids('Co-design principles\n\nThese principles say how staff and families will work together.')).toEqual(['engagement-plan']);
  });

  it('a long title line run together with the organisation still names the document', () => {
    expect(ids('Working Together\nOur engagement strategy for children’s services 2027–2030 Brackley Council and the Brackley Parent Carer Forum\n\nWe spoke to 120 parents while writing this. Every project ends with a you said, we did report.')).toEqual(['engagement-plan']);
  });

  it('a plan that says how it was written and promises feedback reports is not a report', () => {
    expect(ids('Participation strategy 2027\n\nWe wrote this strategy with young people: we heard from 85 of them in six workshops across the borough last year.\n\nYou said, we did\n\nEach year we publish what changed.')).toEqual(['engagement-plan']);
  });

  it('a walkabout or site visit with a date, a time and a meeting point is an invitation', () => {
    expect(ids('Dear Resident\n\nOfficers will do a walkabout of Bell Green on:\n\nTuesday 9 June 2027 at 10am\nMeeting point: the community hall car park\n\nIf you cannot attend, report problems online.')).toEqual(['meeting-invitation']);
  });

  it('a newsletter item asking people to join a group is not a meeting invitation', () => {
    expect(ids('Riverside Surgery\nPatient Newsletter – Spring 2027\n\nNEW NURSE\nSam joins us in May.\n\nJOIN OUR GROUP\nThe patient group meets every other month. You can join the meetings at the surgery or online.')).toEqual(['general']);
  });

  it('a newsletter that lists a dated event still invites', () => {
    expect(ids('Parish Newsletter – Autumn\n\nJoin us at the open meeting on Thursday 8 October, 7pm, at the village hall.')).toContain('meeting-invitation');
  });

  it('a flyer that asks for views by a date is also a consultation', () => {
    const flyer = 'A new library for Oakham\nCome and talk to us!\n\nWe want to hear what would make it work for you.\n\nCan’t come? Tell us your views online or by phone. Tell us by 14 May.';
    expect(ids(flyer)).toContain('consultation');
    expect(ids(flyer)).toContain('meeting-invitation');
    expect(ids('Join us for our coffee morning.\n\nLet us know by 3 May if you can come.')).not.toContain('consultation');
  });
});

describe('missing-scope: more ways of saying what is settled and who decides', () => {
  it('counts “regardless of the outcome”, “nothing has been decided” and a body that sets, approves or can veto', () => {
    expect(ruleIds(missingScope, 'Some of these savings will go ahead regardless of the outcome of this consultation. Tell us what you think.', C)).toEqual([]);
    expect(ruleIds(missingScope, 'No decisions have been made yet about where the new clinic goes. Tell us what you think.', C)).toEqual([]);
    expect(ruleIds(missingScope, 'The Mayor can reject the proposals. Tell us what you think.', C)).toEqual([]);
    expect(ruleIds(missingScope, 'Full Council will approve the final budget in March. Tell us what you think.', C)).toEqual([]);
  });

  it('still flags a consultation that only describes its proposals', () => {
    expect(ruleIds(missingScope, 'We want to change bin collections to every three weeks. The council has been working on this for a year. Tell us what you think.', C)).toEqual(['missing-scope']);
  });
});

describe('missing-feedback-use: involvement groups and sending a report upward', () => {
  it('counts a decision-maker answering every recommendation, and explaining what was done with advice', () => {
    expect(ruleIds(missingFeedbackUse, 'The service manager will reply in writing to each of the forum’s recommendations within a month.', P)).toEqual([]);
    expect(ruleIds(missingFeedbackUse, 'Staff explain at the following meeting what they did with the group’s advice.', P)).toEqual([]);
    expect(ruleIds(missingFeedbackUse, 'Each year we will show people what difference their involvement made.', P)).toEqual([]);
    expect(ruleIds(missingFeedbackUse, 'The results of the survey are published on our website.', P)).toEqual([]);
  });

  it('sending a decision-maker a report is not telling people what happened', () => {
    expect(ruleIds(missingFeedbackUse, 'Please fill in the form. We will send the board a report of what residents said.', C)).toEqual(['missing-feedback-use']);
    expect(ruleIds(missingFeedbackUse, 'Please fill in the form. We will send everyone a summary of what residents said in May.', C)).toEqual([]);
  });
});

describe('missing-timeline: dates ahead', () => {
  it('a bare date range under a consultation’s title is its window', () => {
    expect(ruleIds(missingTimeline, 'Changes to day centres\nPublic consultation\n\n2 March 2027 – 25 May 2027\n\nTell us what you think.', C)).toEqual([]);
  });

  it('a plan needs a date ahead or more than one year; past dates and a lone “by 2028” are not a schedule', () => {
    expect(ruleIds(missingTimeline, 'Our pledge was approved by the board on 4 May 2026.\n\nWe will train every manager by 2028.', P)).toEqual(['missing-timeline']);
    expect(ruleIds(missingTimeline, 'Year 1 (2027): set up the panel.\n\nYear 2 (2028): review it together.', P)).toEqual([]);
    expect(ruleIds(missingTimeline, 'The group will start in March 2027 and report in 2028.', P)).toEqual([]);
  });
});

describe('short-consultation-window: when the document was issued', () => {
  it('reads an e-mail header date with a time, and a “Published” line at the foot', () => {
    const email = 'From: Engagement Team\nSent: 02 March 2027 09:40\nTo: Partners\n\nPlease fill in our survey. The survey closes on 20 March.';
    expect(ruleIds(shortConsultationWindow, email, C)).toEqual(['short-consultation-window']);
    const notice = 'Have your say on the parking charges. The survey closes on 25 March 2027.\n\nTake the survey online.\n\nPublished 4 March 2027';
    expect(ruleIds(shortConsultationWindow, notice, C)).toEqual(['short-consultation-window']);
    expect(ruleIds(shortConsultationWindow, notice.replace('4 March 2027', '4 January 2027'), C)).toEqual([]);
  });

  it('does not take an unlabelled date at the foot for the issue date', () => {
    const body = Array.from({ length: 9 }, (_, i) => `Point ${i + 1} of the proposal is explained here.`).join('\n\n');
    expect(ruleIds(shortConsultationWindow, `Have your say. The survey closes on 25 March 2027.\n\n${body}\n\n10 March 2027`, C)).toEqual([]);
    expect(ruleIds(shortConsultationWindow, `Have your say. The survey closes on 25 March 2027.\n\n${body}\n\nDate of issue: 10 March 2027`, C)).toEqual(['short-consultation-window']);
  });
});

describe('single-way-to-take-part: more ways of naming routes', () => {
  it('an enclosed questionnaire and a meeting the practice is holding are two ways', () => {
    expect(ruleIds(singleWayToTakePart, 'We are holding a meeting for patients on 3 June at 6pm.\n\nYou can also fill in the enclosed questionnaire and hand it in at reception.', C)).toEqual([]);
  });

  it('an online response form is online, and an address only for help is not a route', () => {
    expect(ruleIds(singleWayToTakePart, 'Complete the online response form. If you cannot do this online, please contact help@example.org.', C)).toEqual(['single-way-to-take-part']);
    expect(ruleIds(singleWayToTakePart, 'Complete the online response form, or send your comments to views@example.org.', C)).toEqual([]);
  });
});

describe('missing-updates: notes of meetings and newsletters on a cycle', () => {
  it('counts minutes shared with members and a newsletter sent out a number of times a year', () => {
    expect(ruleIds(missingUpdates, 'Minutes of every meeting are shared with members. Each year the members will review this framework.', P)).toEqual([]);
    expect(ruleIds(missingUpdates, 'Our newsletter is sent out three times a year. People who have been involved will review the charter with us.', P)).toEqual([]);
  });

  it('still flags a plan with no word on updates', () => {
    expect(ruleIds(missingUpdates, 'We will run four workshops and write the final report.', P)).toEqual(['missing-updates']);
  });
});

describe('involvement-payment: consultations and recognition', () => {
  const M: ProfileId[] = ['consultation', 'meeting-invitation'];
  it('a consultation’s drop-in is a way for anyone to give views, not an involvement role', () => {
    expect(ruleIds(involvementPayment, 'Have your say on the park.\n\nCome to a drop-in at the library on 3 May, 10am to 1pm.', M)).toEqual([]);
  });

  it('unless it also asks people to join a panel', () => {
    expect(ruleIds(involvementPayment, 'Have your say on the park.\n\nCome to a drop-in on 3 May. You can also join our park users’ panel, which meets monthly.', M)).toEqual(['involvement-payment']);
  });

  it('a party under a “Recognition” heading is not payment', () => {
    expect(ruleIds(involvementPayment, 'Resident panel plan\n\nRecognition\n\nMembers are invited to a summer celebration.', P)).toEqual(['involvement-payment']);
    expect(ruleIds(involvementPayment, 'Resident panel plan\n\nRecognition\n\nMembers get a £20 voucher for each meeting.', P)).toEqual([]);
  });
});
