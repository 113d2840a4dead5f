/**
 * Finds the words and phrases of a word list in block text, in any inflection
 * ("stakeholders", "leveraging", "utilized"), across spaces, line breaks and
 * hyphens ("capacity-building", "co produce", "coproduce"), whole words only,
 * never inside URLs or e-mail addresses, longest match first.
 *
 * Generic: the base jargon list, organisation lists and allow lists all use it.
 * Build it once per configuration; matching walks the words of a block once,
 * with one Map lookup per word.
 */
import { splitWords, type Word } from '../../src/engine/text';
import { wordForms, type Inflection } from './inflect';

export interface Token {
  start: number;
  end: number;
  /** Lower-case, curly apostrophes straightened, possessive "'s" removed. */
  norm: string;
  /** True when only white space or one hyphen separates it from the token before. */
  joined: boolean;
}

export interface MatchEntry<T> {
  term: string;
  value: T;
  /** false: match the words exactly as written ("key" but not "keys"). */
  inflect?: boolean;
}

export interface WordMatch<T> {
  start: number;
  end: number;
  term: string;
  value: T;
  /** How the text differs from the listed form, e.g. 's' for "stakeholders". */
  inflection: Inflection;
  /** Which word of the term carried the inflection (0 when none), and how many words matched. */
  inflectedWord: number;
  words: number;
}

interface Pattern<T> {
  entry: MatchEntry<T>;
  positions: ReadonlyMap<string, Inflection>[];
}

const RANK: Record<Inflection, number> = { base: 0, s: 1, ed: 1, ing: 1, noun: 2 };

const HYPHEN = /[-‐‑]/;
// Words of a phrase may be split by spaces, a line break, a hyphen, or a hyphen at a line end.
const GAP = /^(?:\s+|[-‐‑]\s*)$/;
// A plural possessive joins a compound too: "citizens' jury", "residents’ association".
const POSSESSIVE_GAP = /^['’]\s+$/;

/** The words of a term as the matcher compares them: "Co-Produce" → ["co", "produce"]. */
export function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** One key per term whatever its spacing, case or hyphens: for de-duplicating and overriding. */
export function termKey(term: string): string {
  return termWords(term).join(' ');
}

/**
 * Tokens of a block for matching. `masked` is the engine's lower-cased copy
 * with URLs and e-mail addresses blanked, so words inside them never match and
 * a phrase never runs across one.
 */
export function tokenize(text: string, masked: string, words?: readonly Word[]): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const word of words ?? splitWords(text, masked)) {
    // The word's own lower-case string when it is the masked text's (no copy per word).
    const lower = word.lower.length === word.end - word.start && masked.startsWith(word.lower, word.start) ? word.lower : masked.slice(word.start, word.end);
    if (lower.includes(' ')) {
      prevEnd = -1;
      continue;
    }
    const parts = HYPHEN.test(lower) ? lower.split(HYPHEN) : [lower];
    let offset = word.start;
    for (const part of parts) {
      const start = offset;
      offset += part.length + 1;
      let norm = part.includes('’') ? part.replace(/’/g, "'") : part;
      let end = start + part.length;
      if (norm.endsWith("'s")) {
        norm = norm.slice(0, -2);
        end -= 2;
      }
      if (!norm) {
        prevEnd = -1;
        continue;
      }
      let joined = false;
      if (prevEnd >= 0) {
        // One space, the usual gap, without a copy of it and a test.
        if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) joined = true;
        else {
          const gap = text.slice(prevEnd, start);
          joined = GAP.test(gap) || (POSSESSIVE_GAP.test(gap) && tokens.at(-1)!.norm.endsWith('s'));
        }
      }
      tokens.push({ start, end, norm, joined });
      // "stakeholder's view" is not the phrase "stakeholder view".
      prevEnd = end === start + part.length ? end : -1;
    }
  }
  return tokens;
}

export class WordMatcher<T> {
  private readonly index = new Map<string, Pattern<T>[]>();
  readonly size: number;

  constructor(entries: Iterable<MatchEntry<T>>) {
    let size = 0;
    for (const entry of entries) {
      const words = termWords(entry.term);
      if (!words.length) continue;
      size++;
      const formsOf = (w: string): ReadonlyMap<string, Inflection> =>
        entry.inflect === false ? new Map([[w, 'base' as Inflection]]) : wordForms(w);
      this.add({ entry, positions: words.map(formsOf) });
      // "co-produce" is also written "coproduce"; "step-down" as "stepdown".
      if (words.length > 1 && HYPHEN.test(entry.term)) this.add({ entry, positions: [formsOf(words.join(''))] });
    }
    for (const list of this.index.values()) list.sort((a, b) => b.positions.length - a.positions.length);
    this.size = size;
  }

  private add(pattern: Pattern<T>): void {
    for (const form of pattern.positions[0]!.keys()) {
      const list = this.index.get(form);
      if (list) list.push(pattern);
      else this.index.set(form, [pattern]);
    }
  }

  /** Matches in text order; where terms overlap, the longest one starting first wins. */
  match(tokens: readonly Token[]): WordMatch<T>[] {
    const out: WordMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const candidates = this.index.get(tokens[i]!.norm);
      let best: { pattern: Pattern<T>; inflection: Inflection; at: number } | undefined;
      if (candidates) {
        for (const pattern of candidates) {
          // Candidates come longest first; stop once they get shorter than a match.
          if (best && pattern.positions.length < best.pattern.positions.length) break;
          const found = this.tryAt(tokens, i, pattern);
          if (found === null) continue;
          // At equal length, a term written exactly as listed beats an inflected one
          // ("insights" is its own entry, not the plural of "insight"), and an
          // inflection beats a derived noun ("mobilisations" is "mobilisation" + s).
          if (!best || RANK[found.inflection] < RANK[best.inflection]) best = { pattern, ...found };
          if (found.inflection === 'base') break;
        }
      }
      const matched = best ? best.pattern.positions.length : 0;
      if (best) {
        out.push({
          start: tokens[i]!.start,
          end: tokens[i + matched - 1]!.end,
          term: best.pattern.entry.term,
          value: best.pattern.entry.value,
          inflection: best.inflection,
          inflectedWord: best.at,
          words: matched,
        });
      }
      i += matched || 1;
    }
    return out;
  }

  /** Convenience for callers without a token list. */
  matchText(text: string, masked: string = text.toLowerCase(), words?: readonly Word[]): WordMatch<T>[] {
    return this.match(tokenize(text, masked, words));
  }

  private tryAt(tokens: readonly Token[], i: number, pattern: Pattern<T>): { inflection: Inflection; at: number } | null {
    let inflection: Inflection = 'base';
    let at = 0;
    for (let k = 0; k < pattern.positions.length; k++) {
      const token = tokens[i + k];
      if (!token || (k > 0 && !token.joined)) return null;
      const kind = pattern.positions[k]!.get(token.norm);
      if (kind === undefined) return null;
      if (inflection === 'base' && kind !== 'base') {
        inflection = kind;
        at = k;
      }
    }
    return { inflection, at };
  }
}

/** True when [start, end) lies inside one of the spans. */
export function insideAny(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
