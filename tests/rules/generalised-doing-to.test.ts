/**
 * Doing-to and noun stacks widened as structure rather than wordings (branch s19-gen-doingto): one person of a group
 * ("the applicant", "any member"), "shall" as the order of a rule book, the class of "already told" verbs, "we ask
 * {people} to <task>", and stacks closed by "issues / feedback / improvements / standards". Sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';
import { jargon } from '../../rules/jargon';

const lint = (rule: typeof doingTo, text: string) =>
  new Linter([rule]).lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;
const doing = (text: string) => lint(doingTo, text);
const stacks = (text: string) => lint(jargon, text).filter((f) => /stacks abstract words/.test(f.message));

describe('doing-to: one person of a group counts as the group', () => {
  it.each([
    'Any member may be suspended by the chair without a vote.',
    'Before the interview, each applicant must supply two references.',
    'Every leaseholder will be charged for the new roof.',
  ])('flags “%s”', (text) => {
    expect(doing(text)).toHaveLength(1);
  });

  it('leaves a single board member alone: a governor, not a person the body does things to', () => {
    expect(doing('A board member must declare any conflict of interest.')).toEqual([]);
  });
});

describe('doing-to: "shall" as the order of a rule book', () => {
  it('flags people told what they shall do, with "at all times" between', () => {
    const [f] = doing('Tenants shall at all times treat other panel members with respect.');
    expect(f?.text).toBe('Tenants shall at all times treat');
  });

  it.each(['Members shall receive the papers a week ahead.', 'No member shall be paid for attending.', 'The panel shall meet every two months.'])('leaves “%s” alone', (text) => {
    expect(doing(text)).toEqual([]);
  });
});

describe('doing-to: the class of "already told" verbs', () => {
  it.each([
    ['Residents have been alerted to the new parking charges.', 'Residents have been alerted'],
    ['Tenants have already been warned that the lifts will be off.', 'Tenants have already been warned'],
  ])('flags “%s”', (text, words) => {
    expect(doing(text).map((f) => f.text)).toEqual([words]);
  });

  it('leaves reporting back alone', () => {
    expect(doing('Patients have been reminded of the outcome of the survey.')).toEqual([]);
  });
});

describe('doing-to: "we ask {people} to <task>"', () => {
  it.each([
    ['We ask residents to put their bins out by seven in the morning.', 'we-ask-people-to'],
    ['We are asking everyone to keep the side gate shut.', 'we-ask-people-to'],
  ])('flags “%s”', (text, id) => {
    const found = doing(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.patternId).toContain(id);
  });

  it.each([
    'We are asking you to comment on the plans.',
    'We are asking local people to read the proposals and tell us what they think.',
    'We kindly ask visitors to arrive ten minutes early.',
    'We ask parents to join the school travel group.',
  ])('leaves “%s” alone', (text) => {
    expect(doing(text)).toEqual([]);
  });
});

describe('doing-to: a letter whose purpose is to confirm something settled', () => {
  it('flags "this letter is to confirm that…"', () => {
    expect(doing('This letter is to confirm that the two practices will share one building.').map((f) => f.patternId)).toEqual(['people-passive/receiving-end/letter-is-to-inform']);
  });

  it('leaves a confirmation of a booking alone', () => {
    expect(doing('This letter is to confirm your place at the workshop.')).toEqual([]);
  });
});

describe('doing-to: a ban whose people come first in a "whilst" clause', () => {
  it('flags a welcome taken back by a ban', () => {
    expect(doing('Whilst residents are welcome to watch, speaking at the meeting is not permitted.').map((f) => f.patternId)).toEqual(['people-passive/receiving-end/welcome-but-not-permitted']);
  });

  it.each(['While patients wait, parking is not allowed on the verge.', 'Whilst the hall is open, smoking is not permitted.'])('leaves “%s” alone', (text) => {
    expect(doing(text)).toEqual([]);
  });
});

describe('noun stacks closed by issues, feedback, improvements or standards', () => {
  it.each([
    ['Please report service issues to the duty officer.', 'service issues'],
    ['We track quality improvements every quarter.', 'quality improvements'],
    ['The audit looks at performance standards in each ward.', 'performance standards'],
  ])('flags “%s”', (text, words) => {
    const found = stacks(text);
    expect(found.map((f) => f.text)).toEqual([words]);
    expect(found[0]!.patternId).toMatch(/^jargon\/noun-stacks\//);
  });

  it('does not flag the same words twice when a longer stack holds them', () => {
    expect(stacks('We will publish the service quality standards next month.')).toHaveLength(1);
  });

  it.each(['Tell us about any issues with the bins.', 'Your feedback helps us improve the park.', 'The care standards in the home are high.'])('leaves “%s” alone', (text) => {
    expect(stacks(text)).toEqual([]);
  });
});
