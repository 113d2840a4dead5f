import { describe, expect, it } from 'vitest';
import { analyseText, type AnalysedBlock, type Block } from '../../../src/engine';
import { parsePlainText } from '../../../src/sources/plain-text';
import { anchorFor, findHeading, findMeaning, hasMeaning, joinMeanings, labelOf, quoteAround, sectionBlocks, type SectionContext } from '../../../rules/lib/sections';

function ctxOf(source: string): SectionContext & { computed: number } {
  const { doc } = parsePlainText(source);
  return ctxOfBlocks(doc.blocks);
}

function ctxOfBlocks(list: Block[]): SectionContext & { computed: number } {
  const blocks: AnalysedBlock[] = list.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
  const memo = new Map<string, unknown>();
  const keys = new Map<object, number>();
  const ctx = {
    blocks,
    computed: 0,
    memo<T>(ab: AnalysedBlock, key: string, compute: () => T): T {
      const k = `${ab.block.text}\u0000${key}`;
      if (!memo.has(k)) {
        ctx.computed++;
        memo.set(k, compute());
      }
      return memo.get(k) as T;
    },
    perBlock<T>(this: SectionContext, key: string | object, fn: (ab: AnalysedBlock) => T): readonly T[] {
      return this.blocks.map((ab) => ctx.memo(ab, typeof key === 'string' ? key : String(keys.get(key) ?? keys.set(key, keys.size).get(key)), () => fn(ab)));
    },
  };
  return ctx;
}

const NEXT = {
  headings: [/\bwhat happens next\b/, /\bnext steps\b/],
  phrases: [/\bwe will publish (?:a |the )?(?:summary|report)\b/],
  not: [/\bnot yet decided\b/],
};

describe('findMeaning', () => {
  it('finds a heading that has text under it', () => {
    const ctx = ctxOf('About this consultation\n\nWe want your views.\n\nWhat happens next\n\nThe board will read every response.\n');
    const hits = findMeaning(ctx, NEXT);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ via: 'heading' });
    expect(ctx.blocks[hits[0]!.index]!.block.text).toBe('What happens next');
  });

  it('ignores an empty heading', () => {
    const ctx = ctxOf('What happens next\n\nContact us\n\nCall 0113 496 0000.\n');
    expect(hasMeaning(ctx, NEXT)).toBe(false);
  });

  it('finds an inline label and a sentence', () => {
    const label = ctxOf('Next steps: the board will decide in June and we will write to everyone who took part.\n');
    expect(findMeaning(label, NEXT)[0]).toMatchObject({ via: 'heading', start: 0 });
    const sentence = ctxOf('After it closes we will publish a summary of what people said on our website.\n');
    const [hit] = findMeaning(sentence, NEXT);
    expect(hit).toMatchObject({ via: 'phrase' });
    expect(sentence.blocks[0]!.block.text.slice(hit!.start, hit!.end)).toBe('we will publish a summary');
  });

  it('drops a phrase whose sentence negates it', () => {
    const ctx = ctxOf('We have not yet decided whether we will publish a summary of responses.\n');
    expect(hasMeaning(ctx, NEXT)).toBe(false);
  });

  it('caches per block analysis but reports the ids of the current document', () => {
    const ctx = ctxOf('Intro\n\nWe will publish a summary of responses in May.\n');
    const first = findMeaning(ctx, NEXT);
    // The same analysed text under new block ids, as after an edit elsewhere.
    const moved = { ...ctx, blocks: ctx.blocks.map((ab, i) => ({ ...ab, index: i + 1, block: { ...ab.block, id: `x${i}` } })) };
    moved.blocks.unshift({ block: { id: 'new', kind: 'paragraph', text: 'A new first paragraph.' }, index: 0, analysis: analyseText('A new first paragraph.') });
    moved.blocks.forEach((ab, i) => (ab.index = i));
    const second = findMeaning(moved, NEXT);
    expect(second.map((h) => [h.blockId, h.index, h.start])).toEqual(first.map((h) => [`x${h.index}`, h.index + 1, h.start]));
  });
});

describe('joinMeanings', () => {
  it('keeps each phrase with its own id and exceptions, and the first meaning\'s "not"', () => {
    const first = { phrases: [/\bwe will publish\b/], not: [/\bnot yet\b/], ids: { phrases: ['a/one'], phraseUnless: [[/\bminutes\b/]] } };
    const plain = { headings: [/\bnext steps\b/], phrases: [/\bwill be read\b/] };
    const joined = joinMeanings(first, plain);
    const ctx = ctxOf('Next steps\n\nEvery reply will be read. We will publish the minutes. We will publish a summary.');
    const hits = findMeaning(ctx, joined);
    expect(hits.map((h) => [h.via, h.patternId])).toEqual([
      ['heading', undefined],
      ['phrase', 'a/one'],
      ['phrase', undefined],
    ]);
    // The first phrase's own exception still applies to it alone: "we will publish the minutes" is skipped, the summary is found.
    expect(hits[1]!.start).toBe(ctx.blocks[1]!.analysis.masked.indexOf('we will publish a summary'));
    expect(hasMeaning(ctxOf('Every reply will be read, but not yet.'), joined)).toBe(false);
  });
});

describe('headings and anchors', () => {
  const ctx = ctxOfBlocks([
    { id: 'h1', kind: 'heading', level: 1, text: 'Our proposals' },
    { id: 'p1', kind: 'paragraph', text: 'We want to change opening hours.' },
    { id: 'h2', kind: 'heading', level: 2, text: 'How to respond' },
    { id: 'p2', kind: 'paragraph', text: 'Fill in the survey.' },
    { id: 'h3', kind: 'heading', level: 3, text: 'Paper copies' },
    { id: 'p3', kind: 'paragraph', text: 'Ask at any library.' },
    { id: 'h4', kind: 'heading', level: 2, text: 'Contact' },
  ]);

  it('finds headings and their sections', () => {
    expect(findHeading(ctx, [/\bhow to respond\b/])?.block.id).toBe('h2');
    expect(sectionBlocks(ctx, 2).map((b) => b.block.id)).toEqual(['p2', 'h3', 'p3']);
    expect(sectionBlocks(ctx, 1)).toEqual([]);
  });

  it('anchors to a preferred heading, even an empty one, or falls back', () => {
    expect(anchorFor(ctx, 'contact', [/\bcontact\b/], 'last')).toBe('h4');
    expect(anchorFor(ctx, 'none', [/\bnothing\b/], 'last-heading')).toBe('h4');
    expect(anchorFor(ctx, 'none', [], 'first-heading')).toBe('h1');
    expect(anchorFor(ctx, 'none', [], 'last')).toBe('h4');
  });

  it('keeps each pattern list apart by its key, so two anchors in one rule do not mix', () => {
    expect(anchorFor(ctx, 'respond', [/\bhow to respond\b/], 'first')).toBe('h2');
    expect(anchorFor(ctx, 'paper', [/\bpaper copies\b/], 'first')).toBe('h3');
    expect(anchorFor(ctx, 'respond', [/\bhow to respond\b/], 'first')).toBe('h2');
  });

  it('reads labels', () => {
    expect(labelOf('contact: jane smith')).toBe('contact');
    expect(labelOf('this is a long sentence that has a colon much later on: here')).toBeNull();
    expect(labelOf('   contact: jane smith')).toBe('contact');
  });

  it('finds no label where only spaces stand before the colon, and reads long runs of spaces quickly', () => {
    // The label pattern once let its leading spaces and the label trade characters: "  : x" gave an empty label.
    expect(labelOf('  : x')).toBeNull();
    expect(labelOf(' '.repeat(2000) + ': x')).toBeNull();
    expect(labelOf(' '.repeat(2000) + 'venue: the library')).toBe('venue');
  });
});

describe('quoteAround', () => {
  const quoteOf = (text: string, word: string) => {
    const ab: AnalysedBlock = { block: parsePlainText(text).doc.blocks[0]!, index: 0, analysis: analyseText(text) };
    return quoteAround(ab, text.indexOf(word)).quote;
  };
  it('drops the outer quote marks of a sentence that is itself a quotation, so the finding does not double them', () => {
    expect(quoteOf('“Send us your ideas for the market square.”', 'ideas')).toBe('Send us your ideas for the market square');
    expect(quoteOf('"Send us your ideas for the market square."', 'ideas')).toBe('Send us your ideas for the market square');
  });
  it('keeps quote marks that close inside the sentence, and a closing apostrophe', () => {
    expect(quoteOf('“Your Square” is the name of the project.', 'project')).toBe('“Your Square” is the name of the project');
    expect(quoteOf('We will read every one of the traders’', 'traders')).toBe('We will read every one of the traders’');
  });
});
