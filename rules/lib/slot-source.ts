/**
 * Slots, gaps and groups of a pattern expanded into a regular-expression
 * source, for a given vocabulary. Pure (no data file imported), so the
 * pattern build (bin/build-patterns.mjs) can run it on the data it is
 * writing: it stores each pattern's pre-test (rules/lib/pattern-anchors.ts)
 * beside it, and the command does not work them out again at every start.
 */
export class PatternError extends Error {}

/** A word class as it is written in rules/patterns/vocabulary.yaml. */
export interface WordClassSource {
  about: string;
  words: string[];
}

type Vocabulary = Record<string, WordClassSource>;

/** The regular-expression source of a word class; `memo` keeps classes already expanded (only for one unchanging vocabulary). */
export function classSourceIn(name: string, vocabulary: Vocabulary, seen: string[] = [], memo?: Map<string, string>): string {
  const known = memo?.get(name);
  if (known !== undefined) return known;
  const cls = vocabulary[name];
  if (!cls) throw new PatternError(`Unknown word class {${name}}${seen.length ? ` (in {${seen.at(-1)}})` : ''}.`);
  if (seen.includes(name)) throw new PatternError(`Word class {${name}} refers to itself through ${seen.join(' → ')}.`);
  const source = `(?:${cls.words.map((w) => expand(w, vocabulary, [...seen, name], memo)).join('|')})`;
  memo?.set(name, source);
  return source;
}

/**
 * The length of the escape ("\\(") or character class ("[(){}]") that starts at `i`, which a walk over a
 * source copies as written (its brackets and braces are not syntax); 0 when neither starts there.
 */
function verbatimLength(source: string, i: number): number {
  if (source[i] === '\\') return Math.min(2, source.length - i);
  if (source[i] !== '[') return 0;
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j - i + 1;
  }
  return source.length - i;
}

/** Expands slots, gaps and plain groups; no word boundaries. */
function expand(source: string, vocabulary: Vocabulary, seen: string[], memo?: Map<string, string>): string {
  let out = '';
  // Walk the source once so that "(" inside a character class or after "\" is left alone.
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const verbatim = verbatimLength(source, i);
    if (verbatim) {
      out += source.slice(i, i + verbatim);
      i += verbatim - 1;
      continue;
    }
    if (ch === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    if (ch === '{') {
      const rest = source.slice(i);
      const gap = /^\{(WORDS|CLAUSE) (\d+)-(\d+)\}/.exec(rest);
      if (gap) {
        const [, kind, from, to] = gap;
        out += kind === 'WORDS' ? `(?:[\\w'’-]+ ){${from},${to}}?` : `[^.;]{${from},${to}}?`;
        i += gap[0].length - 1;
        continue;
      }
      const slot = /^\{([A-Z][A-Z0-9_]*)\}/.exec(rest);
      if (slot) {
        out += classSourceIn(slot[1]!, vocabulary, seen, memo);
        i += slot[0].length - 1;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

// A word boundary only makes sense next to a word: a pattern starting with a letter, a slot or a
// group gets one in front; one ending with a letter, a slot, a group or an optional letter ("updates?")
// gets one behind. Anchors, look-arounds, escapes ("\\?") and gaps at either end are left as written.
const WORD_START = /^(?:[\p{L}\p{N}{]|\((?!\?[<=!]))/u;
const WORD_END = /(?:[\p{L}\p{N}}]|(?<!\\)\)|(?<!\\)[\p{L}\p{N})]\?)$/u;

/** True when the source ends with a look-around group, such as "(?=\\s*$)": it says for itself what may follow. */
function endsWithLookaround(source: string): boolean {
  if (!source.endsWith(')')) return false;
  const opens: number[] = [];
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (ch === '(') opens.push(i);
    else if (ch === ')') last = opens.pop() ?? -1;
  }
  return last >= 0 && /^\(\?<?[=!]/.test(source.slice(last));
}

/** The full regular-expression source of a pattern, word-bounded. */
export function patternSourceIn(source: string, vocabulary: Vocabulary, memo?: Map<string, string>): string {
  const body = expand(source, vocabulary, [], memo);
  const gapAtEnd = /\{(?:CLAUSE|WORDS) \d+-\d+\}$/.test(source);
  const start = WORD_START.test(source) ? '\\b' : '';
  const end = WORD_END.test(source) && !gapAtEnd && !endsWithLookaround(source) ? '\\b' : '';
  return `${start}${body}${end}`;
}


// Read in place (sticky), so a long pattern is walked once.
const LOOKAROUND = /\(\?<?[=!]/y;
const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;

/**
 * The same expression with an empty look-ahead "(?=)" after each group that
 * something follows. It matches exactly what the source matches (an empty
 * look-ahead always holds and takes no text), but V8 compiles it in a tenth of
 * the time: V8 writes the code after a group again for each length of the
 * group's choices ("need", "wants", "would like"), and again for each choice
 * of the group before, so a pattern of several word classes in a row grew
 * to hundreds of milliseconds of compiling. A look-ahead makes V8 settle the
 * position there, so what follows is written once.
 */
export function withCompileBreaks(source: string): string {
  let out = '';
  // For each open group: is it a look-around (which needs no break after it)?
  const open: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const verbatim = verbatimLength(source, i);
    if (verbatim) {
      out += source.slice(i, i + verbatim);
      i += verbatim - 1;
    } else if (ch === '(') {
      LOOKAROUND.lastIndex = i;
      open.push(LOOKAROUND.test(source));
      out += ch;
    } else if (ch === ')') {
      const lookaround = open.pop();
      QUANTIFIER.lastIndex = i + 1;
      const quantifier = QUANTIFIER.exec(source)?.[0] ?? '';
      out += ch + quantifier;
      i += quantifier.length;
      const next = source[i + 1];
      if (!lookaround && next !== undefined && next !== ')' && next !== '|') out += '(?=)';
    } else out += ch;
  }
  return out;
}
