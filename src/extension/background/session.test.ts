import { describe, expect, it } from 'vitest';
import { createLinter } from '../../lint';
import { ignoreKey, TabSession } from './session';

const linter = createLinter();
const msg = (text: string[], extra: Partial<{ complete: boolean; activate: boolean }> = {}) => ({
  sourceId: 'page', kind: 'page' as const, label: 'Plan', order: text.map((_, i) => `b${i}`),
  blocks: text.map((t, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text: t })), complete: true, activate: true, ...extra,
});

describe('TabSession', () => {
  it('turns a report into panel findings with the sentence around the flagged words', () => {
    const s = new TabSession(1);
    const src = s.update(msg(['The park is lovely. We want to hear from service users about the plan. Thank you.']));
    s.lint(src, linter, { allow: [], ignored: [] });
    const f = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings.find((x) => x.ruleId === 'us-and-them')!;
    expect(f.context).toEqual({ before: 'We want to hear from ', match: 'service users', after: ' about the plan.' });
    expect(s.highlightItems('page')).toContainEqual(expect.objectContaining({ key: f.key, blockId: 'b0', start: f.start, end: f.end }));
  });

  it('leaves out ignored findings and counts them', () => {
    const s = new TabSession(1);
    const src = s.update(msg(['We want to hear from service users.']));
    s.lint(src, linter, { allow: [], ignored: [] });
    const f = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings.find((x) => x.ruleId === 'us-and-them')!;
    s.lint(src, linter, { allow: [], ignored: [ignoreKey(f)] });
    const report = s.panelState({ siteOn: false, siteOrigin: null }).report!;
    expect(report.findings.some((x) => x.ruleId === 'us-and-them')).toBe(false);
    expect(report.ignoredCount).toBe(1);
  });

  it('merges only the blocks sent, notices missing ones, and reports a partial page as partial', () => {
    const s = new TabSession(1);
    s.update(msg(['One.', 'Two.'], { complete: false }));
    const src = s.update({ ...msg(['One.', 'Two.', 'Three.']), blocks: [{ id: 'b2', kind: 'paragraph', text: 'Three.' }] });
    expect(s.docOf(src).blocks.map((b) => b.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(s.missing(src)).toBe(false);
    s.lint(src, linter, { allow: [], ignored: [] }, s.docOf(src), false);
    expect(s.panelState({ siteOn: false, siteOrigin: null }).report!.partial).toBe(true);
    const fresh = new TabSession(2).update({ ...msg(['A.', 'B.']), blocks: [] });
    expect(new TabSession(2).missing(fresh)).toBe(true);
  });
});
