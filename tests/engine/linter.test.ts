import { describe, expect, it } from 'vitest';
import { Linter, parseConfig, type AnalysedBlock, type Block, type Rule, type TextDoc } from '../../src/engine';
import { ALL_RULES } from '../../rules';

/** A block rule that flags every "foo", counting how often it runs. */
function fooRule(calls = { n: 0 }): Rule & { calls: { n: number } } {
  return {
    calls,
    meta: {
      id: 'test-foo',
      title: 'Foo',
      barriers: ['inaccessible-language'],
      enablers: ['check-understanding'],
      scope: 'block',
      profiles: 'all',
      severity: 'warning',
      defaultOptions: { word: 'foo' },
      docs: { description: 'd', why: 'w', bad: 'foo', good: 'bar' },
    },
    checkBlock(ctx) {
      calls.n++;
      const word = String(ctx.options.word);
      let i = ctx.analysis.masked.indexOf(word);
      while (i >= 0) {
        ctx.report({ start: i, end: i + word.length, message: `Found ${word}.` });
        i = ctx.analysis.masked.indexOf(word, i + 1);
      }
    },
  };
}

/** A document rule that reports a document-level finding anchored to the last block, and memoises per block. */
function docRule(memoCalls = { n: 0 }, profiles: Rule['meta']['profiles'] = 'all'): Rule {
  return {
    meta: {
      id: 'test-doc',
      title: 'Doc',
      barriers: ['poor-communication'],
      enablers: ['keeping-people-updated'],
      scope: 'document',
      profiles,
      severity: 'suggestion',
      docs: { description: 'd', why: 'w', bad: 'b', good: 'g' },
    },
    checkDocument(ctx) {
      const counts = ctx.blocks.map((b) => ctx.memo(b, 'words', () => (memoCalls.n++, b.analysis.words.length)));
      const last = ctx.blocks[ctx.blocks.length - 1];
      ctx.report({ message: `Words: ${counts.reduce((a, b) => a + b, 0)}.`, anchorBlockId: last?.block.id });
      // A ranged report in the first block, reported last, to test sorting.
      if (ctx.blocks[0]) ctx.report({ blockId: ctx.blocks[0].block.id, start: 0, end: 1, message: 'First letter.' });
    },
  };
}

function makeDoc(texts: string[]): TextDoc {
  return { blocks: texts.map((text, i): Block => ({ id: `b${i}`, kind: 'paragraph', text })), meta: {} };
}

const fifty = () =>
  makeDoc(
    Array.from({ length: 50 }, (_, i) =>
      `Paragraph ${i} says foo and then foo again. The service users will be told about the decision ${i}. ` +
      'This sentence is deliberately long so that it goes on and on past the limit that plain English guidance recommends for readers today.',
    ),
  );

describe('Linter', () => {
  it('sorts findings by block, then position, document-level findings by their anchor', () => {
    const report = new Linter([docRule(), fooRule()]).lint(makeDoc(['x foo foo', 'no match', 'foo']));
    const order = report.findings.map((f) => [f.blockId ?? f.anchorBlockId, f.start, f.ruleId]);
    expect(order).toEqual([
      ['b0', 0, 'test-doc'],
      ['b0', 2, 'test-foo'],
      ['b0', 6, 'test-foo'],
      ['b2', null, 'test-doc'],
      ['b2', 0, 'test-foo'],
    ]);
  });

  it('fills in each finding from the rule’s metadata and the block text', () => {
    const [f] = new Linter([fooRule()]).lint(makeDoc(['a Foo here'])).findings;
    expect(f).toEqual({
      ruleId: 'test-foo',
      severity: 'warning',
      message: 'Found foo.',
      blockId: 'b0',
      start: 2,
      end: 5,
      text: 'Foo',
      suggestions: [],
      barriers: ['inaccessible-language'],
      enablers: ['check-understanding'],
      anchorBlockId: 'b0',
    });
  });

  it('keeps out-of-range reports inside the block', () => {
    const rule: Rule = {
      ...fooRule(),
      checkBlock: (ctx) => ctx.report({ start: -5, end: 999, message: 'Everything.' }),
    };
    const [f] = new Linter([rule]).lint(makeDoc(['short'])).findings;
    expect([f!.start, f!.end, f!.text]).toEqual([0, 5, 'short']);
  });

  it('turns rules off and overrides severity and options from the config', () => {
    const doc = makeDoc(['foo bar']);
    const linter = new Linter([fooRule()]);
    expect(linter.lint(doc, { rules: { 'test-foo': 'off' } }).findings).toEqual([]);
    expect(linter.lint(doc, parseConfig({ rules: { 'test-foo': { enabled: false } } }).config).findings).toEqual([]);
    expect(linter.lint(doc, parseConfig({ rules: { 'test-foo': false } }).config).findings).toEqual([]);
    expect(linter.lint(doc, { rules: { 'test-foo': 'error' } }).findings[0]!.severity).toBe('error');
    expect(linter.lint(doc, { rules: { 'test-foo': { severity: 'off' } } }).findings).toEqual([]);
    const barred = linter.lint(doc, { rules: { 'test-foo': { options: { word: 'bar' } } } }).findings;
    expect(barred.map((f) => f.text)).toEqual(['bar']);
  });

  it('detects profiles, and uses the profiles the config chooses instead', () => {
    const doc = makeDoc(['Have your say in our consultation. The closing date is 1 May.']);
    const onlyMeetings = docRule({ n: 0 }, ['meeting-invitation']);
    const linter = new Linter([onlyMeetings]);
    const detected = linter.lint(doc);
    expect(detected.profiles.map((p) => [p.id, p.source])).toEqual([['consultation', 'detected']]);
    expect(detected.profiles[0]!.reasons.length).toBeGreaterThan(0);
    expect(detected.findings).toEqual([]);
    const chosen = linter.lint(doc, { profiles: ['meeting-invitation'] });
    expect(chosen.profiles).toEqual([{ id: 'meeting-invitation', reasons: ['chosen in settings'], source: 'config' }]);
    expect(chosen.findings.length).toBeGreaterThan(0);
    expect(linter.lint(makeDoc(['Hello there.'])).profiles.map((p) => p.id)).toEqual(['general']);
  });

  it('after editing one block of 50, analyses only that block and matches a fresh linter', () => {
    const calls = { n: 0 };
    const linter = new Linter([fooRule(calls), ...ALL_RULES]);
    const doc = fifty();
    const first = linter.lint(doc);
    expect(first.analysedBlocks).toBe(50);
    expect(calls.n).toBe(50);

    const edited: TextDoc = { ...doc, blocks: doc.blocks.map((b) => ({ ...b })) };
    edited.blocks[25]!.text = 'This paragraph was rewritten: foo, and the elderly were asked.';
    const again = linter.lint(edited);
    expect(again.analysedBlocks).toBe(1);
    expect(calls.n).toBe(51);
    const fresh = new Linter([fooRule(), ...ALL_RULES]).lint(edited);
    expect(again.findings).toEqual(fresh.findings);
    expect(again.stats).toEqual(fresh.stats);
    expect(again.findings.some((f) => f.blockId === 'b25' && f.text === 'the elderly')).toBe(true);

    // Unchanged document: nothing analysed, nothing re-checked.
    expect(linter.lint(edited).analysedBlocks).toBe(0);
    expect(calls.n).toBe(51);
  });

  it('memoises per block for document rules', () => {
    const memoCalls = { n: 0 };
    const linter = new Linter([docRule(memoCalls)]);
    const doc = fifty();
    linter.lint(doc);
    expect(memoCalls.n).toBe(50);
    const edited: TextDoc = { ...doc, blocks: doc.blocks.map((b, i) => (i === 3 ? { ...b, text: 'New words.' } : b)) };
    const report = linter.lint(edited);
    expect(memoCalls.n).toBe(51);
    expect(report.findings.find((f) => f.blockId === null)!.message).toBe(new Linter([docRule()]).lint(edited).findings.find((f) => f.blockId === null)!.message);
  });

  it('keeps per-block indexes for document rules and recomputes only the edited blocks', () => {
    const calls = { n: 0 };
    const shared = (b: AnalysedBlock) => (calls.n++, b.analysis.words.length);
    // Two rules asking with the same shared key compute it once between them.
    const counting = (id: string): Rule => ({
      meta: { ...docRule().meta, id },
      checkDocument(ctx) {
        const counts = ctx.perBlock(shared, shared);
        ctx.report({ message: `Words: ${counts.reduce((a, b) => a + b, 0)}.` });
      },
    });
    const rules = () => [counting('count-a'), counting('count-b')];
    const linter = new Linter(rules());
    /** How many values a lint computed, and its findings' messages. */
    const lintCounting = (l: Linter, doc: TextDoc) => {
      const before = calls.n;
      const messages = l.lint(doc).findings.map((f) => f.message);
      return { computed: calls.n - before, messages };
    };
    const doc = fifty();
    expect(lintCounting(linter, doc).computed).toBe(50);

    // One block edited in place: one new value; the totals match a fresh linter.
    const edited: TextDoc = { ...doc, blocks: doc.blocks.map((b, i) => (i === 7 ? { ...b, text: 'Two words.' } : b)) };
    const afterEdit = lintCounting(linter, edited);
    expect(afterEdit.computed).toBe(1);
    expect(afterEdit.messages).toEqual(lintCounting(new Linter(rules()), edited).messages);

    // A block inserted at the top moves every index: values come from the per-text memo, only the new block is computed.
    const inserted: TextDoc = { ...edited, blocks: [{ id: 'new', kind: 'paragraph', text: 'A new first paragraph here.' }, ...edited.blocks] };
    const afterInsert = lintCounting(linter, inserted);
    expect(afterInsert.computed).toBe(1);
    expect(afterInsert.messages).toEqual(lintCounting(new Linter(rules()), inserted).messages);

    // Undoing the edit: the old text of block 7 was forgotten when it left the document, so only it is computed again.
    const undone = lintCounting(linter, doc);
    expect(undone.computed).toBe(1);
    expect(undone.messages).toEqual(lintCounting(new Linter(rules()), doc).messages);
  });

  it('treats a block whose link target changed as a changed block, even with the same text and id', () => {
    const linkRule: Rule = {
      meta: { ...docRule().meta, id: 'test-link' },
      checkDocument(ctx) {
        const targets = ctx.perBlock('targets', (ab) => ab.block.structure?.links?.map((l) => l.href).join(' ') ?? '');
        ctx.report({ message: `Links: ${targets.join(' ')}` });
      },
    };
    const linter = new Linter([linkRule]);
    const withLink = (href: string): TextDoc => ({
      blocks: [{ id: 'p1', kind: 'paragraph', text: 'Read the plan.', structure: { links: [{ text: 'Read the plan', href, start: 0, end: 13 }] } }],
      meta: {},
      structured: true,
    });
    expect(linter.lint(withLink('https://example.org/a')).findings[0]!.message).toBe('Links: https://example.org/a');
    expect(linter.lint(withLink('https://example.org/b')).findings[0]!.message).toBe('Links: https://example.org/b');
  });

  it('re-runs rules when the config changes, but keeps the text analysis', () => {
    const calls = { n: 0 };
    const linter = new Linter([fooRule(calls)]);
    const doc = makeDoc(['foo bar', 'bar foo']);
    expect(linter.lint(doc).findings.map((f) => f.text)).toEqual(['foo', 'foo']);
    const changed = linter.lint(doc, { rules: { 'test-foo': { options: { word: 'bar' } } } });
    expect(changed.findings.map((f) => f.text)).toEqual(['bar', 'bar']);
    expect(changed.analysedBlocks).toBe(0);
    expect(calls.n).toBe(4);
    // Easy Read is part of the config too.
    linter.lint(doc, { rules: { 'test-foo': { options: { word: 'bar' } } }, easyRead: true });
    expect(calls.n).toBe(6);
  });

  it('forgets blocks that are no longer in the document', () => {
    const linter = new Linter([fooRule()]);
    const a = makeDoc(['one foo', 'two foo']);
    const b = makeDoc(['three', 'four']);
    linter.lint(a);
    linter.lint(b);
    expect(linter.lint(a).analysedBlocks).toBe(2);
  });

  it('treats the same text as a heading and as a paragraph separately', () => {
    const calls = { n: 0 };
    const linter = new Linter([fooRule(calls)]);
    linter.lint({ blocks: [{ id: 'a', kind: 'paragraph', text: 'foo' }], meta: {} });
    const report = linter.lint({ blocks: [{ id: 'a', kind: 'heading', level: 2, text: 'foo' }], meta: {} });
    expect(report.analysedBlocks).toBe(1);
  });

  it('counts words, sentences and paragraphs, leaving headings out', () => {
    const doc: TextDoc = {
      blocks: [
        { id: 'h', kind: 'heading', level: 1, text: 'A heading with words' },
        { id: 'p', kind: 'paragraph', text: 'One two three. Four five.' },
        { id: 'l', kind: 'list-item', text: 'Six' },
      ],
      meta: {},
    };
    const { stats } = new Linter([]).lint(doc);
    expect(stats).toMatchObject({ words: 6, sentences: 3, paragraphs: 2, averageSentenceLength: 2 });
    expect(new Linter([]).lint(makeDoc([])).stats).toMatchObject({ words: 0, sentences: 0, readingAge: 0 });
  });
});
