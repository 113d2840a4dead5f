import { describe, expect, it } from 'vitest';
import type { PanelFinding, PanelState } from '../extension/messages';
import { addPage, mergeState } from './merge-state';

const finding = (n: number): PanelFinding => ({
  ruleId: 'jargon', severity: 'warning', message: `Finding ${n}`, blockId: `b${n}`, start: 0, end: 3, text: 'abc',
  suggestions: [], barriers: [], enablers: [], anchorBlockId: `b${n}`, key: `jargon:b${n}:0:3`, context: null,
});

function state(findings: PanelFinding[], extra: Partial<NonNullable<PanelState['report']>> = {}, activeSourceId = 'page'): PanelState {
  return {
    tabId: 1, url: 'https://example.org/', title: 'A plan', status: 'ready', sources: [{ id: 'page', kind: 'page', label: 'A plan' }],
    activeSourceId, chosenProfiles: null, paused: false, siteOn: false, siteAnswers: 0, siteOrigin: null,
    report: {
      findings, profiles: [], stats: { words: 0, sentences: 0, paragraphs: 0, averageSentenceLength: 0, fleschKincaidGrade: 0, readingAge: 0 },
      ignoredCount: 0, partial: true, listVersion: 3, ...extra,
    },
  };
}

const keys = (s: PanelState | null) => s!.report!.findings.map((f) => f.key);
const k = (...ns: number[]) => ns.map((n) => `jargon:b${n}:0:3`);

describe('mergeState', () => {
  it('builds the list from the one the panel has: keeps and additions', () => {
    const prev = state([finding(1), finding(2)]);
    const merged = mergeState(prev, state([], { listVersion: 4, edit: { base: 3, ops: [{ keep: [0, 2] }, { add: [finding(3)] }] } }))!;
    expect(keys(merged)).toEqual(k(1, 2, 3));
    expect(merged.report!.edit).toBeUndefined();
    expect(merged.report!.listVersion).toBe(4);
    // A whole-page finding put between others: only it is sent.
    const between = mergeState(merged, state([], { listVersion: 5, edit: { base: 4, ops: [{ keep: [0, 1] }, { add: [finding(9)] }, { keep: [1, 3] }] } }));
    expect(keys(between)).toEqual(k(1, 9, 2, 3));
    // The panel's own list is not changed in place (it may still be on screen).
    expect(prev.report!.findings).toHaveLength(2);
  });

  it('puts the pages sent ahead of a state before its own steps, and drops pages of another list', () => {
    let pending = addPage(null, 7, [{ add: [finding(1), finding(2)] }]);
    pending = addPage(pending, 7, [{ add: [finding(3)] }]);
    expect(keys(mergeState(null, state([], { listVersion: 7, edit: { base: null, ops: [{ add: [finding(4)] }] } }), pending))).toEqual(k(1, 2, 3, 4));
    // Pages of list 6 do not belong to list 7.
    const stale = addPage(null, 6, [{ add: [finding(1)] }]);
    expect(keys(mergeState(null, state([], { listVersion: 7, edit: { base: null, ops: [{ add: [finding(4)] }] } }), stale))).toEqual(k(4));
    expect(addPage(stale, 7, [{ add: [finding(2)] }]).ops).toEqual([{ add: [finding(2)] }]);
  });

  it('keeps the very same list when a state changes only the progress, and a new one when it changes', () => {
    const prev = mergeState(null, state([finding(1), finding(2)]))!;
    const same = mergeState(prev, state([], { listVersion: 4, edit: { base: 3, ops: [{ keep: [0, 2] }] } }))!;
    expect(same.report!.findings).toBe(prev.report!.findings);
    const fewer = mergeState(prev, state([], { listVersion: 4, edit: { base: 3, ops: [{ keep: [0, 1] }] } }))!;
    expect(keys(fewer)).toEqual(k(1));
    expect(prev.report!.findings).toHaveLength(2);
  });

  it('takes a whole list as it is', () => {
    const next = state([finding(5)], { partial: false });
    expect(mergeState(state([finding(1)]), next)).toBe(next);
    expect(mergeState(null, next)).toBe(next);
  });

  it('asks again (null) when the steps do not fit the list it has', () => {
    const prev = state([finding(1), finding(2)]);
    // A message was missed: the panel has list 3, these change list 4.
    expect(mergeState(prev, state([], { listVersion: 5, edit: { base: 4, ops: [{ keep: [0, 2] }] } }))).toBeNull();
    // Keeps findings the panel does not have.
    expect(mergeState(prev, state([], { listVersion: 5, edit: { base: 3, ops: [{ keep: [0, 3] }] } }))).toBeNull();
    // Another source, or no list at all yet.
    expect(mergeState(prev, state([], { listVersion: 5, edit: { base: 3, ops: [{ keep: [0, 2] }] } }, 'field-1'))).toBeNull();
    expect(mergeState(null, state([], { listVersion: 5, edit: { base: 3, ops: [{ keep: [0, 2] }] } }))).toBeNull();
  });
});
