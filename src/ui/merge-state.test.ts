import { describe, expect, it } from 'vitest';
import type { PanelFinding, PanelState } from '../extension/messages';
import { mergeState } from './merge-state';

const finding = (n: number): PanelFinding => ({
  ruleId: 'jargon', severity: 'warning', message: `Finding ${n}`, blockId: `b${n}`, start: 0, end: 3, text: 'abc',
  suggestions: [], barriers: [], enablers: [], anchorBlockId: `b${n}`, key: `jargon:b${n}:0:3`, context: null,
});

function state(findings: PanelFinding[], extra: Partial<NonNullable<PanelState['report']>> = {}, activeSourceId = 'page'): PanelState {
  return {
    tabId: 1, url: 'https://example.org/', title: 'A plan', status: 'ready', sources: [{ id: 'page', kind: 'page', label: 'A plan' }],
    activeSourceId, chosenProfiles: null, paused: false, siteOn: false, siteOrigin: null,
    report: {
      findings, profiles: [], stats: { words: 0, sentences: 0, paragraphs: 0, averageSentenceLength: 0, fleschKincaidGrade: 0, readingAge: 0 },
      ignoredCount: 0, partial: true, listVersion: 3, ...extra,
    },
  };
}

describe('mergeState', () => {
  it('puts the findings added after the ones the panel has', () => {
    const prev = state([finding(1), finding(2)]);
    const merged = mergeState(prev, state([finding(3)], { findingsFrom: 2 }))!;
    expect(merged.report!.findings.map((f) => f.key)).toEqual([1, 2, 3].map((n) => `jargon:b${n}:0:3`));
    expect(merged.report!.findingsFrom).toBeUndefined();
    // The panel's own list is not changed in place (it may still be on screen).
    expect(prev.report!.findings).toHaveLength(2);
  });

  it('takes a whole list as it is', () => {
    const next = state([finding(5)], { partial: false });
    expect(mergeState(state([finding(1)]), next)).toBe(next);
    expect(mergeState(null, next)).toBe(next);
  });

  it('asks again (null) when the additions do not fit the list it has', () => {
    const prev = state([finding(1), finding(2)]);
    // A message was missed: the panel has 2 findings, these start at 3.
    expect(mergeState(prev, state([finding(4)], { findingsFrom: 3 }))).toBeNull();
    // The list was rebuilt meanwhile (the check of the whole page put findings between others).
    expect(mergeState(prev, state([finding(3)], { findingsFrom: 2, listVersion: 4 }))).toBeNull();
    // Another source, or no list at all yet.
    expect(mergeState(prev, state([finding(3)], { findingsFrom: 2 }, 'field-1'))).toBeNull();
    expect(mergeState(null, state([finding(3)], { findingsFrom: 2 }))).toBeNull();
  });
});
