import { describe, expect, it } from 'vitest';
import { Linter, type Block } from '../../src/engine';
import { BASE_JARGON, jargon } from '../../rules/jargon';
import { termKey } from '../../rules/lib/word-matcher';

const linter = new Linter([jargon]);
const texts = (text: string, kind: Block['kind'] = 'paragraph') =>
  linter.lint({ blocks: [{ id: 'b1', kind, text }], meta: {} }, {}).findings.map((f) => f.text);
const severityOf = (term: string) => BASE_JARGON.find((t) => termKey(t.term) === termKey(term))?.severity ?? 'warning';

describe('jargon: headings and titles in capitals', () => {
  it.each([
    ['Group rules and terms of reference', 'heading'],
    ['Next steps: our action plan', 'heading'],
    ['Riverside Court Regeneration', 'heading'],
    ['Extra help: additional support for carers', 'heading'],
    ['TERMS OF REFERENCE', 'paragraph'],
    ['ANNUAL ACTION PLAN 2026', 'paragraph'],
  ] as const)('a title is a label, so everyday officialese in it is left alone: “%s”', (text, kind) => {
    expect(texts(text, kind)).toEqual([]);
  });

  it.each([
    ['Our stakeholder map', 'heading', 'stakeholder'],
    ['Patient pathway for hip pain', 'heading', 'pathway'],
    ['STAKEHOLDER ENGAGEMENT', 'paragraph', 'STAKEHOLDER ENGAGEMENT'],
    ['Why we need to leverage our estate', 'heading', 'leverage'],
  ] as const)('jargon in its own right is still found in a title: “%s”', (text, kind, flagged) => {
    expect(texts(text, kind)).toContain(flagged);
  });

  it('the same everyday officialese in running text is still a suggestion', () => {
    expect(texts('The group agreed its terms of reference in May.')).toEqual(['terms of reference']);
    expect(texts('We will publish a dashboard.')).toEqual(['dashboard']);
    expect(texts('We will utilise the old hall in May.')).toEqual(['utilise']);
  });

  it('a list item that is only the term is a label', () => {
    expect(texts('6. Action plan', 'list-item')).toEqual([]);
    expect(texts('Terms of reference', 'list-item')).toEqual([]);
    expect(texts('Agree the terms of reference', 'list-item')).toEqual(['terms of reference']);
    expect(texts('Stakeholders', 'list-item')).toEqual(['Stakeholders']);
  });

  it('a long sentence in capitals is not a title', () => {
    expect(texts('PLEASE READ THE TERMS OF REFERENCE BEFORE THE MEETING AND BRING ANY QUESTIONS WITH YOU ON THE DAY.')).toContain(
      'TERMS OF REFERENCE',
    );
  });
});

describe('jargon: names', () => {
  it('a first word followed by “the” is a verb, not part of a name', () => {
    expect(texts("Leverage the Council's new website to cut queues.")).toContain('Leverage');
    expect(texts('Utilise the Hospital Trust car park.')).toContain('Utilise');
  });

  it('a capitalised name in running text still keeps its words', () => {
    expect(texts('Speak to the Commissioning Support Unit about it.')).toEqual([]);
  });

  it("an organisation's team or job, named by its initials, is a name", () => {
    expect(texts('Send it to the ICB comms team by Friday.')).toEqual([]);
    expect(texts('The PCN comms leads will share it.')).toEqual([]);
  });

  it('the same words without the initials, or without the team, are still jargon', () => {
    expect(texts('Send it to the comms team by Friday.')).toEqual(['comms']);
    expect(texts('The ICB will approve the comms.')).toEqual(['comms']);
  });

  it('a word the writer explains where it is used (“known as”) is not flagged there', () => {
    expect(texts('Part of your council tax pays for the fire service, known as the precept.')).toEqual([]);
    expect(texts('The precept will rise by 3%.')).toEqual(['precept']);
  });
});

describe('jargon: everyday words and other senses', () => {
  it.each([
    'Our group brings together older people living with frailty.',
    'Many people with long-term conditions use this service.',
    'The station is crewed by on-call firefighters at night.',
    'Some families would have further to travel.',
    'You get the enhanced rate of Personal Independence Payment.',
    'We are a registered provider of social housing.',
    'The police will keep more officers in neighbourhood teams.',
  ])('everyday or official wording people know is left alone: “%s”', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    ['Further to your letter, we write again.', 'Further to'],
    ['We will foster good links with schools.', 'foster'],
    ['Your provider will contact you.', 'provider'],
    ['District nurses will join a neighbourhood team.', 'neighbourhood team'],
  ])('the officialese or sector sense is still found: “%s”', (text, flagged) => {
    expect(texts(text)).toContain(flagged);
  });
});

describe('jargon: severities', () => {
  it.each(['approximately', 'in accordance with', 'undertake', 'remainder', 'regarding', 'query', 'further to', 'utilise', 'prior to'])(
    'everyday officialese is a suggestion: %s',
    (term) => expect(severityOf(term)).toBe('suggestion'),
  );

  it.each(['precept', 'pathway', 'population health', 'social prescribing', 'local offer', 'wholetime', 'denominational', 'comms'])(
    'sector jargon the public will not know is a warning: %s',
    (term) => expect(severityOf(term)).toBe('warning'),
  );
});
