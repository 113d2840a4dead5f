/**
 * Management phrases made of common words: a management verb with an abstract
 * object ("allocate resources", "commission services", "pass resolutions"),
 * and two nouns of institutions in a row ("engagement period", "service provision", "local
 * offer"). No word is rare, so the unfamiliar-word check cannot see them; the
 * word classes and slot patterns are data (the management-phrases group of
 * rules/patterns/jargon.yaml and vocabulary.yaml). This file only confirms a
 * verb with compromise ("target" in "target resources", not "the target
 * resources") and words the advice.
 */
import type { BlockAnalysis } from '../../src/engine/text';
import type { NlpView } from '../../src/nlp';
import { matchesOf, sentenceAt } from './phrasing';
import { patternGroup } from './slot-pattern';
import plainerWords from '../management-plainer.json';

export interface ManagementHit {
  start: number;
  end: number;
  patternId: string;
  /** A plainer way to say it, when one fits whatever the rest of the sentence says. */
  plainer?: string;
}

const VERB_AND_OBJECT = 'jargon/management-phrases/verb-and-abstract-object';

/** The first plainer verb whose spelling start the word has (any form of the verb). */
function plainVerb(word: string): string | undefined {
  return plainerWords.verbs.find((v) => v.starts.some((start) => word.startsWith(start)))?.plainer;
}

type OffsetJson = Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>;
/**
 * Each reading's terms with their offsets, made once per reading: the linter keeps one reading per text, and
 * the same clause is asked about again for every management phrase in it (json() costs about as much as the parse).
 */
const OFFSET_JSON = new WeakMap<NlpView, OffsetJson>();
function offsetJson(view: NlpView): OffsetJson {
  let json = OFFSET_JSON.get(view);
  if (!json) OFFSET_JSON.set(view, (json = view.json({ offset: true }) as OffsetJson));
  return json;
}

/** Words before the verb that compromise reads with it: enough for "will", "to", "we" or "the" to decide the tag. */
const WORDS_BEFORE = 6;

/**
 * compromise reads the word at `at` (block offsets) as a verb, from the start of its sentence (at most
 * WORDS_BEFORE words back) to the end of the match: a short clause parses far faster than a long sentence.
 */
function verbAt(nlp: (text: string) => NlpView, text: string, analysis: BlockAnalysis, at: number, end: number): boolean {
  const s = sentenceAt(analysis, at);
  let from = s?.start ?? 0;
  const before = analysis.words.filter((w) => w.start >= from && w.start < at);
  if (before.length > WORDS_BEFORE) from = before[before.length - WORDS_BEFORE]!.start;
  const json = offsetJson(nlp(text.slice(from, end)));
  for (const sent of json)
    for (const term of sent.terms) if (term.offset.start + from === at) return term.tags.includes('Verb');
  return false;
}

type Range = { readonly start: number; readonly end: number };

const overlaps = (a: Range, start: number, end: number) => a.start < end && start < a.end;

/**
 * Management phrases in a block's masked text, in text order, without overlaps; capitalised pairs in mid-sentence
 * are names. Phrases that overlap `covered` (words another finding or an allowed phrase holds) are left out. A
 * covered phrase still keeps a later phrase that overlaps it out, as if it were found, but whether its first word
 * is a verb (a compromise parse, the costly part) is only asked when a later phrase overlaps it: most covered
 * phrases ("deliver services" under a listed "deliver") never need the answer.
 */
export function findManagementPhrases(
  text: string,
  analysis: BlockAnalysis,
  nlp: (text: string) => NlpView,
  covered: readonly Range[] = [],
): ManagementHit[] {
  const { masked } = analysis;
  const hits: Array<ManagementHit & { covered: boolean; confirmed: boolean }> = [];
  // A covered verb-first phrase not confirmed yet: confirmed (or dropped) the first time a later phrase overlaps it.
  const isHit = (h: (typeof hits)[number], i: number): boolean => {
    if (h.confirmed) return true;
    if (verbAt(nlp, text, analysis, h.start, h.end)) return (h.confirmed = true);
    hits.splice(i, 1);
    return false;
  };
  for (const { id, re } of patternGroup('jargon', 'management-phrases', 'g')) {
    for (const m of matchesOf(re, masked)) {
      const end = m.index + m[0].length;
      let blocked = false;
      for (let i = 0; i < hits.length && !blocked; i++) {
        const h = hits[i]!;
        if (!overlaps(h, m.index, end)) continue;
        if (isHit(h, i)) blocked = true;
        else i--;
      }
      if (blocked) continue;
      const shown = text.slice(m.index, end);
      // "Local Offer", "deliver the Care Act duties": a capital after the first word marks a name or a title.
      if (/^\S+\s.*\p{Lu}/su.test(shown)) continue;
      const verbFirst = id === VERB_AND_OBJECT;
      const isCovered = covered.some((c) => overlaps(c, m.index, end));
      if (verbFirst && !isCovered && !verbAt(nlp, text, analysis, m.index, end)) continue;
      const words = m[0].split(/\s+/);
      const plainer = verbFirst ? plainVerb(words[0]!) : (plainerWords.heads as Readonly<Record<string, string>>)[words.at(-1)!];
      hits.push({ start: m.index, end, patternId: id, plainer, covered: isCovered, confirmed: !(verbFirst && isCovered) });
    }
  }
  return hits
    .filter((h) => !h.covered)
    .map(({ start, end, patternId, plainer }) => ({ start, end, patternId, plainer }))
    .sort((a, b) => a.start - b.start);
}
