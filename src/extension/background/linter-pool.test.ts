import { describe, expect, it } from 'vitest';
import { createLinter } from '../../lint';
import { parsePlainText } from '../../sources/plain-text';
import { LinterPool } from './linter-pool';

describe('one Linter per checked source', () => {
  it('gives each source of each tab its own Linter, and the same one again', () => {
    const pool = new LinterPool(createLinter);
    const page7 = pool.for(7, 'page');
    expect(pool.for(7, 'page')).toBe(page7);
    expect(pool.for(7, 'field-1')).not.toBe(page7);
    expect(pool.for(8, 'page')).not.toBe(page7);
    expect(pool.size).toBe(3);
  });

  it('forgets a tab’s Linters when the tab closes, and only that tab’s', () => {
    const pool = new LinterPool(createLinter);
    const other = pool.for(17, 'page');
    pool.for(7, 'page');
    pool.for(7, 'selection');
    pool.dropTab(7);
    expect(pool.size).toBe(1);
    expect(pool.for(17, 'page')).toBe(other);
  });

  it('a check of another tab does not make a re-check of the first start from nothing', () => {
    const pool = new LinterPool(createLinter);
    const first = parsePlainText('Stakeholders will be engaged going forward.\n\nPlease tell us what you think by 3 March.').doc;
    const second = parsePlainText('The meeting is in the town hall on Monday at 7pm.').doc;
    const a = pool.for(1, 'page');
    const before = a.lint(first);
    pool.for(2, 'page').lint(second);
    // Tab 1's Linter still holds its blocks: nothing is read again, and the findings are the same.
    const again = a.lint(first);
    expect(before.analysedBlocks).toBe(2);
    expect(again.analysedBlocks).toBe(0);
    expect(again.findings).toEqual(before.findings);
    expect(pool.for(1, 'page')).toBe(a);
  });
});
