/**
 * "Doing to" read from grammar: a clause whose subject is people and whose verb is a passive
 * ("tenants will then be quickly rehoused", "leaseholders are being withdrawn", "patients have been
 * moved") or an order ("occupiers must clear the loft", "applicants will need to provide proof").
 *
 * One structure, three data-driven parts:
 *  - the verb group, found by compromise's match on a parsed sentence (auxiliary, up to two
 *    adverbs, a participle or an infinitive) and checked against the word classes
 *    CLAUSE_PASSIVE_AUX and CLAUSE_OBLIGATION (rules/patterns/vocabulary.yaml);
 *  - the subject: the people word classes (rules/lib/people-passive.ts, peopleSubjectAt) or, failing
 *    them, the noun phrase right before the verb group when compromise tags its head as a person
 *    (#Actor: "occupiers", "householders", "drivers"), minus staff and organisations;
 *  - the verb, by its lemma, minus the verbs of taking part, help and care and the orders that are
 *    asks to take part (rules/patterns/people-passive.yaml).
 * compromise is costly, so a sentence is parsed only when a cheap test finds both a word that may name
 * people and an auxiliary or modal followed by a verb-like word.
 */
import type { BlockContext } from '../../src/engine';
import type { NlpView } from '../../src/nlp';
import {
  CONDITION_BEFORE, NOT_PEOPLE, TAKING_PART, isNotAnOrder, isStaff, leftAlone, lemmasOf, ONLY_BEFORE, peopleSubjectAt,
} from './people-passive';
import { wordClassSource } from './slot-pattern';

export interface PeopleClause {
  start: number;
  end: number;
  /** The people, as written ("Occupiers", "you"). */
  group: string;
  kind: 'clause-passive' | 'clause-obligation';
  /** Where what people are told to do starts ("must <clear the loft>"). */
  restFrom: number;
}

const PASSIVE_AUX = new RegExp(`^(?:${wordClassSource('CLAUSE_PASSIVE_AUX')})\\b`);
const OBLIGATION = new RegExp(`^(?:${wordClassSource('CLAUSE_OBLIGATION')})\\b`);
/** Verbs whose passive puts an order on the subject when "to" follows: "are required to", "will be expected to". */
const OBLIGING = /^(?:require|expect|oblige|advise|urge|instruct|direct|order|request|force|make|tell|remind|mandate|compel)$/;
/** Adverbs compromise may tag loosely, and "not", between the auxiliary and the verb. */
const GAP = '(#Adverb|not|all|both|each|then|also|now|only|first|still){0,2}';
const PASSIVE_MATCH = `(#Modal|will|shall|is|are|am|has|have|to|being|be|been) ${GAP} (be|being|been)? ${GAP} (#PastTense|#Participle)`;
const OBLIGATION_MATCH = `(must|shall|to|required|expected|obliged) ${GAP} #Infinitive`;

/** People-like words for the cheap test: the people classes, "you", "they", and plural agent nouns ("occupiers"). */
const MAY_NAME_PEOPLE = new RegExp(`\\b(?:you|they|${wordClassSource('PEOPLE_PRONOUN')}|${wordClassSource('PEOPLE')}|[a-z]+(?:er|or|ant|ent|ist|ee)s)\\b`);
const MAY_HAVE_CLAUSE = new RegExp(
  `\\b(?:(?:${wordClassSource('CLAUSE_PASSIVE_AUX')})\\s+(?:[a-z]+\\s+){0,2}?[a-z]+(?:ed|en|wn|t)|(?:${wordClassSource('CLAUSE_OBLIGATION')})\\s+[a-z]+)\\b`,
);
/** Subjects that give orders or are things: "we must", "it should", "there will be". */
const NOT_A_PEOPLE_HEAD = /^(?:we|i|it|this|that|there|which|what|who|these|he|she)$/;

/** A term's dictionary form: compromise's root, else the guesses from the participle's spelling. */
function lemmas(term: { text: string; root?: string; normal?: string }): string[] {
  const word = (term.normal ?? term.text).toLowerCase().replace(/[^a-z-]/g, '');
  return term.root ? [term.root, ...lemmasOf(word)] : lemmasOf(word);
}

interface TermJson { text: string; normal?: string; root?: string; tags: string[]; offset?: { start: number; length: number } }
interface MatchJson { text: string; offset: { start: number; length: number }; terms: TermJson[] }

/** The noun phrase ending right before `at` (sentence offsets), when compromise tags its head as a person. */
function actorBefore(doc: NlpView, sentenceText: string, at: number): { start: number; end: number } | null {
  const phrases = doc.nouns().json({ offset: true, terms: { offset: true } }) as MatchJson[];
  for (const p of phrases) {
    const end = p.offset.start + p.offset.length;
    if (end > at || !/^[\s,]*$/.test(sentenceText.slice(end, at).replace(/\b(?:then|also|now|all|both|each|only|first|still)\b/gi, ''))) continue;
    const head = p.terms[p.terms.length - 1];
    if (!head?.tags.includes('Actor') || !head.tags.includes('Plural')) continue;
    return { start: p.offset.start, end };
  }
  return null;
}

/** Every clause in the block with people as the subject of a passive or of an order. */
export function findPeopleClauses(ctx: BlockContext): PeopleClause[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: PeopleClause[] = [];
  for (const s of ctx.analysis.sentences) {
    const sm = masked.slice(s.start, s.end);
    if (!MAY_HAVE_CLAUSE.test(sm) || !MAY_NAME_PEOPLE.test(sm)) continue;
    const sentence = text.slice(s.start, s.end);
    const doc = ctx.nlp(sentence);
    doc.compute('root');
    for (const kind of ['clause-passive', 'clause-obligation'] as const) {
      const found = doc.match(kind === 'clause-passive' ? PASSIVE_MATCH : OBLIGATION_MATCH).json({ offset: true, terms: { offset: true } }) as MatchJson[];
      for (const m of found) {
        const at = s.start + m.offset.start;
        const end = at + m.offset.length;
        const group = masked.slice(at, end);
        const verb = m.terms[m.terms.length - 1]!;
        const after = masked.slice(end, end + 40);
        let restFrom = end;
        if (kind === 'clause-passive') {
          if (!PASSIVE_AUX.test(group)) continue;
          const guesses = lemmas(verb);
          const obliging = guesses.find((l) => OBLIGING.test(l));
          const toVerb = /^\s+to\s+([a-z]+(?:\s+[a-z]+){0,3})/.exec(after);
          if (toVerb) {
            // "are required to attend": an order, judged by what people must do.
            if (!obliging || TAKING_PART.some((t) => t.test(toVerb[1]!)) || isNotAnOrder(toVerb[1]!)) continue;
            restFrom = end + toVerb[0].length - toVerb[1]!.length;
          } else {
            if (guesses.some((l) => leftAlone(l) && !ONLY_BEFORE.has(l))) continue;
            const needs = guesses.map((l) => ONLY_BEFORE.get(l)).find(Boolean);
            if (needs && !needs.test(after)) continue;
          }
        } else {
          if (!OBLIGATION.test(group) && !/^(?:required|expected|obliged)\b/.test(group)) continue;
          const action = masked.slice(s.start + (verb.offset?.start ?? m.offset.start), s.start + (verb.offset?.start ?? 0) + 30);
          const forbids = /\bnot\b/.test(group);
          if (!forbids && (isNotAnOrder(action) || TAKING_PART.some((t) => t.test(action)))) continue;
          restFrom = s.start + (verb.offset?.start ?? m.offset.start);
        }
        // Required/expected/obliged to: the auxiliary before them is part of the verb group.
        const auxAt = kind === 'clause-obligation' && /^(?:required|expected|obliged)\b/.test(group) ? at - (/\b(?:is|are|will be)\s+$/.exec(masked.slice(Math.max(0, at - 10), at))?.[0].length ?? 0) : at;
        const people = subjectAt(ctx, doc, s, auxAt);
        if (!people) continue;
        out.push({ start: people.start, end, group: text.slice(people.start, people.end), kind, restFrom });
      }
    }
  }
  return out;
}

/** The people that are the subject of a verb group at `at`, from the word classes or from compromise's tags. */
function subjectAt(ctx: BlockContext, doc: NlpView, s: { start: number; end: number }, at: number): { start: number; end: number } | null {
  const { masked } = ctx.analysis;
  const before = masked.slice(s.start, at);
  // "No tenant will have to move": a reassurance, not an order.
  if (/\b(?:no|not|nor|none of the)\s+(?:[a-z'’-]+\s+){0,2}$/.test(before)) return null;
  // "can be seen", "was moved": not this structure (the auxiliary classes leave them out; "can" is checked here
  // because compromise may start the group at "be").
  if (/\b(?:can|could|was|were|had)\s+(?:[a-z]+\s+){0,2}$/.test(before)) return null;
  const named = peopleSubjectAt(ctx, at);
  if (named) {
    const word = masked.slice(named.start, named.end);
    return NOT_A_PEOPLE_HEAD.test(word) ? null : named;
  }
  const actor = actorBefore(doc, ctx.block.text.slice(s.start, s.end), at - s.start);
  if (!actor) return null;
  const start = s.start + actor.start;
  const end = s.start + actor.end;
  if (isStaff(masked, start, end) || NOT_PEOPLE.some((re) => re.test(masked.slice(start, end)))) return null;
  if (CONDITION_BEFORE.test(masked.slice(s.start, start))) return null;
  if (/\b(?:from|of|by|with|for|to|about|between|among)\s+$/.test(masked.slice(Math.max(0, start - 20), start))) return null;
  return { start, end };
}
