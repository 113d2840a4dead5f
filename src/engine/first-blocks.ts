/**
 * Where in the document something is first found (ctx.firstBlock): one number per question, kept
 * from one check to the next. A question asked on every check ("is this acronym's full name written
 * anywhere before here?") would otherwise read every block on every re-check; after an edit only the
 * changed blocks are tested, and the blocks after the first one only when that block changed.
 */
import type { AnalysedBlock } from './rule';
import type { Shift } from './realign';

interface First {
  /** The check that last worked it out (the engine's generation). */
  generation: number;
  /** The first block's index in that check's document, or -1 for none. */
  at: number;
}

/** What a check changed since the last one, as the engine found it. */
export interface Changes {
  /** The last check's generation: an answer from any other check is worked out again in full. */
  lastGeneration: number;
  /** Whether the answers may be patched at the changed blocks (few changed, same settings). */
  patchable: boolean;
  /** Indexes of the blocks whose text (entry) changed, in increasing order. */
  changed: readonly number[];
  /** A paragraph put in or taken out since the last check, or null. */
  shift: Shift | null;
}

export class FirstBlocks {
  private answers = new Map<string, First>();

  clear(): void {
    this.answers.clear();
  }

  /** The first block of `blocks` that passes `test`, or -1: patched from the last check's answer when it can be. */
  first(key: string, generation: number, changes: Changes, blocks: readonly AnalysedBlock[], test: (ab: AnalysedBlock) => boolean): number {
    const known = this.answers.get(key);
    if (known?.generation === generation) return known.at;
    let at: number;
    if (known && changes.patchable && known.generation === changes.lastGeneration) at = patched(known.at, changes, blocks, test);
    else at = scan(blocks, 0, test);
    this.answers.set(key, { generation, at });
    return at;
  }

  /** Forget the answers no finished check asked for (the questions follow the document: acronyms come and go). */
  keepOnly(generation: number): void {
    for (const [key, first] of this.answers) if (first.generation !== generation) this.answers.delete(key);
  }
}

function scan(blocks: readonly AnalysedBlock[], from: number, test: (ab: AnalysedBlock) => boolean): number {
  for (let i = from; i < blocks.length; i++) if (test(blocks[i]!)) return i;
  return -1;
}

/**
 * The last answer moved to the new document. Every block before it failed the test then, and the
 * unchanged ones still do: only the changed blocks before it are tested, and it is looked for again
 * after its place only when its own block changed or was taken out.
 */
function patched(was: number, { changed, shift }: Changes, blocks: readonly AnalysedBlock[], test: (ab: AnalysedBlock) => boolean): number {
  // Where the last answer's block is now, or from where to look again if it was taken out.
  let at = was;
  let lookFrom = -1;
  if (was >= 0 && shift) {
    if (was >= shift.oldLength - shift.suffix) at = was + shift.newLength - shift.oldLength;
    else if (was >= shift.prefix) {
      at = -1;
      lookFrom = shift.prefix;
    }
  }
  for (const i of changed) {
    if (at >= 0 && i > at) break;
    if (i === at) {
      if (test(blocks[i]!)) return i;
      at = -1;
      lookFrom = i + 1;
      break;
    }
    if (test(blocks[i]!)) return i;
  }
  // The first block changed or went: the blocks after it are read until one passes (changed ones before it did not).
  return lookFrom >= 0 ? scan(blocks, lookFrom, test) : at;
}
