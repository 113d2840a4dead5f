import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bySeriousness, compareSerious, seriousFirst } from '../../src/ui/order';
import type { Severity } from '../../src/engine/types';

const f = (key: string, ruleId: string, severity: Severity, blockId: string | null = 'b1') => ({ key, ruleId, severity, blockId });

describe('seriousFirst', () => {
  it('puts errors first, document-level before placed ones, and keeps page order within a kind', () => {
    const list = [
      f('a', 'jargon', 'suggestion'),
      f('b', 'passive', 'warning'),
      f('c', 'no-dates', 'error', null),
      f('d', 'vague', 'warning', null),
      f('e', 'decided', 'error'),
    ];
    expect(seriousFirst(list).map((e) => (e.kind === 'one' ? e.finding.key : e.ruleId))).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it('folds repeats of one rule into one group where its most serious member would be', () => {
    const list = [
      f('l1', 'long-sentence', 'suggestion'),
      f('j1', 'jargon', 'suggestion'),
      f('l2', 'long-sentence', 'suggestion'),
      f('n', 'no-dates', 'error', null),
      f('l3', 'long-sentence', 'suggestion'),
    ];
    const entries = seriousFirst(list);
    expect(entries.map((e) => e.kind)).toEqual(['one', 'group', 'one']);
    expect(entries[0]).toMatchObject({ kind: 'one', finding: { key: 'n' } });
    expect(entries[1]).toMatchObject({ kind: 'group', ruleId: 'long-sentence' });
    expect(entries[1]!.kind === 'group' && entries[1]!.findings.map((x) => x.key)).toEqual(['l1', 'l2', 'l3']);
    expect(entries[2]).toMatchObject({ kind: 'one', finding: { key: 'j1' } });
  });

  it('lists two findings of one rule as they are', () => {
    const entries = seriousFirst([f('j1', 'jargon', 'warning'), f('j2', 'jargon', 'warning')]);
    expect(entries.map((e) => e.kind)).toEqual(['one', 'one']);
  });
});

describe('bySeriousness', () => {
  const severities: Severity[] = ['error', 'warning', 'suggestion'];
  it('gives the order a stable sort by compareSerious gives, without sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...severities), fc.boolean(), fc.constantFrom('a', 'b', 'c')), { maxLength: 60 }), (rows) => {
        const list = rows.map(([severity, whole, ruleId], i) => f(`k${i}`, ruleId, severity, whole ? null : `b${i}`));
        const sorted = list.map((x, i) => ({ x, i })).sort((p, q) => compareSerious(p.x, q.x) || p.i - q.i).map((p) => p.x.key);
        expect(bySeriousness(list).map((x) => x.key)).toEqual(sorted);
      }),
    );
  });
});
