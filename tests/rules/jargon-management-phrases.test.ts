import { describe, expect, it } from 'vitest';
import { Linter, type Config, type WordList } from '../../src/engine';
import { jargon } from '../../rules/jargon';

const linter = new Linter([jargon]);
const PREFIX = 'jargon/management-phrases/';

/** The management-phrase findings in one block, as [text, pattern name]. */
function phrases(text: string, config: Partial<Config> = {}, kind: 'paragraph' | 'heading' = 'paragraph') {
  return linter
    .lint({ blocks: [{ id: 'b0', kind, text }], meta: {} }, config)
    .findings.filter((f) => f.patternId?.startsWith(PREFIX))
    .map((f) => [f.text, f.patternId!.slice(PREFIX.length)] as const);
}

describe('jargon: management phrases of common words', () => {
  it('flags a management verb with an abstract object, as a suggestion with a kind message and a plainer verb', () => {
    const f = linter
      .lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'Next year the board will allocate our limited resources to the north of the town.' }], meta: {} }, {})
      .findings.find((x) => x.patternId === `${PREFIX}verb-and-abstract-object`);
    expect(f).toMatchObject({ text: 'allocate our limited resources', severity: 'suggestion', suggestions: [] });
    expect(f!.message).toContain('may puzzle readers');
    expect(f!.message).toContain('‘share out’');
    expect(phrases('Every landlord has to demonstrate compliance with the rules.')).toEqual([['demonstrate compliance', 'verb-and-abstract-object']]);
    expect(phrases('At the end the members passed resolutions on both items.')).toEqual([['passed resolutions', 'verb-and-abstract-object']]);
  });

  it('flags two nouns of institutions in a row, with a plainer way where one fits', () => {
    const f = linter
      .lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'You can send comments at any time in the engagement period.' }], meta: {} }, {})
      .findings.find((x) => x.patternId === `${PREFIX}institutional-compound`);
    expect(f).toMatchObject({ text: 'engagement period', severity: 'suggestion' });
    expect(f!.message).toContain('‘the weeks when you can take part’');
    expect(phrases('We will look at care planning for older people.')).toEqual([['care planning', 'institutional-compound']]);
    // A term of the built-in list covers the pair: one finding, from the list.
    expect(phrases('The review looks again at service provision in the villages.')).toEqual([]);
  });

  it('keeps a verb only when compromise reads it as one', () => {
    // "target" is a noun here: "the target resources" names what is aimed for, not an act of aiming.
    expect(phrases('The target resources for each school are in the table.')).toEqual([]);
    expect(phrases('We will target resources at the streets with most crime.')).toEqual([['target resources', 'verb-and-abstract-object']]);
  });

  it('leaves plain uses of the same words alone', () => {
    expect(phrases('We will deliver leaflets to every home in the street.')).toEqual([]);
    expect(phrases('We will monitor how people use the buses after the change.')).toEqual([]);
    expect(phrases('The care home on the hill has a new garden.')).toEqual([]);
    expect(phrases('Please meet your neighbours at the hall on Friday.')).toEqual([]);
    // The object ends its noun phrase: "policing" here describes the needs that are met.
    expect(phrases('The new station will meet their policing needs.')).toEqual([]);
  });

  it('leaves names, headings and titles alone', () => {
    expect(phrases('Read about the Service Provision Review on our website.')).toEqual([]);
    expect(phrases('How we allocate our resources', {}, 'heading')).toEqual([]);
  });

  it('lets allowed words and phrases and a team’s own word list win', () => {
    expect(phrases('Every landlord has to demonstrate compliance with the rules.', { allow: ['demonstrate compliance'] })).toEqual([]);
    const list: WordList = { id: 'our-words', name: 'Our words', enabled: true, terms: [{ term: 'engagement period', alternatives: ['the weeks you can comment'] }] };
    const findings = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'Send comments at any time in the engagement period.' }], meta: {} }, { wordLists: [list] }).findings;
    expect(findings.map((f) => [f.text, f.patternId])).toEqual([['engagement period', 'jargon/word-list:our-words']]);
  });

  it('can be switched off on its own, and goes with the built-in list', () => {
    const text = 'Every landlord has to demonstrate compliance in the engagement period.';
    expect(phrases(text)).toHaveLength(2);
    expect(phrases(text, { rules: { jargon: { options: { managementPhrases: false } } } })).toEqual([]);
    expect(phrases(text, { rules: { jargon: { options: { baseList: false } } } })).toEqual([]);
  });
});
