/**
 * Session 26 (issue 9): ways to ask that name no number are "thin", never "does not say": a web address
 * for more information, questions sent to a named place or person, questions taken at the events. A team
 * or a service centre named beside a number is a named contact; a civic centre in a postal address is not.
 * All examples are our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingContact } from '../../rules/missing-contact';
import { check, softFinding, ABSENT } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const ASK = 'Have your say on the new library hours\n\nWe would like your views on the proposed opening times by 12 May 2027.\n\n';

describe('missing-contact: a way to ask with no number is a start', () => {
  it.each([
    ['a web address for more information', 'To find out more, visit https://northby.example.org/libraries.'],
    ['the address first', 'See https://northby.example.org/libraries for more details.'],
    ['questions sent to a named place', 'Please send any questions to your local library.'],
    ['concerns raised with a worker', 'Raise any concerns with your care coordinator.'],
    ['questions taken at the events', 'Questions about the hours can be asked at any of the drop-in sessions.'],
    ['staff to speak to, no number', 'Speak to youth club staff about the trips.'],
    ['a named website for more, its address lost', 'For more information about the fun day, go to the town council’s website on:'],
    ['a long lead-in before a web address', 'To find out more about the new bus routes and how to comment on them, please visit https://northby.example.org/buses'],
    ['an e-mail address lost mid-sentence', 'Please let us know by email to and we will send you a link.'],
  ])('%s: quoted back, not "does not say"', (_, line) => {
    const f = softFinding(missingContact, ASK + line, C);
    expect(f.message).not.toMatch(ABSENT);
  });

  it('still says so when nothing at all is given', () => {
    const f = check(missingContact, `${ASK}The survey has ten questions about opening times.`, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(ABSENT);
  });
});

describe('missing-contact: who people will speak to', () => {
  it('a named service centre with a number is a named contact', () => {
    expect(check(missingContact, `${ASK}Call the Carers Advice Centre on 01632 960 111 with any questions.`, C).findings).toEqual([]);
  });

  it('a civic centre in a postal address is not a person or team to speak to', () => {
    const f = check(missingContact, `${ASK}Email libraries@northby.example.org or write to Northby Council, Civic Centre, High Street, Northby NB1 1AA.`, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/named contact/);
  });
});
