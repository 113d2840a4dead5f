/**
 * When the background asks the side panel for a new read of a Google Doc's export. The read runs
 * inside the Docs tab, so a read asked for before the tab loaded the Doc again can only fail.
 */
import { describe, expect, it } from 'vitest';
import { FRESH_READ_MS, nextRead, type DocRead } from '../../src/extension/background/doc-reads';

const read = (over: Partial<DocRead> = {}): DocRead => ({ docId: 'doc-1', request: 1, startedAt: 10_000, answered: false, again: false, ...over });

describe('nextRead', () => {
  it('starts a read when none was asked for, for another Doc, or after the last one was answered', () => {
    expect(nextRead(undefined, 'doc-1', 10_000, false)).toBe('start');
    expect(nextRead(read({ docId: 'doc-2' }), 'doc-1', 10_000, false)).toBe('start');
    expect(nextRead(read({ answered: true }), 'doc-1', 10_001, false)).toBe('start');
  });

  it('lets a read that has only just started stand, and reads once more after one that may predate an edit', () => {
    expect(nextRead(read(), 'doc-1', 10_000 + FRESH_READ_MS, false)).toBe('wait');
    expect(nextRead(read(), 'doc-1', 10_000 + FRESH_READ_MS + 1, false)).toBe('again');
  });

  it('starts a new read when the tab has just loaded the Doc again, even while a fresh read is on its way', () => {
    // The earlier read ran in the page that was reloaded: waiting for it would end in "Google did not share this document".
    expect(nextRead(read(), 'doc-1', 10_001, true)).toBe('start');
  });
});
