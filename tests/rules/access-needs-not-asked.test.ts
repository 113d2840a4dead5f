import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { accessNeedsNotAsked } from '../../rules/access-needs-not-asked';

function check(rule: Rule, source: string) {
  const { doc } = parsePlainText(source);
  const report = new Linter([rule]).lint(doc, { profiles: ['meeting-invitation'] });
  const text = (id: string | null) => doc.blocks.find((b) => b.id === id)?.text;
  return { findings: report.findings, anchorText: (i = 0) => text(report.findings[i]!.anchorBlockId) };
}

const INVITE = `Learning Disability Partnership Board

You are invited to the next Partnership Board meeting.

When: Tuesday 10 June 2025, 11am to 2pm
Where: Kirkby Town Hall, Council Chamber, Kirkby KD1 1TH`;

describe('access-needs-not-asked', () => {
  it('flags an invitation that never asks what people need, anchored on the venue', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nPlease let me know if you are able to attend by replying to this email.`);
    expect(r.findings).toHaveLength(1);
    expect(r.anchorText()).toBe('Where: Kirkby Town Hall, Council Chamber, Kirkby KD1 1TH');
    expect(r.findings[0]!.message).toMatch(/does not ask people what they need/);
    expect(r.findings[0]!.example).toMatch(/by \[date/);
  });

  it('accepts an ask with a name, phone number and date', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nDo you need help to come? Please tell Sophie Grant by Friday 30 May. Phone or text 07700 900 314.`);
    expect(r.findings).toEqual([]);
  });

  it.each(['a few days before the session', 'a couple of days before', 'the day before the meeting', 'a fortnight in advance'])('accepts a loose but real deadline: %s', (when) => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nIf you need a hearing loop or any other help to take part, call us on 0113 496 0000 ${when}.`);
    expect(r.findings).toEqual([]);
  });

  it('accepts "reasonable adjustments" with contact and timing in the next paragraph', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nWe are happy to make reasonable adjustments.\n\nCall Jo on 0113 496 0000 at least a week before the meeting.`);
    expect(r.findings).toEqual([]);
  });

  it('says what is missing when the ask has no contact or date', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nPlease tell us about any access needs.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.text).toBe('access needs');
    expect(r.findings[0]!.severity).toBe('suggestion');
    expect(r.findings[0]!.message).toMatch(/whom to tell and how/);
    expect(r.findings[0]!.message).toMatch(/by when/);
  });

  it('only asks for the date when a contact is given', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nIf you need a BSL interpreter, email board@kirkby.gov.uk.`);
    expect(r.findings[0]!.message).not.toMatch(/whom to tell/);
    expect(r.findings[0]!.message).toMatch(/by when/);
  });

  it('stays quiet for a document with no meeting', () => {
    expect(check(accessNeedsNotAsked, 'Our annual report\n\nThis year we saw 4,000 patients.').findings).toEqual([]);
  });
});

describe('access-needs-not-asked: more ways to ask, and contacts named by first name or team', () => {
  it('reads “anything that would make it easier” as an ask, with a first name and a date', () => {
    const r = check(
      accessNeedsNotAsked,
      `${INVITE}\n\nIf there is anything that would make the day easier for you, let Priya know by 2 June.\n\nCall or text Priya on 07700 900 456.`,
    );
    expect(r.findings).toEqual([]);
  });

  it('accepts a team named in the ask when its phone number is given elsewhere', () => {
    const r = check(
      accessNeedsNotAsked,
      `${INVITE}\n\nIf you need any support to take part, please contact the Involvement team by 30 May.\n\nInvolvement team\nTel: 01632 960 111`,
    );
    expect(r.findings).toEqual([]);
  });

  it('prefers the complete ask over an earlier ask about formats', () => {
    const r = check(
      accessNeedsNotAsked,
      `${INVITE}\n\nTell us if you need the papers in large print.\n\nIf you have any access needs, let the Engagement Office know by 1 June.\n\nEngagement Office: 0113 496 0222`,
    );
    expect(r.findings).toEqual([]);
  });

  it('still asks for a phone number when a named team has none anywhere', () => {
    const r = check(accessNeedsNotAsked, `${INVITE}\n\nIf you need any support to take part, please contact the Involvement team by 30 May.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/whom to tell/);
  });
});
