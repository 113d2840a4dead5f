/**
 * Management-speak built from a buzz verb and an abstract noun: "drive
 * continuous improvement", "deliver better value", "unlock potential",
 * "embed learning", "manage demand". No list can hold every combination, so we
 * match the family instead: a verb from VERBS in any form, up to two filler
 * words ("a", "our", "real", "continuous", "system-wide"), then a noun from
 * that verb's nouns. The verb alone or the noun alone is often plain English
 * ("deliver the leaflets", "a change of venue"); the pair is what says nothing.
 *
 * Each noun carries a plain verb phrase to say instead ("improve", "save
 * money"), which jargon.ts puts in the verb's tense: "drove improvement" →
 * "improved".
 */
import { wordForms, type Inflection } from './inflect';
import type { Token } from './word-matcher';

/** Abstract nouns and the plain verb phrase to say instead. */
const NOUNS: Record<string, string[]> = {
  improvement: ['improve'],
  value: ['save money', 'get more for the money'],
  'value for money': ['save money', 'get more for the money'],
  change: ['change'],
  transformation: ['change'],
  outcome: ['improve results', 'make things better for people'],
  efficiency: ['save money', 'cut waste'],
  saving: ['save money'],
  benefit: ['help people', 'make things better'],
  impact: ['make a difference'],
  potential: ['help people do more'],
  innovation: ['try new ideas'],
  excellence: ['do well'],
  growth: ['grow'],
  performance: ['do better'],
  productivity: ['get more done'],
  synergy: ['work together'],
  learning: ['learn', 'use what we learn'],
  insight: ['find out', 'learn'],
  'best practice': ['use what works'],
  'good practice': ['use what works'],
  culture: ['change how we work'],
  quality: ['improve'],
  integration: ['join up'],
  collaboration: ['work together'],
  agenda: ['plan'],
  vision: ['carry out the plan'],
  ambition: ['do what we said'],
  opportunity: ['make the most of chances'],
  resilience: ['cope better'],
  sustainability: ['keep going'],
  menu: ['offer a choice'],
  offer: ['offer'],
  commitment: ['do what we promised'],
  plan: ['carry out the plan'],
  priority: ['do what matters most'],
  objective: ['do what we set out to do'],
  strategy: ['carry out the strategy'],
};

/** Every noun. */
const ALL = Object.keys(NOUNS);
/** Nouns for verbs that are plain with concrete nouns ("realise a dream", "secure funding"). */
const RESULTS = ['improvement', 'value', 'value for money', 'outcome', 'efficiency', 'saving', 'benefit', 'impact', 'change', 'transformation'];

/** Buzz verbs (base form) and the nouns that make them management-speak. */
const VERBS: Record<string, readonly string[]> = {
  drive: ALL,
  deliver: ALL,
  embed: ALL,
  leverage: ALL,
  unlock: ALL,
  harness: ALL,
  maximise: ALL,
  optimise: ALL,
  accelerate: ALL,
  turbocharge: ALL,
  supercharge: ALL,
  spearhead: ALL,
  catalyse: ALL,
  galvanise: ALL,
  realise: RESULTS,
  secure: RESULTS,
  generate: ['efficiency', 'saving', 'value', 'insight', 'impact', 'synergy'],
  capture: ['learning', 'insight', 'value', 'benefit', 'best practice', 'good practice'],
  foster: ['innovation', 'collaboration', 'culture', 'excellence', 'synergy', 'integration'],
  manage: ['demand', 'expectation'],
};
/** "manage demand": plain advice per noun for verbs that need a special one. */
const SPECIAL: Record<string, Record<string, string[]>> = {
  manage: { demand: ['cope with how many people need help', 'cut waiting'], expectation: ['be clear about what we can do'] },
};

/** Words that may come between the verb and the noun. */
const FILLERS = new Set(
  (
    'a an the our their its your this that these those more greater better real continuous continued sustainable ' +
    'sustained meaningful lasting significant further additional improved positive measurable tangible genuine system ' +
    'wide whole long term short transformational transformative best maximum optimal key cost service quality health ' +
    'financial social step cultural organisational organizational wider broader shared up forward true full clear ' +
    'efficiency rapid radical strategic collective local joined tangible essential required necessary agreed ambitious'
  ).split(' '),
);

export interface BuzzMatch {
  start: number;
  end: number;
  /** The phrase in base form, as listed: "drive improvement". */
  term: string;
  alternatives: string[];
  /** The verb's inflection, to inflect the alternatives. */
  inflection: Inflection;
}

interface Compiled {
  verbs: Map<string, { verb: string; inflection: Inflection }>;
  /** Noun form (first word) → [noun as listed, its words, is plural]. */
  nouns: Map<string, { noun: string; words: string[] }[]>;
  nounForms: Map<string, string>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  const verbs = new Map<string, { verb: string; inflection: Inflection }>();
  for (const verb of Object.keys(VERBS))
    for (const [form, inflection] of wordForms(verb)) {
      // "-isation" is a noun, not the verb: "optimisation" is no buzz verb here.
      if (inflection !== 'noun' && !verbs.has(form)) verbs.set(form, { verb, inflection });
      const z = form.replace(/is(e|es|ed|ing)$/, 'iz$1');
      if (z !== form && inflection !== 'noun' && !verbs.has(z)) verbs.set(z, { verb, inflection });
    }
  const nouns = new Map<string, { noun: string; words: string[] }[]>();
  const nounForms = new Map<string, string>();
  for (const noun of [...ALL, 'demand', 'expectation']) {
    const words = noun.split(' ');
    const list = nouns.get(words[0]!) ?? [];
    list.push({ noun, words });
    nouns.set(words[0]!, list);
    // Plurals of a one-word noun, or of the last word of a phrase ("outcomes", "efficiencies").
    const last = words.at(-1)!;
    for (const [form, kind] of wordForms(last)) if (kind === 's' || kind === 'base') nounForms.set(form, last);
  }
  for (const list of nouns.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { verbs, nouns, nounForms };
}

/** Verb + noun management-speak in a block's tokens, in text order. */
export function findBuzzPhrases(tokens: readonly Token[]): BuzzMatch[] {
  const c = (compiled ??= compile());
  const out: BuzzMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = c.verbs.get(tokens[i]!.norm);
    if (!v) continue;
    const allowed = VERBS[v.verb]!;
    let j = i + 1;
    for (let k = 0; k <= 2; k++, j++) {
      const t = tokens[j];
      if (!t || !t.joined) break;
      const hit = matchNoun(c, tokens, j, allowed);
      if (hit) {
        const end = tokens[hit.last]!.end;
        const alternatives = SPECIAL[v.verb]?.[hit.noun] ?? NOUNS[hit.noun] ?? [];
        out.push({ start: tokens[i]!.start, end, term: `${v.verb} ${hit.noun}`, alternatives, inflection: v.inflection });
        i = hit.last;
        break;
      }
      if (!FILLERS.has(t.norm)) break;
    }
  }
  return out;
}

function matchNoun(c: Compiled, tokens: readonly Token[], at: number, allowed: readonly string[]): { noun: string; last: number } | null {
  const first = tokens[at]!.norm;
  // Try phrases first ("value for money", "best practice"), then single words in any number.
  for (const cand of c.nouns.get(first) ?? []) {
    if (cand.words.length < 2 || !allowed.includes(cand.noun) && !(cand.noun === 'value for money' && allowed.includes('value'))) continue;
    let ok = true;
    for (let k = 1; k < cand.words.length && ok; k++) {
      const t = tokens[at + k];
      ok = !!t && t.joined && (k < cand.words.length - 1 ? t.norm === cand.words[k] : c.nounForms.get(t.norm) === cand.words[k]);
    }
    if (ok) return { noun: cand.noun, last: at + cand.words.length - 1 };
  }
  const noun = c.nounForms.get(first);
  if (noun && NOUNS_ONE_WORD.has(noun) && allowed.includes(noun)) return { noun, last: at };
  return null;
}

const NOUNS_ONE_WORD = new Set([...ALL, 'demand', 'expectation'].filter((n) => !n.includes(' ')));
