/**
 * Unfamiliar words: a general check that needs no list of the words it finds.
 * A word is flagged when it is rare in spoken English (rules/lib/word-rarity.ts)
 * and shaped like officialese (OFFICIALESE_ENDING below), and nothing shows it
 * is a name, a number or an address. Only its first use in a document is
 * flagged, and not at all when the writer explains it. Words the jargon list,
 * an organisation's list or the allow list already speak for are left to them.
 */
import type { RuleReport } from '../src/engine';
import type { BlockAnalysis, Word } from '../src/engine/text';
import type { NlpView } from '../src/nlp';
import { sentenceAt } from './lib/phrasing';
import { isCommonWord } from './lib/word-rarity';

export const UNFAMILIAR_ID = 'jargon/unfamiliar-word';

/** Shorter words are rarely jargon, and are often abbreviations or typing slips. */
const MIN_LETTERS = 5;

// "co-design", "co-locate": a "co-" word made for working together is jargon even when its stem is everyday.
const CO_PREFIX = /^co-(?!op$|ops$|operat|ordinat|worker|chair|host|sign|author|owner|star)/;
// "co-produced with patients", "co-designed by carers": saying who it was done with explains the word.
const DONE_WITH = /^[^.;:!?]{0,90}?\b(?:with|by|alongside)\s/u;
// The endings of abstract nouns, adjectives and verbs of officialese ("subsistence", "governance",
// "preventative", "prioritise"). A rare word without one is more often a plain thing ("leaflet", "lockdown").
// "-ious", "-acy" and "-ale" ("vexatious", "adequacy", "rationale") were added on real pages j–n, s and t.
// Chosen on real pages a–i and our corpus gates: rare words ending in -al, -ary, -ity, -ment, -ate, -tion,
// -ian or -ive ("antenatal", "dietary", "ethnicity", "bereavement", "allocation", "clinician") were more
// often plain words of their subject than jargon.
export const OFFICIALESE_ENDING = /(?:ances?|ancy|ancies|ences?|ency|encies|i[sz]ations?|ships?|isms?|ious|acy|acies|ale)$/;
// Hyphenated officialese built on a Latin prefix: "pre-consultation", "cross-subsidisation".
const PREFIXED = /^(?:pre|multi|cross|inter|intra|sub|post|trans|tele)-/;

// Right after the word: "(which means …)", "(the money …)", "— a plan for …", "is a plan", "means the money".
const DEFINING_START = /^[’']?s?(?:\s*\(|\s*[:–—]\s|,?\s+(?:which|that|this)\s+(?:means|is|are)\b|\s+(?:means|refers to)\b)/iu;
const IS_A = /^[’']?s?\s+(?:is|are)\s+(?:when|where|how|what|that|a|an|the|people|someone|money|any|all|our|your)\b/iu;
const explainedAfter = (after: string) => DEFINING_START.test(after) || IS_A.test(after);
// Right before the word: "known as the precept", "what we call triage".
const EXPLAINED_BEFORE = /\b(?:known as|called|referred to as|which we call|what we call|the word|the term|meaning of|means)\s+(?:the\s+|a\s+|an\s+)?[‘'"“]?$/i;

const SENTENCE_START = /(?:^|[.!?:;•*\n])[\s"'“‘(\-–]*$/;

export interface UnfamiliarOptions {
  /** Ranges another jargon finding, or an allowed word or phrase, already covers: worked out only when a block has a candidate. */
  listed(): ReadonlyArray<{ start: number; end: number }>;
  nlp(text: string): NlpView;
}

/** The part of the word that carries its meaning: letters, with a possessive dropped. */
function bare(word: Word): { text: string; lower: string; end: number } {
  const cut = possessiveLength(word.text);
  return { text: word.text.slice(0, word.text.length - cut), lower: bareLower(word, cut), end: word.end - cut };
}

/** 2 when the word ends in a possessive "'s" or "’s", else 0. */
function possessiveLength(text: string): number {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === 115 && (text[n - 2] === '’' || text[n - 2] === "'") ? 2 : 0;
}

/** The lower-case bare word, hyphens made plain; the word's own string when nothing changes. */
function bareLower(word: Word, cut: number): string {
  const lower = cut ? word.lower.slice(0, word.lower.length - cut) : word.lower;
  return lower.includes('‐') ? lower.replace(/‐/g, '-') : lower;
}

/** Rare enough to flag: the word, or for a hyphenated word every part (a "co-" word always). The fitted scorer leaves these words to this check. */
export function unfamiliar(lower: string): boolean {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(lower)) return false;
  if (lower.includes('-')) {
    // "co-production-claim", "face-to-face": an identifier or a phrase joined up, not one word.
    if (lower.split('-').length > 2) return false;
    if (isCommonWord(lower.replace(/-/g, ''))) return false;
    if (CO_PREFIX.test(lower)) return true;
    const last = lower.slice(lower.lastIndexOf('-') + 1);
    if (last.length < MIN_LETTERS || !OFFICIALESE_ENDING.test(last)) return false;
    return PREFIXED.test(lower) || !isCommonWord(last);
  }
  return lower.length >= MIN_LETTERS && OFFICIALESE_ENDING.test(lower) && !isCommonWord(lower);
}

/**
 * unfamiliar() kept per word: a document uses a few thousand different words many times each, and most
 * words of every block are asked about (the words are shared strings, so a lookup is cheap). Bounded.
 */
const UNFAMILIAR_BY_WORD = new Map<string, boolean>();
function unfamiliarWord(lower: string): boolean {
  let rare = UNFAMILIAR_BY_WORD.get(lower);
  if (rare === undefined) {
    rare = unfamiliar(lower);
    if (UNFAMILIAR_BY_WORD.size < 50_000) UNFAMILIAR_BY_WORD.set(lower, rare);
  }
  return rare;
}

/** The same word however it is inflected or made into a noun: "co-produce", "co-produced", "co-production". */
function keyOf(lower: string): string {
  return lower.replace(/(?:ations?|tions?|ions?|ies|es|s|ing|ed|e)$/, '');
}

const NAME_TAGS = ['#ProperNoun', '#Person', '#Place', '#Organization', '#Url', '#Value', '#Acronym'];

/** compromise reads the word, in its sentence, as a name, a place, a number or an address. */
function nameByGrammar(nlp: (text: string) => NlpView, text: string, analysis: BlockAnalysis, start: number, word: string): boolean {
  const s = sentenceAt(analysis, start);
  const sentence = s ? text.slice(s.start, s.end) : text;
  const term = nlp(sentence).match(word.replace(/[^\p{L}\p{N}\s-]/gu, ''));
  if (!term.found) return false;
  return NAME_TAGS.some((tag) => term.has(tag));
}

/** One unfamiliar word in a block: where it is, the form that stands for all its forms, and whether the text explains it there. */
export interface UnfamiliarWord {
  start: number;
  end: number;
  key: string;
  explained: boolean;
}

/** Every use of an unfamiliar word in one block, first uses and repeats alike. */
export function unfamiliarWordsIn(text: string, analysis: BlockAnalysis, options: UnfamiliarOptions): UnfamiliarWord[] {
  const { masked, words } = analysis;
  const out: UnfamiliarWord[] = [];
  let listed: ReadonlyArray<{ start: number; end: number }> | undefined;
  for (const word of words) {
    if (word.lower.length < MIN_LETTERS) continue;
    // Addresses and e-mails are blanked in the masked text. (Asked before anything is sliced: most words stop here or below.)
    const cut = possessiveLength(word.text);
    const space = masked.indexOf(' ', word.start);
    if (space !== -1 && space < word.end - cut) continue;
    if (!unfamiliarWord(bareLower(word, cut))) continue;
    const w = bare(word);
    // Capitals: initials ("NHS") are the acronym rule's; a capital inside ("eConsult") or in the
    // middle of a sentence ("Thornbury", "Healthwatch") marks a name.
    if (!/\p{Ll}/u.test(w.text) || /.\p{Lu}/u.test(w.text.replace(/[-‐]\p{Lu}/gu, '-x'))) continue;
    const capital = /^\p{Lu}/u.test(w.text);
    if (capital && !SENTENCE_START.test(text.slice(Math.max(0, word.start - 12), word.start))) continue;
    listed ??= options.listed();
    if (listed.some((r) => r.start < w.end && word.start < r.end)) continue;
    if (capital && nameByGrammar(options.nlp, text, analysis, word.start, w.text)) continue;
    // A capitalised word before another ("Fellgate Neighbourhood Plan") starts a name.
    if (capital && /^[’']?s?\s+\p{Lu}\p{Ll}/u.test(text.slice(w.end, w.end + 4))) continue;
    const after = text.slice(w.end, w.end + 40);
    const explained =
      explainedAfter(after) ||
      (CO_PREFIX.test(w.lower) && DONE_WITH.test(text.slice(w.end, w.end + 100))) ||
      EXPLAINED_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start));
    out.push({ start: word.start, end: w.end, key: keyOf(w.lower), explained });
  }
  return out;
}

/**
 * The findings for a whole document: the first use of each unfamiliar word,
 * unless the writer explains the word somewhere in the document.
 */
export function unfamiliarWordFindings(blocks: ReadonlyArray<{ block: { id: string; text: string } }>, wordsIn: ReadonlyArray<readonly UnfamiliarWord[]>): RuleReport[] {
  // Each block's words are read in place, and a block's text only where a word is reported.
  const explained = new Set<string>();
  for (let i = 0; i < wordsIn.length; i++) for (const w of wordsIn[i]!) if (w.explained) explained.add(w.key);
  const seen = new Set<string>();
  const out: RuleReport[] = [];
  for (let i = 0; i < wordsIn.length; i++) {
    const words = wordsIn[i]!;
    if (words.length === 0) continue;
    const b = { blockId: blocks[i]!.block.id, text: blocks[i]!.block.text };
    for (const w of words) {
      if (explained.has(w.key) || seen.has(w.key)) continue;
      seen.add(w.key);
      out.push({
        blockId: b.blockId,
        start: w.start,
        end: w.end,
        message: `Many readers may not know the word ‘${b.text.slice(w.start, w.end)}’. Use an everyday word, or explain it the first time you use it.`,
        suggestions: [],
        severity: 'suggestion',
        patternId: UNFAMILIAR_ID,
      });
    }
  }
  return out;
}
