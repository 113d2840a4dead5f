/**
 * Whole-page signals of what kind of document this is, read from how the page
 * is written rather than from set phrases: how much of it is about involving
 * people, whether it tells what people said and did (in the past, with
 * counts), whether it is laid out as minutes. Phrase cues (profile-cues.ts)
 * catch a page's own words for itself; these catch the pages that never name
 * what they are. Each signal is counted per block (cached with the block's
 * analysis) and judged over the whole page in src/engine/profiles.ts.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import { wordClassSource } from '../../rules/lib/slot-pattern';

export interface BlockSignals {
  words: number;
  /** Words about involving people: involvement, take part, panels, members ({INVOLVEMENT_WORD}). */
  involvement: number;
  /** Words about asking for views on something: consult, proposals, survey, views. */
  asking: number;
  /** People said or did something, in the past: "residents said", "most of you told us", "120 people took part". */
  peopleSpoke: number;
  /** The organisation says what it did: "we held", "we heard", "we changed". */
  orgDid: number;
  /** Counts of people or answers: "312 residents", "64%". */
  counts: number;
  /** Present or future asks and promises: "we will", "you can", "please". */
  ahead: number;
  /** A line of a minutes' layout: "Present", "Apologies", "Matters arising", "Actions". */
  minutesLine: boolean;
}

const g = (source: string) => new RegExp(source, 'g');
const INVOLVEMENT = g(`\\b(?:${wordClassSource('INVOLVEMENT_WORD')})\\b`);
const ASKING = g(`\\b(?:consult\\w*|propos\\w*|${wordClassSource('SURVEY')}|${wordClassSource('VIEWS')}|have your say|options?)\\b`);
// Who spoke: people, "you", a number of them, or a share of them ("most", "the majority").
const SPEAKER = `(?:${wordClassSource('PEOPLE')}|you|they|many|most|some|others|who|majority|\\d[\\d,]*)`;
const PEOPLE_SPOKE = g(`\\b${SPEAKER}\\s+(?:(?:also|all|then|clearly|strongly|generally|mostly|overwhelmingly)\\s+)?(?:${wordClassSource('PEOPLE_SPOKE')})\\b`);
const ORG_DID = g(`\\bwe\\s+(?:(?:also|then|have|recently)\\s+)?(?:${wordClassSource('ORG_DID')})\\b`);
const COUNTS = g(`\\b\\d[\\d,]*\\s+(?:${wordClassSource('PEOPLE')}|responses|replies|comments|surveys|questionnaires|of you|of them)\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent\\b)`);
const AHEAD = g(`\\b(?:we|you|they|it|this)\\s+(?:will|can|should|must|would like|are going to|(?:'|’)ll)\\b|\\bplease\\b|\\bwe[’']ll\\b`);
const MINUTES_LINE = /^\s*(?:\d+[.)]?\s*)?(?:present|apologies(?: for absence)?|in attendance|attendees|matters arising|minutes of (?:the )?(?:last|previous)|any other business|a\.?o\.?b\.?|actions?(?: points?| log)?|date of (?:the )?next meeting)\b\s*(?:[:–-]|$)/;

const cache = new WeakMap<BlockAnalysis, BlockSignals>();

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

export function blockSignals(ab: AnalysedBlock): BlockSignals {
  const hit = cache.get(ab.analysis);
  if (hit) return hit;
  const text = ab.analysis.masked;
  const signals: BlockSignals = {
    words: ab.analysis.words.length,
    involvement: count(INVOLVEMENT, text),
    asking: count(ASKING, text),
    peopleSpoke: count(PEOPLE_SPOKE, text),
    orgDid: count(ORG_DID, text),
    counts: count(COUNTS, text),
    ahead: count(AHEAD, text),
    minutesLine: ab.analysis.words.length <= 8 && MINUTES_LINE.test(text),
  };
  cache.set(ab.analysis, signals);
  return signals;
}

/** The signals over the whole page, and which of them fire. */
export interface PageSignals {
  words: number;
  involvement: number;
  asking: number;
  reportBack: number;
  /** Blocks with at least one report-back sentence: a page full of them, not one paragraph. */
  reportBlocks: number;
  /** People spoke or were counted (not only "we did"). */
  peopleHeard: number;
  ahead: number;
  minutesLines: number;
  /** Most of the page is about involving people (a group's page, a strategy, terms of reference). */
  aboutInvolvement: boolean;
  /** The page tells what people said and did, in the past, more than it asks or promises. */
  reportsBack: boolean;
  /** The page is laid out as minutes of a meeting. */
  minutes: boolean;
}

/** Involvement words per 1,000 words above which a page is about involving people. */
const INVOLVEMENT_PER_THOUSAND = 30;
/** Fewer than this many words about involvement is too little to judge a page by. */
const INVOLVEMENT_AT_LEAST = 6;
/** Report-back sentences (people spoke, we did, counts) needed for a page to report back. */
const REPORT_BACK_AT_LEAST = 3;

export function pageSignals(blocks: AnalysedBlock[]): PageSignals {
  let words = 0, involvement = 0, asking = 0, reportBack = 0, reportBlocks = 0, peopleHeard = 0, ahead = 0, minutesLines = 0;
  for (const ab of blocks) {
    const s = blockSignals(ab);
    words += s.words;
    involvement += s.involvement;
    asking += s.asking;
    const back = s.peopleSpoke + s.orgDid + s.counts;
    reportBack += back;
    if (back > 0) reportBlocks++;
    peopleHeard += s.peopleSpoke + s.counts;
    ahead += s.ahead;
    if (s.minutesLine) minutesLines++;
  }
  return {
    words,
    involvement,
    asking,
    reportBack,
    reportBlocks,
    peopleHeard,
    ahead,
    minutesLines,
    aboutInvolvement: involvement >= INVOLVEMENT_AT_LEAST && (1000 * involvement) / Math.max(words, 1) >= INVOLVEMENT_PER_THOUSAND && involvement > asking,
    reportsBack: reportBack >= REPORT_BACK_AT_LEAST && reportBlocks >= 2 && peopleHeard > 0 && reportBack > ahead,
    minutes: minutesLines >= 2,
  };
}
