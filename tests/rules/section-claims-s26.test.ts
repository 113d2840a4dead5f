/**
 * Session 26 (issue 9): section rules that no real-page label covers still must not say a part is
 * missing when the page has it in some form. Read on the open real pages; examples in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { singleWayToTakePart } from '../../rules/single-way-to-take-part';
import { missingWhoDecides } from '../../rules/missing-who-decides';
import { missingScope } from '../../rules/missing-scope';
import { missingUpdates } from '../../rules/missing-updates';
import { check, ABSENT } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const P: ProfileId[] = ['engagement-plan'];
const claimsAbsent = (rule: Parameters<typeof check>[0], text: string, profiles: ProfileId[]) =>
  check(rule, text, profiles).findings.some((f) => ABSENT.test(f.message));

describe('single-way-to-take-part: a survey posted to every home and also online is two ways', () => {
  const text =
    'Tell us what you think about street lighting\n\nThis week a paper questionnaire is being delivered to each home in the town, and you can also fill it in online. The survey closes on 30 June 2027.';
  it('is not "does not say how people can respond"', () => {
    expect(claimsAbsent(singleWayToTakePart, text, C)).toBe(false);
  });
  it('still speaks when no way is given', () => {
    expect(claimsAbsent(singleWayToTakePart, 'Tell us what you think about street lighting\n\nThe lights may be dimmed after midnight. We would like your views by 30 June 2027.', C)).toBe(true);
  });
});

describe('missing-who-decides: a named body that will approve the plan is a start', () => {
  const plan = 'Our new involvement plan\n\nThe plan sets out how residents can have more say in council services. It should be agreed when the cabinet sits on 14 May.';
  it('is not "does not say who makes decisions"', () => {
    expect(claimsAbsent(missingWhoDecides, plan, P)).toBe(false);
  });
});

describe('missing-scope: what will not change, what is asked about, or a fixed saving is a start', () => {
  const ask = 'Have your say on our plans\n\nWe would like your views by 1 July 2027.\n\n';
  it.each([
    ['what will not change, negated', 'Opening on Saturday mornings would not change.'],
    ['the proposal people are asked about', 'Tell us what parents think of the proposal to combine the two playgroups.'],
    ['a saving that must be made', 'The council will need to save £4 million next year.'],
  ])('%s', (_, line) => {
    const f = check(missingScope, ask + line, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(ABSENT);
  });
  it('still says so when nothing of the kind is there', () => {
    expect(claimsAbsent(missingScope, `${ask}We are reviewing our services for young people.`, C)).toBe(true);
  });
});

describe('missing-updates: signing up for alerts is a way to be kept updated', () => {
  const plan = 'How we will involve people in the town plan\n\nWe will hold workshops in each ward in the spring.';
  it('says so when nothing is given', () => {
    expect(claimsAbsent(missingUpdates, plan, P)).toBe(true);
  });
  it('is silent about "does not say" when people can sign up for e-mail alerts', () => {
    expect(claimsAbsent(missingUpdates, `${plan} You can register for text alerts and we will keep you in touch with developments.`, P)).toBe(false);
  });
});
