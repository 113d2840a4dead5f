/**
 * Properties that must hold for any input: parsing and linting never throw,
 * every range is inside its block and quotes it exactly, findings are
 * sorted, and results do not depend on the cache or on which linter ran.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Linter, type Config, type Report, type TextDoc } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { ALL_RULES } from '../../rules';

const FRAGMENTS = [
  'We', 'will', 'consult', 'service users', 'the elderly', 'hard to reach', 'stakeholders', 'going forward', 'leverage',
  'a decision will be made', 'it has been decided', 'co-production', 'co-design', 'survey', 'drop-in', 'ICB', 'PCN',
  'NHS', 'CCG (clinical commissioning group)', 'e.g.', 'i.e.', 'Dr.', 'St.', 'etc.', '3.5%', '£2.5m', '10am', '2:30pm',
  'Monday 4 March 2025', 'closing date', 'https://example.org/consult?a=1&b=2', 'www.leeds.gov.uk/have-your-say',
  'jo.bloggs@nhs.net', '0113 123 4567', 'BAME', 'the vulnerable', 'educate the public', 'guarantee', 'all views will be acted on',
  'venue:', 'step-free access', 'hearing loop', 'Easy Read', 'large print', 'BSL', '“quoted”', '(brackets)', '—', '…',
  'İstanbul', 'naïve', 'café', '👍🏽', '中文', 'العربية', "don't", 'people’s', '-', '*', '•', '1.', '2.1', 'a)', '|', '\t',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '. ', ', ', '? ', '! ', ': ', '\n', '\n\n', '\r\n', '\n- ', '\n1. ', '\n\n2.1 ', '\n| ', ' | ', '\t'];

const realistic = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS), fc.boolean()), { maxLength: 120 })
  .map((parts) => parts.map(([w, sep, cap]) => (cap ? w.charAt(0).toUpperCase() + w.slice(1) : w) + sep).join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '\r', '-', '•', ':', '\t', '|', '1', 'é', '\uFEFF', '\u0000'), maxLength: 200 }),
);

const configs = fc.record({
  easyRead: fc.boolean(),
  profiles: fc.option(fc.subarray(['consultation', 'engagement-plan', 'meeting-invitation', 'report', 'general'] as const, { minLength: 1 }), { nil: undefined }),
});

function assertWellFormed(doc: TextDoc, report: Report): void {
  const index = new Map(doc.blocks.map((b, i) => [b.id, i]));
  let previous: [number, number] = [-Infinity, -Infinity];
  for (const f of report.findings) {
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.blockId !== null) {
      const block = doc.blocks[index.get(f.blockId)!];
      expect(block).toBeDefined();
      expect(f.start).not.toBeNull();
      expect(f.end).not.toBeNull();
      expect(0 <= f.start! && f.start! <= f.end! && f.end! <= block!.text.length).toBe(true);
      expect(f.text).toBe(block!.text.slice(f.start!, f.end!));
    } else {
      expect([f.start, f.end, f.text]).toEqual([null, null, null]);
      if (f.anchorBlockId !== null) expect(index.has(f.anchorBlockId)).toBe(true);
    }
    const id = f.blockId ?? f.anchorBlockId;
    const key: [number, number] = [id === null ? -1 : index.get(id)!, f.start ?? -1];
    expect(key[0] > previous[0] || (key[0] === previous[0] && key[1] >= previous[1])).toBe(true);
    previous = key;
  }
}

function lintFresh(doc: TextDoc, config: Partial<Config>): Report {
  return new Linter(ALL_RULES).lint(doc, config);
}

describe('properties of parsing and linting', () => {
  it('never throws, and every finding is well-formed, for any text', () => {
    fc.assert(
      fc.property(anyText, configs, (source, config) => {
        const { doc, locate } = parsePlainText(source);
        for (const b of doc.blocks) {
          expect(b.text.length).toBeGreaterThan(0);
          const p = locate(b.id, 0);
          expect(p).not.toBeNull();
          expect(p!.offset! >= 0 && p!.offset! <= source.length).toBe(true);
        }
        assertWellFormed(doc, lintFresh(doc, config));
      }),
      { numRuns: 150 },
    );
  });

  it('gives well-formed, deterministic findings for realistic documents', () => {
    fc.assert(
      fc.property(realistic, configs, (source, config) => {
        const { doc, locate } = parsePlainText(source);
        const a = lintFresh(doc, config);
        assertWellFormed(doc, a);
        expect(lintFresh(doc, config)).toEqual(a);
        // Ranged findings map back to the same words in the source.
        for (const f of a.findings) {
          if (f.blockId === null || f.start === f.end) continue;
          const start = locate(f.blockId, f.start!)!;
          const end = locate(f.blockId, f.end!)!;
          const norm = (s: string) => s.replace(/\s+/g, ' ');
          expect(norm(source.slice(start.offset!, end.offset!))).toBe(norm(f.text!));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a warm linter after edits gives the same report as a fresh one', () => {
    fc.assert(
      fc.property(realistic, realistic, fc.nat(), configs, (sourceA, replacement, at, config) => {
        const docA = parsePlainText(sourceA).doc;
        const docB: TextDoc = { meta: {}, blocks: docA.blocks.map((b) => ({ ...b })) };
        const extra = parsePlainText(replacement).doc.blocks;
        if (docB.blocks.length && extra[0]) docB.blocks[at % docB.blocks.length]!.text = extra[0].text;
        const warm = new Linter(ALL_RULES);
        warm.lint(docA, config);
        const again = warm.lint(docB, config);
        const fresh = lintFresh(docB, config);
        expect({ ...again, analysedBlocks: 0 }).toEqual({ ...fresh, analysedBlocks: 0 });
        expect(again.analysedBlocks).toBeLessThanOrEqual(1);
      }),
      { numRuns: 40 },
    );
  });
});
