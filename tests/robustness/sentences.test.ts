/**
 * Hostile text for the sentence splitter and the address masking. Before
 * the fix each of these took time growing with the square of its length
 * (100 KB of full stops: minutes), so the test timeout is the bound; the
 * full-size cases are timed in tests/robustness/full-size.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/engine/text';
import { lint } from '../../src/lint';
import { parsePlainText } from '../../src/sources/plain-text';

const SIZE = 100_000;

describe('sentence splitting on hostile text finishes', () => {
  it.each([
    ['full stops', '.'.repeat(SIZE)],
    ['closing quotes and brackets after full stops', '.")'.repeat(SIZE / 3)],
    ['"e.g." before capitals', 'e.g. Leeds '.repeat(SIZE / 11)],
    ['letters and full stops with no space', 'a.'.repeat(SIZE / 2)],
    ['letters and hyphens with no space', 'a-'.repeat(SIZE / 2)],
  ])('%s', (_name, text) => {
    const a = analyseText(text);
    expect(a.sentences.length).toBeGreaterThan(0);
    expect(a.masked.length).toBe(text.length);
  }, 10_000);

  it('keeps the sentences of ordinary text', () => {
    const text = 'We met on Mon. 3 May at 2 p.m. The group, e.g. Leeds carers, spoke first. Dr. Shah agreed... Then what? See www.example.gov.uk/help. Thanks.';
    expect(analyseText(text).sentences.map((s) => s.text)).toEqual([
      'We met on Mon.',
      '3 May at 2 p.m.',
      'The group, e.g. Leeds carers, spoke first.',
      'Dr. Shah agreed...',
      'Then what?',
      'See www.example.gov.uk/help.',
      'Thanks.',
    ]);
  });

  it('lints a paragraph of 10,000 "e.g." with a result', () => {
    const report = lint(parsePlainText('Tell us, e.g. Leeds or York. '.repeat(10_000)).doc);
    expect(report.stats.sentences).toBeGreaterThan(0);
  }, 20_000);
});
