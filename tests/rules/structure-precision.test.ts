/**
 * Precision: ways of saying something is present that the structure rules
 * once missed, each with a document that still lacks it. Examples written for
 * these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingScope } from '../../rules/missing-scope';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { missingUpdates } from '../../rules/missing-updates';
import { involvementPayment } from '../../rules/involvement-payment';
import { ruleIds } from './structure-helpers';

const consult = (body: string) => `Consultation on changes to the Mill Lane recycling centre\n\nWe are consulting on shorter opening hours at the Mill Lane site. The consultation closes on 30 June 2027.\n\n${body}`;
const plan = (body: string) => `Carers' reference group: terms of reference\n\n1. Purpose\nThe group advises the council on support for unpaid carers.\n\n${body}`;

describe('missing-feedback-use: more ways of saying what happens to views', () => {
  it('accepts the responses themselves going to a named body with a date', () => {
    expect(ruleIds(missingFeedbackUse, consult('What happens next\nEvery response will be presented to the Waste Authority at its meeting on 9 September 2027.'))).toEqual([]);
    expect(ruleIds(missingFeedbackUse, consult('What happens next\nAll comments received will be reported to the joint committee when it meets in October 2027.'))).toEqual([]);
  });
  it('still flags responses passed on with no when and no decision-maker', () => {
    expect(ruleIds(missingFeedbackUse, consult('What happens next\nAll responses will be passed to the project team.'))).toEqual(['missing-feedback-use']);
  });
  it('accepts a published statement that sets out the comments and how they were answered', () => {
    expect(ruleIds(missingFeedbackUse, consult('A report listing every comment we received and our reply to each will be published on our website.'))).toEqual([]);
  });
  it('does not count a published document that is not about the comments', () => {
    expect(ruleIds(missingFeedbackUse, consult('A leaflet showing the new opening times will be published in August.'))).toEqual(['missing-feedback-use']);
  });
  it('accepts present-tense commitments in charters and terms of reference', () => {
    expect(ruleIds(missingFeedbackUse, plan('2. Reporting\nEvery year the group publishes a report on what changed because of its advice.'), ['engagement-plan'])).toEqual([]);
    expect(ruleIds(missingFeedbackUse, plan('2. Reporting\nWithin six weeks of each meeting, the service manager tells the group what they did with its advice.'), ['engagement-plan'])).toEqual([]);
    expect(ruleIds(missingFeedbackUse, plan('2. Decisions\nThe director can only overrule the group by giving reasons in writing.'), ['engagement-plan'])).toEqual([]);
  });
  it('still flags a plan that only describes meetings', () => {
    expect(ruleIds(missingFeedbackUse, plan('2. Meetings\nThe group meets every two months. Each year the group publishes a list of its members.'), ['engagement-plan'])).toEqual(['missing-feedback-use']);
  });
});

describe('missing-scope: more ways of saying what can change and who decides', () => {
  it('accepts a heading about what the proposal itself can and cannot do', () => {
    expect(ruleIds(missingScope, consult('What the new timetable can and cannot change\nIt can move the opening hours. It can add a late evening.'))).toEqual([]);
  });
  it('accepts a body that can accept or veto the decision-maker’s proposal', () => {
    expect(ruleIds(missingScope, consult('The scrutiny committee can accept or reject my recommendation in July.'))).toEqual([]);
  });
  it('still flags a consultation that says neither', () => {
    expect(ruleIds(missingScope, consult('What is changing\nThe site will open later on weekdays.'))).toEqual(['missing-scope']);
  });
});

describe('single-way-to-take-part: routes given as labels', () => {
  it('counts "Online:" with a web address and "Phone:" with a number on a line about responding', () => {
    const text = consult('How to respond\n• Online: www.example.gov.uk/millane\n• Phone: 0113 496 0000 – we can fill in the survey with you');
    expect(ruleIds(singleWayToTakePart, text)).toEqual([]);
  });
  it('does not count a phone number that is only a contact detail', () => {
    const text = consult('How to respond\n• Online: www.example.gov.uk/millane\n\nContact\nPhone: 0113 496 0000');
    expect(ruleIds(singleWayToTakePart, text)).toEqual(['single-way-to-take-part']);
  });
});

describe('missing-updates: more ways of saying how people are kept updated and asked about the process', () => {
  it('accepts a passive update on a cycle and members being asked what could be better', () => {
    const text = plan('2. Keeping in touch\nA newsletter is posted to members every two months. Each year members are asked how the group could work better.');
    expect(ruleIds(missingUpdates, text, ['engagement-plan'])).toEqual([]);
  });
  it('accepts inviting comments on how the work could improve', () => {
    const text = plan('2. Keeping in touch\nWe will send monthly updates by e-mail, and we will invite comments on how we can improve.');
    expect(ruleIds(missingUpdates, text, ['engagement-plan'])).toEqual([]);
  });
  it('still notes a plan that updates people but never asks them about the process', () => {
    const text = plan('2. Keeping in touch\nWe will send monthly updates by e-mail.');
    expect(ruleIds(missingUpdates, text, ['engagement-plan'])).toEqual(['missing-updates']);
  });
});

describe('involvement-payment: public and statutory meetings, and refusals', () => {
  it('does not ask for payment at a parish or town meeting open to electors', () => {
    const text = 'Brookfield Town Council\nAnnual Town Meeting\nNotice is hereby given that the meeting will be held at the Guildhall on Monday 4 May 2027 at 7pm. All electors are entitled to attend.';
    expect(ruleIds(involvementPayment, text, ['meeting-invitation'])).toEqual([]);
  });
  it('does not ask for payment at online sessions open to anyone who books', () => {
    const text = 'Join our online sessions on the draft transport plan\n\nWe are running two online sessions on Zoom with a short talk and questions. Tuesday 3 March 2027, 6pm to 7pm.';
    expect(ruleIds(involvementPayment, text, ['meeting-invitation'])).toEqual([]);
  });
  it('still asks when the opening names a panel, even with "members of the public"', () => {
    const text = 'Patient panel meeting\nMembers of the public who sit on our patient panel are invited to the next meeting on 3 March 2027 at 2pm.';
    expect(ruleIds(involvementPayment, text, ['meeting-invitation'])).toEqual(['involvement-payment']);
  });
  it('treats "we are not able to pay expenses" as a refusal, not as payment', () => {
    const text = 'Patient panel visit\nPlease join the patient panel for a visit on 3 March 2027 at 2pm. We are not able to pay travel expenses for this visit.';
    expect(ruleIds(involvementPayment, text, ['meeting-invitation'])).toEqual(['involvement-payment']);
  });
});
