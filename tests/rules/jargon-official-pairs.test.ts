import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { findOfficialPairs } from '../../rules/lib/official-pairs';

const linter = new Linter([jargon]);

/** The official-pair findings in one paragraph, as [text, patternId]. */
function pairs(text: string) {
  return linter
    .lint({ blocks: [{ id: 'b0', kind: 'paragraph', text }], meta: {} }, {})
    .findings.filter((f) => f.patternId?.startsWith('jargon/official-pairs/'))
    .map((f) => [f.text, f.patternId] as const);
}

const found = (text: string) => findOfficialPairs(text, text.toLowerCase()).map((h) => text.slice(h.start, h.end));

describe('jargon: official noun pairs', () => {
  it('flags a management noun after a word of institutions, as a suggestion with a kind message', () => {
    expect(pairs('The trust wants more operational capacity before the winter.')).toEqual([['operational capacity', 'jargon/official-pairs/institutional-modifier']]);
    const f = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'We will grow customer engagement in the north of the town.' }], meta: {} }, {}).findings.find((x) => x.text === 'customer engagement');
    expect(f).toMatchObject({ severity: 'suggestion', message: expect.stringContaining('Say what it means for people') });
  });

  it('flags a management noun after a rare word with a Latin ending', () => {
    expect(found('The school gives remedial provision to a few pupils.')).toEqual(['remedial provision']);
    expect(found('There are new ambulatory services at the hospital.')).toEqual(['ambulatory services']);
  });

  it('leaves everyday words before the noun alone', () => {
    expect(found('Our local services are open late, and so are the mental health services.')).toEqual([]);
    expect(pairs('Tell us about the national requirements and the general arrangements.')).toEqual([]);
  });

  it('leaves capitalised names, headings and words a list term already covers', () => {
    expect(found('Ask the Clinical Services team for a copy.')).toEqual([]);
    expect(linter.lint({ blocks: [{ id: 'b0', kind: 'heading', text: 'Operational capacity' }], meta: {} }, {}).findings).toEqual([]);
    // "stakeholder engagement" is in the word list: one finding from the list, none from the pair.
    expect(pairs('We will plan our stakeholder engagement with care.')).toEqual([]);
  });
});
