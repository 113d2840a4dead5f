/**
 * doing-to read by grammar (rules/lib/people-clauses.ts): people as the subject of a passive or an order, found by
 * compromise with words between the auxiliary and the verb, any tense but the past, and people nouns compromise knows.
 * Sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { doingTo } from '../../rules/doing-to';

const findings = (text: string) =>
  new Linter([doingTo]).lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

describe('doing-to clauses: people done to, whatever words come between', () => {
  it.each([
    ['Tenants living in the block will all then be moved to other homes.', 'doing-to/clause-passive'],
    ['Leaseholders are being withdrawn from the repairs scheme.', 'doing-to/clause-passive'],
    ['Carers will then be gradually switched to the new booking line.', 'doing-to/clause-passive'],
    ['Motorists are strongly urged to avoid the high street on Saturday.', 'doing-to/clause-obligation'],
    ['Residents are firmly expected to keep the shared paths clear.', 'doing-to/clause-obligation'],
  ])('flags “%s”', (text, id) => {
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.patternId).toBe(id);
  });

  it('quotes the clause, from the people to the verb, and offers a kind rewording', () => {
    const [f] = findings('Tenants living in the block will all then be moved to other homes.');
    expect(f!.text).toBe('Tenants living in the block will all then be moved');
    expect(f!.message).toMatch(/receiving end/);
    expect(f!.suggestions[0]).toMatch(/agree with them/);
  });
});

describe('doing-to clauses: taking part, the past, and subjects that are not the public', () => {
  it.each([
    'Tenants living in the block will all then be invited to the planning day.',
    'Residents are strongly urged to share their views on the plans.',
    'Residents were then quickly moved to the new flats in 2019.',
    'The views of patients and the public have been carefully considered.',
    'Our workers have been officially designated as key staff.',
    'Patients are well fed and looked after on the ward.',
    'No tenant will then be quickly moved without their agreement.',
    'We will make sure residents are kept fully updated.',
    'Members will be drawn from the local area.',
  ])('leaves “%s” alone', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('doing-to clauses: wider people subjects (anyone, any individual, each or every member)', () => {
  it.each([
    ['Each new volunteer must sign the code of conduct before starting.', 'doing-to/clause-obligation'],
    ['Any person or group sending comments on the draft local plan for the town centre will be added to our database.', 'doing-to/clause-passive'],
    ['Anyone who sends a comment at any point during the review of the bus routes in the district will be included in our records and will then automatically be kept informed of each step.', 'doing-to/clause-passive'],
  ])('flags “%s”', (text, id) => {
    const found = findings(text);
    expect(found.map((f) => f.patternId)).toContain(id);
  });

  it.each([
    // The subject already has its verb; the later group is a relative clause about the meetings.
    'Members of the public are welcome to come to our forum meetings, which are held in the library.',
  ])('leaves “%s” alone', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
