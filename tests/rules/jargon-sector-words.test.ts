import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';

const linter = new Linter([jargon]);

/** The word-list findings in one paragraph, as [text, first suggestion]. */
function listed(text: string) {
  return linter
    .lint({ blocks: [{ id: 'b0', kind: 'paragraph', text }], meta: {} }, {})
    .findings.filter((f) => f.patternId === 'jargon/word-list:base')
    .map((f) => [f.text, f.suggestions[0]] as const);
}

describe('jargon: sector words added for issue 9 (waste, traffic, GP letters, frequencies, resources)', () => {
  it('asks which way an ambiguous frequency is meant', () => {
    expect(listed('The forum meets bi-monthly in the library.')).toEqual([['bi-monthly', 'every two months']]);
    expect(listed('Bins are emptied bi-weekly.')).toEqual([['bi-weekly', 'every two weeks']]);
  });

  it('offers everyday words for service and street words', () => {
    expect(listed('The physio sees people with musculoskeletal problems.')).toEqual([['musculoskeletal', 'muscles, bones and joints']]);
    expect(listed('We asked about traffic calming on Mill Lane.')).toEqual([['traffic calming', 'changes to slow traffic down']]);
    expect(listed('Your dry recycling goes in the green box.')).toEqual([['dry recycling', 'recycling of paper, card, cans, glass and plastic']]);
    expect(listed('The team runs health promotion sessions in schools.')).toEqual([['health promotion', 'helping people stay healthy']]);
  });

  it('asks what resources are meant, in either number', () => {
    expect(listed('We must spend the available resource wisely.').map(([t]) => t)).toEqual(['available resource']);
    expect(listed('Tell us how to use the available resources.').map(([t]) => t)).toEqual(['available resources']);
  });

  it('leaves the everyday words alone', () => {
    expect(listed('The bins are emptied every two weeks and the forum meets monthly.')).toEqual([]);
    expect(listed('We have the staff and money to open the library on Saturdays.')).toEqual([]);
  });
});
