/**
 * Which anchors (the words the pattern pre-tests look for, see
 * pattern-anchors.ts) a text holds, found in one pass over the text.
 *
 * Every distinct anchor gets a number as it is first seen. The first time a
 * text is asked about, one automaton (Aho–Corasick: a trie of all the anchors,
 * each state knowing where to go on the next letter) reads the text once and
 * marks each anchor it contains in a row of bits. From then on every pattern
 * of every rule asks about that text with a few bit tests instead of
 * searching it again for its own words. The answer is exact: an anchor's bit
 * is set if and only if the text contains the anchor.
 *
 * Only the trie is made up front; each state's fall-back and each step the
 * trie lacks are worked out the first time a text needs them and remembered.
 * Made in full, the automaton cost more at start-up than the checks of a short
 * document, and anchors first seen mid-check (an expression in a rule's code,
 * read for the first time) could not join it without making it again.
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

/** Per character code, its column in the step table; 0 for a character no anchor has. */
const column = new Uint8Array(65536);
let columns = 1;
/** Columns per state in the step table (a few to spare for characters of later anchors). */
let width = 0;
let states = 1;
/** How many anchors are in the trie: those numbered below this. */
let known = 0;
/** The trie, kept small: each state's first child, next sibling, parent and column. */
let firstChild = new Int32Array(1024).fill(-1);
let sibling = new Int32Array(1024);
let parent = new Int32Array(1024);
let edge = new Uint8Array(1024);
/** Each state's fall-back (its longest proper ending that is also a state); -1 until needed. */
let fail = new Int32Array(1024);
/** Where each state's anchors (its own, then its fall-back's) start in `outs`; -1 until needed. */
let outStart = new Int32Array(1024);
let outCount = new Int32Array(1024);
let outs = new Int32Array(4096);
let outsUsed = 0;
/** The anchors ending at a state, as a list: ownFirst[state], then ownNext[anchor]; -1 ends it. */
let ownFirst = new Int32Array(1024).fill(-1);
let ownNext = new Int32Array(1024);
let emptyId = -1;
/** Every step worked out so far, next state plus one at [state * width + column], 0 until needed. */
let next: Uint16Array | Int32Array = new Uint16Array(0);

function grown<T extends Int32Array | Uint8Array>(a: T, size: number, fill = 0): T {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  if (fill) b.fill(fill as never, a.length);
  return b;
}

function childOf(s: number, col: number): number {
  for (let c = firstChild[s]!; c >= 0; c = sibling[c]!) if (edge[c] === col) return c;
  return -1;
}

/** Puts the anchors numbered `known` and up into the trie, and forgets the steps worked out (they may now lead to a new, longer state). */
function insertNew(): void {
  for (; known < anchors.length; known++) {
    const a = anchors[known]!;
    ownNext = grown(ownNext, known + 1);
    let s = 0;
    for (let i = 0; i < a.length; i++) {
      const code = a.charCodeAt(i);
      // Past 255 columns, the rarest characters share the last one: a text then "holds" an anchor it
      // may not, which only lets a pattern run; it never skips one.
      if (column[code] === 0) column[code] = columns < 255 ? columns++ : 255;
      const col = column[code]!;
      let c = childOf(s, col);
      if (c < 0) {
        c = states++;
        if (c >= firstChild.length) {
          firstChild = grown(firstChild, c + 1, -1);
          ownFirst = grown(ownFirst, c + 1, -1);
          sibling = grown(sibling, c + 1);
          parent = grown(parent, c + 1);
          edge = grown(edge, c + 1);
          fail = grown(fail, c + 1);
          outStart = grown(outStart, c + 1);
          outCount = grown(outCount, c + 1);
        }
        parent[c] = s;
        edge[c] = col;
        sibling[c] = firstChild[s]!;
        firstChild[s] = c;
      }
      s = c;
    }
    // The empty text is in every text (scan marks it at the start); the root marks nothing.
    if (s === 0) emptyId = known;
    ownNext[known] = ownFirst[s]!;
    ownFirst[s] = known;
  }
  fail.fill(-1, 0, states);
  fail[0] = 0;
  outStart.fill(-1, 0, states);
  outStart[0] = 0;
  outCount[0] = 0;
  outsUsed = 0;
  if (columns + 1 > width || states * width > next.length) {
    width = Math.min(256, columns + 8);
    const size = (states + 2048) * width;
    next = states + 2048 < 65535 ? new Uint16Array(size) : new Int32Array(size);
  } else next.fill(0);
}

function failOf(s: number): number {
  let f = fail[s]!;
  if (f < 0) {
    const p = parent[s]!;
    f = fail[s] = p === 0 ? 0 : step(failOf(p), edge[s]!);
  }
  return f;
}

/** The next state from `s` on column `col`: the trie's step, or else its fall-back's. */
function step(s: number, col: number): number {
  let x = s;
  let to = 0;
  for (;;) {
    const m = next[x * width + col]!;
    if (m > 0) {
      to = m - 1;
      break;
    }
    const c = childOf(x, col);
    if (c >= 0) {
      to = c;
      break;
    }
    if (x === 0) break;
    x = failOf(x);
  }
  // Every state passed on the way has the same step, the last one included.
  for (let y = s; ; y = fail[y]!) {
    next[y * width + col] = to + 1;
    if (y === x) break;
  }
  return to;
}

/** Where the anchors ending at `s` start in `outs`: its own, then its fall-back's, listed the first time `s` is reached. */
function outsOf(s: number): number {
  const f = failOf(s);
  const fStart = outStart[f]! >= 0 ? outStart[f]! : outsOf(f);
  let n = 0;
  for (let id = ownFirst[s]!; id >= 0; id = ownNext[id]!) n++;
  // A state with none of its own shares its fall-back's list.
  if (n === 0) {
    outCount[s] = outCount[f]!;
    return (outStart[s] = fStart);
  }
  const total = n + outCount[f]!;
  outs = grown(outs, outsUsed + total);
  const at = outsUsed;
  for (let id = ownFirst[s]!; id >= 0; id = ownNext[id]!) outs[outsUsed++] = id;
  outs.copyWithin(outsUsed, fStart, fStart + outCount[f]!);
  outsUsed += outCount[f]!;
  outCount[s] = total;
  return (outStart[s] = at);
}

/** The row of bits of the anchors a text holds. */
function scan(text: string): Uint32Array {
  const bits = new Uint32Array((known + 31) >>> 5);
  if (emptyId >= 0) bits[emptyId >>> 5]! |= 1 << (emptyId & 31);
  // Locals, not the module's variables: read at every letter, and only outsOf changes one (outs).
  const steps = next;
  const starts = outStart;
  const counts = outCount;
  const cols = column;
  const w = width;
  let list = outs;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const col = cols[text.charCodeAt(i)]!;
    const to = steps[s * w + col]!;
    s = to > 0 ? to - 1 : step(s, col);
    let k = starts[s]!;
    if (k < 0) {
      k = outsOf(s);
      list = outs;
    }
    const end = k + counts[s]!;
    for (; k < end; k++) {
      const id = list[k]!;
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

/** The anchors `text` holds. */
export function anchorsIn(text: string): Present {
  if (text !== lastText) {
    lastText = text;
    let row = rows.get(text);
    if (!row) {
      if (known < anchors.length || next.length === 0) insertNew();
      row = { bits: scan(text), count: known };
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
}

/**
 * Forget the steps worked out so far as well (the next text works them out
 * again). The start-up snapshot calls this after its warm-up: the step table
 * is a megabyte, mostly empty, that every check would load with the rest, and
 * the first anchor a check adds empties it anyway.
 */
export function forgetSteps(): void {
  resetAnchorIndex();
  next = new Uint16Array(0);
  width = 0;
}
