/**
 * Session 27 (issue 9): the meeting checks said "nothing about access" or "the only way to take part" on real
 * pages that said something, in some form. Examples in our own words.
 * - meeting-access: the place's full address (a postcode, or a street and a town) beside the meeting's day or
 *   time, a direction from a landmark ("which is opposite the library"), the language of the meeting, and for an
 *   online meeting how to get in (the link, registering for it, a browser) are each a start: the softer finding
 *   quotes them. An address to write to, or a letterhead, is no help in getting to the meeting.
 * - meeting-in-person-only: written statements sent before the meeting, and a wish to contribute or views to
 *   give followed by someone to contact, are other ways to take part; questions the organiser is asking are not.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { meetingAccess } from '../../rules/meeting-access';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { ABSENT, check } from './structure-helpers';

const MI: ProfileId[] = ['meeting-invitation'];
const claimsNothing = (message: string) => ABSENT.test(message);

describe('meeting-access: an address or a direction is a start, not nothing', () => {
  it('a postcode beside the day of the drop-in is quoted back as a start', () => {
    const text = 'Drop-in sessions on the new cycle lanes\n\nThursday 5 March, 3pm to 6pm: The Corn Exchange, Westby WB3 9QP';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/Corn Exchange, Westby WB3 9QP/);
    expect(claimsNothing(r.findings[0]!.message)).toBe(false);
  });

  it('a street and a town after the place are a start', () => {
    const text = 'Come to our open evening on Monday 9 March at 6pm at the Ferry Lane Pavilion, Quarry Road, Lowmoor, to see the plans.';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(false);
  });

  it('a place named with its street only still says nothing about access', () => {
    const text = 'Come to our open evening on Monday 9 March at 6pm at the Ferry Lane Pavilion, Quarry Road.';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(true);
  });

  it('an address to write to, under a contact heading, is no help in getting to the meeting', () => {
    const text =
      'Public meeting on the library hours\n\nTuesday 10 March, 7pm at Southgate Library.\n\nContact us\n\nLibrary Services, Borough Offices, Mill Street, Southgate SG2 4RT';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(true);
  });

  it('a direction from a landmark is a start', () => {
    const text = 'The coffee morning is on Friday 6 March from 10am to noon at Hope Street Chapel, which is across the road from the post office.';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/across the road from the post office/);
    expect(claimsNothing(r.findings[0]!.message)).toBe(false);
  });

  it('the language of the meeting is a start', () => {
    const text =
      'The town council meets on the first Monday of each month at 7pm in the Market Hall. Meetings are held in Welsh, and anyone may speak in either Welsh or English.';
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(false);
  });
});

describe('meeting-access: how to get into an online meeting is a start', () => {
  const webinar = 'Online meeting on the dental plan\n\nWednesday 11 March, 6pm to 7pm, on Microsoft Teams.';

  it('registering to get the joining link is quoted back', () => {
    const r = check(meetingAccess, `${webinar}\n\nSign up for a place and we will e-mail you the link.`, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(false);
  });

  it('with nothing about joining it still says nothing about access', () => {
    const r = check(meetingAccess, webinar, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!.message)).toBe(true);
  });
});

describe('meeting-in-person-only: other ways to take part in some form', () => {
  const hearing = 'Licensing panel meeting\n\nThe panel meeting is on Tuesday 17 March at 10am at Westby Town Hall. You are welcome to attend.';

  it('written statements sent before the meeting are another way', () => {
    const text = `${hearing}\n\nWritten statements from residents must reach the licensing officer two days before the hearing.`;
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });

  it('a wish to contribute, then someone to e-mail, is another way', () => {
    const text = `${hearing}\n\nIf you would like to contribute to the review, please email the licensing officer.`;
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });

  it('getting involved, then someone to contact, is not', () => {
    const text = `${hearing}\n\nIf you would like to get involved, talk to the officer.`;
    expect(check(meetingInPersonOnly, text, MI).findings).toHaveLength(1);
  });

  it('questions the organiser is asking are not a way to send views', () => {
    const text =
      'What do you value about the moor? These are some of the questions being asked by the rangers in advance of a run of open meetings.\n\nCome along on Saturday 14 March, 2pm to 4pm, at Moorside Village Hall.';
    const r = check(meetingInPersonOnly, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/only way to take part/);
  });
});
