/**
 * Organisation word lists: the organisation's entry for a term the built-in
 * list also has wins (its alternatives, note and severity), in whatever form
 * either writes the term; and suggestions stay grammatical when the flagged
 * words are inflected.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/engine';
import { lint } from '../../src/lint';
import { parsePlainText } from '../../src/sources/plain-text';
import { inflectPhrase } from '../../rules/lib/inflect';

function jargon(text: string, terms: Term[]) {
  const report = lint(parsePlainText(text).doc, { wordLists: [{ id: 'org', name: 'Our words', enabled: true, terms }] });
  return report.findings.filter((f) => f.ruleId === 'jargon').map((f) => ({ text: f.text, severity: f.severity, suggestions: f.suggestions, message: f.message }));
}

describe('an organisation entry wins over the built-in one', () => {
  it.each([
    ['the same form', 'stakeholders'],
    ['another form', 'stakeholder'],
  ])('when written in %s', (_name, term) => {
    const found = jargon('We will talk to our stakeholders soon.', [{ term, alternatives: ['residents'], note: 'We say residents.', severity: 'error' }]);
    expect(found).toEqual([{ text: 'stakeholders', severity: 'error', suggestions: ['residents'], message: expect.stringContaining('We say residents.') as string }]);
  });

  it('when the organisation writes the plural of a built-in phrase', () => {
    const found = jargon('Our care pathways are changing.', [{ term: 'care pathways', alternatives: ['the care we give'], severity: 'suggestion' }]);
    expect(found).toEqual([{ text: 'care pathways', severity: 'suggestion', suggestions: ['the care we give'], message: expect.any(String) as string }]);
  });
});

describe('suggestions stay grammatical', () => {
  it('offers a clause as it is after a plural: "blue folder processes"', () => {
    const found = jargon('Staff follow the blue folder processes.', [{ term: 'blue folder process', alternatives: ['how we log a complaint'] }]);
    expect(found[0]?.suggestions).toEqual(['how we log a complaint']);
  });

  it.each([
    ['how we log a complaint', 's', 'how we log a complaint'],
    ['a named contact', 's', 'a named contact'],
    ['care that fits you', 's', 'care that fits you'],
    ['service we pay for', 's', 'service we pay for'],
    ['local partner', 's', 'local partners'],
    ['what happens next', 'ing', 'what happens next'],
    ['make use of', 'ing', 'making use of'],
  ] as const)('"%s" in the %s form → "%s"', (phrase, kind, expected) => {
    expect(inflectPhrase(phrase, kind, { lastWord: kind === 's' })).toBe(expected);
  });
});
