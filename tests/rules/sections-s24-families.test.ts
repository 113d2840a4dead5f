/**
 * Issue 9, "a finding must never say a part is missing when the document has it in some form".
 * Families of structure found by auditing 43 more unlabelled real pages (s24-claims): each way of
 * saying the part gets the softer finding that quotes it (or, for a closing date, none at all); a
 * document silent on the part still gets the finding that says it is missing.
 * Every text here is written in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingContact } from '../../rules/missing-contact';
import { missingTimeline } from '../../rules/missing-timeline';
import { missingScope } from '../../rules/missing-scope';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { noAlternativeFormats } from '../../rules/no-alternative-formats';
import { missingUpdates } from '../../rules/missing-updates';
import { missingWhoDecides } from '../../rules/missing-who-decides';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { papersInAdvance } from '../../rules/papers-in-advance';
import { check, saysMissing, softFinding } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const MI: ProfileId[] = ['meeting-invitation'];
const EP: ProfileId[] = ['engagement-plan'];
const lead = 'We are asking for comments on plans for the riverside path.';

describe('missing-feedback-use: what happens to views, said in some form', () => {
  it.each([
    ['a step guided by what was heard, with no subject', `${lead}\nFirst we share the reasons.\nThen, depending on what we have heard, draw up some options.`, /depending on what we have heard/i],
    ['views wanted ahead of decisions', `${lead} Your views really matter ahead of key decisions being taken on the path.`, /ahead of key decisions/],
    ['feeding back named as a commitment', `${lead}\nWe will plan each piece of work, including feeding back.`, /feeding back/],
    ['views put straight to deciders', `${lead} Local groups can present their views on the plans directly to the board's leaders.`, /directly to the board's leaders/],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingFeedbackUse, text, C).message).toMatch(quote);
  });

  it.each([
    ['a paper based on an earlier round', `${lead} Read the paper based on feedback from the first round.`],
    ['the weather decides', `${lead} Depending on the weather, the walk may be moved.`],
    ['comments before a time', `${lead} Please send your comments before Friday.`],
    ['people asked to feed back', `${lead} Please feed back by the end of the month.`],
    ['views given to the clerk', `${lead} Please give your views to the clerk.`],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingFeedbackUse, text, C)).toBe(true);
  });
});

describe('missing-timeline: a closing date written as a range or in the past', () => {
  it.each([
    ['a range with an arrow on its own line', `Riverside path\n\n4 May 2026 → 29 June 2026\n\n${lead}`],
    ['a listing line with start and end dates side by side', `Riverside path consultation Parks and Open Spaces 4 May 2026 29 Jun 2026\n\n${lead}`],
    ['a consultation that finished on a date', `Please note that the consultation on the riverside path finished on 29 June 2026.\n\n${lead}`],
  ])('gives no timeline finding: %s', (_, text) => {
    expect(check(missingTimeline, text, C).findings).toHaveLength(0);
  });

  it.each([
    ['event dates a week apart in different lines', `${lead}\n\nWalk one: 4 May 2026\n\nWalk two: 11 May 2026`],
    ['two dates with words between', `${lead} The path opened on 4 May 2026 and was resurfaced on 29 June 2026.`],
  ])('still asks for the closing date when no pair of dates is the window: %s', (_, text) => {
    expect(check(missingTimeline, text, C).findings.map((f) => f.patternId)).toEqual(['missing-timeline/no-closing-date']);
  });
});

describe('missing-contact: a team reached on request, or a place told', () => {
  it.each([
    ['a link sent on request by a team', `${lead} Links to the online meeting can be sent upon request by the admin team.`, /upon request by the admin team/],
    ['people told to let the practice know', `${lead} You must indicate to the practice that you would like to come.`, /indicate to the practice/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingContact, text, C);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/phone number or e-mail address/);
  });

  it.each([
    ['copies on request, with no one named', `${lead} Copies are available on request.`],
    ['let the children play', `${lead} Let the children play on the grass.`],
  ])('still says there is no contact when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingContact, text, C)).toBe(true);
  });
});

describe('missing-scope: what is open, fixed or decided, said in some form', () => {
  it.each([
    ['options put to people', `${lead} The consultation asks for your views on three options for the route.`, /three options/],
    ['a preferred option', `${lead} Widening the towpath is the council's preferred option.`, /preferred option/],
    ['what is not yet known', `${lead} We do not yet know where the new bridge will go.`, /do not yet know/],
    ['a deciding body weighing the proposals', `${lead} The district councillors will then consider the final recommendations.`, /consider the final recommendations/],
    ['who holds the power to decide', `${lead} A report goes to those who have responsibility for making a decision.`, /responsibility for making a decision/],
    ['what goes before a deciding body', `${lead} The plans are due to go before full council in March.`, /go before full council/],
    ['what the consultation is not for', `${lead} This consultation is not for debating whether the path is needed.`, /is not for debating/],
    ['what cannot go on as before', `${lead} The ferry cannot restart in quite the same way as it ran before.`, /cannot restart/],
    ['what stays as it is', `${lead} All the benches would remain in their current places.`, /remain in their current places/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingScope, text, C);
    expect(f.message).toMatch(quote);
    expect(f.severity).toBe('suggestion');
  });

  it.each([
    ['options for lunch', `${lead} There are vegetarian options at the stall.`],
    ['not knowing a person', `${lead} We do not know you yet, so please say hello.`],
    ['a body attending', `${lead} Councillors will attend the walk.`],
    ['remain seated', `${lead} Please remain in your seats during the talk.`],
    ['a plain ask', `${lead} Please tell us what you think.`],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingScope, text, C)).toBe(true);
  });
});

describe('meeting-in-person-only: one way among several', () => {
  const event = 'Our open meeting on the riverside path is at the Rowing Club, Quay Street, on Tuesday 5 May at 6pm.';
  it('reads "one of many ways" as another way to take part: no finding (s25-meetings)', () => {
    expect(check(meetingInPersonOnly, `${event} The meeting is one of many ways that people can make their voices heard.`, MI).findings).toEqual([]);
  });

  it.each([
    ['ways to get there', `${event} There are many ways to get to the club.`],
    ['a way in', `${event} One of the ways in is by the side gate.`],
  ])('still says the room is the only way when nothing else is named: %s', (_, text) => {
    expect(saysMissing(meetingInPersonOnly, text, MI)).toBe(true);
  });
});

/** The finding that says another format is missing. */
const NO_FORMATS = /does not offer other formats/;

describe('no-alternative-formats: a paper or posted copy is another format, in some form', () => {
  it.each([
    ['a paper copy by asking', `${lead} Anyone who wants a paper copy of the survey can ring the parks office.`, /paper copy of the survey/],
    ['a copy posted on request', `${lead} We can post you a copy if you cannot get online.`, /post you a copy/],
  ])('%s', (_, text, quote) => {
    const f = check(noAlternativeFormats, text, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(NO_FORMATS);
    expect(f[0]!.message).toMatch(/Easy Read, large print/);
  });

  it.each([
    ['paper for recycling', `${lead} Please recycle paper and card at the depot.`],
    ['keeping a copy of answers', `${lead} Please keep a copy of your answers.`],
  ])('still says no other format is offered when nothing touches it: %s', (_, text) => {
    expect(check(noAlternativeFormats, text, C).findings[0]!.message).toMatch(NO_FORMATS);
  });
});

describe('missing-updates: updates named in general words', () => {
  const plan = 'Our plan for involving tenants in the repairs service.';
  it.each([
    ['public information on progress', `${plan}\nWe will give clear public information about our aims and our progress.`, /information about our aims and our progress/],
    ['regular contact as a duty', `${plan}\nThe panel keeps up regular communication with all tenants.`, /regular communication/],
    ['minutes published', `${plan}\nMinutes of every panel meeting will be kept and published.`, /kept and published/],
    ['told so that everyone knows', `${plan}\nWe explain each change clearly so that everyone is aware of what it means for them.`, /so that everyone is aware/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingUpdates, text, EP);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/how and how often/);
  });

  it.each([
    ['progress on the repairs', `${plan}\nProgress on the repairs is slow.`],
    ['notes taken by people', `${plan}\nPlease take notes at the session.`],
  ])('still says updates are missing when nothing touches them: %s', (_, text) => {
    expect(saysMissing(missingUpdates, text, EP)).toBe(true);
  });
});

describe('missing-who-decides: who takes part or decides, named in passing', () => {
  const plan = 'Our plan for involving tenants in the repairs service.';
  it.each([
    ['something agreed by a named group', `${plan}\nEvery leaflet about the panel will first be agreed by the panel.`, /agreed by the panel/],
    ['what the group is made up of', `${plan}\nThe panel is made up of ten tenants and two staff.`, /made up of ten tenants/],
    ['where members come from', `${plan}\nMembers are drawn from the residents' associations on each estate.`, /Members are drawn from/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingWhoDecides, text, EP);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/who makes the final decision/);
  });

  it.each([
    ['a date agreed by e-mail', `${plan}\nThe start date was agreed by email.`],
    ['a wall made of bricks', `${plan}\nThe old wall is made up of red bricks.`],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingWhoDecides, text, EP)).toBe(true);
  });
});

describe('single-way-to-take-part: ways to respond said in some form', () => {
  it.each([
    ['a survey offered with no way to fill it in', `${lead} Please take our short survey.`, /take our short survey/],
    ['a survey that can be found somewhere', `${lead} The questionnaire is now open.`, /questionnaire is now open/],
  ])('reads %s as a way, and asks how', (_, text, quote) => {
    const f = check(singleWayToTakePart, text, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(/does not say how people can respond/);
  });

  it('counts a list of methods as several ways', () => {
    const text = `${lead}\nWe use:\n• Online questionnaires\n• Postal questionnaires\n• Telephone questionnaires\n• Drop-in events`;
    expect(check(singleWayToTakePart, text, C).findings).toHaveLength(0);
  });

  it('reads views shared online as the online way', () => {
    const f = check(singleWayToTakePart, `${lead} Everyone can share their views online on the council website.`, C).findings;
    expect(f[0]!.message).toMatch(/only respond in one way: an online survey/);
  });

  it.each([
    ['a survey of the bridge', `${lead} A survey of the bridge was done last spring.`],
    ['what a survey found', `${lead} The survey found that most people walk.`],
  ])('still says the consultation does not say how to respond when nothing touches it: %s', (_, text) => {
    expect(check(singleWayToTakePart, text, C).findings[0]!.message).toMatch(/does not say how people can respond/);
  });
});

describe('families from a second batch of unlabelled pages', () => {
  const plan = 'Our plan for involving tenants in the repairs service.';
  it('reads "until tomorrow (Friday 3 July)" as the closing date', () => {
    expect(check(missingTimeline, `${lead} You have until tomorrow (Friday 3 July 2026) at 5pm to fill in the survey.`, C).findings).toHaveLength(0);
  });

  it.each([
    ['an on-line form beside a paper form', `${lead} An on-line form is open, and a paper form goes to every home.`],
    ['a comment box on the website beside events', `${lead} Come to the drop-in on Friday 3 July 2026, or use the comment box on this website.`],
  ])('counts two ways: %s', (_, text) => {
    expect(check(singleWayToTakePart, text, C).findings).toHaveLength(0);
  });

  it.each([
    ['events and surveys named together', `${lead} We will consult through open days and surveys.`, /open days and surveys/],
    ['several ways to have a say', `${lead} There are two ways you can have your say: the panel and the yearly consultation.`, /two ways you can have your say/],
  ])('reads %s as ways in some form', (_, text, quote) => {
    const f = check(singleWayToTakePart, text, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(quote);
    expect(f[0]!.message).not.toMatch(/does not say how people can respond|can only respond in one way/);
  });

  it('does not count an online survey twice', () => {
    const f = check(singleWayToTakePart, `${lead} Please complete our online survey by Friday 3 July 2026.`, C).findings;
    expect(f[0]!.message).toMatch(/only respond in one way: an online survey/);
  });

  it.each([
    ['constant contact to keep people aware', `${plan}\nWe aim to be in constant contact with tenants to ensure they are aware of any changes.`, /constant contact/],
    ['results made available', `${plan}\nThe results from the paper and online forms are available here.`, /results from the paper and online forms/],
  ])('missing-updates reads %s as updates in some form', (_, text, quote) => {
    expect(softFinding(missingUpdates, text, EP).message).toMatch(quote);
  });

  it('missing-who-decides reads a named steering group as who is involved, in some form', () => {
    expect(softFinding(missingWhoDecides, `${plan}\nThe repairs steering group invited views from every block.`, EP).message).toMatch(/steering group/);
  });

  it('missing-feedback-use reads an account of how views were dealt with', () => {
    expect(softFinding(missingFeedbackUse, `${lead} The final statement describes how the issues people raised have been considered.`, C).message).toMatch(/describes how the issues/);
  });
});

describe('papers-in-advance: papers before "each" meeting', () => {
  it('reads papers shared prior to each meeting as sent ahead', () => {
    const text = 'The board meets in public at the Guildhall on Tuesday 7 July 2026 at 10am. Board papers are shared online prior to each board meeting.';
    expect(check(papersInAdvance, text, MI).findings).toHaveLength(0);
  });
});
