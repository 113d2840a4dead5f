/**
 * Kinds of document by the page's purpose and time (issue 9, session 25): a standing group's page that asks people
 * to join a group that meets; an ask still open until a date to come; the title just above the text when a page
 * opens with menu lines; titles that name a standing arrangement, meeting records or results; a page made of
 * questions to the reader. Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';
import { tenseOf } from '../../src/engine/profile-clauses';

const page = (...lines: string[]) => lines.join('\n\n');

describe('a standing group’s page that asks people to join a group that meets', () => {
  const groupPage = (title: string) =>
    page(
      title,
      'The Riverside Surgery patient group is made up of patients and two members of staff.',
      'Why should I join?',
      'You know the surgery from the waiting room side. Your ideas help us make it work better for everyone.',
      'How often do we meet?',
      'We hold a meeting every few months at the surgery, and there is an email group for those who cannot come to meetings.',
    );

  it('invites people to the group’s meetings', () => {
    expect(kinds(groupPage('Join our Patient Group'))).toEqual(['meeting-invitation']);
  });

  it('is a plan too when a plan’s title names it', () => {
    expect(kinds(groupPage('Patient Group terms of reference'))).toContain('engagement-plan');
  });

  it('does not count a group page that never asks anyone to join', () => {
    const text = page(
      'Our Patient Group',
      'The group is made up of patients and two members of staff.',
      'It looks at the results of our surveys and suggests changes to the practice.',
      'It has been running for six years and has helped to redesign the waiting room.',
    );
    expect(kinds(text)).not.toContain('meeting-invitation');
  });
});

describe('the time of the page: an ask still open until a date to come', () => {
  it('keeps a news story a consultation though its first clause is in the past', () => {
    const text = page(
      'Last call for the town survey',
      'About 3,000 households in Fenwick were sent the town survey in May – and they now have until 14 July to complete and return it.',
      'The survey asks how people rate the parks, the markets and the bus station.',
      'Households were chosen at random and every answer is kept anonymous.',
    );
    expect(kinds(text)).toEqual(['consultation']);
  });

  it('counts "is open until" a date as an ask that is still open', () => {
    const text = page(
      'What do you think of the harbour?',
      'The harbour trust runs its yearly survey of boat owners and visitors.',
      'Last year 64% of owners said the pontoons needed repair.',
      'The survey can be filled in on the trust’s website and is open until Friday 20 March.',
    );
    expect(kinds(text)).toEqual(['consultation']);
  });

  it('does not count a date that is over', () => {
    const text = page(
      'Harbour update',
      'The survey was open until Friday 20 March.',
      'About 400 owners answered it, and 64% said the pontoons needed repair.',
      'We have repaired the pontoons at the north quay as a result.',
    );
    expect(kinds(text)).not.toContain('consultation');
  });

  it('reads a passive deadline for views as an ask', () => {
    const text = page(
      'Harbour charges review: how to get involved',
      'You can read the draft charges on our website and leave comments there.',
      'All comments and views should be submitted by 31 May to be taken into account.',
    );
    expect(kinds(text)).toContain('consultation');
  });
});

describe('"you’ve" and "we’d" are "you have" and "we had"', () => {
  it.each([
    ['If you’ve completed our survey, your answers come straight to the team.'],
    ['Once we’d checked the figures, the plan goes to the board.'],
  ])('a past form after them is a participle: %s', (sentence) => {
    expect(tenseOf(sentence.toLowerCase())).not.toBe('past');
  });

  it('a plain past form is still past', () => {
    expect(tenseOf('we completed the survey in may.')).toBe('past');
  });
});

describe('the title just above the text when a page opens with menu lines', () => {
  it('reads the title under the menu', () => {
    const text = page(
      'Display settings',
      'Text size',
      'Colour scheme',
      'Save',
      'Close',
      'Harbour Plan Consultation - Drop-in Events',
      'The trust will hold three drop-in events about the draft harbour plan. Staff will be there to answer questions and you can fill in a comment form on the day.',
      'The events run from 2pm to 5pm at the sailing club. You can turn up on the day without booking.',
    );
    expect(kinds(text)).toContain('consultation');
  });
});

describe('titles that name a standing arrangement', () => {
  it.each([
    ['How we use your feedback'],
    ['What happens to your comments?'],
    ['Tenant participation'],
  ])('%s sets out how people are involved', (title) => {
    const text = page(
      title,
      'Every comment you send reaches the team that runs the service.',
      'The team looks at them each month and picks out what needs to change.',
    );
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('a promise made in one consultation is not such a title', () => {
    const text = page(
      'How we will use your views',
      'Every comment you send reaches the team that runs the service.',
      'The team looks at them each month and picks out what needs to change.',
    );
    expect(kinds(text)).not.toContain('engagement-plan');
  });
});

describe('a standing arrangement told in the passive', () => {
  it('reads a page on what happens to responses as a plan', () => {
    const text = page(
      'Dealing with responses',
      'Anyone who writes to us about the cycle routes will be added to our list and told about later stages.',
      'We will produce a short statement describing who took part.',
      'A summary of the comments will then be published with the other papers.',
      'Copies of the minutes will be made available on our website.',
    );
    expect(kinds(text)).toEqual(['engagement-plan']);
  });
});

describe('titles that name the records of meetings', () => {
  it('a papers page invites to the meetings only when it says so', () => {
    const records = page(
      'Harbour Board meeting papers',
      'The board oversees the work of the trust and holds its officers to account.',
      'The agenda is published before each meeting and the papers soon after it.',
    );
    expect(kinds(records)).not.toContain('meeting-invitation');
    const invites = page(
      'Harbour Board meeting papers',
      'The board meets in public four times a year. Members of the public are welcome to attend and ask questions.',
      'The agenda is published before each meeting and the papers soon after it.',
    );
    expect(kinds(invites)).toContain('meeting-invitation');
  });

  it('an invitation to the board’s own members is not one to the reader', () => {
    const text = page(
      'How the trust makes decisions',
      'Members of the harbour board have an open invitation to attend the users’ council.',
      'The minutes of each board meeting are published with the next meeting’s papers.',
    );
    expect(kinds(text)).not.toContain('meeting-invitation');
  });
});

describe('a page made of questions to the reader', () => {
  it('is a questionnaire though it never says survey', () => {
    const text = page(
      '1. Do you know you can book a call back from the nurse?',
      '2. How often have you used the online booking in the last year?',
      '3. Would you be happy to see the pharmacist instead of a doctor for a medicine review?',
      '4. Did you know the surgery opens on Saturday mornings?',
      '5. How easy is it to get through on the phone?',
    );
    expect(kinds(text)).toEqual(['consultation']);
  });

  it('a page of the reader’s own questions with answers is not', () => {
    const text = page(
      'How do I join the walking group?',
      'Just come along to the library on a Tuesday morning. There is nothing to fill in.',
      'Do I need special boots?',
      'Comfortable shoes are fine. We keep to paths and pavements.',
      'Can my dog come?',
      'Dogs on leads are welcome on most walks.',
    );
    expect(kinds(text)).not.toContain('consultation');
  });
});

describe('a title that names results', () => {
  it('is a report’s title on a page that names a survey', () => {
    const text = page(
      'Friends and Family Test results',
      'Since the patient survey of 2019 we have added up the cards every quarter.',
      'Download the summary for January to March.',
      'Download the summary for April to June.',
    );
    expect(kinds(text)).toEqual(['report']);
  });

  it('is not one on a surgery’s page about blood tests', () => {
    const text = page(
      'Blood test results',
      'Please ring after 2pm for the results of your blood tests.',
      'Results can take up to a week to reach us from the hospital.',
    );
    expect(kinds(text)).not.toContain('report');
  });
});

describe('a page on how the organisation consults in general', () => {
  it('sets out how it consults when it asks nothing now', () => {
    const text = page(
      'Consultations',
      'We regularly consult with the community on a wide range of proposals and plans.',
      'When we consult, we use questionnaires, public meetings and online forms.',
      'Our involvement and listening strategy (PDF) sets out our approach.',
    );
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('is still a consultation when it asks for views now', () => {
    const text = page(
      'Consultations',
      'We regularly consult with the community on a wide range of proposals and plans.',
      'When we consult, we use questionnaires, public meetings and online forms.',
      'We are consulting on new opening hours for the harbour office. The consultation closes on 3 May.',
    );
    expect(kinds(text)).toContain('consultation');
  });

  it.each([['How we do consultation'], ['Statement of Community Involvement']])('"%s" names a plan, not one consultation', (title) => {
    const text = page(
      title,
      'This page explains how the council involves people before it makes decisions about planning.',
      'It covers who we contact, how long people have to reply and how replies are reported.',
    );
    expect(kinds(text)).toEqual(['engagement-plan']);
  });
});
