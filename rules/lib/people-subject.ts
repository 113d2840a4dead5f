/**
 * Who a verb is about: the group of people that is the subject of a passive
 * ("Residents living near the site will be told"), found right before the
 * verb, at the start of its clause with only a post-modifier between, or
 * shared with an earlier passive ("Patients will be moved …, and will be
 * told"). Shared by the doing-to patterns; compromise is asked only when
 * words come between the people and the verb.
 */
import type { BlockContext } from '../../src/engine';
import { PEOPLE_GROUP, groupEnd, groupStart, matchesOf } from './phrasing';
import { buildRegExp, regexpsOf, wordClassSource } from './slot-pattern';

/** The public at a meeting named by what they may do there ("observers"): people for the doing-to patterns only. */
const ONLOOKERS = `(?:(?:any|all|the)\\s+)?(?:${wordClassSource('ONLOOKERS')})`;
/** "will be", "are to be", "must also be", "are": present, future and modal only (past tense reports history). */
export const AUX_BE = wordClassSource('AUX_BE');

const COORDINATED = new RegExp(`^(?:\\s+[a-z'’-]+){0,6}?\\s+${AUX_BE}\\s+[a-z-]+ed\\b[^;:]{0,100}?,?\\s*\\band\\s+$`);
// A clause starts at the sentence start (after a paragraph number or bullet: "5.1", "b)", "•"), a comma, "then/so/and",
// "that" ("we have agreed that patients will be transferred") or "where" ("items where the public and press will be
// excluded"; a "where" that sets a condition is left alone by the callers).
const DESCRIBED_PRONOUN = `(?:${wordClassSource('PEOPLE_PRONOUN')})(?=\\s+(?:who|wishing|wanting|living|using|attending|affected)\\b)`;
// "Not everyone who applies will be selected", "anyone who wants to speak …": a pronoun for people, described after it.
const CLAUSE_START_PEOPLE = buildRegExp(`(?:^\\s*(?:(?:\\d+(?:\\.\\d+)*\\.?|[a-z]\\)|\\(?[ivx]+\\)|[•▪◦‣*–-])\\s+)?(?:not\\s+)?|[,:;]\\s*|\\b(?:then|so|and|future|now|that|where)\\s+)(${PEOPLE_GROUP}|${ONLOOKERS}|${DESCRIBED_PRONOUN})\\b`, 'dg');
// The reader counts as the people too: "you will be moved back to weekly collections".
const ADJACENT_PEOPLE = buildRegExp(`\\b(${wordClassSource('PEOPLE_ROLE')}|${PEOPLE_GROUP}|${ONLOOKERS}|you|they)\\s+$`, 'd');
/** "they" counts as people only in a sentence that starts with people: "If patients do not choose, they will be assigned…". */
const STARTS_WITH_PEOPLE = buildRegExp(`^\\W*(?:[a-z'’]+\\s+){0,3}?(?:${wordClassSource('PEOPLE')}|you)\\b`);
const PARTICIPLE = /^(?:(?:currently|already|now)\s+)?(?:seen|registered|affected|based|living|using|attending|listed|referred|treated|cared|staying|placed|aged|supported|housed|looked)$/;
/** Is the text between the people and the verb a post-modifier ("living near the site", "who use the car park")? */
/** Words a post-modifier may start with ("living near…", "at the surgery", "who use…"); data in people-passive.yaml. */
const POST_MODIFIER_START = regexpsOf('people-passive', 'post-modifier-start');
/** "Patient representatives will be selected": the people word names whose representatives they are. */
const PEOPLE_ROLE_HEAD = /^(?:representatives|reps|members|champions|advocates|volunteers)\b/;
function isPostModifier(ctx: BlockContext, between: string): boolean {
  const b = between.trim();
  if (!b) return true;
  // "The public meeting will be held": a lone -ing word is the noun the people word describes; a participle describing
  // people goes on ("residents living near the site").
  if (/^[a-z]+ing$/.test(b)) return false;
  // "staff pay, while eight jobs are…": a noun right after the people makes them a describing word, not the subject.
  // (The data's patterns end at a word boundary, so a leading comma is read past here.)
  const head = b.replace(/^,\s*/, '');
  if (head && !POST_MODIFIER_START.some((re) => re.test(head)) && !PEOPLE_ROLE_HEAD.test(head)) return false;
  if (b.split(/\s+/).length > 14) return false;
  if (/[;:]/.test(b)) return false;
  // "patients, judged by the practice as urgent, must be…": a participle phrase set off by commas describes them.
  if (/^,\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,;:]*,$/.test(b)) return true;
  if (/^,?\s*(?:who|that|which)\b/.test(b)) return !/\b(?:said|told|asked|think|thought|felt|feel|say)\b/.test(b);
  // Otherwise there must be no finite verb: "Residents said the clinic will be moved" is about the clinic.
  // An infinitive is not finite: "patients wishing to join the group" still describes the patients.
  const finite = ctx.nlp(b).match('#Verb').not('(#Gerund|#Participle|#Infinitive)').out('array') as string[];
  return finite.every((v) => PARTICIPLE.test(v.toLowerCase().replace(/[^a-z ]/g, '').trim()));
}

/** "If patients do not choose, they will be assigned": people start the sentence and no other plural ("the forms") comes before "they". */
function theyArePeople(ctx: BlockContext, s: { start: number; end: number }, at: number): boolean {
  const people = STARTS_WITH_PEOPLE.exec(ctx.analysis.masked.slice(s.start, at));
  if (!people) return false;
  const between = ctx.block.text.slice(s.start + people[0].length, at);
  return !ctx.nlp(between).has('#Plural');
}

/**
 * The people a passive verb at `at` is about: right before it, or starting its clause with only a
 * post-modifier between ("Residents living near the site will be told"), or shared with an earlier
 * passive ("Patients will be moved …, and will be told").
 */
export function peopleOf(ctx: BlockContext, s: { start: number; end: number }, at: number): { start: number; end: number; coordinated: boolean } | null {
  const { masked } = ctx.analysis;
  const before = masked.slice(s.start, at);
  const next = ADJACENT_PEOPLE.exec(before);
  if (next && (next[1] !== 'they' || theyArePeople(ctx, s, s.start + groupStart(next, 1)))) {
    return { start: s.start + groupStart(next, 1), end: s.start + groupEnd(next, 1), coordinated: false };
  }
  let people: RegExpExecArray | undefined;
  for (const p of matchesOf(CLAUSE_START_PEOPLE, before)) people = p;
  if (!people) return null;
  const start = s.start + groupStart(people, 1);
  const end = s.start + groupEnd(people, 1);
  const between = masked.slice(end, at);
  const coordinated = COORDINATED.test(between);
  if (!coordinated && !isPostModifier(ctx, ctx.block.text.slice(end, at))) return null;
  return { start, end, coordinated };
}

