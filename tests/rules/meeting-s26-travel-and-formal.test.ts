/**
 * Session 26 (issue 9): three ways the meeting checks fell silent on real pages, in our own words.
 * - Buses and parking as the page's subject ("our plans for the bus network") are not how to reach the
 *   meeting: they count only beside the meeting's place, time or event.
 * - A heading that links to directions ("How to get to the sports hall") is a start on access (thin).
 * - A board that meets in public, on a page with no date, still meets in a room: with no other way to
 *   take part (and "may be filmed by others" is not one), the in-person check speaks; a pointer to
 *   "details about attending" elsewhere is quoted back as a start, not taken as access described.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { meetingAccess } from '../../rules/meeting-access';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import type { Finding } from '../../src/engine';
import { check } from './structure-helpers';

/** The finding claims nothing is said (the scorer's reading of an "absent" claim). */
const claimsNothing = (f: Finding) => /\bnothing about\b|\bdoes not say\b/.test(f.message);

const MI: ProfileId[] = ['meeting-invitation'];
const DROP_INS = 'Drop-in sessions:\n\n- 3 March 10:00 - 15:00 Hillside Hub, Northton\n\n- 9 March 12:00 - 18:00 Quay Pavilion, Southby';

describe('meeting-access: travel words must be about the meeting', () => {
  it('buses as the subject of the page do not count as how to get there', () => {
    const text = `Have your say on the future of buses\n\nCouncils are working together on changes to the bus network and better public transport across the county.\n\nTell us what matters to you.\n\n${DROP_INS}`;
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!)).toBe(true);
  });

  it('a bus route given beside the venue still counts (a start, not nothing)', () => {
    const text = `Come to our drop-in about the new park.\n\nSaturday 4 May, 10am to 1pm\nVenue: Elm Grove Scout Hut, Park Lane\n\nThe number 7 bus stops at the end of Park Lane.`;
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(claimsNothing(r.findings[0]!)).toBe(false);
  });

  it('a heading pointing to directions is a start', () => {
    const text = `Come to our drop-in about the new park.\n\nSaturday 4 May, 10am to 1pm at Brook Street Sports Hall.\n\nHow to get to the sports hall`;
    const r = check(meetingAccess, text, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/How to get to the sports hall/);
    expect(claimsNothing(r.findings[0]!)).toBe(false);
  });
});

const BOARD =
  'Members of the public may attend meetings of the Board and its committees. You can ask a question at the start of each Board meeting.';

describe('a board that meets in public, with no date on the page', () => {
  it('in-person-only: speaks when there is no other way to take part', () => {
    const r = check(meetingInPersonOnly, BOARD, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/in person/);
  });

  it('in-person-only: being filmed by others is not a way to take part', () => {
    const r = check(meetingInPersonOnly, `${BOARD} Anyone at the meeting may be filmed by members of the press.`, MI);
    expect(r.findings).toHaveLength(1);
  });

  it('in-person-only: silent when the meetings are filmed and shown online', () => {
    expect(check(meetingInPersonOnly, `${BOARD} Meetings are filmed and put on our website.`, MI).findings).toEqual([]);
  });

  it('meeting-access: a pointer to details elsewhere is quoted as a start', () => {
    const r = check(meetingAccess, `${BOARD} For details about attending, see the guide on our website.`, MI);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/details about attending/);
    expect(claimsNothing(r.findings[0]!)).toBe(false);
  });
});

describe('meeting-in-person-only: a questionnaire sent to every home is another way to take part', () => {
  const meeting = 'Parking in Elm Ward\n\nCome to the residents meeting on Tuesday 6 April at 7pm at Elm Ward Community Centre.';
  it('silent when a questionnaire goes to every home', () => {
    const text = `${meeting}\n\nA plan of the area and a short questionnaire will be posted to every household in the ward.`;
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });
  it('still speaks when only a newsletter goes to every home', () => {
    const text = `${meeting}\n\nOur newsletter is delivered to every household in the ward.`;
    expect(check(meetingInPersonOnly, text, MI).findings).toHaveLength(1);
  });
});
