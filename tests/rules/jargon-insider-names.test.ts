import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { findInsiderNames } from '../../rules/lib/insider-names';

const linter = new Linter([jargon]);

type Kind = 'paragraph' | 'heading';
/** The insider-name and legal-reference findings of a document, as [text, patternId]. */
function insider(...blocks: Array<string | [Kind, string]>) {
  const doc = { blocks: blocks.map((b, i) => (typeof b === 'string' ? { id: `b${i}`, kind: 'paragraph' as const, text: b } : { id: `b${i}`, kind: b[0], text: b[1] })), meta: {} };
  return linter
    .lint(doc, {})
    .findings.filter((f) => /^jargon\/(?:insider-names|legal-references)\//.test(f.patternId ?? ''))
    .map((f) => [f.text, f.patternId] as const);
}

const found = (text: string) => findInsiderNames(text, text.toLowerCase()).map((h) => text.slice(h.start, h.end));

describe('jargon: insider names of bodies and procedures', () => {
  it('asks for everyday words for a council body named as if readers know it, once per document', () => {
    expect(insider('Your comments go to the Executive on 3 May.', 'The Executive will then decide.')).toEqual([['the Executive', 'jargon/insider-names/the-executive']]);
    const f = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'We have written to the Authority about the bins.' }], meta: {} }, {}).findings.find((x) => x.patternId === 'jargon/insider-names/the-authority');
    expect(f).toMatchObject({ severity: 'suggestion', suggestions: [], message: expect.stringContaining('‘the council’') });
  });

  it('reads capitals where the word is also everyday', () => {
    expect(found('These are the Administration’s plans for next year.')).toEqual(['the Administration’s']);
    expect(found('The administration of the scheme is simple.')).toEqual([]);
    expect(found('She spoke with the authority of a judge.')).toEqual([]);
    // A capital word after it makes it part of a longer name: "the Executive Leadership Team".
    expect(found('It goes to the Executive Leadership Team.')).toEqual([]);
  });

  it('finds procedure words and constitutions in lower case too', () => {
    expect(found('This is the first meeting of the municipal year.')).toEqual(['municipal year']);
    expect(found('As a community council we look after the village green.')).toEqual(['community council']);
    expect(found('The new board is set out in the draft constitution.')).toEqual(['draft constitution']);
    expect(found('Tenants can take part in the scrutiny of repairs.')).toEqual(['scrutiny']);
  });

  it('stays quiet when the text explains the name where it is used, and in headings', () => {
    expect(insider('Then the Executive (the five councillors who lead the council) decides.', 'The Executive meets monthly.')).toEqual([]);
    expect(insider(['heading', 'Report to the Executive'], 'We will tell you what happens next.')).toEqual([]);
  });
});

describe('jargon: legal references', () => {
  it('flags a numbered regulation, standing order or duty under a section, with a kind message', () => {
    expect(found('Comments on the draft are welcome under Regulation 14.')).toEqual(['Regulation 14']);
    expect(found('The chair allowed it under Standing Order 12(3).')).toEqual(['Standing Order 12(3)']);
    expect(found('We take our duty under s242 seriously.')).toEqual(['duty under s242']);
    const f = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'Section 14Z45 sets out what we must do.' }], meta: {} }, {}).findings.find((x) => x.patternId === 'jargon/legal-references/numbered-regulation');
    expect(f?.message).toContain('legal reference');
  });

  it('leaves a full citation of a law and a plain section of the document alone', () => {
    expect(found('We are consulting under regulation 14 of the planning regulations.')).toEqual([]);
    expect(found('See section 2 for the map of the site.')).toEqual([]);
  });
});
