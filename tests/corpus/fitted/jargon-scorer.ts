/**
 * The fitted jargon scorer: a logistic regression over the general features
 * of tests/corpus/fitted/jargon-candidates.ts, with weights fitted on labelled real
 * pages (tests/corpus/fitted/fit-jargon-scorer.ts, `npm run fit:jargon`) and stored
 * in tests/corpus/fitted/jargon-scorer-weights.json. It finds words the word lists and the
 * other jargon checks do not: a word scores high for what it looks like and
 * where it sits (rare, long, abstract, part of an official name), never for
 * which word it is.
 *
 * NOT WIRED INTO THE JARGON RULE (session 23): validated leave-group-out it
 * added 6–14 caught labels per group within the findings budget, but about
 * half of its findings on fresh pages were words residents know ("leaflet",
 * "tenancy"): spoken American English is a poor measure of what British
 * readers know. See docs/jargon-scorer.md.
 */
import type { RuleReport } from '../../../src/engine';
import { FEATURES, jargonCandidates, type Candidate } from './jargon-candidates';
import { predict } from './logistic';

export const SCORER_ID = 'jargon/fitted-scorer';

export interface ScorerWeights {
  /** Feature names, in order: must equal FEATURES. */
  features: string[];
  bias: number;
  weights: number[];
  /** A candidate at or above this probability is flagged. */
  threshold: number;
}

/** The probability the scorer gives that a candidate is jargon a reader would not know. */
export function scoreOf(c: Candidate, w: ScorerWeights): number {
  return predict(w, c.features);
}

/** True when the weights were fitted on the features this code computes. */
export function fitsFeatures(w: ScorerWeights): boolean {
  return w.features.length === FEATURES.length && w.features.every((f, i) => f === FEATURES[i]) && w.weights.length === FEATURES.length;
}

const IN_NAME = FEATURES.indexOf('in a run of capitalised words');
const NAME_NOTE = 'It reads like the name of a plan, body or scheme that readers may not know. Say in everyday words what it is the first time you use it.';
const WORD_NOTE = 'Many readers may not know what it means here. Use an everyday word, or explain it the first time you use it.';

/**
 * The scorer's findings in one block: candidates at or above the threshold,
 * each word once per block, and words next to each other joined into one finding.
 */
export function scoredFindings(
  text: string,
  kind: string,
  covered: ReadonlyArray<{ start: number; end: number }>,
  otherCheck: (lower: string) => boolean,
  w: ScorerWeights,
): RuleReport[] {
  return findingsFromCandidates(text, jargonCandidates(text, kind, covered, otherCheck), w);
}

/** scoredFindings from candidates found already: the fitting script scores the same candidates with many weights. */
export function findingsFromCandidates(text: string, candidates: readonly Candidate[], w: ScorerWeights): RuleReport[] {
  const flagged: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.lower) || scoreOf(c, w) < w.threshold) continue;
    seen.add(c.lower);
    flagged.push(c);
  }
  const spans: Array<{ start: number; end: number; name: boolean }> = [];
  for (const c of flagged) {
    const last = spans.at(-1);
    const name = c.features[IN_NAME] === 1;
    if (last && /^[ \t]+$/.test(text.slice(last.end, c.start))) {
      last.end = c.end;
      last.name ||= name;
    } else spans.push({ start: c.start, end: c.end, name });
  }
  return spans.map(({ start, end, name }) => {
    const shown = text.slice(start, end).replace(/\s+/g, ' ');
    return { start, end, message: `‘${shown}’ may be jargon. ${name ? NAME_NOTE : WORD_NOTE}`, suggestions: [], severity: 'suggestion' as const, patternId: SCORER_ID };
  });
}
