/**
 * The organisation making sure people are told or obey: "we will make sure patients and the public are well
 * informed", "the chair will ensure that panel members keep to the code of conduct". "Ensure" puts the people in
 * the organisation's hands whatever the tense of the clause after it ("ensure the attendees were fully informed").
 *
 * The shape is data (rules/patterns/doing-to.yaml, ensure-people); this checks that the words between "ensure" and
 * the verb are a group of people: they hold a people word ("all stakeholders" alone are partners, not the public), end
 * in one (or a list that holds one: "patients, the public and other stakeholders"), are not staff,
 * and hold no preposition ("the people of the county are better informed" is about a place's population as a whole).
 */
import type { BlockContext } from '../../src/engine';
import { matchesOf } from './phrasing';
import { buildRegExp, patternGroup, wordClassSource } from './slot-pattern';

export interface EnsuredPeople {
  start: number;
  end: number;
  /** The people, as written ("the attendees"). */
  group: string;
  patternId: string;
}

const ENSURE_PEOPLE = patternGroup('doing-to', 'ensure-people', 'dg');
const PEOPLE_WORD = buildRegExp(`\\b(?:${wordClassSource('PEOPLE_ROLE')}|${wordClassSource('PEOPLE_GROUP')})\\b`);
const STAFF_HEAD = buildRegExp(`\\b(?:${wordClassSource('STAFF')}|${wordClassSource('CLAUSE_NOT_PEOPLE')})$`);
const ROLE_HEAD = buildRegExp(`\\b(?:${wordClassSource('PEOPLE_ROLE')})$`);
const PREPOSITION = /\b(?:of|in|at|for|from|with|by|on|to|about|across|within)\b/;
/** The last word of a list names people too: "patients, the public and other stakeholders". */
const LIST_OR_PEOPLE_END = buildRegExp(`(?:\\b(?:${wordClassSource('PEOPLE')}|stakeholders)|\\band\\s+(?:[a-z'’-]+\\s+){0,2}[a-z'’-]+)$`);

/** Is this noun phrase a group of people the organisation does things to? */
export function isPeoplePhrase(np: string): boolean {
  const words = np.trim().replace(/,$/, '');
  if (!PEOPLE_WORD.test(words) || PREPOSITION.test(words)) return false;
  if (STAFF_HEAD.test(words) && !ROLE_HEAD.test(words)) return false;
  return LIST_OR_PEOPLE_END.test(words);
}

/** Every place in the block where the organisation makes sure people are told or obey. */
export function findEnsuredPeople(ctx: BlockContext): EnsuredPeople[] {
  const { masked } = ctx.analysis;
  const out: EnsuredPeople[] = [];
  for (const { re, id } of ENSURE_PEOPLE) {
    for (const m of matchesOf(re, masked)) {
      const np = m.indices!.groups!.np!;
      if (!isPeoplePhrase(masked.slice(np[0], np[1]))) continue;
      const group = ctx.block.text.slice(np[0], np[1]).trim().replace(/,$/, '');
      out.push({ start: np[0], end: m.indices!.groups!.verb![1], group, patternId: id });
    }
  }
  return out;
}
