import { describe, expect, it } from 'vitest';
import { createLinter } from '../../lint';
import { ignoreKey, TabSession, type AfterUpdate } from './session';
import { contentIds, unsent } from '../block-ids';
import type { Block, Report } from '../../engine/types';
import type { LintStep } from '../../engine/linter';
import { addedCount, applyList, diffList } from '../list-edit';

function runToEnd(steps: Generator<LintStep, Report, void>): Report {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const linter = createLinter();
const msg = (text: string[], extra: Partial<{ complete: boolean; activate: boolean }> = {}) => ({
  sourceId: 'page', kind: 'page' as const, label: 'Plan', order: text.map((_, i) => `b${i}`),
  blocks: text.map((t, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text: t })), complete: true, activate: true, ...extra,
});

describe('TabSession', () => {
  it('turns a report into panel findings with the sentence around the flagged words', () => {
    const s = new TabSession(1);
    const { source: src } = s.update(msg(['The park is lovely. We want to hear from service users about the plan. Thank you.']));
    s.lint(src, linter, { allow: [], ignored: [] });
    const f = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings.find((x) => x.ruleId === 'us-and-them')!;
    expect(f.context).toEqual({ before: 'We want to hear from ', match: 'service users', after: ' about the plan.' });
    expect(s.highlightItems('page')).toContainEqual(expect.objectContaining({ key: f.key, blockId: 'b0', start: f.start, end: f.end }));
  });

  it('leaves out ignored findings and counts them', () => {
    const s = new TabSession(1);
    const { source: src } = s.update(msg(['We want to hear from service users.']));
    s.lint(src, linter, { allow: [], ignored: [] });
    const f = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings.find((x) => x.ruleId === 'us-and-them')!;
    s.lint(src, linter, { allow: [], ignored: [ignoreKey(f)] });
    const report = s.panelState({ siteOn: false, siteOrigin: null }).report!;
    expect(report.findings.some((x) => x.ruleId === 'us-and-them')).toBe(false);
    expect(report.ignoredCount).toBe(1);
  });

  it('merges only the blocks sent and reports a partial page as partial', () => {
    const s = new TabSession(1);
    s.update(msg(['One.', 'Two.'], { complete: false }));
    const { source: src, next } = s.update({ ...msg(['One.', 'Two.', 'Three.']), blocks: [{ id: 'b2', kind: 'paragraph', text: 'Three.' }] });
    expect(next).toBe('lint');
    expect(s.docOf(src).blocks.map((b) => b.text)).toEqual(['One.', 'Two.', 'Three.']);
    s.lint(src, linter, { allow: [], ignored: [] }, s.docOf(src), false);
    expect(s.panelState({ siteOn: false, siteOrigin: null }).report!.partial).toBe(true);
  });

  it('keeps the objects of findings that stay the same in a new list, so a panel is sent only the new ones', () => {
    const s = new TabSession(1);
    const texts = ['Consultation on our new parking plan', 'We are consulting on changes to parking. Tell us what you think of the proposals.', 'We will leverage our assets going forward.', 'Service users and stakeholders are invited.'];
    const { source: src } = s.update(msg(texts));
    const settings = { allow: [], ignored: [] };
    // The block rules alone (as while a page is read), then the whole check: a new list (whole-page findings fall among the others).
    s.setReport(src, runToEnd(createLinter().lintInSteps(s.docOf(src), s.engineSettings(settings), { blocksOnly: true })), settings, true);
    const before = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings;
    s.lint(src, createLinter(), settings);
    const after = s.panelState({ siteOn: false, siteOrigin: null }).report!.findings;
    const wasThere = new Set(before.map((f) => f.key));
    expect(after.length).toBeGreaterThan(before.length);
    expect(before.length).toBeGreaterThan(0);
    const ops = diffList(before, after);
    expect(addedCount(ops)).toBe(after.filter((f) => !wasThere.has(f.key)).length);
    expect(applyList(before, ops)).toEqual(after);
  });

  it('keeps the list version while reports so far only add findings at the end, and changes it when they do not', async () => {
    const s = new TabSession(1);
    const texts = ['We will leverage our assets going forward.', 'Service users and stakeholders are invited.', 'The decision has been taken by the board.', 'We will utilise a range of methodologies.'];
    const { source: src } = s.update(msg(texts));
    const settings = { allow: [], ignored: [] };
    const steps = createLinter().lintInSteps(s.docOf(src), s.engineSettings(settings));
    const lists: { version: number; keys: string[] }[] = [];
    const note = () => lists.push({ version: s.listVersion('page')!.version, keys: s.panelState({ siteOn: false, siteOrigin: null }).report!.findings.map((f) => f.key) });
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        s.setReport(src, next.value, settings, true);
        note();
        break;
      }
      if (next.value.phase === 'reading') continue;
      s.setReport(src, next.value.report(), settings, true, { phase: next.value.phase, done: next.value.done, total: next.value.total, reading: false });
      note();
    }
    // Same version: the list before is the start of the list after (so a panel can be sent the rest).
    for (let i = 1; i < lists.length; i++) {
      const [a, b] = [lists[i - 1]!, lists[i]!];
      if (a.version === b.version) expect(b.keys.slice(0, a.keys.length)).toEqual(a.keys);
      else expect(b.keys.slice(0, a.keys.length)).not.toEqual(a.keys);
    }
    expect(lists[0]!.keys.length).toBeGreaterThan(0);
    expect(lists.at(-1)!.keys.length).toBeGreaterThan(lists[0]!.keys.length);
    expect(lists[0]!.version).toBe(lists[1]!.version);
    const oneShot = new TabSession(1);
    const { source: again } = oneShot.update(msg(texts));
    oneShot.lint(again, createLinter(), settings);
    expect(s.panelState({ siteOn: false, siteOrigin: null }).report!.findings).toEqual(oneShot.panelState({ siteOn: false, siteOrigin: null }).report!.findings);
    // Ignoring a finding takes it out of the middle of the list: a new version.
    const ignoredFirst = { allow: [], ignored: [ignoreKey(s.panelState({ siteOn: false, siteOrigin: null }).report!.findings[0]!)] };
    const before = s.listVersion('page')!.version;
    s.lint(src, linter, ignoredFirst);
    expect(s.listVersion('page')!.version).not.toBe(before);
  });
});

/**
 * The page half of the protocol, as controller.ts and fields.ts run it: content ids, `unsent`, and
 * on `resync` forget what was sent and send again.
 */
class FakePage {
  sent = new Set<string>();
  blocks: Block[] = [];
  resyncs = 0;
  constructor(public session: TabSession, readonly sourceId = 'field-1') {}

  /** Send the current version (or the part read so far); answer resync requests as the content script does. */
  send(texts: string[], complete = true): AfterUpdate {
    this.blocks = contentIds(texts.map((text) => ({ id: '', kind: 'paragraph' as const, text })), `${this.sourceId}:`);
    return this.post(unsent(this.blocks, this.sent, complete), complete);
  }

  private post(blocks: Block[], complete: boolean): AfterUpdate {
    const { next } = this.session.update({
      sourceId: this.sourceId, kind: 'field', label: 'Box', order: this.blocks.map((b) => b.id), blocks, complete, activate: true,
    });
    if (next === 'resync') {
      this.resyncs++;
      this.sent.clear();
      return this.post(unsent(this.blocks, this.sent, complete), complete);
    }
    return next;
  }

  text(): string[] {
    const src = this.session.sources.get(this.sourceId)!;
    return this.session.docOf(src).blocks.map((b) => b.text);
  }
}

describe('TabSession.update protocol', () => {
  it('takes a full update whole, and keeps only the blocks of a complete version', () => {
    const s = new TabSession(1);
    const page = new FakePage(s);
    expect(page.send(['First.', 'Second.', 'Third.'])).toBe('lint');
    expect(page.text()).toEqual(['First.', 'Second.', 'Third.']);
    page.send(['First.', 'Third.']);
    expect([...s.sources.get('field-1')!.blocks.values()].map((b) => b.text)).toEqual(['First.', 'Third.']);
    expect(page.sent.size).toBe(2);
  });

  it('sends only the changed blocks of an edit, and a block that comes back after it was dropped', () => {
    const s = new TabSession(1);
    const page = new FakePage(s);
    page.send(['We will consult.', 'The meeting is on Monday.', 'Thank you.']);
    const sentBlocks: Block[][] = [];
    const update = s.update.bind(s);
    s.update = (m) => (sentBlocks.push(m.blocks), update(m));
    expect(page.send(['We will consult.', 'The meeting is on Tuesday.', 'Thank you.'])).toBe('lint');
    expect(sentBlocks.at(-1)!.map((b) => b.text)).toEqual(['The meeting is on Tuesday.']);
    expect(page.text()).toEqual(['We will consult.', 'The meeting is on Tuesday.', 'Thank you.']);
    // Undo: the Monday block was dropped on both sides, so it travels again and nothing is missing.
    expect(page.send(['We will consult.', 'The meeting is on Monday.', 'Thank you.'])).toBe('lint');
    expect(sentBlocks.at(-1)!.map((b) => b.text)).toEqual(['The meeting is on Monday.']);
    expect(page.resyncs).toBe(0);
  });

  it('a re-read of an unchanged page in chunks sends no blocks and never asks again', () => {
    const s = new TabSession(1);
    const page = new FakePage(s, 'page');
    const texts = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}.`);
    page.send(texts);
    for (const upTo of [10, 20]) expect(page.send(texts.slice(0, upTo), false)).toBe('lint');
    expect(page.send(texts)).toBe('lint');
    expect(page.text()).toEqual(texts);
    expect(page.resyncs).toBe(0);
  });

  it('an update naming blocks the background lacks gets one resync, then a clean report', () => {
    const page = new FakePage(new TabSession(1));
    page.send(['One.', 'Two.', 'Three.']);
    // The background restarted (or the tab's session was reset) while the page kept its "sent" set.
    const s = new TabSession(1);
    page.session = s;
    expect(page.send(['One.', 'Two.', 'Three.', 'Four.'])).toBe('lint');
    expect(page.resyncs).toBe(1);
    expect(page.text()).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    expect(page.send(['One.', 'Two!', 'Three.', 'Four.'])).toBe('lint');
    expect(page.resyncs).toBe(1);
  });

  it('asks once while updates sent before the page saw the request keep arriving, not in a loop', () => {
    const s = new TabSession(1);
    const order = ['a', 'b', 'c'];
    const b = (id: string): Block => ({ id, kind: 'paragraph', text: `Block ${id}.` });
    const m = (ids: string[], blocks: Block[], complete: boolean) => ({ sourceId: 'page', kind: 'page' as const, label: 'P', order: ids, blocks, complete, activate: true });
    expect(s.update(m(order.slice(0, 2), [b('b')], false)).next).toBe('resync');
    expect(s.update(m(order, [b('c')], true)).next).toBe('wait');
    expect(s.update(m(order, [], true)).next).toBe('wait');
    // The reply: every block.
    expect(s.update(m(order, order.map(b), true)).next).toBe('lint');
    expect(s.docOf(s.sources.get('page')!).blocks.map((x) => x.id)).toEqual(order);
    expect(s.sources.get('page')!.resyncAsked).toBe(false);
  });
});

describe('findingKey', () => {
  it('tells apart findings shown beside blocks (images with no alt text), even two beside one block', async () => {
    const { findingKey } = await import('./session');
    const base = { ruleId: 'image-alt', blockId: null, start: null, end: null };
    const seen = new Map<string, number>();
    const keys = [
      findingKey({ ...base, anchorBlockId: 'b1' }, seen),
      findingKey({ ...base, anchorBlockId: 'b2' }, seen),
      findingKey({ ...base, anchorBlockId: 'b2' }, seen),
    ];
    expect(new Set(keys).size).toBe(3);
    expect(findingKey({ ruleId: 'jargon', blockId: 'b1', start: 0, end: 4, anchorBlockId: 'b1' })).toBe('jargon:b1:0:4');
  });
});
