/**
 * Session 27 (issue 9): an audit of the claims that a part is absent, by the section rules no
 * real-page label covers, read on the open real pages. Each family below was a wrong claim there;
 * the examples are in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { missingWhoDecides } from '../../rules/missing-who-decides';
import { missingScope } from '../../rules/missing-scope';
import { papersInAdvance } from '../../rules/papers-in-advance';
import { shortConsultationWindow } from '../../rules/short-consultation-window';
import { check, ABSENT } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const P: ProfileId[] = ['engagement-plan'];
const M: ProfileId[] = ['meeting-invitation'];
const claimsAbsent = (rule: Parameters<typeof check>[0], text: string, profiles: ProfileId[]) =>
  check(rule, text, profiles).findings.some((f) => ABSENT.test(f.message));

describe('single-way-to-take-part: a printed version of the survey is a second way', () => {
  const head = 'Changes to the Elm Road clinic\n\nWe want to hear what patients think. You can respond in these ways:\n\n';
  it('online plus a printed version to hand in is two ways: no finding', () => {
    const text = `${head}- Fill in the survey online from 2 May.\n- Pick up a printed version of the survey at the clinic desk and hand it back there.`;
    expect(check(singleWayToTakePart, text, C).findings).toHaveLength(0);
  });
  it('online alone is still one way', () => {
    const text = `${head}- Fill in the survey online from 2 May.`;
    expect(check(singleWayToTakePart, text, C).findings[0]?.message).toMatch(/only respond in one way/);
  });
});

describe('single-way-to-take-part: a "How to comment" heading whose ways were links', () => {
  it('quotes the heading instead of saying the page does not say how', () => {
    const text = 'Our draft parking plan\n\nWe would like your views on the draft parking plan.\n\nHow to comment\n\nRead the plan and join in.';
    const f = check(singleWayToTakePart, text, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(ABSENT);
    expect(f[0]!.message).toMatch(/How to comment/);
  });
  it('a sentence that starts "How to comment" is not the heading', () => {
    const text = 'Our draft parking plan\n\nWe would like your views on the draft parking plan.\n\nHow to comment on a planning application is explained on another page.';
    expect(claimsAbsent(singleWayToTakePart, text, C)).toBe(true);
  });
});

describe('missing-scope: what is open, said of the options or the questions', () => {
  const ask = 'Have your say on youth services\n\nWe would like your views by 1 July 2027.\n\n';
  it('"no preferred option" and an invitation to put forward new options say what is open: no finding', () => {
    const text = `${ask}We have no preferred option yet, and you are welcome to suggest other options or your own proposals for the youth club.`;
    expect(check(missingScope, text, C).findings).toHaveLength(0);
  });
  it.each([
    ['points people may comment on, counted', 'You can comment on two main areas: the opening hours and the location.'],
    ['a named body’s preferred option', 'This is a consultation on the county board’s preferred option for the youth club.'],
    ['one option put to people', 'The board will consider one option for the youth club’s opening times.'],
    ['an open question people are asked', 'We want views on how much the new youth pass should cost.'],
    ['comments limited to set tests', 'Comments at this stage should say whether the youth plan is sound and legally compliant.'],
    ['the questions set out on the page', 'Where should the club meet? What should it offer? These are some of the questions we are asking.'],
  ])('%s: the softer finding', (_, line) => {
    const f = check(missingScope, ask + line, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(ABSENT);
  });
  it('still says so when nothing of the kind is there', () => {
    expect(claimsAbsent(missingScope, `${ask}We are reviewing our services for young people.`, C)).toBe(true);
  });
});

describe('missing-who-decides: partners named are who is involved, in some form', () => {
  it('quotes the partners instead of saying nobody is named', () => {
    const plan = 'How we involve people\n\nOur principles:\n\n1. Listen to people early.\n2. Work with the carers’ forum and local charities as key partners.';
    const f = check(missingWhoDecides, plan, P).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(ABSENT);
  });
  it('a plan that names nobody still gets the absent finding', () => {
    expect(claimsAbsent(missingWhoDecides, 'How we involve people\n\nOur principles:\n\n1. Listen to people early.\n2. Be open and honest.', P)).toBe(true);
  });
});

describe('papers-in-advance: papers already linked on the page are out now', () => {
  const meeting = 'Parish forum\n\nThe parish forum meets on Tuesday 4 March 2027 at 7pm in the village hall. Everyone is welcome.\n\n';
  it.each([['The forum papers are available here.'], ['Download the forum slides (PDF, 1MB).']])('%s: no finding', (line) => {
    expect(check(papersInAdvance, meeting + line, M).findings).toHaveLength(0);
  });
  it('papers with nothing about when still get the finding', () => {
    expect(claimsAbsent(papersInAdvance, `${meeting}There will be papers on the new budget.`, M)).toBe(true);
  });
});

describe('short-consultation-window: time gone or left is not the window’s length', () => {
  it.each([
    ['time gone', 'We are now three weeks into the library consultation. Thank you to all who have replied.'],
    ['time left', 'Residents have just over ten days remaining to reply to the library survey.'],
  ])('%s: no finding', (_, line) => {
    expect(check(shortConsultationWindow, `Library consultation\n\n${line}`, C).findings).toHaveLength(0);
  });
  it('a short window said plainly still gets the finding', () => {
    const f = check(shortConsultationWindow, 'Library consultation\n\nThe consultation will run for three weeks.', C).findings;
    expect(f).toHaveLength(1);
  });
});
