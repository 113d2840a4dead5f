/**
 * Precision families for the meeting and claim rules: wording that already does the right thing,
 * written differently from the phrases the rules first knew. Each family has a good example that
 * must stay quiet and a bad example that must still be flagged.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { papersInAdvance } from '../../rules/papers-in-advance';
import { meetingAccess } from '../../rules/meeting-access';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { accessNeedsNotAsked } from '../../rules/access-needs-not-asked';
import { hiddenDecider } from '../../rules/hidden-decider';
import { decisionAlreadyMade } from '../../rules/decision-already-made';

function findings(rule: Rule, source: string, profiles: ProfileId[] = ['meeting-invitation']) {
  const { doc } = parsePlainText(source);
  return new Linter([rule]).lint(doc, { profiles }).findings;
}

const GROUP = `Riverside Tenants' Group

Our next meeting is on Wednesday 8 April 2026, 11am to 1pm, at Riverside Community Centre, 4 Mill Lane.`;

describe('papers-in-advance: papers sent ahead, worded differently', () => {
  it('accepts papers promised by a dated day, whatever the verb form', () => {
    expect(findings(papersInAdvance, `${GROUP}\n\nWe will email or post the agenda and the housing report to all members by Wednesday 25 March.`)).toHaveLength(0);
  });
  it('accepts reading asked for before the session when it is already published', () => {
    expect(findings(papersInAdvance, `${GROUP}\n\nThere will be a short presentation of the repairs plan.\n\nThe repairs plan is on our website now, so please have a read before the meeting if you can.`)).toHaveLength(0);
  });
  it('accepts a bare agenda that goes out a few days before', () => {
    expect(findings(papersInAdvance, `${GROUP}\n\nThe agenda goes out by text the weekend before.`)).toHaveLength(0);
  });
  it('still flags a report sent only the day before', () => {
    const f = findings(papersInAdvance, `${GROUP}\n\nThe agenda and the housing report go out by email the day before.`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/only a day/);
  });
  it('still flags papers with no word on when they come', () => {
    expect(findings(papersInAdvance, `${GROUP}\n\nThe agenda and papers are attached to the meeting notice on the noticeboard.`)).toHaveLength(1);
  });
});

describe('meeting rules: a meeting mentioned without a day or time is not an invitation', () => {
  const LETTER = `Hillside Surgery
3 Park Road, Dunmore, DN1 2AB

12 January 2026

Dear Patient

We would like your views on our new phone system.

You can fill in a form at reception at the surgery, or tell us at our patient group meeting – details are on the noticeboard.

Please send us your views by Friday 20 February 2026.`;
  it('stays quiet when no event has a day or time', () => {
    expect(findings(meetingAccess, LETTER, ['consultation', 'meeting-invitation'])).toHaveLength(0);
    expect(findings(accessNeedsNotAsked, LETTER, ['consultation', 'meeting-invitation'])).toHaveLength(0);
  });
  it('still reads a dated event with a venue', () => {
    expect(findings(meetingAccess, `${LETTER}\n\nDrop-in: Tuesday 10 February 2026 at Dunmore Village Hall.`, ['consultation', 'meeting-invitation'])).toHaveLength(1);
  });
});

describe('meeting-access: toilets described honestly', () => {
  it('accepts where the nearest toilet is, with step-free access and parking', () => {
    expect(findings(meetingAccess, `${GROUP}\n\nThe hall is step-free. There is no toilet in the building; the nearest public toilet is in the park, a minute away. There is parking at the back.`)).toHaveLength(0);
  });
  it('still flags a venue with nothing on access', () => {
    expect(findings(meetingAccess, GROUP)).toHaveLength(1);
  });
});

describe('access-needs-not-asked: the ask worded differently', () => {
  it('accepts coordinated needs and "let me know" from a signed writer with a number', () => {
    expect(findings(accessNeedsNotAsked, `${GROUP}\n\nIf you have any sight, mobility or other needs, please let me know by Monday 30 March.\n\nSam Okafor, Tenant Liaison Officer\nPhone: 01632 960 101`)).toHaveLength(0);
  });
  it('accepts an interpreter named with its language', () => {
    expect(findings(accessNeedsNotAsked, `${GROUP}\n\nIf you would like a British Sign Language interpreter, please tell the Housing Team on 01632 960 101 by 30 March.`)).toHaveLength(0);
  });
  it('still flags an invitation that asks nothing', () => {
    expect(findings(accessNeedsNotAsked, `${GROUP}\n\nPlease reply to say if you are coming.`)).toHaveLength(1);
  });
});

describe('meeting-in-person-only: a comment form is another way', () => {
  it('accepts a comment form that can be returned', () => {
    expect(findings(meetingInPersonOnly, `${GROUP}\n\nCome along in person to talk to us.\n\nOr use the comment form on our website. Completed forms can be posted or handed in at the office.`)).toHaveLength(0);
  });
  it('still flags a room-only invitation', () => {
    expect(findings(meetingInPersonOnly, `${GROUP}\n\nCome along in person to talk to us.`)).toHaveLength(1);
  });
});

describe('hidden-decider: the source of a decision named', () => {
  it('accepts a decision attributed to a national review or the law', () => {
    expect(findings(hiddenDecider, 'The trauma centre will stay in the city. This was decided after an independent national review in 2021.', ['general'])).toHaveLength(0);
    expect(findings(hiddenDecider, 'The charge is fixed. It was decided under the new legislation.', ['general'])).toHaveLength(0);
  });
  it('still flags an unnamed internal review', () => {
    expect(findings(hiddenDecider, 'Following a review of staffing, it has been decided that the ward will close at night.', ['general'])).toHaveLength(1);
  });
});

describe('decision-already-made: agreeing to take part is not a decision', () => {
  it('accepts a body that has agreed to host or show people round', () => {
    expect(findings(decisionAlreadyMade, 'The site manager has agreed to show a few residents around the new depot.', ['consultation'])).toHaveLength(0);
  });
  it('still flags a body that has agreed the change itself', () => {
    expect(findings(decisionAlreadyMade, 'The partners have agreed to close the branch surgery.', ['consultation'])).toHaveLength(1);
  });
});
