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
import { patternGroup } from '../../rules/lib/slot-pattern';
import { anchorsFor, mayMatch } from '../../rules/lib/pattern-anchors';

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
  /** Sentences told in the past tense ("we held three events", "most people said") and ones that look ahead or ask ("we will", "please"). */
  pastSentences: number;
  aheadSentences: number;
  /** A line of a minutes' layout: "Present", "Apologies", "Matters arising", "Actions". */
  minutesLine: boolean;
  /** Someone named by initials said something: "KA explained". */
  initialsSpoke: number;
  /** Fallback signals (read only when no kind reaches its threshold): an event or consultation told as over. */
  eventOver: number;
  /** An organisation is seeking views now, or people are being asked for them (third person). */
  seekingViews: number;
  /** The organisation says what it will do with what people give: "we will publish a summary". */
  willHandle: number;
  /** Sentences of three words or more, and those that ask the reader about themselves ("How easy is it for you to…?"). */
  sentences: number;
  questionsToReader: number;
  /** Consulting told as what the organisation does in general: "we regularly consult", "all our consultations". */
  consultsInGeneral: number;
}

/** The one pattern of a signal group in rules/patterns/profiles.yaml. */
const signal = (name: string, flags = ''): RegExp => patternGroup('profiles', `signals.${name}`, flags)[0]!.re;
const INVOLVEMENT = signal('involvement-word', 'g');
const ASKING = signal('asking-word', 'g');
const PEOPLE_SPOKE = signal('people-spoke', 'g');
const ORG_DID = signal('org-did', 'g');
const COUNTS = signal('counts', 'g');
const AHEAD = signal('ahead-or-ask', 'g');
const PAST = signal('past-form');
const LOOKS_AHEAD = signal('looks-ahead');
/** Every pattern of a signal group (the fallback signals have several shapes each). */
const signals = (name: string): RegExp[] => patternGroup('profiles', `signals.${name}`, 'g').map((p) => p.re);
const EVENT_OVER = signals('event-over');
const EARLIER_ROUND = signal('earlier-round');
const SEEKING_VIEWS = signals('seeking-views');
const WILL_HANDLE = signals('will-handle');
const MINUTES_LINE = signal('minutes-line');
const QUESTION_TO_READER = signal('question-to-reader');
const CONSULTS_IN_GENERAL = signals('consults-in-general');
// Minutes name who spoke by initials: "KA explained", "JL pointed out". Read on the text as written (capitals).
const INITIALS_SPOKE = /\b[A-Z]{2,3}\s+(?:said|explained|asked|noted|reported|confirmed|agreed|pointed out|advised|suggested|stated|informed|thanked|welcomed|updated|raised|queried)\b/g;

const cache = new WeakMap<BlockAnalysis, BlockSignals>();

/**
 * Matches of a global pattern; a text without the words every match needs is not searched (nor an array of
 * matches made). `pretest: false` for a text no other pattern asks about: reading its anchors would cost
 * more than the search.
 */
function count(re: RegExp, text: string, pretest = true): number {
  if (pretest && !mayMatch(anchorsFor(re), text)) return 0;
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}
const countAll = (res: RegExp[], text: string): number => res.reduce((n, re) => n + count(re, text), 0);

/**
 * Events or consultations told as over, but not in a sentence about an earlier round ("following last year's survey
 * the trust has started again"): that is the history of a page that may be asking again now.
 */
function overNow(analysis: BlockAnalysis, text: string): number {
  const n = countAll(EVENT_OVER, text);
  if (n === 0 || !mayMatch(anchorsFor(EARLIER_ROUND), text)) return n;
  let over = 0;
  for (const x of analysis.sentences) {
    const sentence = text.slice(x.start, x.end);
    if (!EARLIER_ROUND.test(sentence)) over += countAll(EVENT_OVER, sentence);
  }
  return over;
}

/** How many sentences of a block a (non-global) pattern matches; none are sliced when the block cannot match. */
function sentencesMatching(re: RegExp, analysis: BlockAnalysis, text: string): number {
  if (!mayMatch(anchorsFor(re), text)) return 0;
  let n = 0;
  for (const x of analysis.sentences) if (re.test(text.slice(x.start, x.end))) n++;
  return n;
}

/** A block's sentences of three words or more, and how many of them ask the reader a question about themselves. */
function questionsIn(analysis: BlockAnalysis, text: string): { sentences: number; questionsToReader: number } {
  let sentences = 0;
  let questionsToReader = 0;
  for (const x of analysis.sentences) {
    const sentence = text.slice(x.start, x.end).trim();
    if (sentence.split(/\s+/).length < 3) continue;
    sentences++;
    if (sentence.endsWith('?') || /\?["”’)]$/.test(sentence)) questionsToReader += QUESTION_TO_READER.test(sentence) ? 1 : 0;
  }
  return { sentences, questionsToReader };
}

export function blockSignals(ab: AnalysedBlock): BlockSignals {
  const hit = cache.get(ab.analysis);
  if (hit) return hit;
  const text = ab.analysis.masked;
  // Every field written in the literal (no spread): V8 then keeps them all in the object, without a
  // second store for those added after it (about 40 bytes a block).
  const questions = questionsIn(ab.analysis, text);
  const signals: BlockSignals = {
    words: ab.analysis.wordCount,
    involvement: count(INVOLVEMENT, text),
    asking: count(ASKING, text),
    peopleSpoke: count(PEOPLE_SPOKE, text),
    orgDid: count(ORG_DID, text),
    counts: count(COUNTS, text),
    ahead: count(AHEAD, text),
    pastSentences: sentencesMatching(PAST, ab.analysis, text),
    aheadSentences: sentencesMatching(LOOKS_AHEAD, ab.analysis, text),
    minutesLine: ab.analysis.wordCount <= 8 && MINUTES_LINE.test(text),
    // On the text as written, which no other pattern reads: its own search (it needs two capitals first) is cheaper than a pre-test.
    initialsSpoke: count(INITIALS_SPOKE, ab.block.text, false),
    eventOver: overNow(ab.analysis, text),
    seekingViews: countAll(SEEKING_VIEWS, text),
    willHandle: countAll(WILL_HANDLE, text),
    sentences: questions.sentences,
    questionsToReader: questions.questionsToReader,
    consultsInGeneral: countAll(CONSULTS_IN_GENERAL, text),
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
  pastSentences: number;
  aheadSentences: number;
  minutesLines: number;
  /** Most of the page is about involving people (a group's page, a strategy, terms of reference). */
  aboutInvolvement: boolean;
  /** The page tells what people said and did, in the past, more than it asks or promises. */
  reportsBack: boolean;
  /** The page is laid out as minutes of a meeting. */
  minutes: boolean;
  eventOver: number;
  seekingViews: number;
  willHandle: number;
  sentences: number;
  questionsToReader: number;
  consultsInGeneral: number;
}

/** Involvement words per 1,000 words above which a page is about involving people. */
const INVOLVEMENT_PER_THOUSAND = 25;
/** Fewer than this many words about involvement is too little to judge a page by. */
const INVOLVEMENT_AT_LEAST = 6;
/** Report-back sentences (people spoke, we did, counts) needed for a page to report back. */
const REPORT_BACK_AT_LEAST = 3;
/** Sentences in the past tense needed (and twice as many as those that look ahead) for a page to tell what happened. */
const PAST_AT_LEAST = 5;

/** `signals`: each block's blockSignals, when the caller keeps them already (the engine does, block by block). */
export function pageSignals(blocks: readonly AnalysedBlock[], signals: readonly BlockSignals[] = blocks.map(blockSignals)): PageSignals {
  let words = 0, involvement = 0, asking = 0, reportBack = 0, reportBlocks = 0, peopleHeard = 0, ahead = 0, pastSentences = 0, aheadSentences = 0, minutesLines = 0, initialsSpoke = 0, eventOver = 0, seekingViews = 0, willHandle = 0, sentences = 0, questionsToReader = 0, consultsInGeneral = 0;
  for (const s of signals) {
    words += s.words;
    involvement += s.involvement;
    asking += s.asking;
    const back = s.peopleSpoke + s.orgDid + s.counts;
    reportBack += back;
    if (back > 0) reportBlocks++;
    peopleHeard += s.peopleSpoke + s.counts;
    ahead += s.ahead;
    pastSentences += s.pastSentences;
    aheadSentences += s.aheadSentences;
    if (s.minutesLine) minutesLines++;
    initialsSpoke += s.initialsSpoke;
    eventOver += s.eventOver;
    seekingViews += s.seekingViews;
    willHandle += s.willHandle;
    sentences += s.sentences;
    questionsToReader += s.questionsToReader;
    consultsInGeneral += s.consultsInGeneral;
  }
  return {
    words,
    involvement,
    asking,
    reportBack,
    reportBlocks,
    peopleHeard,
    ahead,
    pastSentences,
    aheadSentences,
    minutesLines,
    aboutInvolvement: involvement >= INVOLVEMENT_AT_LEAST && (1000 * involvement) / Math.max(words, 1) >= INVOLVEMENT_PER_THOUSAND && involvement > asking,
    reportsBack:
      peopleHeard > 0 &&
      pastSentences >= aheadSentences &&
      ((reportBack >= REPORT_BACK_AT_LEAST && reportBlocks >= 2 && reportBack > ahead) ||
        (pastSentences >= PAST_AT_LEAST && pastSentences >= 2 * aheadSentences)),
    // An agenda has the same headings, for a meeting to come: minutes tell it in the past.
    minutes: (minutesLines >= 2 && pastSentences > aheadSentences) || initialsSpoke >= 3,
    eventOver,
    seekingViews,
    willHandle,
    sentences,
    questionsToReader,
    consultsInGeneral,
  };
}
