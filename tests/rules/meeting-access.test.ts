import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { meetingAccess } from '../../rules/meeting-access';

function check(rule: Rule, source: string) {
  const { doc } = parsePlainText(source);
  const report = new Linter([rule]).lint(doc, { profiles: ['meeting-invitation'] });
  const text = (id: string | null) => doc.blocks.find((b) => b.id === id)?.text;
  return { findings: report.findings, anchorText: (i = 0) => text(report.findings[i]!.anchorBlockId) };
}

// The place is named with its street only: a full address (a town or a postcode) is a start on getting there
// since s27 (tests/rules/meeting-s27.test.ts), and these tests are about pages that say nothing at all.
const INVITE = `Come and see the plans for the new Ashby health centre

We would love you to come along to our drop-in event to see the plans and meet the architects.

Saturday 12 October, 10am to 2pm
St Mark's Church Hall, Church Lane

There is no need to book, just drop in at any time.`;

describe('meeting-access', () => {
  it('flags a venue with nothing about access, anchored on the venue line', () => {
    const r = check(meetingAccess, INVITE);
    expect(r.findings).toHaveLength(1);
    expect(r.anchorText()).toBe("St Mark's Church Hall, Church Lane");
    expect(r.findings[0]!.message).toMatch(/nothing about access/);
    expect(r.findings[0]!.message).toMatch(/step-free access/);
    expect(r.findings[0]!.message).toMatch(/hearing loop/);
    expect(r.findings[0]!.example).toMatch(/^St Mark's Church Hall has step-free access/);
    expect(r.findings[0]!.barriers).toContain('inaccessible-sessions');
  });

  it('stays quiet when one disability access detail is given (it says something real about access)', () => {
    expect(check(meetingAccess, `${INVITE}\n\nThe hall has a hearing loop. There is a car park behind the hall.`).findings).toEqual([]);
  });

  it('names only what is missing when it says only how to get there', () => {
    const r = check(meetingAccess, `${INVITE}\n\nThere is a car park behind the hall.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/which is a start/);
    expect(r.findings[0]!.message).toMatch(/step-free access/);
    expect(r.findings[0]!.message).not.toMatch(/parking/);
  });

  it('accepts a venue described with step-free access, toilets, a loop and transport', () => {
    const r = check(
      meetingAccess,
      `${INVITE}\n\nThe hall has level access from Church Lane, an accessible toilet and a hearing loop. The 22 bus stops outside.`,
    );
    expect(r.findings).toEqual([]);
  });

  it('reads venues from a table of drop-in sessions turned into text', () => {
    const r = check(
      meetingAccess,
      'We are holding drop-in sessions where you can talk to the team.\n\nDate\tTime\tVenue\nTuesday 3 June\t10am to 12pm\tLeeds Central Library\nThursday 5 June\t1pm to 3pm\tArmley One Stop Centre\n',
    );
    expect(r.findings).toHaveLength(1);
    expect(r.anchorText()).toBe('Leeds Central Library');
    expect(r.findings[0]!.message).toMatch(/where the events are/);
  });

  it('asks an online-only meeting about captions and help to join', () => {
    const r = check(meetingAccess, 'Carers’ forum\n\nJoin our online meeting on Teams on Tuesday 3 June, 2pm to 3.30pm.\n\nWe will email you the link.');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/captions/);
    expect(r.findings[0]!.message).toMatch(/help to join/);
  });

  it('stays quiet when there is no venue, such as a survey with a postal address', () => {
    const r = check(meetingAccess, 'Have your say on bin collections.\n\nFill in the survey by 5pm on 12 May, or write to Freepost, Civic Centre, Leeds LS1 1UR.');
    expect(r.findings).toEqual([]);
  });
});

describe('meeting-access: a vague claim of access is not access information', () => {
  it.each(['The hall is fully accessible.', 'All our venues are accessible.', 'This is an accessible venue.'])('flags “%s” and says what to add', (claim) => {
    const r = check(meetingAccess, `${INVITE}\n\n${claim}`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/but not what that means/);
    expect(r.findings[0]!.message).toMatch(/step-free access/);
  });

  it('accepts “fully accessible” when the details are given too', () => {
    const r = check(meetingAccess, `${INVITE}\n\nThe hall is fully accessible: level access from Church Lane, an accessible toilet and a hearing loop. The 22 bus stops outside.`);
    expect(r.findings).toEqual([]);
  });
});

describe('meeting-access when the place is not picked out', () => {
  it('still says nothing about access is given, beside the meeting', () => {
    const f = check(meetingAccess, 'Village Assembly\n\nEvery year the village holds an assembly to talk about how to make life here better. All welcome: Wednesday 11 May 2027, 7.30pm, Sports Pavilion.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/but nothing about access/);
  });
  it('stays quiet when any access detail is given', () => {
    expect(check(meetingAccess, 'Village Assembly\n\nAll welcome: Wednesday 11 May 2027, 7.30pm, Sports Pavilion. There is a ramp at the side door and a hearing loop.').findings.filter((f) => /nothing about access/.test(f.message))).toEqual([]);
  });
});

/** The words the real-page scorer reads as "this part is missing": a thin part must never get them. */
const CLAIMS_MISSING = /\bdoes not say\b|\bgives no\b|\bnothing about\b/i;

describe('meeting-access: three states (nothing said, a little said, enough said)', () => {
  it('quotes one small hint back, softly, and names what to add (no venue picked out)', () => {
    const f = check(meetingAccess, 'Talk to us about local health services\n\nDrop in to Eastfield library on Tuesday 4 March 2027, 11am to 1pm. We chose libraries so that everyone has easier access.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('suggestion');
    expect(f[0]!.message).toMatch(/“We chose libraries so that everyone has easier access\.”/);
    expect(f[0]!.message).toMatch(/step-free access/);
    expect(f[0]!.message).not.toMatch(CLAIMS_MISSING);
  });

  it('quotes a lone parking line beside a venue, and asks for step-free access and the rest', () => {
    const f = check(meetingAccess, `${INVITE}\n\nThere is a car park at the back.`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('suggestion');
    expect(f[0]!.message).toMatch(/“There is a car park at the back\.”/);
    expect(f[0]!.message).toMatch(/step-free access/);
    expect(f[0]!.message).not.toMatch(CLAIMS_MISSING);
  });

  it('reads an offer for people with mobility problems as a small hint, not as nothing', () => {
    const f = check(meetingAccess, `${INVITE}\n\nIf you have mobility problems you are welcome to come to the indoor part only.`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/mobility problems/);
    expect(f[0]!.message).not.toMatch(CLAIMS_MISSING);
  });

  it('reads a promise of joining details for an online meeting as a small hint', () => {
    const f = check(meetingAccess, 'Board meeting in public\n\nThe board meets on Microsoft Teams on Thursday 6 May 2027 at 2pm, until 4pm. E-mail us to take part and we will send you the link and some guidance on joining.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/guidance on joining/);
    expect(f[0]!.message).not.toMatch(CLAIMS_MISSING);
  });

  it('still says nothing is said about access when the only transport word is part of a place name', () => {
    const f = check(meetingAccess, 'Health roadshow\n\nOur roadshow stops at Westgate Bus Station on Friday 7 March 2027, 10am to 2pm. Come and tell us what matters to you.').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});

describe('meeting-access: step-free access and an ask about other needs are enough', () => {
  it('stays quiet when the venue is step-free and people are asked what else they need', () => {
    expect(check(meetingAccess, `${INVITE}\n\nThe hall has level access throughout. Please let us know about any access needs, such as a hearing loop, when you book.`).findings).toEqual([]);
  });
  it('stays quiet when the venue is step-free, even when nobody is asked (s25: a detail is enough)', () => {
    expect(check(meetingAccess, `${INVITE}\n\nThe hall has level access throughout.`).findings).toEqual([]);
  });
});

describe('meeting-access: parking as the subject of a consultation is not how to get there', () => {
  it('stays quiet for a step-free venue with accessible toilets, even when the plans are about parking', () => {
    expect(check(meetingAccess, `${INVITE}\n\nTell us where the bins, bike stores and parking should go. The hall has step-free access and an accessible toilet.`).findings).toEqual([]);
  });
  it('does not count "parking" as a topic as parking for the event', () => {
    const f = check(meetingAccess, `${INVITE}\n\nWe want your views on doctors and parking in the village.`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});

describe('meeting-access: "accessible for disabled people" is a claim about access (s19)', () => {
  it('is read as a vague claim, not as nothing about access', () => {
    const f = check(meetingAccess, `${INVITE}\n\nAll the venues are accessible for disabled people.`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/nothing about access/);
  });

  it('still says nothing about access for papers open to councillors', () => {
    const f = check(meetingAccess, `${INVITE}\n\nThe minutes are accessible for councillors online.`).findings;
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});

describe('meeting-access: hints that keep it from saying "nothing about access" (s20)', () => {
  it.each([
    ['asking what people need', 'Tell us what support you need and we will arrange it.'],
    ['worry about visiting', 'We know some people feel nervous about visiting a hospital, so we are coming to you.'],
  ])('quotes %s and asks for the rest', (_name, sentence) => {
    const f = check(meetingAccess, `${INVITE}\n\n${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/nothing about access/);
    expect(f[0]!.message).toMatch(/which is a start/);
  });

  it.each([
    ['"access" as a verb', 'You can access the slides on our website after the event.'],
    ['an accessibility statement', 'Read our accessibility statement.'],
    ['accessible formats of a document', 'The plans are available in accessible formats at the event.'],
  ])('still says there is nothing about access with only %s', (_name, sentence) => {
    const f = check(meetingAccess, `${INVITE}\n\n${sentence}`).findings;
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});

describe('meeting-access: a standing group or a formal meeting with no day or time given', () => {
  const GROUP = `Our patient group

The patient group meets every few months at the surgery to talk about how things are going and what could be better.

New members are always welcome. Ask at reception to join.`;
  const BOARD = `Board meetings

The trust board holds its meetings in public. Members of the public are welcome to attend and watch.

Papers are published on our website before each meeting.`;

  it('says that nothing is said about access, beside the first mention of the meeting', () => {
    for (const text of [GROUP, BOARD]) {
      const r = check(meetingAccess, text);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]!.message).toMatch(/nothing about access/);
      expect(r.anchorText()).toMatch(/meets every few months|^Board meetings$/);
    }
  });

  it('stays quiet when the page says something about access', () => {
    const r = check(meetingAccess, `${GROUP}\n\nThe meeting room is on the ground floor with step-free access, and there is a hearing loop.`);
    expect(r.findings).toHaveLength(0);
  });

  it('stays quiet about a meeting only mentioned in passing, with no group that meets or formal meeting', () => {
    const r = check(meetingAccess, `Changes to our opening hours

From May the surgery will have a new phone number. Come and talk to us at our next open meeting: details will be on the website.`);
    expect(r.findings).toHaveLength(0);
  });
});
