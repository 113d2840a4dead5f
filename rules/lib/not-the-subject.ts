/**
 * Grammar that shows a group of people found before a verb is NOT its subject, although they stand at the start of
 * the clause or next to it:
 *  - they follow a preposition, with only articles, possessives, numbers and other people between ("the views of
 *    residents and service users are considered", "consultation with the surgery's 40,000 patients is carried out");
 *  - another subject stands right before the verb ("people who care about the park and how it is managed");
 *  - a plural group with a singular verb ("… patients is carried out": the verb agrees with something else).
 * One job: say "not the subject"; finding the people is rules/lib/people-subject.ts's.
 */
import { buildRegExp, wordClassSource } from './slot-pattern';

/** Words that may stand between a preposition and the people it governs: articles, possessives, numbers, lists. */
const NP_FILLER = `(?:the|a|an|all|any|our|their|its|his|her|your|these|those|local|other|[a-z-]+(?:['’]s|s['’])|[\\d][\\d,.+]*|${wordClassSource('PEOPLE_GROUP')}|and|or|,)`;
const AFTER_PREPOSITION = buildRegExp(`\\b(?:from|of|by|with|for|to|about|between|among|on behalf of)\\s+(?:${NP_FILLER}\\s*)*$`);
/** A subject of its own right before the verb group. "They" and "who" may be the people themselves, so they are not here. */
const OTHER_SUBJECT = /\b(?:it|this|which|there|he|she|we|i)\s+$/;
/** A plural head: "patients", "residents' …" are plural; "the public", "everyone" take either number. */
const PLURAL_HEAD = /[a-z]s$/;
const SINGULAR_VERB = /^(?:is|has|was|does)\b/;

/**
 * `before` is the sentence up to the people, `between` the words from the people to the verb group, `verb` the verb
 * group and what follows it, `people` the people as found.
 */
export function notTheSubject(before: string, people: string, between: string, verb: string): boolean {
  // A comma right before the people starts a new clause: "Further to the letter, residents will be moved".
  if (!/,\s*$/.test(before) && AFTER_PREPOSITION.test(before)) return true;
  if (between.trim() && OTHER_SUBJECT.test(between)) return true;
  if (!between.trim() && PLURAL_HEAD.test(people) && !/ss$/.test(people) && SINGULAR_VERB.test(verb.trimStart())) return true;
  return false;
}
