import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addedCount, applyList, diffList, pagesOf } from './list-edit';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i }));

describe('list steps', () => {
  it('keeps what stays and sends only what is new, in order', () => {
    const had = items(5);
    const added = { n: 99 };
    const now = [had[0]!, had[1]!, added, had[2]!, had[4]!];
    const ops = diffList(had, now);
    expect(ops).toEqual([{ keep: [0, 2] }, { add: [added] }, { keep: [2, 3] }, { keep: [4, 5] }]);
    expect(applyList(had, ops)).toEqual(now);
    expect(addedCount(ops)).toBe(1);
    // A list that only grew at its end: one keep and the new ones.
    expect(diffList(had, [...had, added])).toEqual([{ keep: [0, 5] }, { add: [added] }]);
    // Nothing in common (a new check after an edit everywhere): all of it is added.
    expect(diffList(had, [added])).toEqual([{ add: [added] }]);
  });

  it('rebuilds any list from any other, also cut into pages of at most so many additions', () => {
    const pool = items(30);
    const list = fc.array(fc.integer({ min: 0, max: 29 }), { maxLength: 25 }).map((ix) => [...new Set(ix)].map((i) => pool[i]!));
    fc.assert(
      fc.property(list, list, fc.integer({ min: 1, max: 7 }), (had, now, perPage) => {
        const ops = diffList(had, now);
        expect(applyList(had, ops)).toEqual(now);
        const pages = pagesOf(ops, perPage);
        for (const page of pages) expect(addedCount(page)).toBeLessThanOrEqual(perPage);
        expect(applyList(had, pages.flat())).toEqual(now);
        expect(pages.length).toBe(Math.max(1, Math.ceil(addedCount(ops) / perPage)));
      }),
    );
  });

  it('refuses steps that keep items the list does not have', () => {
    expect(applyList(items(2), [{ keep: [1, 3] }])).toBeNull();
    expect(applyList(items(2), [{ keep: [-1, 1] }])).toBeNull();
  });
});
