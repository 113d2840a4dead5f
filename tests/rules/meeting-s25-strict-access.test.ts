/**
 * Session 25 (issue 9): meeting access in the strict sense the real-page labels use. A disability access
 * detail or an offer to arrange what people need means the page says something real about access (no
 * finding); a map, parking or a bare "accessible venue" is a start (a softer finding); nothing is nothing.
 * And any other way to take part ends the in-person-only check. All examples are our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { meetingAccess } from '../../rules/meeting-access';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { check, saysMissing } from './structure-helpers';

const MI: ProfileId[] = ['meeting-invitation'];
const EVENT = 'Come to our open evening about the new library opening hours.\n\nThursday 9 April, 6pm to 8pm\nOakfield Community Centre, Mill Lane';

describe('meeting-access: an offer of adjustments is access described', () => {
  it.each([
    ['asked when registering', 'Please tell us about any access requirements when you sign up.'],
    ['the need first, then whom to tell', 'If you require any assistance or special arrangements on the night, please speak to the team beforehand.'],
    ['needs sent to someone', 'Any communication needs can be emailed to Priya before the event.'],
    ['a plain contact verb before the need', 'Contact the clerk if you have any mobility needs.'],
    ['adjustments arranged for the event', 'Reasonable adjustments can be arranged so that you can attend.'],
  ])('%s: no finding', (_, sentence) => {
    expect(check(meetingAccess, `${EVENT}\n\n${sentence}`, MI).findings).toEqual([]);
  });

  it.each([
    ['people described by their needs', 'Tell us what you think of library services for children with additional needs.'],
    ['adjustments to a service, not the event', 'Where needed, reasonable adjustments will be made for patients using the new clinic.'],
    ['food, not access', 'Let us know about dietary requirements.'],
  ])('%s is no offer: there is still a finding', (_, sentence) => {
    expect(check(meetingAccess, `${EVENT}\n\n${sentence}`, MI).findings).toHaveLength(1);
  });
});

describe('meeting-access: what counts as a disability access detail', () => {
  it('parking for disabled people is one', () => {
    expect(check(meetingAccess, `${EVENT}\n\nThere are three blue badge bays next to the door.`, MI).findings).toEqual([]);
  });

  it('ordinary parking is a start, quoted back with what to add', () => {
    const f = check(meetingAccess, `${EVENT}\n\nThere is free parking at the back.`, MI).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/which is a start/);
  });

  it('a sign language video of the papers is a format, not access to the event', () => {
    const f = check(meetingAccess, `${EVENT}\n\nA British Sign Language (BSL) video of this leaflet is on our website.`, MI).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
    expect(f[0]!.message).toMatch(/BSL interpreter/);
  });
});

describe('meeting-access: a formal meeting with no day or time that is followed online', () => {
  it('names the online needs when the meeting is only online', () => {
    const text = 'Committee meetings\n\nThe committee meets in public online. You can watch the meeting live on Teams, and a recording is published afterwards.';
    const f = check(meetingAccess, text, MI).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
    expect(f[0]!.message).toMatch(/captions/);
  });

  it('names the needs of a room when the meeting is also held in a named place', () => {
    const text = 'Committee meetings\n\nThe committee meets in public at the Guildhall. You can also watch the meeting live on Teams.';
    const f = check(meetingAccess, text, MI).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/step-free access/);
  });

  it('stays quiet when captions are offered', () => {
    const text = 'Committee meetings\n\nThe committee meets in public online. You can watch the meeting live on Teams with live captions.';
    expect(check(meetingAccess, text, MI).findings).toEqual([]);
  });
});

describe('meeting-in-person-only: other ways to take part (s25)', () => {
  const lead = 'The parish council meets at the Village Hall, Green Lane, on Monday 2 March at 7.30pm.';
  it.each([
    ['written enquiries sent ahead of the meeting', `${lead} Written enquiries may be sent to the clerk two days ahead of the meeting.`],
    ['a chance to comment, away from any event', `The plan is open for comment until May. You have the opportunity to comment on the route. ${lead}`],
    ['other ways to have your say', `${lead} There are other ways to have your say as well.`],
  ])('%s: no finding', (_, text) => {
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });

  it('still says the room is the only way when the page names nothing else', () => {
    expect(saysMissing(meetingInPersonOnly, `${lead} Everyone is welcome.`, MI)).toBe(true);
  });
});

describe('s25: forms of words the checks missed', () => {
  it('reads "webcasting" as a way to watch, like "webcast"', () => {
    const text = 'The parish council meets at the Village Hall, Green Lane, on Monday 2 March at 7.30pm. The council is webcasting its meetings this year.';
    expect(check(meetingInPersonOnly, text, MI).findings).toEqual([]);
  });

  it('does not read "there is no dial-in option" as help to join', () => {
    const text = 'Committee meetings\n\nThe committee meets in public, some months online and some in person. Meetings in person have no dial-in option.';
    const f = check(meetingAccess, text, MI).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});

describe('s25: a single detail silences the check, so the detail words must be real ones', () => {
  it.each([
    ['next steps', 'The next steps to improve the service are set out below.'],
    ['lift as a verb', 'We hope to lift the parking restrictions next year.'],
    ['toilets with no word of access', 'The toilets are next to the main hall.'],
  ])('%s is no access detail', (_, sentence) => {
    expect(check(meetingAccess, `${EVENT}\n\n${sentence}`, MI).findings).toHaveLength(1);
  });

  it.each([
    ['a lift', 'There is a lift to all floors.'],
    ['a few steps', 'There are two steps at the front door.'],
    ['accessible toilets', 'The toilets are fully accessible.'],
  ])('%s is one', (_, sentence) => {
    expect(check(meetingAccess, `${EVENT}\n\n${sentence}`, MI).findings).toEqual([]);
  });
});
