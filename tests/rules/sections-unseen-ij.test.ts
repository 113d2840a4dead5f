/**
 * Section and meeting checks on pages nobody had tuned for (issue 9, real sets
 * i and j): a way to send questions, a group's term "for a period of one
 * year", and a virtual AGM say the part in some form, so the finding is never
 * "does not say". Our own words.
 */
import { describe, expect, it } from 'vitest';
import { missingContact } from '../../rules/missing-contact';
import { missingTimeline } from '../../rules/missing-timeline';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { check } from './structure-helpers';

describe('missing-contact: a route to send questions is thin, not missing', () => {
  it.each([
    ['to a role, with a deadline in between', 'Please submit questions no later than two days in advance to the Director of Nursing.'],
    ['through a web form', 'Questions for the panel should be submitted using the online form on our website.'],
  ])('%s', (_, sentence) => {
    const f = check(missingContact, `Board meeting in public\n\nThe board meets on 3 June 2027 at 10am online. ${sentence}`, ['meeting-invitation']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });

  it('"go to our website" is not a way to contact someone', () => {
    const f = check(missingContact, 'Board meeting in public\n\nThe board meets on 3 June 2027 at 10am online. Go to our website to read the papers.', ['meeting-invitation']).findings;
    expect(f[0]!.message).toMatch(/does not say/);
  });
});

describe('missing-timeline: a term with no dates is thin, not "no dates"', () => {
  it('terms that stand for a period and are then reviewed', () => {
    const f = check(missingTimeline, 'Terms of reference\n\nThe group helps the surgery. These terms stand for a period of one year and will be reviewed at the next meeting.', ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/gives no dates/);
  });
});

describe('meeting-in-person-only: a virtual AGM, or taking part online, is another way in', () => {
  it.each([
    ['a virtual AGM', 'Annual meeting\n\nThis year a virtual AGM will be held on Thursday 11 June 2027 at 7pm. The agenda is below.'],
    ['participating online', 'Annual meeting\n\nThe AGM is on Thursday 11 June 2027 at 7pm. Members who wish to participate online should tell the secretary.'],
  ])('%s', (_, text) => {
    expect(check(meetingInPersonOnly, text, ['meeting-invitation']).findings).toHaveLength(0);
  });
});
