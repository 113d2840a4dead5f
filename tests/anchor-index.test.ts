/**
 * The shared index of anchors (rules/lib/anchor-index.ts): one pass over a
 * text says which anchors it holds, and every pattern's pre-test reads that
 * instead of searching the text again. It must say exactly what
 * `text.includes(anchor)` says, and a pattern may be skipped only when its
 * anchors are missing.
 */
import { describe, expect, it, vi } from 'vitest';
import { anchorId, anchorsIn, forgetSteps, resetAnchorIndex } from '../rules/lib/anchor-index';
import { firstMatch } from '../rules/lib/first-match';
import { candidatesIn, listPrefilterOf, mayMatch, prefilterFromSets, prefilterOf, rememberPrefilter, resetTextIndex } from '../rules/lib/pattern-anchors';

function holds(text: string, anchor: string): boolean {
  const id = anchorId(anchor);
  const { bits, count } = anchorsIn(text);
  expect(id, `"${anchor}" is in the index`).toBeLessThan(count);
  return (bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}

describe('anchor index', () => {
  // Overlapping anchors, anchors inside others, and a repeated letter: the cases a hand-made search gets wrong.
  const anchors = ['he', 'she', 'his', 'hers', 'update', 'up date', 'date', 'we will ', 'aa', 'aaa', 'café', 'people’s '];
  anchors.forEach(anchorId);
  resetAnchorIndex();

  it('finds exactly the anchors a text contains', () => {
    const texts = [
      'ushers will send an update',
      'she said his date was fine',
      'aa',
      'aaaa and café',
      'we will',
      'we will tell people’s groups',
      'the up date',
      '',
      'nothing here',
    ];
    for (const text of texts) for (const a of anchors) expect(holds(text, a), `"${a}" in "${text}"`).toBe(text.includes(a));
  });

  it('reads an anchor split across words exactly as before: "up date" is not "update"', () => {
    expect(holds('we will send an up date', 'update')).toBe(false);
    expect(holds('we will send an up date', 'up date')).toBe(true);
    expect(holds('we will send an update', 'up date')).toBe(false);
    expect(holds('we will\nsend', 'we will ')).toBe(false);
  });

  it('gives the same answers after forgetting the steps it worked out (as the start-up snapshot does)', () => {
    const texts = ['hers and his update', 'the caf\u00e9 people\u2019s date', 'nothing to see'];
    const before = texts.map((t) => anchors.map((a) => holds(t, a)));
    forgetSteps();
    expect(texts.map((t) => anchors.map((a) => holds(t, a)))).toEqual(before);
    expect(before[0]).toContain(true);
  });

  it('answers for an anchor first seen after the index was made, and takes it in at the next check', () => {
    holds('a first text', 'he');
    const late = `late anchor ${Math.random()}`;
    const p = prefilterFromSets([[late]])!;
    expect(mayMatch(p, `this has a ${late} in it`)).toBe(true);
    expect(mayMatch(p, 'this has none')).toBe(false);
    resetTextIndex();
    expect(holds(`this has a ${late} in it`, late)).toBe(true);
    expect(holds('this has none', late)).toBe(false);
  });
});

describe('a pattern pre-tested by the index', () => {
  const re = /\bclosing date\b/;
  rememberPrefilter(re, prefilterFromSets([['closing date']]));

  it('is not run on a text without its anchors, and is run on one with them', () => {
    resetTextIndex();
    const exec = vi.spyOn(re, 'exec');
    expect(firstMatch([re], 'we will write to you in may')).toBeNull();
    expect(exec).not.toHaveBeenCalled();
    expect(firstMatch([re], 'the closing date is 4 may')?.[0]).toBe('closing date');
    expect(exec).toHaveBeenCalledTimes(1);
    // The anchor split by a line break is not the anchor: skipped, as the expression would not match either.
    expect(firstMatch([re], 'the closing\ndate')).toBeNull();
    expect(exec).toHaveBeenCalledTimes(1);
    exec.mockRestore();
  });

  it('needs one word of every set', () => {
    const p = prefilterFromSets([['we will '], ['summary', 'report']])!;
    expect(mayMatch(p, 'we will publish a summary')).toBe(true);
    expect(mayMatch(p, 'we will publish a report')).toBe(true);
    expect(mayMatch(p, 'we will publish the plan')).toBe(false);
    expect(mayMatch(p, 'a summary will be published')).toBe(false);
  });
});

describe('the pre-test of a whole list', () => {
  const sources = [
    String.raw`\bclosing date\b`,
    String.raw`\bwe will (?:publish|share) (?:a )?summary\b`,
    String.raw`\b(?:deadline|closes on)\b`,
    String.raw`\bupdates?\b`,
    String.raw`\b\w+ing\b`, // no anchors: always run
    String.raw`\b(?:report|findings) of\b`,
    String.raw`\bdrop[- ]in\b`,
  ];
  const prefilters = sources.map(prefilterOf);
  const list = listPrefilterOf(prefilters);

  it('says "may match" for exactly the patterns mayMatch would', () => {
    const texts = ['the closing date is 4 may', 'we will publish a summary and an update', 'a report of the drop-in', 'nothing to see', 'we will publish the plan', 'the deadline closes on friday'];
    for (const text of texts) {
      resetTextIndex();
      const flags = [...candidatesIn(list, text)];
      expect(flags, text).toEqual(prefilters.map((p) => (mayMatch(p, text) ? 1 : 0)));
    }
  });

  it('skips a pattern whose words are absent and keeps one whose words are present', () => {
    const flags = candidatesIn(list, 'the closing date is near');
    expect(flags[0]).toBe(1);
    expect(flags[1]).toBe(0);
    expect(flags[4]).toBe(1);
    // "up date" is not "update".
    expect(candidatesIn(list, 'an up date')[3]).toBe(0);
  });
});
