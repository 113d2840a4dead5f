/**
 * "Doing to" with people as the OBJECT of the verb: the organisation, or an instruction with no subject, does
 * something to people ("we will keep all patients informed", "we increasingly direct patients elsewhere", "the team
 * will assess you", "move residents to the new block first"). The passive and the order (rules/lib/people-clauses.ts)
 * read people as the subject; this reads the same doing with the people after the verb.
 *
 * The shape is data (rules/patterns/people-object.yaml, structure); compromise says whether the word in the verb's
 * place is a verb, in which form, and with which lemma, and whether the word after the people makes them a describing
 * word ("patient records") or the subject of a clause that follows ("we know residents are worried"). The lemma is
 * then checked against the verbs of taking part, help, care and contact, which are not doing to (people-object.yaml,
 * lemmas.left-alone, and people-passive.yaml, lemmas.with).
 */
import type { BlockContext } from '../../src/engine';
import { anchorsFor, mayMatch } from './pattern-anchors';
import { CONDITION_BEFORE, isStaff, ONLY_BEFORE } from './people-passive';
import { buildRegExp, patternGroup, regexpsOf, wordClassSource } from './slot-pattern';

export interface PeopleObject {
  start: number;
  end: number;
  /** The people, as written ("all patients", "you"). */
  group: string;
  /** The verb's lemma ("direct", "keep"). */
  lemma: string;
  patternId: string;
}

const STRUCTURE = patternGroup('people-object', 'structure', 'dg');
const TAKES_PEOPLE_AND_INFINITIVE = regexpsOf('people-object', 'lemmas.take-people-and-infinitive');
const LEFT_ALONE = [...regexpsOf('people-object', 'lemmas.left-alone'), ...regexpsOf('people-passive', 'lemmas.with')];
/**
 * Verbs that count only with what follows the people: "keep patients informed" (not "keep you safe"), "remind
 * residents that the car park closes" (a notice handed down; not "remind you of the date").
 */
const ONLY_WITH_AFTER = new Map<string, RegExp>([
  ['keep', regexpsOf('people-object', 'keep-informed')[0]!],
  ['remind', ONLY_BEFORE.get('remind')!],
]);
/** "Those" stands for people only with a description after it ("we are targeting those that we can email"). */
const DESCRIBED_THOSE = /^those$/;
/** "Secure tenants and homeowners will be…": the people are the subject of the verb that follows, not an object. */
const SUBJECT_OF_LATER_VERB = /^\s+(?:and|or)\s+(?:[a-z'’-]+\s+){0,5}(?:will|shall|are|is|can|may|must|should|would)\b/;
/** A group of people starting here: "service users", "all family members". */
const PEOPLE_AT_START = buildRegExp(`^(?:${wordClassSource('PEOPLE_GROUP')})\\b`);
/** Auxiliaries that make the next verb progressive ("is moving"): the verb must then be an -ing form. */
const BE_LAST = /\b(?:are|is)\s+(?:[a-z]+ly\s+|(?:also|then|now|still|all)\s+)*$/;
/** A group, not one person: a plural head, "you", or a word for many ("people", "everyone", "the public"). */
const PLURAL_PEOPLE = /(?:s|you|people|children|everyone|public|community)$/;
const PREPOSITION_BEFORE = /\b(?:of|from|by|with|for|to|about|at|in|on|between|among)\s+$/;
const NEGATED = /\b(?:not|never|no longer)\b|n['’]t\b/;

interface TermJson { text: string; tags: string[]; root?: string; offset: { start: number; length: number } }

/**
 * The verb's form and lemma, read by compromise in a frame where the word can only be a verb ("we direct them"):
 * compromise tags many verbs as nouns or adjectives at the start of a sentence or before a plural ("Move patients",
 * "we increasingly direct patients"), so the sentence's own tags cannot say it.
 */
function verbOf(ctx: BlockContext, word: string): { lemma: string; tags: string[] } | null {
  const term = (ctx.nlp(`we ${word} them`).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[1];
  if (!term || !term.tags.includes('Verb')) return null;
  const doc = ctx.nlp(word);
  doc.compute('root');
  const root = (doc.json({ terms: { tags: true } }) as Array<{ terms: Array<{ root?: string }> }>)[0]?.terms[0]?.root;
  return { lemma: (root ?? word).toLowerCase(), tags: term.tags };
}

/** The sentence's term that starts at `at` (block offsets), and the one after it. */
function termsAt(terms: TermJson[], at: number): { term?: TermJson; next?: TermJson } {
  const i = terms.findIndex((t) => t.offset.start + t.offset.length > at);
  return { term: terms[i], next: i >= 0 ? terms[i + 1] : undefined };
}

/**
 * What follows the people shows they are not the object of a doing: a noun they describe ("patient records"), a
 * verb of which they are the subject ("we know residents are worried"), "to" and a verb (an ask or an order, read by
 * the named patterns), or a determiner or possessive that starts a second object ("we will send you a letter").
 */
function notTheObject(next: TermJson | undefined, after: string, lemma: string): boolean {
  if (/^['’]/.test(after)) return true;
  if (!next) return false;
  const tags = next.tags;
  if (tags.includes('Noun') && !tags.includes('Pronoun')) return !/^(?:home|elsewhere|back|now|today|first)$/i.test(next.text.replace(/[^a-z]/gi, ''));
  if (tags.includes('Determiner') || tags.includes('Possessive')) return !/^(?:each|all|both)$/i.test(next.text);
  if (tags.includes('Modal') || tags.includes('Auxiliary') || tags.includes('Copula')) return true;
  if (tags.includes('Verb') && !tags.includes('PastTense') && !tags.includes('Participle')) return true;
  // "to" and a verb makes the people the doers of that verb only after a verb that takes them with one ("direct
  // patients to attend"); after any other verb it says why ("the council will assess you to find out your needs").
  if (!TAKES_PEOPLE_AND_INFINITIVE.some((re) => re.test(lemma))) return false;
  return /^\s+to\s+[a-z]+/.test(after) && !/^\s+to\s+(?:the|a|an|your|their|our|this|that|these|those|its|his|her|any|another|other|one|some|new|hospital|school|work|bed|court|church|a&e|[a-z]+['’]s)\b/.test(after);
}

/**
 * A line that starts with a word that can be a verb is an instruction only when it reads as one: the word is not an
 * acronym ("TRA members"), the people are a group (plural or "you": "Cabinet member for Operations" is a title), and
 * the clause goes on after them ("Total respondents: 200" is a label).
 */
function isInstruction(verbAsWritten: string, people: string, after: string): boolean {
  if (/^[A-Z]{2,}$/.test(verbAsWritten)) return false;
  if (!PLURAL_PEOPLE.test(people)) return false;
  return /^\s+[a-z]/.test(after) || /^\s*[.!]/.test(after);
}

/** Every place in the block where people are the object of an organisation's or an instruction's doing. */
export function findPeopleObjects(ctx: BlockContext, covered: (at: number) => boolean = () => false): PeopleObject[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: PeopleObject[] = [];
  // A pattern whose words the block lacks cannot match any of its sentences.
  const structures = STRUCTURE.filter(({ re }) => mayMatch(anchorsFor(re), masked));
  if (!structures.length) return out;
  for (const s of ctx.analysis.sentences) {
    const sm = masked.slice(s.start, s.end);
    // A question ("how should we support patients?") describes nothing done.
    if (/\?\s*$/.test(sm)) continue;
    let terms: TermJson[] | null = null;
    for (const { re, id } of structures) {
      re.lastIndex = 0;
      for (let m = re.exec(sm); m; m = re.exec(sm)) {
        const g = m.indices!.groups!;
        const verbWord = m.groups!.verb!;
        const aux = m.groups!.aux ?? '';
        const peopleStart = s.start + g.people![0];
        const peopleEnd = s.start + g.people![1];
        const from = s.start + (g.who?.[0] ?? g.verb![0]);
        if (covered(from) || covered(peopleStart)) continue;
        if (NEGATED.test(aux) || CONDITION_BEFORE.test(sm.slice(0, m.index))) continue;
        // "The views of the council will…": the organisation after a preposition is not the subject.
        if (g.who && PREPOSITION_BEFORE.test(sm.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "Service users", "family members": the word before the people is part of their name, not a verb.
        if ((PEOPLE_AT_START.exec(sm.slice(g.verb![0]))?.[0].length ?? 0) > verbWord.length) continue;
        // A verb left alone in its plain form ("we will support carers") needs no parse.
        if (!ONLY_WITH_AFTER.has(verbWord) && LEFT_ALONE.some((re) => re.test(verbWord))) continue;
        const verb = verbOf(ctx, verbWord);
        // "Both practices are members of the network": "be" and the auxiliaries do nothing to anyone.
        if (!verb || ['PastTense', 'Copula', 'Auxiliary', 'Modal'].some((t) => verb.tags.includes(t))) continue;
        // "We are moving residents": after "are" the verb is progressive; "we are local residents" has none.
        if (BE_LAST.test(aux) ? !verb.tags.includes('Gerund') : verb.tags.includes('Gerund')) continue;
        // An instruction starts with the verb's plain form ("Move residents…", not "Moving residents…").
        if (!g.who && !verb.tags.includes('Infinitive')) continue;
        const onlyWith = ONLY_WITH_AFTER.get(verb.lemma);
        if (LEFT_ALONE.some((re) => re.test(verb.lemma)) && !onlyWith) continue;
        const after = masked.slice(peopleEnd, peopleEnd + 40);
        // Staff and board members are the organisation, not the people it serves ("ELFT staff from across…").
        if (isStaff(masked, peopleStart, peopleEnd)) continue;
        if (!g.who && !isInstruction(text.slice(s.start + g.verb![0], s.start + g.verb![1]), m.groups!.people!, after)) continue;
        if (!g.who && SUBJECT_OF_LATER_VERB.test(after)) continue;
        let end = peopleEnd;
        if (onlyWith) {
          const needed = onlyWith.exec(after);
          if (!needed) continue;
          end = peopleEnd + needed[0].length;
        }
        if (!terms) {
          const json = ctx.nlp(text.slice(s.start, s.end)).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
          terms = json.flatMap((j) => j.terms);
        }
        const { next } = termsAt(terms, peopleEnd - s.start - 1);
        if (!onlyWith && !DESCRIBED_THOSE.test(m.groups!.people!) && notTheObject(next, after, verb.lemma)) continue;
        // "Stroke patients asked to share their views": a headline's passive, not an instruction.
        if (!g.who && !onlyWith && next && (next.tags.includes('PastTense') || next.tags.includes('Participle'))) continue;
        out.push({ start: from, end, group: text.slice(peopleStart, peopleEnd), lemma: verb.lemma, patternId: id });
      }
    }
  }
  return out;
}

const REQUIRED_ACT = patternGroup('people-object', 'required-act', 'dg');
/** Rules about what people send or do ("all applications must be made online"): read after the orders above. */
const ACT_RULES = patternGroup('people-object', 'act-rules', 'dg');

export interface RequiredAct {
  start: number;
  end: number;
  /** What people are told to do, as written ("Attendance to the meetings"), when the order names no one. */
  act?: string;
  /** The people named ("all members"), and where what they are told to do starts ("to <attend the training>"). */
  people?: string;
  restFrom?: number;
  /** The act is something people send or do for the organisation (an application, a request), ruled on with no one named. */
  sent?: boolean;
  patternId: string;
}

/** Orders stated as a noun for what people do: "attendance is mandatory", "it is compulsory for members to attend". */
export function findRequiredActs(ctx: BlockContext): RequiredAct[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: RequiredAct[] = [];
  for (const { re, id } of [...REQUIRED_ACT, ...ACT_RULES]) {
    if (!mayMatch(anchorsFor(re), masked)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const g = m.indices!.groups!;
      const found: RequiredAct = { start: m.index, end: m.index + m[0].length, patternId: id };
      if (g.act) found.act = text.slice(g.act[0], g.act[1]);
      if (ACT_RULES.some((p) => p.id === id)) found.sent = true;
      if (g.people) {
        found.people = text.slice(g.people[0], g.people[1]);
        found.restFrom = g.verb![0];
      }
      out.push(found);
    }
  }
  return out;
}
