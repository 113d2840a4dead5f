/**
 * Finds acronyms in one block of text, and whether each use spells itself
 * out: "Integrated Care Board (ICB)", "ICB (Integrated Care Board)",
 * "ICB stands for…", "Integrated Care Board ICB", or a glossary line
 * "ICB: Integrated Care Board". Pure and per block, so the document rule can
 * memoise it and re-check an edited document quickly.
 */
import { buildRegExp, wordClassSource } from './slot-pattern';

export interface AcronymUse {
  /** As written, without a plural "s": "ICB" for "ICBs". */
  acronym: string;
  plural: boolean;
  /** The token as written (with any plural "s", without a possessive "'s"). */
  start: number;
  end: number;
  /** This use spells the acronym out. */
  defines: boolean;
  /** The words it stands for, when this use spells them out and we could find them. */
  expansion?: string;
  /** A financial quarter (Q1–Q4): one family, explained by giving the months. */
  quarter?: boolean;
}

const QUARTER = /^Q[1-4]$/;
// A month, written out or shortened ("Apr", "April").
const MONTH = `${wordClassSource('MONTH')}[a-z]*`;
// "Q1 (April–June 2027)", "Q4 2025/26 (January to March)": the months are given.
const MONTHS_AFTER = buildRegExp(`^\\s*(?:\\d{2,4}(?:[/–-]\\d{2,4})?\\s*)?(?:[(,:–-]\\s*)?${MONTH}\\b`, 'i');
// "Q1. Do you agree…", "Q3: What matters to you?", "Question Q2": survey question numbers, not quarters.
const QUESTION_NUMBER = /^\s*[.):]/;

/** A quarter code such as "Q4" or "Q1 2025/26", unless it numbers a survey question. */
function quarterUse(text: string, start: number, token: string): AcronymUse | null {
  const end = start + token.length;
  const after = text.slice(end, end + 40);
  const lineStart = /(?:^|\n)[\s•*\-–]*$/.test(text.slice(Math.max(0, start - 10), start));
  if (lineStart && QUESTION_NUMBER.test(after) && !/^\s*(?:[:–-]\s*)?\d{4}/.test(after)) return null;
  if (/\bquestions?\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  // "Q2 Do you agree…" at the start of a line: a question, not a quarter.
  if (lineStart && /^\s+\p{Lu}\p{Ll}/u.test(after) && !new RegExp(`^\\s+${MONTH}\\b`, 'i').test(after)) return null;
  return { acronym: 'Q', plural: false, start, end, defines: MONTHS_AFTER.test(after), quarter: true };
}

const TOKEN = /[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*/gu;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_CONTEXT = /\b(?:part|section|chapter|phase|stage|schedule|annex|appendix|volume|article|tier|level|class|type|book|step|year)\s+$/i;
const LINKING = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by', 'or']);
const MEANS = /^\s*(?:stands for|means|is short for|is an abbreviation (?:for|of))\b/i;
// "Freepost CALDER HIGHWAYS", "FREEPOST RTYU-HCBX-ZKLA": codes and addresses after the word.
const FREEPOST = /\bfreepost\s+(?:[\p{Lu}\d]+(?:\s+|[-‐]))*$/iu;
// "Ref: HC/2024/117", "Our ref: JS/HT": reference codes and a writer's initials.
const REFERENCE = /\b(?:ref|reference|our ref|your ref|ref no|case (?:no|number)|file)\s*(?:[.:]\s*)?(?:[\p{L}\d]+[/\-.])*$/iu;
const CODE_AFTER = /^[/-]\d/;
// Labels of an e-mail header: "CC: Ward councillors".
const EMAIL_LABELS = new Set(['CC', 'BCC', 'FW', 'FWD']);
// "MS Teams": a product's name.
const PRODUCT = /^\s+(?:Teams|Word|Excel|Forms|Office|Outlook|PowerPoint)\b/;
// "PO Box 1022": a Post Office box, part of an address.
const PO_BOX = /^\s+box\b/i;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Two or more capitals, at most one lower-case letter inside (DfE, EoL), starting with a capital. */
export function isAcronymShape(s: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}&]*$/u.test(s) || s.endsWith('&') || /\p{Ll}$/u.test(s)) return false;
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = s.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 2 && lower <= 1;
}

function isRoman(token: string, before: string): boolean {
  if (!ROMAN.test(token)) return false;
  return /^[IVX]+$/.test(token) || ROMAN_CONTEXT.test(before);
}

interface Piece {
  start: number;
  end: number;
  lower: string;
}

function wordsIn(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) out.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() });
  return out;
}

function letters(acronym: string): string {
  return acronym.toLowerCase().replace(/\P{Ll}/gu, '');
}

/**
 * Match acronym letters to the first letters of words, in order. Linking
 * words (of, and, for) may be skipped or may supply a letter (DfE).
 * Returns how many words were used, or 0.
 */
function matchInitials(words: Piece[], wanted: string): number {
  const go = (wi: number, li: number): number => {
    if (li === wanted.length) return wi;
    const word = words[wi];
    if (!word) return -1;
    if (word.lower[0] === wanted[li]) {
      const used = go(wi + 1, li + 1);
      if (used >= 0) return used;
    }
    return LINKING.has(word.lower) && wi > 0 ? go(wi + 1, li) : -1;
  };
  const used = go(0, 0);
  return used > 0 ? used : 0;
}

/** The words just before `end` that spell out the acronym, as a range. */
export function initialsBefore(text: string, end: number, acronym: string): { start: number; end: number } | null {
  const wanted = letters(acronym);
  if (wanted.length < 2) return null;
  const window = wordsIn(text, Math.max(0, end - 40 * wanted.length), end);
  // Try the shortest run of words ending at `end` that matches, reading backwards.
  for (let n = wanted.length; n <= Math.min(window.length, wanted.length * 2 + 2); n++) {
    const run = window.slice(window.length - n);
    if (matchInitials(run, wanted) !== n) continue;
    const span = { start: run[0]!.start, end: run.at(-1)!.end };
    if (/[.!?()[\]]/.test(text.slice(span.start, end))) return null;
    return span;
  }
  return null;
}

/**
 * Looser than initialsBefore, for words in brackets after a name: the acronym's
 * letters are the initials of the significant words just before, in order,
 * with at most two words skipped ("National Institute for Health and Care
 * Excellence (NICE)"), and a capital inside a word may give a letter
 * ("HealthWatch (HW)"). "Strategic Director, Adults and Health (DASS)" does not
 * match: D, A, H never give S, S.
 */
export function looseInitialsBefore(text: string, end: number, acronym: string): { start: number; end: number } | null {
  const wanted = letters(acronym);
  if (wanted.length < 2) return null;
  // The name stops at the end of a sentence, a colon or other brackets.
  const from = Math.max(0, end - 40 * wanted.length);
  const cut = Math.max(...['.', '!', '?', ':', ';', '(', ')', '[', ']', '\n'].map((c) => text.lastIndexOf(c, end - 1)));
  const words = wordsIn(text, Math.max(from, cut + 1), end).filter((w) => !LINKING.has(w.lower));
  const n = Math.min(words.length, wanted.length + 2);
  const run = words.slice(words.length - n);
  // Letters each word can give: its initial, then any capital inside it.
  const givesAll = run.map((w) => {
    const written = text.slice(w.start, w.end);
    return [w.lower[0]!, ...[...written.slice(1)].filter((c) => /\p{Lu}/u.test(c)).map((c) => c.toLowerCase())];
  });
  // Greedy from the right: the last letter should come from the last words.
  let li = wanted.length - 1;
  let first = -1;
  let usedWords = 0;
  for (let wi = run.length - 1; wi >= 0 && li >= 0; wi--) {
    const gives = givesAll[wi]!;
    let k = gives.length - 1;
    let used = false;
    while (k >= 0 && li >= 0) {
      if (gives[k] === wanted[li]) {
        li--;
        used = true;
      }
      k--;
    }
    if (used) {
      first = wi;
      usedWords++;
    }
  }
  if (li >= 0 || first < 0) return null;
  // The initial of the first word used must start the acronym.
  if (run[first]!.lower[0] !== wanted[0]) return null;
  if (run.length - first - usedWords > 2) return null;
  return { start: run[first]!.start, end: run.at(-1)!.end };
}

/** The words starting at `start` that spell out the acronym, as a range. */
function initialsAfter(text: string, start: number, acronym: string): { start: number; end: number } | null {
  const wanted = letters(acronym);
  if (wanted.length < 2) return null;
  const window = wordsIn(text, start, Math.min(text.length, start + 40 * wanted.length));
  const used = matchInitials(window, wanted);
  if (!used) return null;
  const span = { start: window[0]!.start, end: window[used - 1]!.end };
  return /[.!?()[\]]/.test(text.slice(span.start, span.end)) ? null : span;
}

const ONSETS = new Set(
  'bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr ph qu kn str spr scr spl thr shr chr sch'.split(' '),
);

/**
 * A word in capitals that reads as an English word ("REPLY", "SLIP", "FORM"),
 * not a string of initials ("VCSE", "ICBS"): four letters or more, a vowel,
 * an onset English allows, and never three consonants in a row.
 */
export function readsAsWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^\p{L}+$/u.test(w)) return false;
  if (!/[aeiouy]/.test(w)) return false;
  const onset = /^[^aeiouy]*/.exec(w)![0];
  // Three consonants in a row only at the start ("street"); longer words in capitals are skipped anyway.
  if (/[^aeiouy]{3}/.test(w.slice(onset.length))) return false;
  return onset.length <= 1 || ONSETS.has(onset);
}

/**
 * Spans of ordinary words in capitals: three or more words in capitals in a
 * row, or two or more that read as words and are not known acronyms (a label
 * such as "REPLY SLIP"), separated by spaces only.
 */
function shoutingSpans(text: string, expansions?: (acronym: string) => readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let run: Piece[] = [];
  const wordy = (p: Piece) => {
    const w = text.slice(p.start, p.end);
    return readsAsWord(w) && !(expansions?.(w).length);
  };
  const flush = () => {
    if (run.length >= 3 || (run.length === 2 && run.every(wordy))) spans.push({ start: run[0]!.start, end: run.at(-1)!.end });
    run = [];
  };
  // Its own regex: the caller is part-way through a scan with TOKEN.
  const token = new RegExp(TOKEN);
  let postcodes: { start: number; end: number }[] | undefined;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const piece = { start: m.index, end: m.index + m[0].length, lower: '' };
    const caps = /\p{Lu}/u.test(m[0]) && !/\p{Ll}/u.test(m[0].replace(/['’]s$/, ''));
    const prev = run.at(-1);
    // A postcode is no word in capitals: "LL57 3NE" before "BMC will be there" makes no run of three.
    const postcode = caps && /\d/.test(m[0]) && within(piece.start, (postcodes ??= [...text.matchAll(POSTCODE)].map((p) => ({ start: p.index, end: p.index + p[0].length }))));
    if (!caps || postcode || (prev && !/^\s+$/.test(text.slice(prev.end, piece.start)))) flush();
    if (caps && !postcode) run.push(piece);
  }
  flush();
  return spans;
}

function within(pos: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start <= pos && pos < s.end);
}

/** How this use spells itself out, if it does. */
function definition(
  text: string,
  start: number,
  end: number,
  acronym: string,
  expansions?: (acronym: string) => readonly string[],
): { expansion?: string } | null {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Words (ICB) — also "(the ICB)", "(ICBs)", "(ICB for short)".
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.slice(open).includes(')')) {
    const close = after.indexOf(')');
    const inside = close >= 0 ? text.slice(open + 1, end + close) : '';
    const lead = text.slice(open + 1, start).trim().toLowerCase();
    const rest = after.slice(0, Math.max(0, close)).trim().split(/\s+/).filter(Boolean);
    if (close >= 0 && /^(?:the|an?|or|known as|called)?$/.test(lead) && rest.length <= 2 && inside.length < 60) {
      if (!/[\p{L}\p{N}]\s*$/u.test(text.slice(0, open))) return null;
      const nameEnd = text.slice(0, open).trimEnd().length;
      const span = initialsBefore(text, nameEnd, acronym) ?? looseInitialsBefore(text, nameEnd, acronym);
      if (span) return { expansion: text.slice(span.start, span.end) };
      // Words that do not give its letters, such as a job title, do not spell it out,
      // unless they are what it stands for ("Approved Mental Health Professional (AMHP)").
      const sentence = text.slice(Math.max(0, nameEnd - 150), nameEnd).toLowerCase();
      const known = expansions?.(acronym).find((e) => sentence.endsWith(e.toLowerCase()));
      return known ? { expansion: text.slice(nameEnd - known.length, nameEnd) } : null;
    }
  }
  // ICB (Integrated Care Board)
  const paren = /^\s*\(([^()]{3,120})\)/.exec(after);
  if (paren) {
    const inside = paren[1]!.trim().replace(/^(?:the|an?)\s+/i, '');
    if (inside[0]?.toLowerCase() === letters(acronym)[0] && /\p{L}{2}/u.test(inside)) return { expansion: inside };
  }
  // ICB stands for Integrated Care Board
  const means = MEANS.exec(after);
  if (means) {
    const from = end + means[0].length;
    const span = initialsAfter(text, from + (text.slice(from).length - text.slice(from).trimStart().length), acronym);
    return span ? { expansion: text.slice(span.start, span.end) } : {};
  }
  // Integrated Care Board ICB, Integrated Care Board – ICB
  const gap = /[\s,:–—-]*$/.exec(before)![0];
  const spelled = initialsBefore(text, start - gap.length, acronym);
  if (spelled && gap.length > 0) return { expansion: text.slice(spelled.start, spelled.end) };
  // Glossary line: "ICB: Integrated Care Board", "ICB – Integrated Care Board"
  if (/^[\s•*\-–]*$/.test(before)) {
    const sep = /^\s*[:=–—\-\t]\s*/.exec(after);
    if (sep) {
      const span = initialsAfter(text, end + sep[0].length, acronym);
      if (span) return { expansion: text.slice(span.start, span.end) };
    }
  }
  return null;
}

// eslint-disable-next-line regexp/no-dupe-disjunctions -- the overlap is meant: a capitalised word is read first, so it keeps its apostrophe ("O’Neill")
const TITLE_WORD = /\p{Lu}\p{Ll}[\p{L}’']*|\p{L}+/gu;

/**
 * A capitalised word, then spaces or hyphens, words of up to four letters (the linking words), and another
 * capitalised word: every run of two capitalised words nameInitials reads has this in it, so a text without it
 * has no initials to give. Looser than the run (any short word), never stricter.
 */
const TWO_CAPITALISED = /\p{Lu}\p{Ll}[\p{L}’']*[\s-]+(?:\p{L}{1,4}[\s-]+)*\p{Lu}\p{Ll}/u;

/**
 * Initials of runs of capitalised words in a block ("Kingsway Health Centre
 * Patient Participation Group" gives PPG, HC, KHCPPG…), each with where it
 * first ends. A reader who has seen the full name can follow its acronym
 * later, even when the writer did not put it in brackets.
 */
export function nameInitials(text: string): Map<string, number> {
  const out = new Map<string, number>();
  // Most blocks hold no two capitalised words joined by spaces, hyphens and short words: no run, no initials.
  if (!TWO_CAPITALISED.test(text)) return out;
  let run: { initial: string; end: number }[] = [];
  let prevEnd = -1;
  const flush = () => {
    for (let i = 0; i < run.length; i++)
      for (let j = i + 2; j <= Math.min(run.length, i + 8); j++) {
        // Two letters from the middle or end of a longer name ("MS" in "General Medical Services") are
        // too easily found by chance: a two-letter acronym is named only by a name that starts with it.
        if (j - i === 2 && i > 0) continue;
        const key = run.slice(i, j).map((w) => w.initial).join('');
        if (!out.has(key)) out.set(key, run[j - 1]!.end);
      }
    run = [];
  };
  const word = new RegExp(TITLE_WORD.source, TITLE_WORD.flags);
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) {
    const end = m.index + m[0].length;
    const joined = prevEnd >= 0 && /^[\s-]+$/.test(text.slice(prevEnd, m.index));
    if (!joined) flush();
    prevEnd = end;
    if (/^\p{Lu}\p{Ll}/u.test(m[0])) run.push({ initial: m[0][0]!.toUpperCase(), end });
    else if (!LINKING.has(m[0].toLowerCase())) {
      flush();
      prevEnd = -1;
    }
  }
  flush();
  return out;
}

/** The capital letters an acronym's words would start with: "PCNs" → "PCN", "A&E" → "AE". */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/\P{L}/gu, '').toUpperCase();
}

/**
 * Every acronym use in a block, in order. `skip` holds acronyms and capitalised
 * words that need no spelling out, in upper case.
 */
export function scanAcronyms(
  text: string,
  masked: string,
  isHeading: boolean,
  skip: ReadonlySet<string>,
  /** What an acronym stands for, from a list: used to accept a definition and to tell acronyms from words in capitals. */
  expansions?: (acronym: string) => readonly string[],
): AcronymUse[] {
  // A heading in capitals is shouting, not a string of acronyms.
  if (isHeading && !/\p{Ll}/u.test(text)) return [];
  const uses: AcronymUse[] = [];
  let shouting: { start: number; end: number }[] | undefined;
  let postcodes: { start: number; end: number }[] | undefined;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let token = m[0];
    const start = m.index;
    if (masked[start] === ' ') continue; // inside a URL or e-mail address
    // Most words start with a small letter or a digit: neither a quarter ("Q1") nor an acronym's shape.
    const first = text.charCodeAt(start);
    if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) continue;
    token = token.replace(/['’]s$/, '');
    const plural = token.length >= 3 && /[\p{Lu}\p{N}]s$/u.test(token);
    const acronym = plural ? token.slice(0, -1) : token;
    if (QUARTER.test(token) && !skip.has(token)) {
      const q = quarterUse(text, start, token);
      if (q) uses.push(q);
      continue;
    }
    if (!isAcronymShape(acronym)) continue;
    if (skip.has(acronym.toUpperCase()) || skip.has(token.toUpperCase())) continue;
    if (isRoman(acronym, text.slice(Math.max(0, start - 20), start))) continue;
    // "Freepost CALDER HIGHWAYS": an address in capitals, not acronyms.
    if (FREEPOST.test(text.slice(Math.max(0, start - 60), start))) continue;
    const after = text.slice(start + token.length, start + token.length + 12);
    if (acronym === 'PO' && PO_BOX.test(after)) continue;
    if (acronym === 'MS' && PRODUCT.test(after)) continue;
    if (EMAIL_LABELS.has(acronym) && after.startsWith(':')) continue;
    // "DEVON County Council", "HALTON Borough": a news page's first word in capitals, opening a name, is a word.
    if (!plural && readsAsWord(acronym) && !expansions?.(acronym).length && /^\s+\p{Lu}\p{Ll}/u.test(after)) continue;
    // Reference numbers: "HC/2024/117", "ABC-123", or anything just after "Ref:".
    if (CODE_AFTER.test(after) || REFERENCE.test(text.slice(Math.max(0, start - 30), start))) continue;
    shouting ??= shoutingSpans(text, expansions);
    if (within(start, shouting)) continue;
    if (/\d/.test(token)) {
      postcodes ??= [...text.matchAll(POSTCODE)].map((p) => ({ start: p.index, end: p.index + p[0].length }));
      if (within(start, postcodes)) continue;
    }
    const end = start + token.length;
    const def = definition(text, start, end, acronym, expansions);
    const use: AcronymUse = { acronym, plural, start, end, defines: def !== null };
    if (def?.expansion) use.expansion = def.expansion;
    uses.push(use);
  }
  return uses;
}
