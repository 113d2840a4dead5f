import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine';
import {
  docKeyForFile,
  docKeyForUrl,
  emptyReview,
  findingKeys,
  parseReviewState,
  questionKey,
  setMark,
  setOverallComment,
} from '../../src/review/state';

const finding = (ruleId: string, text: string | null, blockId = 'b1'): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  blockId: text === null ? null : blockId,
  start: text === null ? null : 0,
  end: text === null ? null : text.length,
  text,
  suggestions: [],
  barriers: [],
  enablers: [],
  anchorBlockId: blockId,
});

describe('review state', () => {
  it('gives findings keys that survive block ids changing', () => {
    const a = findingKeys([finding('jargon', 'Stakeholders', 'b1'), finding('jargon', 'stakeholders', 'b7'), finding('missing-timeline', null)]);
    const b = findingKeys([finding('jargon', 'stakeholders', 'b3'), finding('jargon', 'Stakeholders', 'b9'), finding('missing-timeline', null, 'b0')]);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
  });

  it('records marks and comments, and forgets an item set back to nothing', () => {
    const t = new Date('2026-11-26T10:00:00Z');
    let s = emptyReview('https://example.org/plan', 'Plan', t);
    s = setMark(s, questionKey('senior-support'), { status: 'agree' }, t);
    s = setMark(s, 'f:jargon|leverage|0', { comment: 'Our board uses this word' }, t);
    expect(s.marks).toEqual({
      'q:senior-support': { status: 'agree', comment: '' },
      'f:jargon|leverage|0': { status: null, comment: 'Our board uses this word' },
    });
    s = setMark(s, questionKey('senior-support'), { status: null }, t);
    expect(Object.keys(s.marks)).toEqual(['f:jargon|leverage|0']);
    s = setOverallComment(s, 'Good start; add dates.', t);
    expect(s.overallComment).toBe('Good start; add dates.');
  });

  it('reads stored state back, and ignores junk or another document’s state', () => {
    const s = setMark(emptyReview('k', 'T'), 'q:x', { status: 'not-relevant', comment: 'n/a' });
    expect(parseReviewState(JSON.parse(JSON.stringify(s)), 'k', 'T')).toEqual(s);
    expect(parseReviewState(s, 'other', 'T').marks).toEqual({});
    expect(parseReviewState('nonsense', 'k', 'T').marks).toEqual({});
    expect(parseReviewState({ version: 1, docKey: 'k', marks: { a: { status: 'maybe', comment: 3 } } }, 'k', 'T').marks).toEqual({});
  });

  it('keys documents by URL, Google Doc id or file contents', async () => {
    expect(docKeyForUrl('https://docs.google.com/document/d/1AbC-x_y0123/edit#heading=h.1')).toBe('gdoc:1AbC-x_y0123');
    expect(docKeyForUrl('https://docs.google.com/document/u/1/d/1AbC-x_y0123/edit')).toBe('gdoc:1AbC-x_y0123');
    expect(docKeyForUrl('https://example.org/consult?x=1#top')).toBe('https://example.org/consult?x=1');
    const a = await docKeyForFile(new TextEncoder().encode('hello'));
    expect(a).toBe('file:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(await docKeyForFile(new TextEncoder().encode('hello!'))).not.toBe(a);
  });
});
