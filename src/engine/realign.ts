/**
 * A re-check after a paragraph was put in or taken out: the blocks before it are the same, and so
 * are the blocks after it, one place further on or back. Lining the last check's per-block arrays up
 * with the new blocks lets that re-check take the same path as an edit within one block: only the
 * blocks in between are worked out again.
 */

/** The last check's blocks kept at the top (`prefix`) and at the bottom (`suffix`) of the new ones. */
export interface Shift {
  prefix: number;
  suffix: number;
  oldLength: number;
  newLength: number;
}

/** How many blocks at the top and at the bottom are the same as before: `same(o, n)` says whether old block o reads as new block n. */
export function findShift(oldLength: number, newLength: number, same: (o: number, n: number) => boolean): Shift {
  const most = Math.min(oldLength, newLength);
  let prefix = 0;
  while (prefix < most && same(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && same(oldLength - 1 - suffix, newLength - 1 - suffix)) suffix++;
  return { prefix, suffix, oldLength, newLength };
}

/** The last check's per-block array lined up with the new blocks: `fill` where blocks are new. */
export function realign<T>(values: readonly T[], shift: Shift, fill: T): T[] {
  const { prefix, suffix, oldLength, newLength } = shift;
  const out = new Array<T>(newLength);
  for (let i = 0; i < prefix; i++) out[i] = values[i]!;
  for (let i = prefix; i < newLength - suffix; i++) out[i] = fill;
  for (let k = 1; k <= suffix; k++) out[newLength - k] = values[oldLength - k]!;
  return out;
}

/** The last check's blocks between the kept top and bottom: those the new document no longer has. */
export function droppedRange(shift: Shift): [number, number] {
  return [shift.prefix, shift.oldLength - shift.suffix];
}

/**
 * realign() in place, for an array no one else holds: the blocks in between are taken out and their
 * places filled with `fill`, and the rest moved up or down, without making a new array of every block.
 */
export function realignInPlace<T>(values: T[], shift: Shift, fill: T): T[] {
  const { prefix, suffix, oldLength, newLength } = shift;
  const removed = oldLength - suffix - prefix;
  const added = newLength - suffix - prefix;
  if (removed === 1 && added === 0) values.splice(prefix, 1);
  else if (removed === 0 && added === 1) values.splice(prefix, 0, fill);
  else values.splice(prefix, removed, ...new Array<T>(added).fill(fill));
  return values;
}
