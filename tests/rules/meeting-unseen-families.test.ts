/**
 * Meeting checks on pages nobody had tuned for (issue 9, real set h), in our own
 * words: another way to take part said beside "in person", a form people can
 * fill in away from the event, help with the costs of coming as a hint about
 * access, and an occasion named as a carers' parliament or a public hearing.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { meetingAccess } from '../../rules/meeting-access';

function findings(rule: Rule, source: string) {
  return new Linter([rule]).lint(parsePlainText(source).doc, { profiles: ['meeting-invitation'] }).findings;
}

const MEETING = 'Annual town meeting\n\nThe meeting will be held in the Mill Lane Hall on Tuesday 12 May at 7pm.';

describe('meeting-in-person-only: another way, said in passing', () => {
  it.each([
    ['beside "in person"', `${MEETING} Groups can give their news in person or (if they cannot get to the meeting) on paper or by email.`],
    ['a form that stays open online', `${MEETING} An online copy of the comment form is available until Friday 22 May.`],
    ['if you cannot get to the meeting', `${MEETING} If you cannot get to the meeting, send your report to the clerk.`],
    ['a virtual exhibition as well', `${MEETING} We have also put up a virtual exhibition on our website.`],
    ['a named role on the phone', `${MEETING} The leaflet says how to speak to a planning officer over the phone.`],
  ])('%s', (_, text) => expect(findings(meetingInPersonOnly, text)).toEqual([]));

  it('still flags the meeting when there is no other way', () => {
    expect(findings(meetingInPersonOnly, `${MEETING} Refreshments will be served afterwards.`)).toHaveLength(1);
  });
});

describe('meeting-access: help with the costs of coming is a start', () => {
  it('quotes it as a thin start, not "nothing about access"', () => {
    const f = findings(meetingAccess, 'The young carers’ parliament will be held on 12 November.\n\nFunding will be available to help young carers take part, and we pay replacement care costs.');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/nothing about access/);
    expect(f[0]!.message).toMatch(/Funding will be available to help young carers take part/);
  });

  it('still says nothing about access when there is nothing', () => {
    const f = findings(meetingAccess, 'The young carers’ parliament will be held on 12 November.\n\nPlaces are given out by ballot in the summer.');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/nothing about access/);
  });
});
