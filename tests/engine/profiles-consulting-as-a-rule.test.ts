/**
 * Kinds of page on real sites (issue 9, session 26), each family as a structure:
 *  - a page that tells how an organisation consults as a rule ("generally we consult…", "when a consultation
 *    begins we publish…", "we offer lots of ways to give your views") and gives no date to respond by or come to
 *    sets out how it consults, even where it tells how to respond;
 *  - a consultation that names its public events by month, or says sessions have been set up for it, invites to them;
 *  - the start and end times of a period to respond in are not an event;
 *  - a consultation "launched in March" on a page that tells what came of it is history, not an ask now;
 *  - a page titled with a board's public meetings is about those meetings, not a plan.
 * Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('a page that tells how the organisation consults as a rule', () => {
  const howWeConsult = [
    'Listening to the people who use our clinics',
    'We offer a number of ways for you to take part. You may be sent a short survey after a visit, or find one on this website.',
    'Generally we consult the people who use a service, our staff and local groups.',
    'When a consultation begins, we publish a consultation document and a letter that explains the questions. Anyone can respond to our consultation document.',
    'The trust has a legal duty to consult people when a service changes a great deal.',
  ].join('\n\n');

  it('is a plan, not a consultation, though it tells how to respond', () => {
    expect(kinds(howWeConsult)).toEqual(['engagement-plan']);
  });

  it('is a consultation once it asks for views by a date', () => {
    const dated = `${howWeConsult}\n\nWe are now consulting on moving the foot clinic to Mill Street. Please send us your views by 12 March 2027.`;
    expect(kinds(dated)).toContain('consultation');
  });
});

describe('standing ways to have a say at a council’s meetings', () => {
  const standing = [
    'Ways to have your say at the village council',
    'We offer lots of ways to give your views on what the council does.',
    'Every council meeting has a public question time slot, when you can speak about any item on the agenda. Please come along.',
    'If you cannot come to the meeting, you can write to the clerk about any item on the agenda and the clerk will read it out.',
  ].join('\n\n');

  it('sets out how people take part, and invites to the meetings', () => {
    expect(kinds(standing)).toEqual(['engagement-plan', 'meeting-invitation']);
  });
});

describe('a consultation that names its public events', () => {
  it('by month invites to them', () => {
    const byMonth = [
      'Changes to community nursing',
      'The health board has launched a public consultation on two options for community nursing.',
      'People can share their views at public events in March and into April.',
    ].join('\n\n');
    expect(kinds(byMonth)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('set up as part of the consultation invites to them', () => {
    const setUp = [
      'Why are the drop-in sessions held in the day?',
      'We have arranged drop-in sessions at every branch library as part of the consultation process, with staff on hand to answer questions about the proposals.',
      'Most sessions take place while the library is open.',
    ].join('\n\n');
    expect(kinds(setUp)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('but a deciding body’s meeting in a month invites nobody', () => {
    const deciding = [
      'Bus lane consultation',
      'We are consulting on a new bus lane on Quay Road. Please tell us what you think by 3 May 2027.',
      'The final decision will be made at a public meeting in June, after the cabinet member reads a report of what you told us.',
    ].join('\n\n');
    expect(kinds(deciding)).toEqual(['consultation']);
  });
});

describe('the times that open and close a period to respond', () => {
  it('are not an event', () => {
    const period = [
      'Second consultation stage of the village plan',
      'The parish council has to ask for comments on the draft plan for six weeks or more. The consultation opens at 9am on Monday 4 January 2027 and closes at 5pm on Friday 19 February 2027.',
      'To read the draft plan and send your comments, follow the link below.',
    ].join('\n\n');
    expect(kinds(period)).toEqual(['consultation']);
  });
});

describe('a consultation launched back then', () => {
  it('is history on a page that tells what came of it', () => {
    const history = [
      'Published 3 November 2027',
      'Residents met last week to mark the end of work on a new set of promises about how the council listens.',
      'We first launched an eight-week consultation in March asking people what the council should do differently. Their answers shaped six workshops over the summer.',
      'In the workshops residents said they wanted clearer letters, more feedback after consultations and meetings in local halls.',
      'Ten residents rewrote the old promises with council staff, and the council will vote on them in December.',
    ].join('\n\n');
    expect(kinds(history)).not.toContain('consultation');
  });
});

describe('a page titled with a board’s meetings held in public', () => {
  it('is about those meetings, not a plan', () => {
    const board = [
      'Public questions at the health board’s meetings',
      'The board meets in public and its meetings are streamed on our website. Members of the public can watch but there is no chance for members of the public to join the discussion.',
      'Each agenda has a section for questions from members of the public. The agenda and papers are published a week before the meeting.',
      'Members of the public may ask up to two questions about items on the agenda. Questions from members of the public must give the name of the member of the public asking, and of any group they ask for.',
      'Questions go to the Head of Corporate Affairs and the chair decides which are answered. Members of the board may not be asked about legal matters.',
    ].join('\n\n');
    expect(kinds(board)).toEqual(['meeting-invitation']);
  });
});

describe('a plan still to be made from what people said', () => {
  it('is named in passing, not the page’s title', () => {
    const page = [
      'Thank you for your answers',
      'More than 400 households sent back the village questionnaire, and you can read the full results on the results page.',
      'We are still reading every comment. This will form a village action plan about the things people want to see.',
    ].join('\n\n');
    expect(kinds(page)).not.toContain('engagement-plan');
  });
});
