/**
 * How the background tells a side panel about a new list of findings without sending the whole
 * list again: "keep these findings you have, add these". A long page's finished report differs
 * from the list so far only where the whole-page checks put their findings, so the message that
 * ends the check carries those, not 4,000 findings to decode in one go. Large additions go in
 * pages, one message each, so the panel decodes a page at a time.
 */

/** Keep the panel's findings from `keep[0]` up to (not including) `keep[1]`, or add these. */
export type ListOp<T> = { keep: [number, number] } | { add: T[] };

/**
 * The steps that turn `had` into `now`. Items are matched by identity (the background reuses a
 * finding's object while it stays the same), so the steps are found in one pass.
 */
export function diffList<T extends object>(had: readonly T[], now: readonly T[]): ListOp<T>[] {
  const at = new Map<T, number>();
  had.forEach((item, i) => at.set(item, i));
  const ops: ListOp<T>[] = [];
  for (const item of now) {
    const i = at.get(item);
    const last = ops.at(-1);
    if (i === undefined) {
      if (last && 'add' in last) last.add.push(item);
      else ops.push({ add: [item] });
    } else if (last && 'keep' in last && last.keep[1] === i) {
      last.keep[1] = i + 1;
    } else {
      ops.push({ keep: [i, i + 1] });
    }
  }
  return ops;
}

/** The new list, or null when a step keeps findings the panel does not have (it missed a message). */
export function applyList<T>(had: readonly T[], ops: readonly ListOp<T>[]): T[] | null {
  const out: T[] = [];
  for (const op of ops) {
    if ('add' in op) {
      for (const item of op.add) out.push(item);
      continue;
    }
    const [from, to] = op.keep;
    if (!(from >= 0 && from <= to && to <= had.length)) return null;
    for (let i = from; i < to; i++) out.push(had[i]!);
  }
  return out;
}

/** How many findings the steps add (those the message carries in full). */
export function addedCount<T>(ops: readonly ListOp<T>[]): number {
  let n = 0;
  for (const op of ops) if ('add' in op) n += op.add.length;
  return n;
}

/**
 * The steps cut into pages that each add at most `perPage` findings (keeps cost nothing to send,
 * so they go with the page they fall in). Applying the pages' steps one after another, in order,
 * is applying all of them.
 */
export function pagesOf<T>(ops: readonly ListOp<T>[], perPage: number): ListOp<T>[][] {
  const pages: ListOp<T>[][] = [[]];
  let room = perPage;
  for (const op of ops) {
    if ('keep' in op) {
      pages.at(-1)!.push(op);
      continue;
    }
    for (let i = 0; i < op.add.length; ) {
      if (room === 0) {
        pages.push([]);
        room = perPage;
      }
      const take = op.add.slice(i, i + room);
      pages.at(-1)!.push({ add: take });
      room -= take.length;
      i += take.length;
    }
  }
  return pages;
}

/** Steps sent ahead of the message they belong to ('findings-page', 'highlights-page'), for the list numbered `listVersion`. */
export interface PendingPages<T> {
  listVersion: number;
  ops: ListOp<T>[];
}

/** Keep a page of steps for the message that follows it; pages of an older list are dropped. */
export function addPage<T>(pending: PendingPages<T> | null, listVersion: number, ops: ListOp<T>[]): PendingPages<T> {
  if (pending?.listVersion !== listVersion) return { listVersion, ops: [...ops] };
  for (const op of ops) pending.ops.push(op);
  return pending;
}
