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

describe('jargon: bodies and offices named as if known (either way in our corpus)', () => {
  it('flags the deciding bodies of a council once, with everyday words in a kind message', () => {
    expect(insider('The new bin rounds go to Cabinet on 4 June.', 'If the Cabinet agrees, they start in July.')).toEqual([['Cabinet', 'jargon/insider-names/cabinet']]);
    const f = linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text: 'The fees are set each year by Full Council.' }], meta: {} }, {}).findings.find((x) => x.patternId === 'jargon/insider-names/full-council');
    expect(f).toMatchObject({ severity: 'suggestion', message: expect.stringContaining('‘the meeting of all the councillors’') });
    expect(found('Our Cabinet Member for Parks will reply to every letter.')).toEqual(['Cabinet Member']);
    expect(found('A note about the plan was sent to all Members on Friday.')).toEqual(['all Members']);
  });

  it('flags NHS bodies and groups named by their work', () => {
    expect(found('The Integrated Care Board pays for the new clinic.')).toEqual(['Integrated Care Board']);
    expect(found('Until 2022 the clinical commissioning group ran the contract.')).toEqual(['clinical commissioning group']);
    expect(found('Three surgeries share nurses through their primary care network.')).toEqual(['primary care network']);
    expect(found('The strategy was agreed by the Health and Wellbeing Board.')).toEqual(['Health and Wellbeing Board']);
    expect(found('Drafts are read by our steering group before they go out.')).toEqual(['steering group']);
  });

  it('flags a law named with its year from its first capital word', () => {
    expect(found('Under the Care Act 2014 we must assess your needs.')).toEqual(['Care Act 2014']);
    expect(insider('Landlords have duties in the Housing Act 1985.')).toEqual([['Housing Act 1985', 'jargon/legal-references/act-with-a-year']]);
  });

  it('leaves everyday senses and explained names alone', () => {
    expect(found('The spare keys are in the filing cabinet.')).toEqual([]);
    expect(found('Members of the public may ask a question.')).toEqual([]);
    expect(found('The choir has thirty members.')).toEqual([]);
    expect(found('We will act in 2027 if money allows.')).toEqual([]);
    expect(found('A group of parents steer the work.')).toEqual([]);
    expect(insider('The Cabinet (the eight councillors who lead the council) will decide.', 'Cabinet meets monthly.')).toEqual([]);
    expect(insider(['heading', 'Report to Cabinet'], 'We will tell you what it decides.')).toEqual([]);
  });
});

describe('jargon: words real labellers never marked are left alone', () => {
  it('does not flag plain-enough officialese that our corpus never asks for', () => {
    const words = (text: string) => linter.lint({ blocks: [{ id: 'b0', kind: 'paragraph', text }], meta: {} }, {}).findings.map((f) => f.text);
    expect(words('Please indicate a time. Works commence on Monday.')).toEqual([]);
    expect(words('The new rota is aligned with school hours, as per last year.')).toEqual([]);
    expect(words('We listen and use your ideas for service improvement.')).toEqual([]);
  });
});
