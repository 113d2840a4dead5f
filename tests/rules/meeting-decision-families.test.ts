/**
 * Families of wording the meeting rules, access-needs-not-asked and
 * decision-already-made used to misread: an access-needs ask worded another
 * way, an honest "final" still to come, another way to take part without
 * attending, and times that are not when a meeting happens. Examples are
 * written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { accessNeedsNotAsked } from '../../rules/access-needs-not-asked';
import { decisionAlreadyMade } from '../../rules/decision-already-made';
import { meetingAccess } from '../../rules/meeting-access';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { meetingTiming } from '../../rules/meeting-timing';
import { findTimes } from '../../rules/lib/times';

function lint(rule: Rule, source: string, profiles: ProfileId[] = ['meeting-invitation']) {
  const { doc } = parsePlainText(source);
  return new Linter([rule]).lint(doc, { profiles }).findings;
}

const EVENT = `Carers' listening event

When: Wednesday 11 June 2025, 10.30am to 12.30pm
Where: Oakfield Community Centre, Station Road, Oakfield OK2 3RT`;
const SIGNED = `Ravi Patel, Engagement Officer
Phone: 01632 960 111
Email: ravi.patel@example.org`;

describe('access-needs-not-asked: asks worded another way', () => {
  it.each([
    `If you need a British Sign Language (BSL) interpreter or other help to take part, tell Ravi at least a week before the event.`,
    `We will arrange whatever you need to take part, such as a support worker or papers in large print. Tell us when you apply, or ring us any time before the first session.`,
    `If you have any access requirements, please contact the Forum Secretary at least five working days before the meeting.`,
    `If you need anything else to help you come, let Ravi know before the day.`,
    `Contact Ravi if you need anything to help you take part, no later than Friday 6 June.`,
  ])('accepts “%s”', (ask) => {
    expect(lint(accessNeedsNotAsked, `${EVENT}\n\n${ask}\n\n${SIGNED}`)).toEqual([]);
  });

  it('accepts an ask followed by a contact section under its own heading', () => {
    const source = `${EVENT}\n\nTell us what would help you take part, for example a quiet room or breaks. Let us know a few days before if you can.\n\nGet in touch\n\n${SIGNED}`;
    expect(lint(accessNeedsNotAsked, source)).toEqual([]);
  });

  it('still asks for whom and by when when the ask gives neither', () => {
    const f = lint(accessNeedsNotAsked, `${EVENT}\n\nIf you need anything to help you take part, let us know.`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/whom to tell/);
    expect(f[0]!.message).toMatch(/by when/);
  });

  it('still flags an invitation that asks nothing', () => {
    expect(lint(accessNeedsNotAsked, `${EVENT}\n\n${SIGNED}`)[0]!.message).toMatch(/does not ask people what they need/);
  });
});

describe('decision-already-made: a final version still to come, a commitment to respond', () => {
  const check = (text: string) => lint(decisionAlreadyMade, text, ['consultation']);
  it.each([
    'When the consultation closes we will read every response, and a decision will be made on the final proposals in the autumn.',
    'Our report will show how your comments shaped the final design.',
    'Everything you tell us will feed into the final plan.',
    'The Cabinet has agreed to respond in public to every recommendation the panel makes.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });
  it.each([
    ['The final plan is set out below.', 'The final plan'],
    ['The Cabinet has agreed to close the depot.', 'The Cabinet has agreed to close'],
  ])('still flags “%s”', (text, words) => {
    const f = check(text);
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe(words);
  });
});

describe('meeting-in-person-only: a form to send back is another way', () => {
  it.each([
    'Fill in the enclosed questionnaire and post it back in the prepaid envelope.',
    'You can also fill it in online at www.example.org/views.',
    'Or call us on 01632 960 222 and we will fill it in with you.',
  ])('accepts “%s”', (other) => {
    expect(lint(meetingInPersonOnly, `${EVENT}\n\nCome along in person and tell us what you think.\n\n${other}`)).toEqual([]);
  });
  it('does not take a booking form for another way to take part', () => {
    expect(lint(meetingInPersonOnly, `${EVENT}\n\nCome along in person and tell us what you think. Please fill in the booking form to reserve a place.`)).toHaveLength(1);
  });
});

describe('meeting-timing: end times worded another way, and response windows', () => {
  it('reads “finished by” as the end of a session', () => {
    expect(findTimes('meet at the library at 11am (finished by 12.30pm)').map((t) => t.kind)).toEqual(['point', 'until']);
    expect(findTimes("we'll be done by 2pm")[0]!.kind).toBe('until');
  });
  it('does not read the hours of a response window as meeting times', () => {
    const source = `Comments period: 9.00am Monday 1 September 2025 to 5.00pm Monday 13 October 2025\n\nDrop-in sessions\n\nSaturday 6 September, 10.30am to 12.30pm, Oakfield Community Centre\nTuesday 16 September, 1pm to 3pm, Oakfield Community Centre`;
    expect(lint(meetingTiming, source)).toEqual([]);
  });
  it('still flags a session whose worded end is late', () => {
    const f = lint(meetingTiming, `Walkabout\n\nThursday 12 June: meet at the Oakfield Community Centre at 1pm (finished by 4.30pm). Friday 13 June: meet there at 2pm (finished by 5pm).`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/after 3pm/);
  });
});

describe('meeting-access: a venue followed by posting papers is still a venue', () => {
  const base = `Panel meetings\n\nTuesday 14 October 2025, 11am to 1pm\n\nMeetings are at The Old Mill Centre, 2 River Road, Oakfield OK1 2CD. We send the papers out a week before and can post them to you. You can also join by video.`;
  it('asks about the venue, not the video call', () => {
    const f = lint(meetingAccess, base);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/where the meeting is/);
  });
  it('accepts the venue once its access is described', () => {
    expect(lint(meetingAccess, `${base}\n\nThe building has step-free access, an accessible toilet and a hearing loop, and the 12 bus stops outside.`)).toEqual([]);
  });
});
