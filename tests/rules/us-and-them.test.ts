import { describe, expect, it } from 'vitest';
import { Linter, type Config, type Finding, type TextDoc } from '../../src/engine';
import { usAndThem } from '../../rules/us-and-them';

function check(text: string, config: Partial<Config> = {}, kind: 'paragraph' | 'heading' = 'paragraph'): Finding[] {
  const doc: TextDoc = { blocks: [{ id: 'b0', kind, text }], meta: {} };
  return new Linter([usAndThem]).lint(doc, config).findings;
}

/** The flagged words, in order. */
const flagged = (text: string, config?: Partial<Config>) => check(text, config).map((f) => f.text);

describe('us-and-them: flags labels', () => {
  it.each([
    ['We will ask service users what they think.', 'service users'],
    ['Each service user gets a key worker.', 'service user'],
    ['Ask our service users first.', 'our service users'],
    ['Talk to service-users about care.', 'service-users'],
    ['Social care clients will get a letter about their support.', 'clients'],
    ['Our clients receive care at home.', 'Our clients'],
    ['We value our patients.', 'our patients'],
    ['We want to hear from hard to reach groups.', 'hard to reach'],
    ['We will target hard-to-reach communities.', 'hard-to-reach'],
    ['Young people are often the hardest to reach groups.', 'hardest to reach'],
    ['Some families are hard to engage.', 'hard to engage'],
    ['People who are hard to reach will get a letter.', 'hard to reach'],
    ['Services for vulnerable adults are changing.', 'vulnerable adults'],
    ['We must protect the vulnerable.', 'the vulnerable'],
    ['The most vulnerable will be prioritised.', 'The most vulnerable'],
    ['This affects vulnerable people in the borough.', 'vulnerable people'],
    ['Care for the elderly is changing.', 'the elderly'],
    ['Support for the frail elderly.', 'the frail elderly'],
    ['Elderly residents can apply.', 'Elderly'],
    ['We met BAME communities in March.', 'BAME communities'],
    ['Outreach to BME groups.', 'BME groups'],
    ['The survey reached few BAME people.', 'BAME people'],
    ['We will phone non-engagers.', 'non-engagers'],
    ['Non attenders will be discharged.', 'Non attenders'],
    ['We will educate the public about the changes.', 'educate'],
    ['The campaign is educating local people.', 'educating'],
    ['Facilities for the disabled.', 'the disabled'],
    ['Help for dementia sufferers.', 'dementia sufferers'],
    ['Sufferers often feel alone.', 'Sufferers'],
    ['Stroke victims need quick care.', 'Stroke victims'],
    ['She is wheelchair-bound.', 'wheelchair-bound'],
    ['He is confined to a wheelchair.', 'confined to a wheelchair'],
    ['Support for the homeless is changing.', 'the homeless'],
    ['Services for the mentally ill are stretched.', 'the mentally ill'],
    ['Mentally ill patients will be moved.', 'Mentally ill patients'],
    ['Bed blockers are a problem this winter.', 'Bed blockers'],
    ['Frequent flyers use A&E often.', 'Frequent flyers'],
    ['A handicapped person can ask for help.', 'handicapped'],
    ['Drug addicts can get support.', 'Drug addicts'],
    ['Help for the poor and the deaf.', 'the poor'],
    // "it " at the end of "visit" is not the computing sense of "IT service users".
    ['We will visit service users at home.', 'service users'],
    ['Vulnerable staff can ask to work from home.', 'Vulnerable staff'],
  ])('%s', (text, expected) => {
    const found = flagged(text);
    expect(found).toContain(expected);
  });

  it('gives exact ranges', () => {
    const text = 'We will educate service users and hard to reach groups, such as the elderly and BAME communities.';
    const findings = check(text);
    expect(findings.map((f) => [f.start, f.end, f.text])).toEqual([
      [8, 15, 'educate'],
      [16, 29, 'service users'],
      [34, 47, 'hard to reach'],
      [64, 75, 'the elderly'],
      [80, 96, 'BAME communities'],
    ]);
    for (const f of findings) expect(text.slice(f.start!, f.end!)).toBe(f.text);
  });

  it('matches every inflection of the same label', () => {
    expect(flagged('A service user. Two service users.')).toEqual(['service user', 'service users']);
    expect(flagged('We educate the public. She educates the public. They educated the public. Educating the public.')).toEqual([
      'educate', 'educates', 'educated', 'Educating',
    ]);
    expect(flagged('A non-engager. Many non-engagers.')).toEqual(['non-engager', 'non-engagers']);
  });

  it('flags the longer phrase once when labels overlap', () => {
    expect(flagged('Ask our service users.')).toEqual(['our service users']);
    expect(flagged('Support the frail elderly.')).toEqual(['the frail elderly']);
  });

  it('suggests respectful alternatives and explains why, kindly and specifically', () => {
    const [f] = check('We will ask service users what they think.');
    expect(f!.suggestions).toEqual(['people who use services', 'people who use our services']);
    expect(f!.message).toContain('“service users”');
    expect(f!.message).toMatch(/Try “people who use services”/);
    expect(f!.barriers).toEqual(['us-and-them-attitude']);
    expect(f!.enablers).toEqual(['no-one-more-important', 'doing-with-not-doing-to']);
    const [h] = check('We want to hear from hard to reach groups.');
    expect(h!.suggestions[0]).toBe('seldom heard');
    expect(h!.message).toMatch(/puts the problem on people/);
    const [v] = check('Services for vulnerable adults are changing.');
    expect(v!.suggestions[0]).toBe('adults who may need extra support');
    const [e] = check('We will educate the public about the changes.');
    expect(e!.message).toContain('“educate the public”');
    expect(e!.suggestions).toEqual(['share information with', 'work with']);
    const [d] = check('Help for dementia sufferers.');
    expect(d!.suggestions).toEqual(['people with dementia', 'people living with dementia']);
  });

  it('keeps a capital at the start of a sentence only', () => {
    expect(check('The elderly will be asked.')[0]!.suggestions[0]).toBe('Older people');
    expect(check('BAME communities were asked.')[0]!.suggestions[0]).toBe('Ethnic minority communities');
    expect(check('We asked BAME communities.')[0]!.suggestions[0]).toBe('ethnic minority communities');
  });

  it('uses a softer severity for words many services still use', () => {
    expect(check('Ask service users.')[0]!.severity).toBe('suggestion');
    expect(check('She is wheelchair-bound.')[0]!.severity).toBe('warning');
    expect(check('Ask service users.', { rules: { 'us-and-them': 'error' } })[0]!.severity).toBe('error');
  });
});

describe('us-and-them: leaves fair wording alone', () => {
  it.each([
    'Users of the website can log in with their account.',
    'People who use services told us what matters.',
    'The river bank is vulnerable to flooding.',
    'The vulnerable section of the sea wall will be repaired.',
    'Older people and disabled people helped design the service.',
    'The site is hard to reach by public transport.',
    'Some rural areas are hard to reach in winter.',
    'The email client needs an update.',
    'Our web service users can reset their password online.',
    'Highly educated people are not the only ones we want to hear from.',
    'The disabled toilet is on the ground floor.',
    'The poor quality of some housing was raised.',
    'Victims of crime can get free support.',
    'The Service User Reference Group meets monthly.',
    'Join the BAME Staff Network meeting.',
    'The deaf community asked for BSL interpreters.',
    'We will share information with the public and listen.',
    'Read more at https://example.org/service-users/hard-to-reach-groups/the-elderly today.',
    'Email bame.team@example.org with questions.',
    'Wheelchair users can use the lift.',
    'Patients told us the waiting room is too cold.',
    'The blinds in the room will be closed.',
    // A people word before a place that is hard to reach ("visitors" is a group of people in the shared vocabulary).
    'Visitors say the car park is hard to reach.',
    'Staff told us the clinic is hard to reach by bus.',
    // Schools teach: "educate" is about talking down to the public, not teaching pupils.
    'Teachers educate pupils about road safety.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('respects the allow list', () => {
    expect(flagged('Ask service users.', { allow: ['service user'] })).toEqual([]);
    expect(flagged('Ask service users.', { allow: ['Service Users'] })).toEqual([]);
    expect(flagged('Ask service users and the elderly.', { allow: ['service users'] })).toEqual(['the elderly']);
  });

  it('can be turned off', () => {
    expect(flagged('Ask service users.', { rules: { 'us-and-them': 'off' } })).toEqual([]);
  });

  it('flags labels in headings and list items too', () => {
    expect(check('Engaging the elderly', {}, 'heading').map((f) => f.text)).toEqual(['the elderly']);
  });
});
