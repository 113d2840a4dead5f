import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';

function check(rule: Rule, source: string) {
  const { doc } = parsePlainText(source);
  const report = new Linter([rule]).lint(doc, { profiles: ['meeting-invitation'] });
  const text = (id: string | null) => doc.blocks.find((b) => b.id === id)?.text;
  return { findings: report.findings, anchorText: (i = 0) => text(report.findings[i]!.anchorBlockId) };
}

const PUBLIC_MEETING = `PUBLIC MEETING

Fellgate Parish Council invites all residents to a public meeting to discuss the sites proposed for new housing.

Wednesday 19 March at 7pm
Fellgate Village Hall

All welcome. Please come along and make your voice heard.`;

describe('meeting-in-person-only', () => {
  it('flags a public meeting that is the only way to have a say', () => {
    const r = check(meetingInPersonOnly, PUBLIC_MEETING);
    expect(r.findings).toHaveLength(1);
    expect(r.anchorText()).toBe('Fellgate Village Hall');
    expect(r.findings[0]!.message).toMatch(/only way to take part is to come to the meeting in person/);
    expect(r.findings[0]!.example).toMatch(/Can’t make it\?/);
  });

  it.each([
    ['an online option', 'You can also join online using Microsoft Teams.'],
    ['written views', 'Can’t make it? Send us your views by email to plan@fellgate.gov.uk.'],
    ['a survey', 'You can also fill in our online survey.'],
    ['a recording', 'The meeting will be recorded and the recording will be available on our website.'],
    ['a phone line', 'Call us to share your views on 01632 960 000.'],
  ])('accepts %s', (_name, sentence) => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\n${sentence}`).findings).toEqual([]);
  });

  it('does not count booking online or a negated option as another way in', () => {
    const r = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nBook online at www.fellgate.gov.uk. The meeting will not be streamed online.`);
    expect(r.findings).toHaveLength(1);
  });

  it('does not count sending apologies as another way to take part', () => {
    const r = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nPlease tell us if you cannot attend so we can plan the room.`);
    expect(r.findings).toHaveLength(1);
  });

  it('counts a survey that is open now as another way in', () => {
    const r = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nOur questionnaire is now live and you can share the questionnaire link with neighbours.`);
    expect(r.findings).toEqual([]);
  });

  it('does not count "tell us your views" at the meeting', () => {
    const r = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nCome and tell us your views.`);
    expect(r.findings).toHaveLength(1);
  });

  it('stays quiet for a survey with no event', () => {
    expect(check(meetingInPersonOnly, 'Have your say\n\nPlease fill in the survey by 12 May.').findings).toEqual([]);
  });
});

describe('meeting-in-person-only: other ways written informally', () => {
  it('reads “in person at … or online on Zoom” as a way to join without coming', () => {
    const r = check(meetingInPersonOnly, 'Youth forum\n\nFriday 7 May, 5pm to 7pm\nEither in person at the Youth Hub, 2 Bank Street, or online on Zoom.');
    expect(r.findings).toEqual([]);
  });

  it('reads “chat to us on the phone” and voice notes as alternatives', () => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nRather not come? You can chat to us one-to-one on the phone.`).findings).toEqual([]);
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nYou can also send us a voice note instead.`).findings).toEqual([]);
  });

  it('does not read “by post or online” survey routes as an online meeting', () => {
    const r = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nThe parish newsletter is available by post or online.`);
    expect(r.findings).toHaveLength(1);
  });
});

describe('meeting-in-person-only: views given at the event are not another way', () => {
  it('flags an invitation whose only ask for feedback is at the events', () => {
    const text = 'Village Plan Events\n\nWe would like to invite you to one of our events in June to give us your feedback on the plan so far.\n\n- Memorial Hall, Friday 11 June 2027, 7pm to 9pm\n- Church Rooms, Saturday 12 June 2027, 10am to 12pm';
    expect(check(meetingInPersonOnly, text).findings).toHaveLength(1);
  });
  it('reads "tea afternoons inviting local people to share their experiences" as taking part there', () => {
    const text = 'Coffee mornings\n\nOur volunteers are running tea afternoons inviting local people to share their experiences of the clinic.\n\n- Town Library, Tuesday 8 June 2027, 10am to 12pm';
    expect(check(meetingInPersonOnly, text).findings).toHaveLength(1);
  });

  it('accepts views shared online in the third person', () => {
    const text = 'Merger events\n\nCome along to an event at the Memorial Hall, Friday 11 June 2027, 7pm to 9pm. Patients can also share their views online or on a paper form.';
    expect(check(meetingInPersonOnly, text).findings).toEqual([]);
  });

  it('reads a curly apostrophe in “can’t attend”', () => {
    const text = 'Patient forum\n\nJoin us at the Community Room, Tuesday 8 June 2027, 6pm to 8pm. Would you like to share ideas but can’t attend? Email or phone the team.';
    expect(check(meetingInPersonOnly, text).findings).toEqual([]);
  });

  it('accepts feedback sent another way', () => {
    const text = 'Village Plan Events\n\nCome along to one of our events in June.\n\n- Memorial Hall, Friday 11 June 2027, 7pm to 9pm\n\nIf you cannot come, email us your feedback on the plan.';
    expect(check(meetingInPersonOnly, text).findings).toEqual([]);
  });
});

describe('meeting-in-person-only: real-page families', () => {
  it('flags a dated, timed meeting whose place could not be picked out and that offers no other way', () => {
    const r = check(meetingInPersonOnly, 'Patient group\n\nOur next open forum is on Wednesday 3 September 2027 from 2pm to 3.30pm. Everyone is welcome.');
    expect(r.findings).toHaveLength(1);
  });

  it('does not take an agenda you can read online for a meeting you can join online', () => {
    const r = check(meetingInPersonOnly, 'Residents meeting\n\nThe residents meeting is at Oakfield Community Hall on Thursday 5 June 2027, 7pm to 8.30pm. The agenda is ready and you can see it online here.');
    expect(r.findings).toHaveLength(1);
  });

  it('does not count people sharing "their views" with no way to send them (said of the event)', () => {
    const r = check(meetingInPersonOnly, 'Library drop-in\n\nThe council is encouraging people to share their views on its plans. The drop-in is at Oakfield Library on Monday 2 June 2027, 10am to 1pm.');
    expect(r.findings).toHaveLength(1);
  });

  it.each([
    'Residents can also send their comments by email until the end of June.',
    'Residents can also have their say by filling in the consultation online.',
    'Views can be given in a number of ways, including:',
    'Questions may be submitted by email to the clerk.',
    'You can watch the meeting on YouTube.',
    'A survey is also available for people who cannot get there.',
    'Or tell us what you think through the online consultation.',
  ])('counts “%s” as another way to take part', (line) => {
    const r = check(meetingInPersonOnly, `Library drop-in\n\nThe drop-in is at Oakfield Library on Monday 2 June 2027, 10am to 1pm.\n\n${line}`);
    expect(r.findings).toEqual([]);
  });
});

describe('meeting-in-person-only: families from set k (s19)', () => {
  it('does not read someone else being unable to attend as another way to take part', () => {
    const f = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nThe vice-chair takes the chair if the chair is unable to attend.`).findings;
    expect(f).toHaveLength(1);
  });

  it('does not read "leave a message" for more details as another way to take part', () => {
    const f = check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nFor more details, email the clerk or leave a message on 01632 960 123.`).findings;
    expect(f).toHaveLength(1);
  });

  it('still accepts "can\'t attend?" in a question, and a website for how to comment', () => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nWant to share ideas but can’t attend? Ring the clerk.`).findings).toEqual([]);
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nSee the parish website for more information and how to comment further.`).findings).toEqual([]);
  });

  it('flags meetings said to be face to face even with only dates listed', () => {
    const doc = 'Board meetings in public\n\nOur board meetings are now held face to face. Anyone who would like to watch should email to say so.\n\nDates this year:\n- Tuesday 14 January\n- Tuesday 11 March';
    expect(check(meetingInPersonOnly, doc).findings).toHaveLength(1);
  });
});

describe('meeting-in-person-only: general ways to take part without coming (s20)', () => {
  it.each([
    ['written material sent before the meeting', 'If you would like to give written information, hand it to the clerk before the meeting.'],
    ['questions sent in advance', 'Questions for the council can be sent in advance.'],
    ['a meeting shown live', 'The meeting will be shown live online.'],
  ])('accepts %s', (_name, sentence) => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\n${sentence}`).findings).toEqual([]);
  });

  it.each([
    ['a request for apologies', 'Please let me know if you can’t make it.'],
    ['questions taken on the night', 'Questions will be taken at the end of the meeting.'],
  ])('still flags a meeting with only %s', (_name, sentence) => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\n${sentence}`).findings).toHaveLength(1);
  });
});


describe('meeting-in-person-only: the verb of sending before what people would say (s20 round 2, set n)', () => {
  it.each([
    ['concerns submitted to the clerk', 'Alternatively, residents may submit issues or concerns to the clerk by noon on the day before.'],
    ['objections posted to the office', 'Please post any objections to the parish office.'],
  ])('accepts %s as another way to take part', (_name, sentence) => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\n${sentence}`).findings).toEqual([]);
  });

  it.each([
    ['the council sending papers', 'We will send the agenda to every councillor.'],
    ['an application submitted to the council', 'The developer has submitted a planning application to the council.'],
  ])('still flags a meeting where the only sending is %s', (_name, sentence) => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\n${sentence}`).findings).toHaveLength(1);
  });

  // s21-profile: a questionnaire that comes with a newsletter is a way to give views without coming.
  it('counts a survey told as given now or to come as another way', () => {
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nWith the next village newsletter will be a short questionnaire about the sites.`).findings).toEqual([]);
    expect(check(meetingInPersonOnly, `${PUBLIC_MEETING}\n\nThere was a survey about the sites last year.`).findings).toHaveLength(1);
  });
});

// s22-meeting: a meeting given only a day (no clock time, no place picked out) is still held in a room.
describe('meeting-in-person-only: a dated meeting with no time or place (s22)', () => {
  const AGM = 'Annual meeting of the Friends of Brookside\n\nOur annual meeting is on Thursday 14 October 2027 at the community garden. Everyone who lives in the parish is welcome to come and vote on next year’s plans.';

  it('flags a dated annual meeting that offers no other way, beside the line with its day', () => {
    const r = check(meetingInPersonOnly, AGM);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/only way to take part/);
    expect(r.anchorText()).toMatch(/Thursday 14 October 2027/);
  });

  it('stays quiet when the same dated meeting can be joined on Zoom', () => {
    expect(check(meetingInPersonOnly, `${AGM}\n\nYou can also join the meeting on Zoom.`).findings).toEqual([]);
  });

  it('does not take a consultation window written next to past workshops for the day of a meeting', () => {
    const text = 'Draft parks plan\n\nCouncillors helped write the draft at two workshops last spring.\n\nThe draft was open for comment from Monday 6 January 2025 to Friday 28 February 2025.';
    expect(check(meetingInPersonOnly, text).findings).toEqual([]);
  });

  it('stays quiet for a meeting mentioned with no day at all', () => {
    expect(check(meetingInPersonOnly, 'Friends of Brookside\n\nWe hold an annual meeting for members; details go out with the newsletter.').findings).toEqual([]);
  });
});

describe('meeting-in-person-only: raising a concern through a named contact (s22)', () => {
  it('accepts raising questions or concerns by contacting someone as another way to be heard', () => {
    const text = `${PUBLIC_MEETING}\n\nIf you would like to raise a concern or ask a question about the sites, please contact the parish clerk on 01632 960 123.`;
    expect(check(meetingInPersonOnly, text).findings).toEqual([]);
  });

  it('does not take a line for finding out more as another way to take part', () => {
    const text = `${PUBLIC_MEETING}\n\nIf you have any questions about the meeting, please contact the parish clerk.`;
    const f = check(meetingInPersonOnly, text).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.patternId).not.toBe('meeting-in-person-only/alternatives/raise-views-through-a-contact');
  });
});
