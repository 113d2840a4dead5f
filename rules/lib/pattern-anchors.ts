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

type Node = { kind: 'char'; ch: string } | { kind: 'other' } | { kind: 'group'; branches: Item[][]; lookaround: boolean };
interface Item {
  node: Node;
  /** Must appear at least once in every match. */
  required: boolean;
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
      out[out.length - 1]!.push({ node, required: this.quantifier() });
    }
    return out;
  }

  private atom(): Node {
    const ch = this.src[this.at++]!;
    if (ch === '\\') {
      const next = this.src[this.at++] ?? '';
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

/** The anchors of one branch: the candidate whose shortest word is longest. */
function branchAnchors(items: Item[]): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const { node, required } of items) {
    if (node.kind === 'char' && required) {
      run += node.ch;
      continue;
    }
    endRun();
    if (node.kind === 'group' && required && !node.lookaround) {
      const options = node.branches.map(branchAnchors);
      if (options.every((o) => o !== null)) candidates.push([...new Set(options.flat())]);
    }
  }
  endRun();
  let best: string[] | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const score = Math.min(...c.map((s) => s.trim().length)) * 100 - c.length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
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

/** True unless `text` certainly cannot match: it holds none of the anchors. */
export function mayMatch(anchors: readonly string[] | null, text: string): boolean {
  if (!anchors) return true;
  for (const a of anchors) if (text.includes(a)) return true;
  return false;
}

const byExpression = new WeakMap<RegExp, string[] | null>();

/** The anchors of any expression, read once per expression (none when it ignores case). */
export function anchorsFor(re: RegExp): string[] | null {
  let a = byExpression.get(re);
  if (a === undefined) byExpression.set(re, (a = re.flags.includes('i') ? null : anchorsOf(re.source)));
  return a;
}
