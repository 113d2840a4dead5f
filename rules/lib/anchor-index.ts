/**
 * Which anchors (the words the pattern pre-tests look for, see
 * pattern-anchors.ts) a text holds, found in one pass over the text.
 *
 * Every distinct anchor gets a number as it is first seen. The first time a
 * text is asked about, one automaton (Aho–Corasick: a trie of all the anchors
 * whose every state knows where to go on each next letter) reads the text
 * once and marks each anchor it contains in a row of bits. From then on every
 * pattern of every rule asks about that text with a few bit tests instead of
 * searching it again for its own words. The answer is exact: an anchor's bit
 * is set if and only if the text contains the anchor.
 *
 * Anchors first seen after the automaton was made (an expression in a rule's
 * code read for the first time mid-check) are searched for directly until the
 * next check starts, when the automaton is remade with them.
 */

const idOf = new Map<string, number>();
const anchors: string[] = [];

/** The number of an anchor, given once and kept. */
export function anchorId(text: string): number {
  let id = idOf.get(text);
  if (id === undefined) {
    id = anchors.length;
    anchors.push(text);
    idOf.set(text, id);
  }
  return id;
}

interface Automaton {
  /** How many anchors it knows: those numbered below this. */
  count: number;
  /** Per character code, the column it reads (0: a character no anchor has). */
  column: Uint8Array;
  /** The next state plus one, at [state * width + column]; 0 until first needed (see step). */
  next: Int32Array;
  width: number;
  /** Each state's fall-back: the state of its longest proper ending that is also in the trie. */
  fail: Int32Array;
  /** The anchors that end at state s (its own and those of its fall-backs) are outIds[outStart[s] .. outStart[s + 1]). */
  outStart: Uint32Array;
  outIds: Uint32Array;
  /** Words of 32 bits in a row of bits. */
  words: number;
}

let automaton: Automaton | null = null;

/**
 * The next state from `s` on `col`. Steps the trie lacks are worked out the first time they are
 * taken (the fall-back's step) and remembered: a text uses few of them, and filling in every
 * step up front cost more at start-up than all the checks of a short document.
 */
function step(a: Automaton, s: number, col: number): number {
  const { next, width, fail } = a;
  let x = s;
  let to = 0;
  for (;;) {
    const v = next[x * width + col]!;
    if (v > 0) {
      to = v - 1;
      break;
    }
    if (x === 0) break;
    x = fail[x]!;
  }
  // Every state passed on the way has the same step.
  for (let y = s; y !== x; y = fail[y]!) next[y * width + col] = to + 1;
  if (x === 0) next[col] = to + 1;
  return to;
}

function build(): Automaton {
  const count = anchors.length;
  // Columns: one per character that some anchor uses; everything else shares column 0.
  const column = new Uint8Array(65536);
  let width = 1;
  let size = 1;
  for (const a of anchors) {
    size += a.length;
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      if (column[c] === 0) {
        if (width === 255) throw new Error('too many different characters in the anchors');
        column[c] = width++;
      }
    }
  }
  // The trie: next[state * width + col] is the child plus one, 0 meaning "not in the trie" (filled in
  // later by step). Typed arrays only: a few thousand small arrays cost more to make than the whole search.
  const next = new Int32Array(size * width);
  const firstChild = new Int32Array(size).fill(-1);
  const sibling = new Int32Array(size).fill(-1);
  const edge = new Uint8Array(size);
  // The anchors ending at a state, as a list: ownFirst[state], then ownNext[anchor].
  const ownFirst = new Int32Array(size).fill(-1);
  const ownNext = new Int32Array(count).fill(-1);
  let states = 1;
  for (let id = 0; id < count; id++) {
    const a = anchors[id]!;
    let s = 0;
    for (let i = 0; i < a.length; i++) {
      const col = column[a.charCodeAt(i)]!;
      const at = s * width + col;
      let c = next[at]! - 1;
      if (c < 0) {
        c = states++;
        next[at] = c + 1;
        edge[c] = col;
        sibling[c] = firstChild[s]!;
        firstChild[s] = c;
      }
      s = c;
    }
    ownNext[id] = ownFirst[s]!;
    ownFirst[s] = id;
  }
  const fail = new Int32Array(states);
  const automaton: Automaton = { count, column, next: next.subarray(0, states * width), width, fail, outStart: new Uint32Array(states + 1), outIds: new Uint32Array(0), words: (count + 31) >>> 5 };
  // Breadth first, so each state's fall-back is known before its children's.
  const queue = new Int32Array(states);
  const outCount = new Uint32Array(states);
  let tail = 1;
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    let own = 0;
    for (let id = ownFirst[s]!; id >= 0; id = ownNext[id]!) own++;
    outCount[s] = own + (s === 0 ? 0 : outCount[fail[s]!]!);
    for (let c = firstChild[s]!; c >= 0; c = sibling[c]!) {
      fail[c] = s === 0 ? 0 : step(automaton, fail[s]!, edge[c]!);
      queue[tail++] = c;
    }
  }
  // Each state's anchors: its own, then its fall-back's (already written: taken in breadth-first order, the fall-back is shallower).
  let total = 0;
  for (let s = 0; s < states; s++) {
    automaton.outStart[s] = total;
    total += outCount[s]!;
  }
  automaton.outStart[states] = total;
  const outIds = (automaton.outIds = new Uint32Array(total));
  const outStart = automaton.outStart;
  for (let q = 1; q < states; q++) {
    const s = queue[q]!;
    let at = outStart[s]!;
    for (let id = ownFirst[s]!; id >= 0; id = ownNext[id]!) outIds[at++] = id;
    const f = fail[s]!;
    outIds.copyWithin(at, outStart[f]!, outStart[f]! + outCount[f]!);
  }
  return automaton;
}

/** The row of bits of the anchors a text holds. */
function scan(a: Automaton, text: string): Uint32Array {
  const bits = new Uint32Array(a.words);
  const { column, next, width, outStart, outIds } = a;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const col = column[text.charCodeAt(i)]!;
    const to = next[s * width + col]!;
    s = to > 0 ? to - 1 : step(a, s, col);
    const end = outStart[s + 1]!;
    for (let k = outStart[s]!; k < end; k++) {
      const id = outIds[k]!;
      bits[id >>> 5]! |= 1 << (id & 31);
    }
  }
  return bits;
}

/*
 * The anchors each text of this check holds. A text read twice (a block that
 * many pattern lists read) is scanned once; the rows are dropped when the
 * next check starts (resetAnchorIndex), so memory follows one document.
 */

/** What a text holds: the anchors numbered below `count` whose bit is set. */
export interface Present {
  bits: Uint32Array;
  count: number;
}

let rows = new Map<string, Present>();
let lastText: string | null = null;
let lastRow: Present = { bits: new Uint32Array(0), count: 0 };
const ROWS_LIMIT = 50_000;
/**
 * Anchors of a rule's own expressions are first seen during the first check, some after the first
 * text was scanned: the automaton is remade for them before a later scan, a few times at most per
 * check (each costs about as much as scanning a few thousand words), and after that at the next check.
 */
const REMAKES_PER_CHECK = 3;
let remakes = 0;

/** The anchors `text` holds. */
export function anchorsIn(text: string): Present {
  if (text !== lastText) {
    lastText = text;
    let row = rows.get(text);
    if (!row) {
      if (!automaton) automaton = build();
      else if (automaton.count < anchors.length && remakes < REMAKES_PER_CHECK) {
        remakes++;
        automaton = build();
      }
      row = { bits: scan(automaton, text), count: automaton.count };
      if (rows.size >= ROWS_LIMIT) rows.clear();
      rows.set(text, row);
    }
    lastRow = row;
  }
  return lastRow;
}

/** Forget the texts of the last check: memory follows one document. */
export function resetAnchorIndex(): void {
  rows = new Map();
  lastText = null;
  remakes = 0;
}
