/** Document rules' per-block indexes (ctx.perBlock), kept and patched from one check to the next. */
import type { AnalysedBlock } from './rule';
import { realignInPlace, type Shift } from './realign';
import { NO_ITEMS, NO_VALUE, type TextEntry } from './recheck-cache';

/** One document rule's per-block results for the whole document, patched after an edit. */
export interface BlockIndex {
  generation: number;
  values: unknown[];
}

/** What perBlockIndexes reads of the check under way. */
export interface IndexedCheck {
  /** Every index kept, by key: each names the check that last made or patched it. */
  indexes: Map<unknown, BlockIndex>;
  /** The slot in TextEntry.slots of a key. */
  slotFor(key: unknown): number;
  generation: number;
  /** The last finished check, whose indexes can be patched (-1: none). */
  indexedAt: number;
  /** Whether few enough blocks changed, the rest in place, for an index to be patched, not made again. */
  patchable: boolean;
  shift: Shift | null;
  changed: readonly number[];
  blocks: AnalysedBlock[];
  blockEntries: TextEntry[];
}

/** ctx.perBlock for one check: an index is made once per check, patched at the changed blocks when it can be. */
export function perBlockIndexes(check: IndexedCheck): <T>(k: unknown, fn: (ab: AnalysedBlock) => T) => readonly T[] {
  const { indexes, slotFor, generation, indexedAt, patchable, shift, changed, blocks, blockEntries } = check;
  return <T>(k: unknown, fn: (ab: AnalysedBlock) => T): readonly T[] => {
      let index = indexes.get(k);
      if (index?.generation === generation) return index.values as T[];
      const slot = slotFor(k);
      const valueAt = (i: number): unknown => {
        const slots = blockEntries[i]!.slots;
        const hit = slots[slot];
        if (hit !== undefined) return hit === NO_VALUE ? undefined : hit;
        const made = fn(blocks[i]!);
        // Most blocks give an empty list: they all share one, so a rule reading every block's list
        // on a long document reads one object, not thousands scattered over memory.
        const value = Array.isArray(made) && made.length === 0 ? NO_ITEMS : made;
        slots[slot] = value === undefined ? NO_VALUE : value;
        return value;
      };
      if (index && patchable && index.generation === indexedAt) {
        if (shift) realignInPlace(index.values, shift, undefined);
        for (const i of changed) index.values[i] = valueAt(i);
      } else {
        const values = new Array<unknown>(blocks.length);
        for (let i = 0; i < blocks.length; i++) values[i] = valueAt(i);
        indexes.set(k, (index = { generation, values }));
      }
      index.generation = generation;
      return index.values as T[];
    };
}
