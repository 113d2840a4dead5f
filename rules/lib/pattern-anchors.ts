/**
 * A cheap test before an expensive one: the words a pattern cannot match
 * without. From a compiled pattern's source we take one part every match must
 * contain (a run of plain letters, or a group whose every choice has one) and
 * keep its words as "anchors". A block that contains none of them cannot
 * match, so the regular expression is not run on it at all. Most blocks of a
 * document hold none of a section's words ("closing date", "summary of
 * responses"), so most pattern runs are skipped.
 *
 * The test only ever says "cannot match" when that is certain: anything it
 * does not understand (classes, escapes, look-arounds) counts as "might".
 */

import { anchorId, anchorsIn, resetAnchorIndex } from './anchor-index';

type Node = { kind: 'char'; ch: string } | { kind: 'other' } | { kind: 'group'; branches: Item[][]; lookaround: boolean };
interface Item {
  node: Node;
  /** Must appear at least once in every match. */
  required: boolean;
  /** May appear more than once in a row ("a+", "a{2,3}"): a run of letters ends after it. */
  repeats: boolean;
}

/** More anchors than this and the pattern simply runs. */
const MAX_ANCHORS = 6;

const CLASS_ESCAPES = new Set(['w', 'W', 'd', 'D', 's', 'S', 'b', 'B', 'p', 'P', 'n', 'r', 't', 'f', 'v', '0', 'u', 'x', 'c', 'k']);

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  parse(): Item[][] {
    const branches = this.branches();
    if (this.at < this.src.length) throw new Error('unbalanced');
    return branches;
  }

  private branches(): Item[][] {
    const out: Item[][] = [[]];
    while (this.at < this.src.length) {
      const ch = this.src[this.at]!;
      if (ch === ')') break;
      if (ch === '|') {
        this.at++;
        out.push([]);
        continue;
      }
      const node = this.atom();
      const start = this.at;
      const required = this.quantifier();
      out[out.length - 1]!.push({ node, required, repeats: this.at > start });
    }
    return out;
  }

  private atom(): Node {
    const ch = this.src[this.at++]!;
    if (ch === '\\') {
      const next = this.src[this.at++] ?? '';
      // "\u2019", "\x41": one character written as its number (the command's bundle writes every non-ASCII one so).
      const code = /^(?:u([\da-fA-F]{4})|x([\da-fA-F]{2}))/.exec(this.src.slice(this.at - 1, this.at + 5));
      if (code) {
        this.at += code[0].length - 1;
        return { kind: 'char', ch: String.fromCharCode(parseInt(code[1] ?? code[2]!, 16)) };
      }
      if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'k') {
        if (this.src[this.at] === '{' || this.src[this.at] === '<') this.at = this.src.indexOf(this.src[this.at] === '{' ? '}' : '>', this.at) + 1;
        return { kind: 'other' };
      }
      return CLASS_ESCAPES.has(next) || /\d/.test(next) ? { kind: 'other' } : { kind: 'char', ch: next };
    }
    if (ch === '[') {
      while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { kind: 'other' };
    }
    if (ch === '(') {
      let lookaround = false;
      if (this.src[this.at] === '?') {
        const head = this.src.slice(this.at, this.at + 3);
        if (head.startsWith('?:')) this.at += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          lookaround = true;
          this.at += 2;
        } else if (head === '?<=' || head === '?<!') {
          lookaround = true;
          this.at += 3;
        }
        else if (head.startsWith('?<')) this.at = this.src.indexOf('>', this.at) + 1;
      }
      const branches = this.branches();
      if (this.src[this.at] !== ')') throw new Error('unbalanced');
      this.at++;
      return { kind: 'group', branches, lookaround };
    }
    if (ch === '.' || ch === '^' || ch === '$') return { kind: 'other' };
    return { kind: 'char', ch };
  }

  /** Reads a quantifier if there is one; true when the atom must still appear at least once. */
  private quantifier(): boolean {
    const ch = this.src[this.at];
    let required = true;
    if (ch === '?' || ch === '*') {
      this.at++;
      required = false;
    } else if (ch === '+') this.at++;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) return true;
      this.at += m[0].length;
      required = Number(m[1]) > 0;
    } else return true;
    if (this.src[this.at] === '?') this.at++; // lazy
    return required;
  }
}

/** The parts one of whose words every match of a branch must contain: runs of plain letters, and groups whose every choice has one. */
function branchCandidates(items: Item[]): string[][] {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const { node, required, repeats } of items) {
    if (node.kind === 'char' && required) {
      run += node.ch;
      // "ba+c" matches "baac", which holds "ba" and "ac" but not "bac".
      if (repeats) {
        endRun();
        run = node.ch;
      }
      continue;
    }
    endRun();
    if (node.kind === 'group' && required && !node.lookaround) {
      const options = node.branches.map(branchAnchors);
      if (options.every((o) => o !== null)) candidates.push([...new Set(options.flat())]);
    }
  }
  endRun();
  return candidates;
}

/** How telling a set of anchors is: its shortest word, then fewer words. */
function score(c: string[]): number {
  return Math.min(...c.map((s) => s.trim().length)) * 100 - c.length;
}

/** The anchors of one branch: the candidate whose shortest word is longest. */
function branchAnchors(items: Item[]): string[] | null {
  let best: string[] | null = null;
  let bestScore = 0;
  for (const c of branchCandidates(items)) {
    const sc = score(c);
    if (sc > bestScore) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}

/**
 * Words one of which every match of `source` must contain, or null when no
 * useful set can be told (then the pattern always runs). Anchors shorter than
 * three letters are not worth a test.
 */
export function anchorsOf(source: string): string[] | null {
  let branches: Item[][];
  try {
    branches = new Parser(source).parse();
  } catch {
    return null;
  }
  const each = branches.map(branchAnchors);
  if (!each.every((a): a is string[] => a !== null)) return null;
  const anchors = [...new Set(each.flat())];
  if (!anchors.length || anchors.some((a) => a.trim().length < 3)) return null;
  // Each anchor is a search through the text: past a handful, the pre-test costs more than the pattern.
  if (anchors.length > MAX_ANCHORS) return null;
  return anchors;
}

/**
 * What a pre-test checks for one expression: sets of anchors, every set
 * must have one of its words in the text. A pattern with one branch
 * ("we will {SEND} {WORDS 0-4} summary") needs each of its parts, so each is
 * a set ("we will ", the sending verbs, "summary"); a text must hold them all.
 */
export interface Prefilter {
  readonly sets: ReadonlyArray<readonly Anchor[]>;
  /** The same sets as masks over the anchors' numbers, one per set, for the test itself. */
  readonly masks: readonly SetMask[];
}

/**
 * A set of anchors as masks: the set is in a text when the text's row of
 * bits (anchor-index.ts) shares a bit with one of `masks` at `words`. The
 * words of a class get numbers one after another, so a set of 400 words is
 * a dozen tests, not 400.
 */
interface SetMask {
  words: Uint32Array;
  masks: Uint32Array;
  /** The highest anchor number in the set: a row that knows fewer anchors tests them one by one. */
  maxId: number;
}

function maskOf(set: readonly Anchor[]): SetMask {
  const byWord = new Map<number, number>();
  let maxId = 0;
  for (const { id } of set) {
    byWord.set(id >>> 5, (byWord.get(id >>> 5) ?? 0) | (1 << (id & 31)));
    if (id > maxId) maxId = id;
  }
  return { words: Uint32Array.from(byWord.keys()), masks: Uint32Array.from(byWord.values()), maxId };
}

interface Anchor {
  text: string;
  /** Its number in the shared index of anchors (anchor-index.ts). */
  id: number;
}

/** More words than this in one set and the set is not worth testing. */
const MAX_SET = 400;
/** At most this many sets per expression, the most telling first. */
const MAX_SETS = 8;

/** The sets of anchors of a source, or null when nothing useful can be told. */
export function prefilterOf(source: string): Prefilter | null {
  let branches: Item[][];
  try {
    branches = new Parser(source).parse();
  } catch {
    return null;
  }
  const useful = (c: string[]) => c.length > 0 && c.length <= MAX_SET && c.every((a) => a.trim().length >= 3);
  let sets: string[][];
  if (branches.length === 1) {
    sets = branchCandidates(branches[0]!).filter(useful).sort((a, b) => a.length - b.length || score(b) - score(a)).slice(0, MAX_SETS);
  } else {
    const each = branches.map(branchAnchors);
    if (!each.every((a): a is string[] => a !== null)) return null;
    const union = [...new Set(each.flat())];
    sets = useful(union) ? [union] : [];
  }
  if (!sets.length) return null;
  return prefilterFromSets(sets);
}

/**
 * A pre-test from its sets of anchors as stored by the pattern build
 * (patterns.generated.json keeps each pattern's `anchors`, worked out by
 * prefilterOf at build time): no parse at start-up. No sets, no pre-test.
 */
export function prefilterFromSets(sets: readonly (readonly string[])[]): Prefilter | null {
  if (!sets.length) return null;
  const anchorSets = sets.map((set) => set.map((text) => ({ text, id: anchorId(text) })));
  return { sets: anchorSets, masks: anchorSets.map(maskOf) };
}

/** The words of a pre-test, as the pattern build stores them. */
export function setsOf(prefilter: Prefilter | null): string[][] {
  return prefilter ? prefilter.sets.map((set) => set.map((a) => a.text)) : [];
}

/** Forget the texts of the last check (the linter calls it as a check starts): memory follows one document. */
export function resetTextIndex(): void {
  resetAnchorIndex();
}

/** True unless `text` certainly cannot match: it lacks every anchor of some set (or, for a plain list, holds none of them). */
export function mayMatch(anchors: Prefilter | readonly string[] | null, text: string): boolean {
  if (!anchors) return true;
  if (isWordList(anchors)) {
    for (const a of anchors) if (text.includes(a)) return true;
    return false;
  }
  // One pass over the text tells which anchors it holds (shared by every pattern that asks about it);
  // each set is then a few bit tests. One loop, no helper call: this runs some tens of thousands of times a check.
  const { bits, count } = anchorsIn(text);
  const masks = anchors.masks;
  for (let s = 0; s < masks.length; s++) {
    const set = masks[s]!;
    let found = false;
    if (set.maxId < count) {
      const { words, masks: m } = set;
      for (let i = 0; i < words.length && !found; i++) found = (bits[words[i]!]! & m[i]!) !== 0;
    } else {
      // A set with an anchor first seen after this text was read: its anchors one by one, new ones searched for.
      const list = anchors.sets[s]!;
      for (let i = 0; i < list.length && !found; i++) {
        const { id, text: word } = list[i]!;
        found = id < count ? (bits[id >>> 5]! & (1 << (id & 31))) !== 0 : text.includes(word);
      }
    }
    if (!found) return false;
  }
  return true;
}

function isWordList(a: Prefilter | readonly string[]): a is readonly string[] {
  return Array.isArray(a);
}

const byExpression = new WeakMap<RegExp, Prefilter | null>();

/** Gives an expression the pre-test stored for it at build time, so anchorsFor need not parse it. */
export function rememberPrefilter(re: RegExp, prefilter: Prefilter | null): void {
  if (!re.flags.includes('i')) byExpression.set(re, prefilter);
}

/** The pre-test of any expression, made once per expression (none when it ignores case). */
export function anchorsFor(re: RegExp): Prefilter | null {
  let a = byExpression.get(re);
  if (a === undefined) byExpression.set(re, (a = re.flags.includes('i') ? null : prefilterOf(re.source)));
  return a;
}

/**
 * The pre-tests of a whole list of patterns, read together: a text's anchors
 * (one row of bits) are matched against the anchors of every pattern's most
 * telling set at once, so only the patterns one of whose words is present
 * are looked at, instead of each pattern being asked in turn. Exact in the
 * same way as mayMatch: it says "may match" for a pattern exactly when
 * mayMatch would.
 */
export interface ListPrefilter {
  readonly prefilters: readonly (Prefilter | null)[];
  /** Patterns without a pre-test: always "may match". */
  readonly always: Int32Array;
  /** The anchors of every pattern's first set, as masks (see SetMask). */
  readonly union: SetMask;
  /** For each anchor number, the patterns whose first set holds it. */
  readonly postings: (Int32Array | undefined)[];
  /** 1 where a pattern may match (reused by the next call for this list). */
  readonly flags: Uint8Array;
  /** Room for the patterns whose first set is present. */
  readonly opened: Int32Array;
  /** The text the flags are for, and how many anchors its row knew. */
  readonly last: { text: string | null; count: number };
}

export function listPrefilterOf(prefilters: readonly (Prefilter | null)[]): ListPrefilter {
  const always: number[] = [];
  const byAnchor = new Map<number, number[]>();
  const firstSets: Anchor[] = [];
  prefilters.forEach((p, i) => {
    if (!p) return void always.push(i);
    for (const a of p.sets[0]!) {
      let list = byAnchor.get(a.id);
      if (!list) {
        byAnchor.set(a.id, (list = []));
        firstSets.push(a);
      }
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const postings: (Int32Array | undefined)[] = [];
  for (const [id, list] of byAnchor) postings[id] = Int32Array.from(list);
  return { prefilters, always: Int32Array.from(always), union: maskOf(firstSets), postings, flags: new Uint8Array(prefilters.length), opened: new Int32Array(prefilters.length), last: { text: null, count: -1 } };
}

/** Lists shorter than this ask each pattern in turn: fewer steps than reading the masks of the list. */
const SHORT_LIST = 6;

/** Which patterns of the list may match `text` (flags[i] === 1); read it before asking again about this list. */
export function candidatesIn(list: ListPrefilter, text: string): Uint8Array {
  const { flags, prefilters } = list;
  if (prefilters.length < SHORT_LIST) {
    for (let i = 0; i < prefilters.length; i++) flags[i] = mayMatch(prefilters[i]!, text) ? 1 : 0;
    return flags;
  }
  const { bits, count } = anchorsIn(text);
  // Several rules ask the same list about the same block in a row.
  if (text === list.last.text && count === list.last.count) return flags;
  list.last.text = text;
  list.last.count = count;
  if (list.union.maxId >= count) {
    // An anchor first seen after this text was read: each pattern asked in turn.
    for (let i = 0; i < prefilters.length; i++) flags[i] = mayMatch(prefilters[i]!, text) ? 1 : 0;
    return flags;
  }
  flags.fill(0);
  const always = list.always;
  for (let i = 0; i < always.length; i++) flags[always[i]!] = 1;
  const { words, masks } = list.union;
  const { postings, opened } = list;
  let n = 0;
  for (let w = 0; w < words.length; w++) {
    let hit = bits[words[w]!]! & masks[w]!;
    while (hit !== 0) {
      const low = hit & -hit;
      hit ^= low;
      const on = postings[(words[w]! << 5) | (31 - Math.clz32(low))]!;
      for (let k = 0; k < on.length; k++) {
        const i = on[k]!;
        if (flags[i] === 0) {
          flags[i] = 2;
          opened[n++] = i;
        }
      }
    }
  }
  // Their first set is present: the other sets decide.
  for (let k = 0; k < n; k++) {
    const i = opened[k]!;
    flags[i] = prefilters[i]!.sets.length === 1 || mayMatch(prefilters[i]!, text) ? 1 : 0;
  }
  return flags;
}

const byList = new WeakMap<readonly RegExp[], ListPrefilter>();

/** The list pre-test of a list of expressions, made once per list (a list must not change once asked about). */
export function listPrefilterFor(expressions: readonly RegExp[]): ListPrefilter {
  let list = byList.get(expressions);
  if (!list || list.prefilters.length !== expressions.length) byList.set(expressions, (list = listPrefilterOf(expressions.map(anchorsFor))));
  return list;
}
