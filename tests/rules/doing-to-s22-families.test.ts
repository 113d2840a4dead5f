/**
 * Families of "doing to" that the new real-page sets s and t showed, each also seen in an older set (issue 9,
 * session 22). Every family is a structure, tested with sentences written for this file and near misses that must
 * stay quiet; the suggestion texts are checked where a new kind of finding was added.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';
import { isPeoplePhrase } from '../../rules/lib/ensure-people';
import { notTheSubject } from '../../rules/lib/not-the-subject';

const linter = new Linter([doingTo]);
const findings = (text: string) => linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;
const flagged = (text: string) => findings(text).map((f) => f.text);

const FAMILIES: Record<string, { match: string[]; noMatch: string[] }> = {
  'a prohibition in polite form (sets s and m)': {
    match: [
      'Please do not come to the clinic without an appointment.',
      'While the lift is broken, please don’t use the back stairs.',
      'We will write to you soon, so please do not ring the office about your booking.',
    ],
    noMatch: [
      'Please do not hesitate to ring the office with any questions.',
      'Please don’t worry if you cannot come to every meeting.',
      'Please do not reply to this message, as nobody reads this inbox.',
      'Please come along and bring a friend.',
    ],
  },
  'a reminder that hands down rules (sets t and m)': {
    match: [
      'Members of the public are reminded of the following house rules.',
      'All tenants are politely reminded they may not film the meeting.',
      'Parents are reminded that the gate is locked at nine.',
    ],
    noMatch: ['You will be reminded of the meeting date by text.', 'Residents will be reminded by post nearer the time.'],
  },
  'the organisation making sure people are told or obey (sets j, m and t)': {
    match: [
      'The panel helps us make sure tenants, leaseholders and their neighbours are well informed about the repairs.',
      'The officer ensured the residents were fully informed about the new charges.',
      'The chair will ensure that panel members keep to the code of conduct.',
      'We are making sure patients comply with the new visiting rules.',
    ],
    noMatch: [
      'The panel helps us make sure tenants can give their views on the repairs.',
      'The council is ensuring the people of the borough are better informed and involved.',
      'We will make sure our staff are well informed about the changes.',
      'The chair will ensure the meetings keep to time.',
    ],
  },
  'the public at a meeting, named as observers (sets t and l)': {
    match: [
      'Observers are not permitted to speak or ask questions during the meeting.',
      'Because the room is small, observers are required to book a seat in advance.',
      'Any observers who arrive late, or without a booking, will not be permitted to enter the hall.',
      'Some sessions are formal ones where people can watch but not take part.',
    ],
    noMatch: [
      'Questions from observers will be answered at the end of the meeting.',
      'Observers are welcome to stay for the informal part afterwards.',
      'Residents can watch the meeting and ask questions at the end.',
    ],
  },
  'people who are not the subject of the verb (sets l, n and t)': {
    match: ['Residents near the depot will be moved to the new estate.', 'Further to our letter, tenants will be moved to the new block.'],
    noMatch: [
      'The hopes of residents and carers are considered in every plan.',
      'Many asked for a proper talk with the practice’s 9,000 patients is arranged first.',
      'The public meeting will be held in the library on Monday.',
      'Anyone who loves the common and how it is managed is asked to take part.',
    ],
  },
  'an ask to come or wait is an ask, not an order (sets s and f)': {
    match: ['Families visiting after nine will be asked to leave by the night staff.'],
    noMatch: ['Members will be asked to attend four meetings a year.', 'At busy times visitors may be asked to wait a few minutes.'],
  },
};

describe('doing-to: families from sets s and t and an older set', () => {
  for (const [family, { match, noMatch }] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const text of match) it(`flags: ${text}`, () => expect(flagged(text)).not.toEqual([]));
      for (const text of noMatch) it(`leaves alone: ${text}`, () => expect(flagged(text)).toEqual([]));
    });
  }

  it('says what a polite prohibition forbids, and offers another way', () => {
    const [f] = findings('Please do not come to the surgery in person this week.');
    expect(f?.patternId).toBe('doing-to/polite-prohibition/please-do-not');
    expect(f?.text).toBe('Please do not come');
    expect(f?.message).toMatch(/what not to do/);
    expect(f?.suggestions[0]).toBe('We ask you not to come to the surgery in person this week for now. If you need to, tell us and we will find another way.');
  });

  it('turns an order to obey into an ask with help', () => {
    const [f] = findings('The chair will ensure that forum members keep to the code of conduct.');
    expect(f?.patternId).toBe('doing-to/ensure-people/ensure-people-comply');
    expect(f?.suggestions[0]).toMatch(/^We are asking forum members to keep to the code of conduct\./);
  });
});

describe('isPeoplePhrase: the words between "ensure" and the verb', () => {
  it.each(['patients, the public and other stakeholders', 'the attendees', 'forum members', 'all tenants'])('people: %s', (np) => expect(isPeoplePhrase(np)).toBe(true));
  it.each(['the people of the county', 'our staff', 'the meetings', 'board members', 'all stakeholders'])('not people: %s', (np) => expect(isPeoplePhrase(np)).toBe(false));
});

describe('notTheSubject', () => {
  it('reads people after a preposition, with a list or a possessive between, as not the subject', () => {
    expect(notTheSubject('the views of residents and ', 'service users', ' ', 'are considered')).toBe(true);
    expect(notTheSubject('talks with the surgery’s 4,000 ', 'patients', ' ', 'is arranged')).toBe(true);
  });
  it('starts a new clause after a comma', () => expect(notTheSubject('further to our letter, ', 'tenants', ' ', 'will be moved')).toBe(false));
  it('sees another subject right before the verb', () => expect(notTheSubject('', 'people', ' who love the park and how it ', 'is managed')).toBe(true));
  it('sees a plural group with a singular verb', () => {
    expect(notTheSubject('', 'patients', ' ', 'is carried out')).toBe(true);
    expect(notTheSubject('', 'patients', ' ', 'are moved')).toBe(false);
  });
});
