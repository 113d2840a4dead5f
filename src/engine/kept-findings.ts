/**
 * Whether a document rule's findings of the last check stand (Rule.readsOfBlock): each edited block
 * reads the same to the rule before and after, and none of its findings is at an edited block.
 */
import type { Config } from './config';
import type { AnalysedBlock } from './rule';
import type { TextDoc } from './types';
import type { NlpView } from '../nlp';
import { NO_ITEMS, NO_VALUE, type DocumentMade, type LastLint, type TextEntry } from './recheck-cache';
import type { RuleRun } from './rule-runs';

/** What readsTheSame reads of the check under way. */
export interface EditedCheck {
  /** The slot in TextEntry.slots of a key. */
  slotFor(key: unknown): number;
  /** The blocks that are new objects since the last check. */
  touched: readonly number[];
  doc: TextDoc;
  blocks: AnalysedBlock[];
  blockEntries: TextEntry[];
  last: LastLint;
  config: Config;
  nlp: (text: string) => NlpView;
}

/** For a rule with readsOfBlock, when the check is otherwise one whose findings may stand (the caller decides that). */
export function readsTheSame(run: RuleRun, ruleId: string, before: DocumentMade, check: EditedCheck): boolean {
  const { rule } = run;
  const { slotFor, touched, doc, blocks, blockEntries, last, config, nlp } = check;
  const slot = slotFor(`${ruleId}\u0000reads of block`);
  const readsOf = (ab: AnalysedBlock, entry: TextEntry): string | null => {
    const hit = entry.slots[slot];
    if (hit !== undefined) return hit as string | null;
    const read = <T>(k: string | object, fn: (ab: AnalysedBlock) => T): T => {
      const key = typeof k === 'string' ? `${ruleId}\u0000${k}` : k;
      const at = slotFor(key);
      const value = entry.slots[at];
      if (value !== undefined) return (value === NO_VALUE ? undefined : value) as T;
      const made = fn(ab);
      const stored = Array.isArray(made) && made.length === 0 ? NO_ITEMS : made;
      entry.slots[at] = stored === undefined ? NO_VALUE : stored;
      return stored as T;
    };
    const reads = rule.readsOfBlock!(ab, read, { config, options: run.options, nlp, prepared: run.prepared, report: () => {} });
    entry.slots[slot] = reads;
    return reads;
  };
  for (const i of touched) {
    const now = readsOf(blocks[i]!, blockEntries[i]!);
    if (now === null || now !== readsOf(last.analysed[i]!, last.entries[i]!)) return false;
    const id = doc.blocks[i]!.id;
    for (const f of before.findings) if (f.blockId === id || f.anchorBlockId === id) return false;
  }
  return true;
}
