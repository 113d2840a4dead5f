/**
 * Session 24 additions to doing-to, each read from structure rather than from one wording: orders in the present
 * ("tenants need to send…"), a condition that ends at "then", sanctions done to people, letters that confirm what is
 * settled, information pushed one way to people, educating people said as a noun, the organisation "targeting those
 * who…" or "reminding residents that…", and a passive after "will continue to be" or "will have been". The sentences
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const linter = new Linter([doingTo]);
const flagged = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => text.slice(f.start!, f.end!));

describe('doing-to, session 24 structure', () => {
  it.each([
    ['Before moving in, tenants need to send us the names of two neighbours.', 'tenants need to send'],
    ['If the boiler has not been serviced then you must not use it until we visit.', 'you must not use'],
    ['If you missed the letter then you should bring your old card to the office.', 'you should bring'],
    ['Refusing entry may lead to court action being taken against you.', 'action being taken against you'],
    ['Late returns can result in a fine issued to residents on the street.', 'fine issued to residents'],
    ['You will receive a short letter from the records office confirming your new doctor.', 'You will receive a short letter from the records office confirming'],
    ['Leaflets explaining the new bin days will be distributed to households in March.', 'distributed to households'],
    ['The changes were communicated to the public through notices on lamp posts.', 'communicated to the public'],
    ['The fund pays for health talks and residents’ education about damp.', 'residents’ education'],
    ['We are targeting those who have not replied to our first letter.', 'We are targeting those'],
    ['The council will remind tenants that the drying room stays locked.', 'remind tenants that'],
    ['Families on the estate will continue to be moved while the blocks are rebuilt.', 'will continue to be moved'],
    ['By June every patient will have been allocated to one of the two partners.', 'will have been allocated'],
    ['The new charges are going to be imposed on them without a vote.', 'imposed on them'],
    // "To" and a verb after the people says why, unless the verb is one that takes people and an infinitive.
    ['The care team will assess you to work out what help you need.', 'The care team will assess you'],
  ])('flags “%s”', (text, part) => {
    expect(flagged(text).some((f) => f.includes(part) || part.includes(f))).toBe(true);
  });

  it.each([
    // A need some of a group has, or a count of people, is a fact and not an order.
    'Some people need to stay on the ward for a few more nights.',
    'Too many people still have to travel to a bed in another county.',
    'Better discharge planning will mean fewer people need to wait.',
    // A heading or a question word in front: "what you need to do".
    'What you need to do next',
    'All you have to do is keep the letter safe.',
    // A condition that never reaches "then" is still a condition.
    'If you need to change your visit please ring the office.',
    // Reassurance and reporting back.
    'No charge will be issued to you for the first missed visit.',
    'We will communicate the outcome to residents in July.',
    'The survey was distributed to residents in May.',
    'You will receive a letter with a choice of three dates.',
    // Courses people choose, and teaching children.
    'We run a patient education course on living with diabetes.',
    'The education of children is a duty of the council.',
    // A reminder of a date is a courtesy; "those" without a description is not people.
    'We will remind you of the date nearer the time.',
    'We are replacing those with new windows.',
    // Inverted "should": a condition, not an order.
    'The clinic will stay open late should residents wish to visit after work.',
    // Taking part: telling the council what matters, saying you want to join.
    'Parents are urged to tell the council which play areas they use.',
    'You must indicate on the form which panel you want to sit on.',
    // After a verb that takes people and an infinitive, the people are the doers of what follows.
    'The council will trust residents to look after the new garden.',
    // Rights given to people are not done to them.
    'Secure tenants and resident owners will be guaranteed a place back on the estate.',
  ])('leaves “%s” alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
