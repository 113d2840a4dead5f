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
  CONDITION_BEFORE, NOT_PEOPLE, TAKING_PART, hasDeadline, isNotAnOrder, isStaff, lemmasOf, ONLY_BEFORE, peopleSubjectAt,
} from './people-passive';
import { buildRegExp, DATA, regexpsOf, wordClassSource } from './slot-pattern';
import { notTheSubject } from './not-the-subject';

export interface PeopleClause {
  start: number;
  end: number;
  /** The people, as written ("Occupiers", "you"). */
  group: string;
  kind: 'clause-passive' | 'clause-obligation';
  /** Where what people are told to do starts ("must <clear the loft>"). */
  restFrom: number;
  /** The verb is one of telling ("are well informed"): the caller leaves reporting back alone. */
  told: boolean;
}

const data = (group: string) => regexpsOf('people-passive', group);
/** Taking part, help, care and states: never doing to, whatever the grammar. */
const WITH_OR_NEUTRAL = [...data('lemmas.with'), ...data('lemmas.neutral')];
/**
 * Verbs the named patterns judge when the people are right before them. Here they count only with words between
 * ("are well informed", "will all then be moved"), which the named patterns do not read; telling is marked so the
 * caller can leave reporting back alone.
 */
const NAMED = data('lemmas.judged-elsewhere');
const TELLING = /^(?:tell|inform|notify|advise|instruct)$/;
/** Staff and partners compromise tags as people. */
const NOT_PUBLIC = new RegExp(`\\b${wordClassSource('CLAUSE_NOT_PEOPLE')}$`);

const PASSIVE_AUX = new RegExp(`^(?:${wordClassSource('CLAUSE_PASSIVE_AUX')})\\b`);
const OBLIGATION = new RegExp(`^(?:${wordClassSource('CLAUSE_OBLIGATION')})\\b`);
/** Verbs whose passive puts an order on the subject when "to" follows: "are required to", "will be expected to". */
const OBLIGING = /^(?:require|expect|oblige|advise|urge|instruct|direct|order|request|force|make|tell|remind|mandate|compel)$/;
/** Adverbs, words compromise may not tag as adverbs ("then", "soon", "thereafter"), and "not", between the auxiliary and the verb. */
// compromise splits a group at every "|", so the class's words go in as plain words, not as one /regular expression/.
const GAP = `(#Adverb|/ly$/|not|all|both|each|then|also|now|only|first|still|${DATA.vocabulary.CLAUSE_ADVERB!.words.join('|')}){0,2}`;
const PASSIVE_MATCH = `(#Modal|will|shall|is|are|am|has|have|to|being|be|been) ${GAP} (be|being|been)? ${GAP} (#PastTense|#Participle|/[a-z]ed$/)`;
const OBLIGATION_MATCH = `(must|shall|to|required|expected|obliged) ${GAP} #Infinitive`;

/** People-like words for the cheap test: the people classes, "you", "they", and plural agent nouns ("occupiers"). */
const MAY_NAME_PEOPLE = new RegExp(`\\b(?:you|they|${wordClassSource('PEOPLE_PRONOUN')}|${wordClassSource('PEOPLE')}|[a-z]+(?:er|or|ant|ent|ist|ee)s)\\b`);
/** Participle-like words for the cheap test: regular "-ed", "-en" and "-wn", and the common irregular ones. */
const PARTICIPLE_LIKE = '(?:[a-z]+(?:ed|en|wn)|sent|kept|put|told|held|left|made|brought|paid|met|found|heard|set|cut|let|shut|dealt|built|spent|taught|caught|sold|lost|struck|sought|thought|won)';
/** The cheap test for a verb group: an auxiliary, up to four words, a participle; or a modal of obligation and a word. */
const MAY_HAVE_CLAUSE = new RegExp(`\\b(?:(?:will|shall|would|may|might|could|must|is|are|am|has|have|to)\\s+(?<gap>(?:[a-z]+\\s+){0,4}?)(?<participle>${PARTICIPLE_LIKE})|(?:must|shall|(?:have|has|need|needs|required|expected|obliged)\\s+to)\\s+(?<action>[a-z]+(?:\\s+[a-z]+){0,3}))\\b`, 'g');
/** A people group ending where a head compromise knows as a person ends ("service users"). */
const GROUP_ENDING = new RegExp(`\\b(?:${wordClassSource('PEOPLE_GROUP')})$`);
const OF_A_LIST = /\b(?:of|from|by|with|for|to|about|between|among)\s+(?:[a-z'’-]+,?\s+){1,4}(?:and|or)\s+$/;
/** Subjects that give orders or are things: "we must", "it should", "there will be". */
const NOT_A_PEOPLE_HEAD = /^(?:we|i|it|this|that|there|which|what|who|these|he|she)$/;

/** "to" and a verb after a passive ("are urged to clear"), not "to" and a place ("moved to other homes"). */
const TO_VERB = /^\s+to\s+((?!(?:the|a|an|your|their|our|this|that|these|those|its|his|her|any|all|each|every|another|other|one|some|new|hospital|school|work|bed|court|prison|church)\b)[a-z]+(?:\s+[a-z]+){0,3})/;
const AUX_WORD = /^(?:will|shall|would|may|might|could|must|should|is|are|am|has|have|to|be|being|been)$/;
/** Words other than auxiliaries between the auxiliary and the verb: "are well informed", "will all then be moved". */
function hasGap(group: string): boolean {
  return group.split(/\s+/).slice(0, -1).some((w) => !AUX_WORD.test(w));
}

/** The auxiliaries of a verb group and its verb, without the words between: "will then be quickly moved" → "will be moved". */
function auxOf(group: string): string {
  const words = group.split(/\s+/);
  return [...words.slice(0, -1).filter((w) => AUX_WORD.test(w) || /^(?:need|needs|required|expected|obliged)$/.test(w)), words[words.length - 1]].join(' ');
}

/**
 * A term's dictionary forms: compromise's root, or for a participle it gives no root ("drawn", "withdrawn") the
 * infinitive compromise reads from the word alone, then the guesses from the participle's spelling.
 */
function lemmas(ctx: BlockContext, term: { text: string; root?: string; normal?: string }): string[] {
  const word = (term.normal ?? term.text).toLowerCase().replace(/[^a-z-]/g, '');
  const infinitive = term.root ?? ((ctx.nlp(word).verbs().json() as Array<{ verb?: { infinitive?: string } }>)[0]?.verb?.infinitive);
  return infinitive ? [infinitive, ...lemmasOf(word)] : lemmasOf(word);
}

interface TermJson { text: string; normal?: string; root?: string; tags: string[]; offset?: { start: number; length: number } }
interface MatchJson { text: string; offset: { start: number; length: number }; terms: TermJson[] }

/** Words that may come before the head of a people noun phrase ("all the affected occupiers"). */
const NP_BEFORE_HEAD = /(?:\b(?:all|any|each|every|the|our|your|their|these|those|some|many|most|local|new|existing|current|affected|other|remaining|individual)\s+){0,3}$/;
const HEAD_BEFORE_GROUP = /\b([a-z]+s)\s+(?:(?:then|also|now|all|both|each|only|first|still)\s+)?$/;

/** Does compromise's lexicon know this plural noun as a person ("tenants", "drivers"), or its suffix rule ("motorists")? */
function isPersonNoun(doc: NlpView, plural: string): boolean {
  const lexicon = (doc as unknown as { world: { model: { one: { lexicon: Record<string, string | string[]> } } } }).world.model.one.lexicon;
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  const tagged = (w: string) => {
    const tags = lexicon[w];
    return tags === 'Actor' || (Array.isArray(tags) && tags.includes('Actor'));
  };
  return tagged(plural) || tagged(singular) || /ists$/.test(plural);
}

/**
 * The noun phrase right before a verb group at `at` (block offsets) when compromise's lexicon knows its plural head as
 * a person ("occupiers", "motorists"): the lexicon is read directly, because in a parsed sentence compromise keeps
 * the #Actor tag for few words, and a noun-phrase parse costs more than the whole rest of the check.
 */
function actorBefore(ctx: BlockContext, doc: NlpView, s: { start: number }, at: number): { start: number; end: number } | null {
  const before = ctx.analysis.masked.slice(s.start, at);
  const head = HEAD_BEFORE_GROUP.exec(before);
  if (!head || !isPersonNoun(doc, head[1]!)) return null;
  const headStart = head.index;
  const lead = NP_BEFORE_HEAD.exec(before.slice(0, headStart));
  return { start: s.start + (lead ? lead.index : headStart), end: s.start + headStart + head[1]!.length };
}

/**
 * A wider people subject at the start of the sentence, with what describes it (up to 160 characters, or a first verb group and "and") before the verb
 * group: "anyone" / "any individual" / "any person", "each" or "every" and a member noun ("each youth councillor",
 * "every tenant"), or "members" opening the sentence. "Board members", "elected members" and "members of the
 * board" are the organisation, so they do not start a sentence this way.
 */
const WIDE_SUBJECT = buildRegExp(`^\\s*(?<head>(?:${wordClassSource('WIDE_PEOPLE_SUBJECT')})(?!\\s+of\\s+(?:the\\s+)?(?:${wordClassSource('DECIDING_BODY_WORD')}|staff)\\b))\\b(?<rest>[^;:.!?]{0,260})$`);
/** What describes the wider subject: a relative or participle clause, never a second subject of its own. */
const NOT_IN_WIDE_SUBJECT = /\b(?:we|you|they|it|there|he|she|i|and\s+(?:the|our|this|we))\b/;

const FINITE = /\b(?:is|are|was|were|may|can|could|will|would|must|should|shall|have|has)\b/;

/** The wider people subject of a verb group at `at`, or null. */
function wideSubjectBefore(masked: string, s: { start: number }, at: number): { start: number; end: number } | null {
  const m = WIDE_SUBJECT.exec(masked.slice(s.start, at));
  const rest = m?.groups!.rest ?? '';
  if (!m || NOT_IN_WIDE_SUBJECT.test(rest)) return null;
  // "Members of the public are welcome to attend our meetings, which are held…": the subject already has its verb
  // (a finite verb outside a "who" clause), so the later group belongs to another clause.
  // "Anyone who replies will be listed and will be kept informed": a second verb group joined by "and" shares the subject.
  const joined = /\band\s+$/.test(rest) && FINITE.test(rest);
  if (rest.length > 160 && !joined) return null;
  if (/\b(?:which|where|whose)\b/.test(rest) || (!/\bwho\b/.test(rest) && FINITE.test(rest) && !joined)) return null;
  const start = s.start + m.index + m[0].length - m.groups!.head!.length - m.groups!.rest!.length;
  return { start, end: start + m.groups!.head!.length };
}

/** A plural agent noun ("occupiers", "motorists") right before a verb group, with up to two words between. */
const AGENT_BEFORE = /\b[a-z]+(?:er|or|ant|ent|ist|ee)s\s+(?:[a-z]+\s+){0,2}$/;

/**
 * The cheap test before compromise: a verb group whose verb is not one of taking part or care (by the spelling's
 * lemma guesses), not a named verb right after its auxiliary, not inside a finding the named patterns already made,
 * with people (the word classes) or a plural agent noun before it.
 */
function mayHaveClause(ctx: BlockContext, start: number, sm: string, covered: (at: number) => boolean): boolean {
  MAY_HAVE_CLAUSE.lastIndex = 0;
  for (let m = MAY_HAVE_CLAUSE.exec(sm); m; m = MAY_HAVE_CLAUSE.exec(sm)) {
    const g = m.groups!;
    if (covered(start + m.index)) continue;
    if (g.participle) {
      const guesses = lemmasOf(g.participle);
      const gapWords = g.gap!.trim().split(/\s+/).filter((w) => w && !AUX_WORD.test(w));
      if (guesses.some((l) => WITH_OR_NEUTRAL.some((re) => re.test(l)) && !ONLY_BEFORE.has(l))) continue;
      // The named patterns read only the people word classes, so a wider subject ("any individual … will be added") is judged here.
      if (!gapWords.length && guesses.some((l) => NAMED.some((re) => re.test(l))) && !wideSubjectBefore(sm, { start: 0 }, m.index)) continue;
    } else if (g.action && (isNotAnOrder(g.action) || TAKING_PART.some((t) => t.test(g.action!))) && !hasDeadline(sm.slice(m.index + m[0].length - g.action.length))) continue;
    const before = sm.slice(0, m.index);
    if (wideSubjectBefore(sm, { start: 0 }, m.index)) return true;
    if (!MAY_NAME_PEOPLE.test(before)) continue;
    if (AGENT_BEFORE.test(before) || peopleSubjectAt(ctx, start + m.index)) return true;
  }
  return false;
}

/** Every clause in the block with people as the subject of a passive or of an order. */
export function findPeopleClauses(ctx: BlockContext, covered: (at: number) => boolean = () => false): PeopleClause[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: PeopleClause[] = [];
  for (const s of ctx.analysis.sentences) {
    const sm = masked.slice(s.start, s.end);
    // Parse only a sentence where people, by the word classes or as a plural agent noun, are a likely subject of a verb group.
    if (!mayHaveClause(ctx, s.start, sm, covered)) continue;
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
        let found: PeopleClause['kind'] = kind;
        if (kind === 'clause-passive') {
          if (!PASSIVE_AUX.test(auxOf(group))) continue;
          // "Patients will not be moved without their agreement": a reassurance, not something done to them.
          if (/\bnot\b/.test(group) || /^\s*(?:n['’]t)\b/.test(after)) continue;
          const guesses = lemmas(ctx, verb);
          const obliging = guesses.find((l) => OBLIGING.test(l));
          const toVerb = TO_VERB.exec(after);
          if (toVerb) {
            // "are required to attend": an order, judged by what people must do.
            // An ask to get in touch or register is an order when it carries a fixed cut-off ("is requested to contact the clerk in advance of the meeting").
            const cutOff = hasDeadline(masked.slice(end, end + 100));
            if (!obliging || ((TAKING_PART.some((t) => t.test(toVerb[1]!)) || isNotAnOrder(toVerb[1]!)) && !cutOff)) continue;
            restFrom = end + toVerb[0].length - toVerb[1]!.length;
            found = 'clause-obligation';
          } else {
            if (guesses.some((l) => WITH_OR_NEUTRAL.some((re) => re.test(l)) && !ONLY_BEFORE.has(l))) continue;
            // A named verb right after its auxiliary was judged by its own pattern.
            if (guesses.some((l) => NAMED.some((re) => re.test(l))) && !hasGap(group) && !wideSubjectBefore(masked, s, at)) continue;
            const needs = guesses.map((l) => ONLY_BEFORE.get(l)).find(Boolean);
            if (needs && !needs.test(after)) continue;
          }
        } else {
          if (!OBLIGATION.test(auxOf(group)) && !/^(?:required|expected|obliged)\b/.test(group)) continue;
          const action = masked.slice(s.start + (verb.offset?.start ?? m.offset.start), s.start + (verb.offset?.start ?? 0) + 30);
          const forbids = /\bnot\b/.test(group);
          // "Speakers must register by noon": a fixed cut-off makes an ask to register or send an order.
          if (!forbids && (isNotAnOrder(action) || TAKING_PART.some((t) => t.test(action))) && !hasDeadline(masked.slice(s.start + (verb.offset?.start ?? m.offset.start), s.end))) continue;
          restFrom = s.start + (verb.offset?.start ?? m.offset.start);
        }
        // Required/expected/obliged to: the auxiliary before them is part of the verb group.
        const auxAt = kind === 'clause-obligation' && /^(?:required|expected|obliged)\b/.test(group) ? at - (/\b(?:is|are|will be)\s+$/.exec(masked.slice(Math.max(0, at - 10), at))?.[0].length ?? 0) : at;
        const people = subjectAt(ctx, doc, s, auxAt);
        if (!people) continue;
        // "The views of communities has been published": a singular verb is not about a plural group of people.
        if (/^(?:is|has)\b/.test(group) && /s$/.test(masked.slice(people.start, people.end))) continue;
        const told = found === 'clause-passive' && lemmas(ctx, verb).some((l) => TELLING.test(l));
        out.push({ start: people.start, end, group: text.slice(people.start, people.end), kind: found, restFrom, told });
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
  // "The views of patients and the public have been considered": the people are the last of a list after a
  // preposition, so the list is not the subject.
  if (named && OF_A_LIST.test(masked.slice(Math.max(0, named.start - 60), named.start))) return null;
  if (named) {
    const word = masked.slice(named.start, named.end);
    return NOT_A_PEOPLE_HEAD.test(word) || NOT_PUBLIC.test(word) ? null : named;
  }
  const actor = actorBefore(ctx, doc, s, at);
  if (!actor) return wideSubjectBefore(masked, s, at);
  const start = actor.start;
  const end = actor.end;
  if (isStaff(masked, start, end) || NOT_PEOPLE.some((re) => re.test(masked.slice(start, end))) || NOT_PUBLIC.test(masked.slice(start, end))) return null;
  if (CONDITION_BEFORE.test(masked.slice(s.start, start))) return null;
  // "The views of residents and service users are considered": read from the whole group ("service users").
  const groupStart = GROUP_ENDING.exec(masked.slice(s.start, end))?.index;
  const from = groupStart === undefined ? start : Math.min(start, s.start + groupStart);
  if (notTheSubject(masked.slice(s.start, from), masked.slice(from, end), masked.slice(end, at), masked.slice(at, at + 12))) return null;
  return { start, end };
}
