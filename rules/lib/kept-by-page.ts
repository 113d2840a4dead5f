/**
 * What a document rule keeps from one check of a page to the next, held by the page's own analysed blocks
 * (the linter keeps those of unchanged blocks from check to check): it lives as long as the linter keeps
 * them, and never keeps an old page alive by itself (a long page's blocks are tens of megabytes). Found by
 * the first, middle and last blocks, so an edit to one of them still finds it. The caller checks that what
 * it finds fits the page: any page, any linter, gets an answer as if made afresh.
 */
export class KeptByPage<T> {
  private readonly kept = new WeakMap<object, T>();

  get(blocks: readonly object[]): T | undefined {
    for (const ab of keysOf(blocks)) {
      const value = this.kept.get(ab);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  set(blocks: readonly object[], value: T): void {
    for (const ab of keysOf(blocks)) this.kept.set(ab, value);
  }
}

function keysOf(blocks: readonly object[]): object[] {
  return blocks.length ? [blocks[0]!, blocks[blocks.length >> 1]!, blocks[blocks.length - 1]!] : [];
}
