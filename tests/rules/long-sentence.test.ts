import { describe, expect, it } from 'vitest';
import { Linter, type Block, type Config, type TextDoc } from '../../src/engine';
import { longSentence } from '../../rules/long-sentence';

const words = (n: number, end = '.') => {
  const list = Array.from({ length: n }, (_, i) => ['we', 'will', 'meet', 'people', 'in', 'the', 'town', 'hall'][i % 8]);
  const s = list.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + end;
};

function check(text: string, config: Partial<Config> = {}, kind: Block['kind'] = 'paragraph') {
  const doc: TextDoc = { blocks: [{ id: 'b0', kind, text }], meta: {} };
  return new Linter([longSentence]).lint(doc, config).findings;
}

describe('long-sentence', () => {
  it('accepts sentences of 25 words or fewer', () => {
    expect(check(words(25))).toEqual([]);
    expect(check(`${words(10)} ${words(25)} ${words(3)}`)).toEqual([]);
  });

  it('flags a sentence over 25 words, with its exact range and word count', () => {
    const text = `${words(5)} ${words(26)} ${words(4)}`;
    const findings = check(text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.start).toBe(words(5).length + 1);
    expect(f!.end).toBe(words(5).length + 1 + words(26).length);
    expect(f!.text).toBe(words(26));
    expect(f!.message).toBe('This sentence has 26 words. Try to keep sentences to 25 words or fewer.');
    expect(f!.severity).toBe('warning');
    expect(f!.suggestions.length).toBeGreaterThan(0);
    expect(f!.barriers).toEqual(['inaccessible-language']);
  });

  it('flags the real example from its docs, and not the better version', () => {
    expect(check(longSentence.meta.docs.bad)).toHaveLength(1);
    expect(check(longSentence.meta.docs.good)).toEqual([]);
  });

  it('counts each sentence separately, with abbreviations not ending sentences', () => {
    const text = `Bring proof of address, e.g. a bill or a letter from the council, and photo ID such as a passport or driving licence, to the meeting at St. Mary’s Hall.`;
    expect(check(text)).toHaveLength(1);
  });

  it('is stricter in Easy Read mode (15 words)', () => {
    expect(check(words(15), { easyRead: true })).toEqual([]);
    const [f] = check(words(16), { easyRead: true });
    expect(f!.message).toContain('16 words');
    expect(f!.message).toContain('15 words or fewer');
    expect(check(words(16))).toEqual([]);
  });

  it('takes limits and severity from the config', () => {
    const config: Partial<Config> = { rules: { 'long-sentence': { severity: 'error', options: { maxWords: 10 } } } };
    const [f] = check(words(11), config);
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('10 words or fewer');
    expect(check(words(10), config)).toEqual([]);
    expect(check(words(17), { easyRead: true, rules: { 'long-sentence': { options: { easyReadMaxWords: 20 } } } })).toEqual([]);
    expect(check(words(30), { rules: { 'long-sentence': 'suggestion' } })[0]!.severity).toBe('suggestion');
  });

  it('can be turned off', () => {
    expect(check(words(40), { rules: { 'long-sentence': 'off' } })).toEqual([]);
  });

  it('leaves headings alone, but checks list items and table cells', () => {
    expect(check(words(30, ''), {}, 'heading')).toEqual([]);
    expect(check(words(30), {}, 'list-item')).toHaveLength(1);
    expect(check(words(30), {}, 'table-cell')).toHaveLength(1);
  });

  it('does not count the words inside a link as more than the link’s parts', () => {
    // A URL's parts are words for counting; a short sentence with a link stays short.
    expect(check('Read the plan at https://www.example.gov.uk/consultations/local-health-plan-2025 and tell us.')).toEqual([]);
  });
});
