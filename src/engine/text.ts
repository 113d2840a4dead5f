/**
 * Cheap text views: sentences, words and a lower-cased copy of the text with
 * URLs and e-mail addresses blanked out. Every view keeps offsets into the
 * original block text, so rules can report exact ranges.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Word extends Span {
  lower: string;
}

export interface Sentence extends Span {
  /** Index of the first and one-past-last word of the sentence in `words`. */
  wordStart: number;
  wordEnd: number;
}

export interface BlockAnalysis {
  /** Same length as the block text: lower-cased, URLs/e-mails replaced by spaces. */
  readonly masked: string;
  readonly sentences: Sentence[];
  /** The block's words as objects: made when asked for (see TextAnalysis), so read it once per pass, not per word. */
  readonly words: Word[];
  /** words.length, without making the words. */
  readonly wordCount: number;
  readonly syllables: number;
}

const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|nhs|org|com|net|uk|co|ac|scot|wales)(?:\.uk)?(?:\/[^\s<>"')]*)?/giu;

/** Lower-case without changing length, so offsets stay valid. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')]+/giu;

/**
 * Beyond this length a run of text with no space is not an address or e-mail
 * someone typed, and trying the e-mail and domain patterns at every position
 * of it would take time growing with the square of its length. Only the
 * "https://" and "www." pattern (which can only start at those letters) is
 * tried on such runs.
 */
const MAX_ADDRESS_RUN = 300;

function blankAddress(m: string): string {
  // Sentence punctuation after a link ("see gov.uk/help.") is not part of it.
  const trail = /[.,;:!?]+$/.exec(m)?.[0].length ?? 0;
  return ' '.repeat(m.length - trail) + m.slice(m.length - trail);
}

/** ".", "@" and ":": every address or e-mail has one ("www.", "https://", "name@place", "gov.uk"). */
function isAddressMark(c: number): boolean {
  return c === 46 || c === 64 || c === 58;
}

export function maskText(text: string): string {
  const lower = lowerSameLength(text);
  // No address or e-mail contains a space, so each run without one is matched
  // on its own: the same matches as on the whole text, in linear time overall.
  // Only runs holding a ".", "@" or ":" are tried (no address lacks all three):
  // most words of a block are not, and trying each was most of this function's time.
  const n = lower.length;
  let out = '';
  let copied = 0;
  let at = 0;
  while (at < n) {
    let mark = at;
    while (mark < n && !isAddressMark(lower.charCodeAt(mark))) mark++;
    if (mark >= n) break;
    let start = mark;
    while (start > at && !isSpace(lower.charCodeAt(start - 1))) start--;
    let end = mark + 1;
    while (end < n && !isSpace(lower.charCodeAt(end))) end++;
    const run = lower.slice(start, end);
    const blanked = run.length <= MAX_ADDRESS_RUN ? run.replace(URL_OR_EMAIL, blankAddress) : run.replace(WEB_ADDRESS, blankAddress);
    if (blanked !== run) {
      out += lower.slice(copied, start) + blanked;
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’\-‐](?=[\p{L}\p{N}]))*/gu;

/**
 * One string for each different word: a check keeps every block's words, and a long document uses a
 * few thousand different words hundreds of thousands of times, each match otherwise a string of its
 * own. Emptied when full, so it stays bounded whatever is checked.
 */
const WORD_STRINGS = new Map<string, string>();
const MAX_WORD_STRINGS = 50_000;

function shared(word: string): string {
  const known = WORD_STRINGS.get(word);
  if (known !== undefined) return known;
  if (WORD_STRINGS.size >= MAX_WORD_STRINGS) WORD_STRINGS.clear();
  WORD_STRINGS.set(word, word);
  return word;
}

export function splitWords(text: string, lower: string = lowerSameLength(text)): Word[] {
  return wordsOf(packWords(text, lower));
}

/**
 * A block's words packed three entries a word (start, text, lower-case) in one array: 24 bytes a
 * word where a Word object and its place in a list take 64, and a Linter keeps every block's words
 * between checks. A word's end is its start plus its length (both forms have the text's length).
 */
type PackedWords = (number | string)[];

function packWords(text: string, lower: string): PackedWords {
  const packed: PackedWords = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const start = m.index;
    const word = shared(m[0]);
    // Most words are already lower-case: they share one string for both.
    packed.push(start, word, lower.startsWith(word, start) ? word : shared(lower.slice(start, start + word.length)));
  }
  // Kept for as long as the document is: an exact copy, as a list grown by push has room for up to half as many again.
  return packed.slice();
}

function wordsOf(packed: PackedWords): Word[] {
  const words = new Array<Word>(packed.length / 3);
  for (let i = 0, w = 0; i < packed.length; i += 3, w++) {
    const start = packed[i] as number;
    const text = packed[i + 1] as string;
    words[w] = { start, end: start + text.length, text, lower: packed[i + 2] as string };
  }
  return words;
}

/**
 * The last few blocks' words as objects. A pass over the blocks (the profile readings, the block
 * rules, each document rule) asks for one block's words a few times in a row, then moves on: those
 * few keep their objects, and the rest are made again when asked for, as short-lived garbage
 * instead of about 40 bytes a word kept for as long as the document is.
 */
const RECENT_WORDS = 16;
const recent: (TextAnalysis | undefined)[] = new Array<TextAnalysis | undefined>(RECENT_WORDS);
let recentAt = 0;

class TextAnalysis implements BlockAnalysis {
  readonly wordCount: number;
  private made: Word[] | undefined = undefined;

  constructor(
    readonly masked: string,
    readonly sentences: Sentence[],
    readonly syllables: number,
    private readonly packed: PackedWords,
  ) {
    this.wordCount = packed.length / 3;
  }

  get words(): Word[] {
    if (this.made) return this.made;
    const words = wordsOf(this.packed);
    const gone = recent[recentAt];
    if (gone) gone.made = undefined;
    recent[recentAt] = this;
    recentAt = (recentAt + 1) % RECENT_WORDS;
    this.made = words;
    return words;
  }
}

// Abbreviations that often end a sentence: "… 3 p.m. The next …" is two.
const CAN_END_SENTENCE = new Set(['etc', 'a.m', 'p.m', 'am', 'pm']);

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'cllr', 'st', 'rd', 'no', 'nos', 'etc', 'eg', 'ie', 'e.g', 'i.e', 'vs',
  'approx', 'dept', 'tel', 'ext', 'ref', 'fig', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
  'sun', 'rev', 'sr', 'jr', 'cf', 'al', 'p', 'pp', 'para', 'sec', 'vol', 'op', 'min', 'mins', 'hr', 'hrs',
]);

/** Longer than any abbreviation or initialism; bounds the look back so splitting stays linear. */
const MAX_ABBREVIATION = 24;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  const stop = dot - MAX_ABBREVIATION;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) {
    if (i < stop) return false;
    i--;
  }
  const token = text.slice(i + 1, dot).toLowerCase();
  if (!token) return false;
  if (ABBREVIATIONS.has(token)) return true;
  // Single letters ("J. Smith") and dotted initialisms ("e.g", "a.m").
  if (/^\p{L}$/u.test(token)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return true;
  return false;
}

/**
 * Split block text into sentences. A sentence ends at . ! ? (or a line break
 * inside a block) followed by space and a capital, digit, quote or bracket.
 */
export function splitSentences(text: string, words: Word[]): Sentence[] {
  const sentences: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e), wordStart: 0, wordEnd: 0 });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A line break inside a block ends a sentence only if the next line
      // looks like a new item (blank line, bullet) — pasted text wraps lines.
      if (text[i + 1] === '\n' || /^\n[ \t]*(?:[-*•·–]|\d+[.)])\s/.test(text.slice(i, i + 6))) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Consume runs like "?!" or "..." and closing quotes/brackets.
    let j = i + 1;
    while (j < n && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
    // Every later mark in the same run would find the same end and the same
    // next character, so a run that cannot end a sentence is skipped whole
    // (otherwise "....." takes time growing with the square of its length).
    if (j >= n || !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && /\s/.test(text[k]!)) k++;
    if (k >= n) break;
    const next = text[k]!;
    if (!/[\p{Lu}\p{N}"'“‘([]/u.test(next)) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && isAbbreviationBefore(text, i) && !/\p{N}/u.test(next)) {
      // "e.g. Leeds" keeps going; but "etc. The" and "3 p.m. We" are new sentences.
      // (Only the last few characters are looked at, so this stays linear.)
      const token = text.slice(Math.max(0, i - MAX_ABBREVIATION), i).match(/((?:\p{L}\.)*\p{L}+)$/u)?.[1]?.toLowerCase();
      if (!token || !CAN_END_SENTENCE.has(token)) continue;
      // "3 p.m. Monday 4 May" is still one sentence.
      if (token !== 'etc' && /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text.slice(k, k + 3))) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  // Attach word ranges.
  let w = 0;
  for (const s of sentences) {
    while (w < words.length && words[w]!.start < s.start) w++;
    s.wordStart = w;
    while (w < words.length && words[w]!.end <= s.end) w++;
    s.wordEnd = w;
  }
  // An exact copy: a list grown by push starts with room for 17, and most blocks have one to four sentences.
  return sentences.slice();
}

const SYLLABLE_CACHE = new Map<string, number>();
/**
 * The count of each word as written ("Residents", "residents"): words are shared strings (splitWords),
 * so a block's words are counted with one lookup each, without lower-casing and stripping them first.
 */
const SYLLABLES_AS_WRITTEN = new Map<string, number>();

/** Heuristic English syllable count, good enough for readability scores. */
export function countSyllables(word: string): number {
  const known = SYLLABLES_AS_WRITTEN.get(word);
  if (known !== undefined) return known;
  const count = syllablesOf(word);
  if (SYLLABLES_AS_WRITTEN.size < 50000) SYLLABLES_AS_WRITTEN.set(word, count);
  return count;
}

function syllablesOf(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return /\d/.test(word) ? 1 : 0;
  const cached = SYLLABLE_CACHE.get(w);
  if (cached !== undefined) return cached;
  let count: number;
  if (w.length <= 3) count = 1;
  else {
    const s = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    const groups = s.match(/[aeiouy]{1,2}/g);
    count = Math.max(1, groups ? groups.length : 1);
  }
  if (SYLLABLE_CACHE.size < 50000) SYLLABLE_CACHE.set(w, count);
  return count;
}

export function analyseText(text: string): BlockAnalysis {
  const masked = maskText(text);
  const packed = packWords(text, masked);
  const words = wordsOf(packed);
  const sentences = splitSentences(text, words);
  let syllables = 0;
  for (let i = 1; i < packed.length; i += 3) syllables += countSyllables(packed[i] as string);
  return new TextAnalysis(masked, sentences, syllables, packed);
}

/** Flesch–Kincaid grade for counts; 0 when there is nothing to measure. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** True when `trimmed.split(/\s+/)` would give more than `n` words (runs of white space + 1). */
export function moreWordsThan(trimmed: string, n: number): boolean {
  let words = 1;
  if (words > n) return true;
  for (let i = 0; i < trimmed.length; i++) {
    if (!isSpace(trimmed.charCodeAt(i))) continue;
    while (i + 1 < trimmed.length && isSpace(trimmed.charCodeAt(i + 1))) i++;
    if (++words > n) return true;
  }
  return false;
}

/** What `\s` matches in a regular expression, one UTF-16 code unit at a time. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
