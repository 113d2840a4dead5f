/**
 * Jargon families found on real published pages (issue 9), in sentences written
 * for this file: "deliver" with nothing delivered.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { undefinedAcronym } from '../../rules/undefined-acronym';

const linter = new Linter([jargon]);
const flagged = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => f.text);

describe('jargon: "deliver" with nothing delivered', () => {
  it.each([
    ['Tell us how our future priorities are delivered.', 'priorities are delivered'],
    ['The review makes sure the right resources are delivered at the right time.', 'resources are delivered'],
    ['The service needs more staff to deliver on their priorities.', 'deliver on their'],
    ['We need a clear plan on how we will deliver.', 'will deliver'],
  ])('flags “%s”', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each([
    'We want to hear how library services are delivered.',
    'Leaflets are delivered to every home.',
    'We will deliver leaflets to every home.',
    'Post is delivered on Mondays.',
  ])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('names the data pattern that made the finding', () => {
    const f = linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Good systems support us to deliver.' }], meta: {} }, { profiles: ['general'] }).findings;
    expect(f.map((x) => x.patternId)).toEqual(['jargon/empty-delivery/deliver-with-nothing-delivered']);
  });
});

describe('jargon: sector words real pages use', () => {
  it.each([
    ['The outline application for forty homes was approved in March.', 'outline application'],
    ['Reserved matters such as the layout will be decided later.', 'Reserved matters'],
    ['The fire service has a best value duty.', 'best value duty'],
    ['We looked at several national datasets.', 'datasets'],
    ['Dr Lee ran a single-handed practice for twenty years.', 'single-handed practice'],
  ])('flags “%s”', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each(['We will pay for care while you come to the meeting.', 'Our nurses visit people at home.'])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('undefined-acronym: capitals that are not acronyms on real pages', () => {
  const acronyms = new Linter([undefinedAcronym]);
  const found = (text: string) =>
    acronyms.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.map((f) => f.text);

  it.each([
    'The move DOES NOT change your GP.',
    'OVER 300 people answered the survey.',
    'Read the minutes (PDF, 120 KB) before the meeting.',
    'Cameras (CCTV) will cover the car park.',
  ])('leaves alone “%s”', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still flags an acronym nobody has spelled out', () => {
    expect(found('The PCN will run the clinic.')).toEqual(['PCN']);
  });
});

describe('jargon: legal and contract wording', () => {
  it.each([
    ['The plan says how the authority will exercise its functions under the act.', 'exercise its functions'],
    ['We want a say in how our functions are exercised.', 'functions are exercised'],
    ['The practice is handing back its contract in March.', 'handing back its contract'],
  ])('flags “%s”', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each(['The new hall has many functions.', 'Please hand back the form at reception.'])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('jargon: sector words from real pages (sets i to k)', () => {
  it.each([
    ['Road operatives will be on site from Monday.', 'operatives'],
    ['The vice-chair will preside at the meeting.', 'preside'],
    ['Homes in the catchment will get a letter.', 'catchment'],
    ['The group will meet bi-annually.', 'bi-annually'],
    ['We looked at the demographic of the area.', 'demographic'],
    ['Work will start on the commencement date.', 'commencement'],
    ['Our revenue spend has gone up.', 'revenue'],
    ['The panel acts as a sounding board for new ideas.', 'sounding board'],
    ['A nurse will call back patients who are clinically urgent.', 'clinically urgent'],
    ['The contract goes out to procurement next year.', 'procurement'],
    ['Our outreach covered six villages.', 'outreach'],
    ['The review looks at warding across the district.', 'warding'],
    ['Patients should be able to exercise choice about where they are seen.', 'exercise choice'],
    ['The panel will give effect to the decisions of the board.', 'give effect to'],
  ])('flags “%s”', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each([
    'We offer a free home delivery service for medicines.',
    'The street outreach team visits every night.',
    'Police and Crime Commissioner Jane Hill will answer questions.',
    'As Commissioner, I want to hear from you.',
    'We have added two extra dates and additional seats.',
  ])('leaves alone “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
