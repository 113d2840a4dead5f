import type { Detected } from './profile-cues';
import type { PageSignals } from './profile-signals';
import type { PageClauses } from './profile-clauses';

/**
 * What the clause readings are worth. A page "rarely speaks to the reader" when fewer than
 * THIRD_PERSON_SHARE of its sentences hold "you", "your" or "please" (news stories, accounts): its
 * phrase cues, mostly in the first and second person, say little, so what its clauses say counts.
 * A page "tells of taking part mostly in the past" when at least PAST_AT_LEAST sentences about a
 * consultation, survey, event or views are in the past, twice as many as look ahead, and no clause
 * says views are sought now.
 */
export const CLAUSE_WEIGHT = { seekingNow: 3, futureEvent: 2, toldAsPast: 2 } as const;
const THIRD_PERSON_SHARE = 0.1;
const THIRD_PERSON_SENTENCES_AT_LEAST = 4;
const PAST_AT_LEAST = 3;

export function readRegister(c: PageClauses): { thirdPerson: boolean; toldAsPast: boolean } {
  return {
    thirdPerson: c.sentences >= THIRD_PERSON_SENTENCES_AT_LEAST && c.addressing < THIRD_PERSON_SHARE * c.sentences,
    toldAsPast: c.pastTaking >= PAST_AT_LEAST && c.pastTaking >= 2 * c.aheadTaking && c.seekingNow() === 0,
  };
}

/** Statements about how the organisation handles what people give, needed for a page to set out how it works with people. */
const WILL_HANDLE_AT_LEAST = 2;
/** Questions to the reader needed (and half the page's sentences) for a page to read as a questionnaire. */
const QUESTIONS_AT_LEAST = 4;

/**
 * The last reading before "general", from fallback signals (profile-signals.ts) that
 * are too common on pages of other kinds to count as cues: an organisation seeking
 * views now (and no event told as over) is a consultation; an event or consultation
 * told as over (and nobody seeking views) is a report; two or more "we will publish /
 * record …" statements set out a standing arrangement. (A meeting on a cycle with no
 * date was tried here and dropped: it decided no real page of sets a–n and read a
 * newsletter's "the group meets every other month" as a plan.)
 */
export function fallbackKind(page: PageSignals, clauses: PageClauses): { id: Detected; reasons: string[] } | undefined {
  const seeking = page.seekingViews + clauses.seekingNow();
  if (seeking > 0 && page.eventOver === 0) return { id: 'consultation', reasons: ['says that views are being sought now'] };
  if (page.eventOver > 0 && seeking === 0) return { id: 'report', reasons: ['tells of an event or consultation that is over'] };
  // A page made mostly of questions to the reader about themselves is a questionnaire ("Do you know you can book
  // four weeks ahead? How easy is it to see a nurse?"), though it never says "survey".
  if (page.questionsToReader >= QUESTIONS_AT_LEAST && page.questionsToReader * 2 >= page.sentences && seeking === 0 && page.eventOver === 0)
    return { id: 'consultation', reasons: [`asks the reader ${page.questionsToReader} questions about themselves, as a questionnaire does`] };
  if (page.willHandle >= WILL_HANDLE_AT_LEAST) return { id: 'engagement-plan', reasons: [`says ${page.willHandle} times what will be done with what people give`] };
  return undefined;
}

