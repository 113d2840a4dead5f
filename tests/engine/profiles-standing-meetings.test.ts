/**
 * Pages of a body or group whose meetings the public may come to (issue 9, session 24): the
 * meetings are said to be public, or held on a cycle at a place, with no date of one meeting.
 * Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('a body whose meetings are public', () => {
  it('is an invitation when its meetings are said to be public', () => {
    const page = [
      'Town council meetings',
      'All meetings of the town council are public and we are always glad to see residents come along. Each meeting starts with fifteen minutes for questions from the floor.',
      'The agenda goes on the notice board three clear days before each meeting, with the papers. Members of the group may bring items for the agenda through the clerk.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('a patient group that meets on a cycle at a named place, and welcomes those who cannot come', () => {
    const page = [
      'Our patient group is made up of volunteer patients, the practice manager and one of the doctors. Members meet to talk about the services on offer and how they could improve for patients.',
      'We welcome comments from patients who cannot come to our meetings, by e-mail.',
      'Our meetings are usually held on the first Wednesday of every month at the Orchard Community Room, Mill Lane.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('not when the meetings are private or only their minutes are public', () => {
    const page = [
      'Board papers',
      'The minutes of meetings are public documents and are published on this page once they are approved. The board meets in private to discuss staff and contracts.',
    ].join('\n\n');
    expect(kinds(page)).not.toContain('meeting-invitation');
  });
});

describe('what people may do at a meeting to come', () => {
  it('an association page whose members are invited and encouraged to attend its general meetings', () => {
    const page = [
      'The following meetings take place:',
      'Annual general meeting',
      'This is the formal yearly meeting of the association, held each March, and members are invited and encouraged to attend. The new committee is elected at it.',
      'Committee meetings',
      'The committee meets about every two months. These meetings are for committee members only.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('a first meeting where everyone will have the chance to vote', () => {
    const page = [
      'First meeting: September',
      'We are starting a tenants’ association for the three blocks and we would love everyone to be involved.',
      'All tenants will have the chance to vote for the new committee at the first meeting. Please bring a neighbour.',
      'The committee will run the association and speak for the tenants with the landlord.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('not a page that tells people they had the chance, or are encouraged to keep appointments', () => {
    const page = [
      'Tenants’ association news',
      'Tenants had the chance to vote for the new committee at the first meeting in September, and 40 came.',
      'Patients are encouraged to attend their appointments at the new clinic on time.',
    ].join('\n\n');
    expect(kinds(page)).not.toContain('meeting-invitation');
  });
});
