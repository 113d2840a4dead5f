import { describe, expect, it } from 'vitest';
import { Linter, type Config, type WordList } from '../../src/engine';
import { jargon } from '../../rules/jargon';

const linter = new Linter([jargon]);

/** Each paragraph is one block; returns the unfamiliar-word findings as [text, block]. */
function unfamiliar(paragraphs: string[], config: Partial<Config> = {}) {
  const doc = { blocks: paragraphs.map((text, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text })), meta: {} };
  return linter
    .lint(doc, config)
    .findings.filter((f) => f.patternId === 'jargon/unfamiliar-word')
    .map((f) => [f.text, f.blockId] as const);
}

describe('jargon: unfamiliar words (no list of the words found)', () => {
  it('flags a rare officialese word with a plain, kind message at suggestion level', () => {
    const linted = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'The board noted the hindrances to the budget.' }], meta: {} });
    const [f, ...rest] = linted.findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'jargon',
      patternId: 'jargon/unfamiliar-word',
      severity: 'suggestion',
      text: 'hindrances',
      message: 'Many readers may not know the word ‘hindrances’. Use an everyday word, or explain it the first time you use it.',
      enablers: ['check-understanding', 'knowing-people-needs', 'not-hiding-behind-role'],
    });
  });

  it.each([
    ['We want more co-design in our work.', 'co-design'],
    ['We are co-producing the plan.', 'co-producing'],
    ['Stewardship of the park matters.', 'Stewardship'],
    ['The subsistence payment is made weekly.', 'subsistence'],
    ['Ward hindrances are shown below.', 'hindrances'],
    ['The council may refuse vexatious requests.', 'vexatious'],
    ['We set out the rationale below.', 'rationale'],
    ['The panel doubted the adequacy of the plan.', 'adequacy'],
  ])('flags “%s” (plural, -ing and sentence-start forms too)', (text, word) => {
    expect(unfamiliar([text])).toEqual([[word, 'b0']]);
  });

  it.each([
    ['everyday words, also in British spelling and made from everyday words', 'The organisation’s centre in our neighbourhood was publicised, and accessibility matters.'],
    ['a plain rare word without an officialese ending', 'Bring a leaflet to the marina after lockdown.'],
    ['“co-operate”, which everyone knows', 'We will co-operate with the school.'],
    ['a capitalised word inside a sentence: a name', 'We met the Hindrance Unit in Thornbury.'],
    ['a name at the start of a sentence', 'Vidal arranged the room for us.'],
    ['a place at the start of a sentence', 'Portugal has sunny weather.'],
    ['a web address', 'Visit www.stewardship-hindrance.org.uk today.'],
    ['a word in brackets after it explained', 'Stewardship (looking after something for others) matters.'],
    ['a word explained with “means”', 'Stewardship means looking after something for others.'],
    ['a “co-” word that says who it was done with', 'The leaflet was co-produced with parents at two sessions.'],
    ['a co- word that says who it was done with further on', 'We will co-design a new plan for the town centre with young people.'],
    ['a rare word of the subject without an officialese ending', 'Book your antenatal check at the clinic.'],
    ['a capitalised word that starts a name', 'Stewardship Week starts on Monday.'],
    ['everyday words with the same endings', 'Serious delays on the sale affect your privacy and the local scale of prices.'],
  ])('leaves alone %s', (_why, text) => {
    expect(unfamiliar([text])).toEqual([]);
  });

  it('leaves headings alone, like everyday officialese from the list', () => {
    const doc = { blocks: [{ id: 'b0', kind: 'heading' as const, text: 'Budget hindrances' }], meta: {} };
    expect(linter.lint(doc).findings.filter((f) => f.patternId === 'jargon/unfamiliar-word')).toEqual([]);
  });

  it('flags only the first use in the document, however the word is inflected', () => {
    expect(unfamiliar(['We will look at hindrances.', 'Hindrance takes time.', 'We see hindrance yearly.'])).toEqual([['hindrances', 'b0']]);
  });

  it('does not flag a word the writer explains anywhere in the document', () => {
    expect(unfamiliar(['We will talk about stewardship.', 'Stewardship is when people look after something for others.'])).toEqual([]);
  });

  it('leaves allowed words and phrases alone', () => {
    expect(unfamiliar(['The hindrances to the budget.'], { allow: ['hindrance'] })).toEqual([]);
    expect(unfamiliar(['The park stewardship report.'], { allow: ['park stewardship'] })).toEqual([]);
  });

  it('gives a team’s own word list the word, with the team’s advice', () => {
    const list: WordList = { id: 'our-words', name: 'Our words', enabled: true, terms: [{ term: 'stewardship', alternatives: ['care'] }] };
    const findings = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'The stewardship of the park.' }], meta: {} }, { wordLists: [list] }).findings;
    expect(findings.map((f) => [f.text, f.patternId])).toEqual([['stewardship', 'jargon/word-list:our-words']]);
  });

  it('can be switched off on its own', () => {
    expect(unfamiliar(['The stewardship of the park.'], { rules: { jargon: { options: { unfamiliarWords: false } } } })).toEqual([]);
  });
});
