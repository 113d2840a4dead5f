/**
 * Kinds of published page that were read as "general" on pages nobody had
 * tuned for (issue 9, real set h), written in our own words. Each family has
 * a near miss that must not change kind.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);

describe('the page of a standing group, or of how an organisation involves people, is a plan', () => {
  it.each([
    [
      'a patient group with its aims and membership',
      'Patient Participation Group\n\nWhat the group is for\n\nThe purpose of the group is to give patients a say in how the surgery runs.\n\nMembership of the group\n\nUp to twelve patients of any age can be members. Meetings take place every other month.',
    ],
    [
      'a group update that sets out what was agreed',
      'PPG update\n\nAfter a long break the group met the practice manager to agree how it will work.\n\n1. The PPG shall collect ideas from patients in the waiting room.\n2. The PPG shall not talk about any one patient’s care.',
    ],
    [
      'a tenants’ panel with its officer roles',
      'Tenants review panel\n\nThe panel looks at one housing service each year.\n\nThe chair is responsible for running each meeting and agreeing the notes.\n\nThe secretary is responsible for sending papers out a week before.',
    ],
    [
      'a page titled by how it involves people, with principles',
      'Involving residents and communities\n\nThere are eight principles that guide how the partnership will work with residents. We will start early, listen widely and say what changed.',
    ],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['engagement-plan']));

  it('not a dated meeting of the group', () => {
    const text = 'Patient group meeting on 3 May 2027\n\nAll patients are welcome to join us at the surgery at 6pm on Tuesday 3 May 2027.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('not a news line that names a group in passing', () => {
    const text = 'Surgery news\n\nThe flu clinic runs every Saturday in October. Our patient group helped choose the new chairs for the waiting room.';
    expect(kinds(text)).toEqual(['general']);
  });
});

describe('responses to a petition and thanks for a survey are reports', () => {
  it.each([
    [
      'a response to a petition: counts and what changed',
      'School bus petition: our reply\n\nThis page lists what we are doing to address the concerns raised in the petition.\n\nOver the eight weeks 212 comments were received by post and email. Following the feedback from parents, the plans for the school bus were changed.',
    ],
    [
      'a news story thanking people for a survey',
      'The mayor is thanking residents for giving their views on the new transport plan.\n\n2,140 residents expressed their views in the survey. The majority of people responding agreed with all five aims.',
    ],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['report']));

  it('not a live survey that thanks people in advance', () => {
    const text = 'Have your say on the new transport plan\n\nPlease fill in our survey by 3 June 2027. Thank you for sharing your views with us.';
    expect(kinds(text)).toEqual(['consultation']);
  });
});

describe('events with their date in running text are invitations', () => {
  it.each([
    ['an occasion held on a date', 'This year’s young carers’ parliament will take place on 12 November in the civic centre.\n\nAny carer who would like to attend can apply by filling in a short form.'],
    ['a week of events with one dated in a sentence', 'Carers Week runs from 9 to 15 June across the district.\n\nHighlights include a coffee morning in the library on Wednesday 11 June.'],
    ['a public hearing people can take part in', 'Anyone may speak at the public hearing in the town hall.\n\nSomeone from outside the council will chair it.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['meeting-invitation']));

  it('reads dated list items under a lead-in that gives the time as events', () => {
    const text = 'Bus routes\n\nPublic meetings\n\nThe meetings all run from 6pm to 8pm:\n- Monday 4 July: Mill Lane Hall\n- Tuesday 5 July: St Anne’s Church\n- Wednesday 6 July: The Old School';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it.each([
    ['an event that is over', 'We held our open day at the school on 4 June and met more than 80 families.\n\nThank you to everyone who took part.'],
    ['a deciding meeting', 'The findings will inform budget decisions taken at the meeting on 3 March.\n\nThe council has published its accounts.'],
  ])('not %s', (_, text) => expect(kinds(text)).not.toContain('meeting-invitation'));
});

describe('events held to take people’s ideas on a plan are consultations too', () => {
  it.each([
    ['drop-ins that give the chance to help shape a plan', 'Village plan drop-in sessions\n\nEach session is a chance to help shape the village plan: we will talk through the proposed topics.\n\nDates and times at the church hall:\n- Monday 7 June 6pm to 9pm\n- Saturday 12 June 10am to 1pm'],
    ['roadshows where people put forward their ideas', 'Health roadshows\n\nDrop by a roadshow to hear about the hospital plans: they let you ask questions and have your say. Anyone can put forward their ideas about the proposals.\n\n- Market square, Tuesday 5 October, 10am to 3pm\n- Bus station, Friday 8 October, 11am to 4pm'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']));

  it('not an account of events already held', () => {
    const text = 'How we listened\n\nDuring the consultation we held a number of events to help you find out more and have your say.\n\nMore than 300 people came.';
    const reasons = linter.lint(parsePlainText(text, { source: 't' }).doc, {}).profiles.flatMap((p) => p.reasons);
    expect(reasons).not.toContain('asks for people’s ideas on a plan');
  });
});

describe('a page that opens with an account of events already held is a report', () => {
  it.each([
    ['online workshops held, with their dates', 'We held a number of online workshops in March to talk about the town plan.\n\nEach one ended with questions and answers.\n\nWorkshop events report\n\nOur report sums up what people said.\n\nHousing\n- Date: Tuesday 8 March 2027\n- Time: 6.30 to 7.30pm'],
    ['a forum held, with thanks and themes', 'Our crisis care forum was held at the racecourse on Friday 2 June and ran all day.\n\n“I would like to thank everyone who took part,” said the lead nurse.\n\nGetting help at night was a key theme of the day.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['report']));

  it('not an invitation that mentions last year’s event in passing', () => {
    const text = 'Summer fun day 2027\n\nJoin us on the green on Saturday 3 July, 12pm to 4pm.\n\nLast year we held a fun day that over 500 people came to.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });
});

describe('a page on how an organisation consults in general is a plan, not a report', () => {
  it('names its "you said, we did" page and how it runs every consultation', () => {
    const text = 'Public consultations\n\nWhen formal public consultations are launched, the trust publishes the results and explains how views changed its decisions.\n\nOther features include our dedicated You said, we did web page.\n\nWe will involve patient groups and carers through:\n- press releases\n- talks at patient groups';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('not a consultation that explains why the council consults', () => {
    const text = 'Libraries: have your say\n\nWe are consulting on new opening hours until 30 June 2027. Fill in the survey online.\n\nWhen we consult we do it because we want to know what people think.';
    expect(kinds(text)).toEqual(['consultation']);
  });
});

describe('a consultation that mentions a meeting is not an invitation until there is one to come to', () => {
  it.each([
    ['invited to send comments', 'School admissions consultation\n\nWe are consulting on the admissions rules for 2028 until 14 January 2027.\n\nYou are invited to submit comments in any of these ways: online, by email or by post.'],
    ['a meeting whose date is not set', 'Village plan consultation\n\nThe draft plan is out for comment until 28 February 2027. Fill in the response form online.\n\nThere will be a public meeting, to which everyone is welcome, during the consultation; the date will be announced soon.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['consultation']));
});
