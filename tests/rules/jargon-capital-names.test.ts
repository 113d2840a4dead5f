import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { everydayWord, findCapitalNames } from '../../rules/lib/capital-names';

const linter = new Linter([jargon]);

type Kind = 'paragraph' | 'heading';
/** The capital-name findings of a document, as their text. */
function names(...blocks: Array<string | [Kind, string]>): string[] {
  const doc = { blocks: blocks.map((b, i) => (typeof b === 'string' ? { id: `b${i}`, kind: 'paragraph' as const, text: b } : { id: `b${i}`, kind: b[0], text: b[1] })), meta: {} };
  return linter
    .lint(doc, {})
    .findings.filter((f) => f.patternId?.startsWith('jargon/capital-names/'))
    .map((f) => f.text ?? '');
}

const found = (text: string) => findCapitalNames(text, text.toLowerCase()).map((h) => text.slice(h.start, h.end));

describe('jargon: names of bodies, plans and papers in capitalised everyday words', () => {
  it('finds the name, without the words that open it', () => {
    expect(found('Every reply goes to the Work Group in May.')).toEqual(['Work Group']);
    expect(found('The money is set out in our Medium Term Money Plan for three years.')).toEqual(['Medium Term Money Plan']);
    expect(found('We will then write a Consultation Statement.')).toEqual(['Consultation Statement']);
    expect(found('The dates are in the Corporate Calendar.')).toEqual(['Corporate Calendar']);
  });

  it('ends names in the words of bodies, goals and campaigns too: Senate, Directorate, Objectives, Conversation', () => {
    expect(found('Ask the Adult Care Directorate for the form.')).toEqual(['Adult Care Directorate']);
    expect(found('We asked about our three Improvement Objectives for next year.')).toEqual(['Improvement Objectives']);
    expect(found('Come and join the Big Conversation at the library.')).toEqual(['Big Conversation']);
    expect(found('It was checked by the Clinical Senate in March.')).toEqual(['Clinical Senate']);
    // A lone capital word or a place in the name still leaves it alone.
    expect(found('The Conversation starts in May.')).toEqual([]);
    expect(found('Write to the Wexcombe Clinical Senate office.')).toEqual([]);
    // Not Authority: "Local Authority" and "Fire Authority" are names most readers know.
    expect(found('The plan was agreed by the Local Authority last week.')).toEqual([]);
  });

  it('takes words joined by "and" as one name, and stops at an owner', () => {
    expect(found('It follows the board’s Travel and Parking Strategy.')).toEqual(['Travel and Parking Strategy']);
    expect(found('It follows the Council’s Open Spaces Plan.')).toEqual(['Open Spaces Plan']);
  });

  it('leaves names with a place, a person or initials in them to people who can look them up', () => {
    expect(found('Write to the Thornbury Allotments Group.')).toEqual([]);
    expect(found('The ICB Primary Care Strategy is out now.')).toEqual([]);
    expect(found('Ask Mrs Okonkwo Board secretary.')).toEqual([]);
  });

  it('leaves plain words, one capital word, teams and longer names alone', () => {
    expect(found('Our plan for the park is short.')).toEqual([]);
    expect(found('Read the Plan before you reply.')).toEqual([]);
    expect(found('Write to the Parking Team for a permit.')).toEqual([]);
    expect(found('The Work Group Terms of Reference are below.')).toEqual([]);
  });

  it('knows British everyday words the spoken-frequency list lacks, and words of formal English', () => {
    expect(everydayWord('tenancy')).toBe(true);
    expect(everydayWord('leaflet')).toBe(true);
    expect(everydayWord('consultation')).toBe(true);
    expect(everydayWord('five-year')).toBe(true);
    expect(everydayWord('pre-submission')).toBe(true);
    expect(everydayWord('thornbury')).toBe(false);
  });

  it('reports the first use once per document, as a suggestion that asks what it is', () => {
    const doc = { blocks: [{ id: 'b0', kind: 'paragraph' as const, text: 'The Work Group met. The Work Group will meet again.' }], meta: {} };
    const f = linter.lint(doc, {}).findings.filter((x) => x.patternId === 'jargon/capital-names/everyday-words-name');
    expect(f.map((x) => [x.text, x.severity])).toEqual([['Work Group', 'suggestion']]);
    expect(f[0]!.message).toMatch(/say in everyday words what it is/);
  });

  it('is quiet when the page explains the name, asks about it, or is about it', () => {
    expect(names('The Work Group (six residents and two officers) reads every reply.')).toEqual([]);
    expect(names('What is a Walking Group?', 'The Walking Group meets on Fridays.')).toEqual([]);
    expect(names('Our Village Plan is out.', 'The Village Plan has maps.', 'Read the Village Plan online.')).toEqual([]);
  });

  it('gives way to a heading, and to a listed term that is the whole name', () => {
    expect(names(['heading', 'Work Group'], 'Tell us what you think.')).toEqual([]);
    expect(names('The Integrated Care Board meets in public.')).toEqual([]);
  });
});
