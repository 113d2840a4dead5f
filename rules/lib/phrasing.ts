/**
 * Small helpers shared by the "doing to" and claim rules: word lists as
 * regular-expression sources, and ways to find the sentence around a match.
 * Everything works on `analysis.masked` (lower-case, same length as the
 * block text), so offsets found here are offsets in the block text.
 */
import type { BlockAnalysis, Sentence } from '../../src/engine';

/**
 * Groups of people a public body writes about. Plural heads, plus the few
 * singular ones that appear in "each patient will be…". Longest first, so
 * "service users" wins over "users".
 */
export const PEOPLE_NOUNS = [
  'members of the public', 'people who use (?:our |the |these )?services', 'people with lived experience',
  'service users', 'young people', 'older people', 'local people', 'disabled people', 'family members',
  'the public', 'the community', 'communities', 'patients', 'residents', 'carers', 'caregivers', 'families',
  'relatives', 'people', 'citizens', 'tenants', 'leaseholders', 'parents', 'pupils', 'students', 'children',
  'staff', 'colleagues', 'employees', 'users', 'clients', 'visitors', 'members', 'participants', 'volunteers',
  'householders', 'customers', 'outpatients', 'inpatients', 'passengers', 'travellers', 'commuters', 'motorists', 'drivers', 'cyclists', 'pedestrians', 'borrowers', 'households', 'homeowners', 'women', 'mothers', 'attendees', 'learners', 'claimants', 'applicants', 'audience', 'audiences', 'respondents', 'responders', 'callers', 'everyone', 'patient', 'resident', 'carer', 'tenant', 'parent', 'pupil', 'person',
];

/** A people group, optionally with a few words in front: "all affected residents", "our patients". */
export const PEOPLE_GROUP = `(?:(?:all|any|each|every|the|our|your|their|these|those|some|many|most|existing|current|local|affected|eligible|new|older|younger|registered|individual|other|remaining|long-term|inpatient|outpatient|frontline|front-line|council|nhs|trust|practice|adult|young|disabled|vulnerable|(?:[a-z]+-)?(?:based)|[a-z]+'s)\\s+){0,3}(?:${PEOPLE_NOUNS.join('|')})`;

/** The organisation speaking: "we", "the council", "the ICB", "our team". */
export const ORG_SUBJECT =
  "(?:we|the (?:council|trust|icb|ccg|board|authority|practice|hospital|service|team|project team|partnership|provider|department|local authority|health board|commissioners?|nhs)|our (?:team|staff|service|partners))";

/** Future or intention: "will", "'ll", "are going to", "plan to". */
/**
 * An e-mail address in the original text. A page read before its script runs
 * shows an address hidden from spam robots as "[email protected]": an address
 * all the same. Shared by every rule that looks for a way to write to someone.
 */
export const EMAIL_ADDRESS = String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[email\s?protected\]`;

export const WILL = "(?:will|shall|'ll|’ll|are going to|is going to|plan to|intend to|aim to|would|are planning to)";

/** Month and season words, so "agreed by March" is not read as naming a decider. */
export const DATE_WORD =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|winter|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|now|midnight|noon|mid|early|late|the end|the start|the beginning|the middle|the time|the deadline|the date|next|this|that time|\\d)';

/** The sentence that contains `offset`, or undefined. */
export function sentenceAt(analysis: BlockAnalysis, offset: number): Sentence | undefined {
  for (const s of analysis.sentences) if (offset >= s.start && offset < s.end) return s;
  return undefined;
}

/** The masked text of a sentence. */
export function maskedSentence(analysis: BlockAnalysis, s: Sentence): string {
  return analysis.masked.slice(s.start, s.end);
}

/** All matches of a global regular expression, with their offsets. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** Offset of capture group `n` inside a match made with the `d` flag, or the match start. */
export function groupStart(m: RegExpExecArray, n: number): number {
  return m.indices?.[n]?.[0] ?? m.index;
}

export function groupEnd(m: RegExpExecArray, n: number): number {
  return m.indices?.[n]?.[1] ?? m.index + m[0].length;
}

/**
 * Words in the sentence before the match that turn it round: "we cannot
 * guarantee", "no decision has been made", "if the plan goes ahead".
 */
const NEGATED_BEFORE =
  /\b(?:not|no|nothing|none|never|cannot|can't|can’t|won't|won’t|unable|nor|neither|isn't|isn’t|hasn't|hasn’t|haven't|haven’t|wasn't|wasn’t|aren't|aren’t|don't|don’t|doesn't|doesn’t|without)\b/;

/** True when a negation comes within `window` characters before `at` in the same sentence. */
export function negatedBefore(masked: string, sentenceStart: number, at: number, window = 40): boolean {
  const from = Math.max(sentenceStart, at - window);
  return NEGATED_BEFORE.test(masked.slice(from, at));
}

/** The original text of a range, with runs of white space made single. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "A", "A and B", "A, B and C". */
export function listAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

const TRAILING_ADVERBIAL = new RegExp(
  // eslint-disable-next-line regexp/optimal-quantifier-concatenation -- DATE_WORD is shared; its optional letter ("sept?") costs nothing here
  `\\s+(?:by (?:letter|e-?mail|post|phone|telephone|text(?: message)?)|(?:in|from|on|by|before|after|during|at|until) (?:the )?${DATE_WORD}[\\w\\s,]*|this year|next year|shortly|soon|in due course|as soon as possible|in person|instead)$`,
  'i',
);

/**
 * The rest of a clause after `at`: up to the sentence end, a semicolon, a
 * dash or " and/but/so " starting a new clause. Used to build rewordings.
 */
export function clauseAfter(text: string, at: number, end: number): string {
  const rest = text.slice(at, end);
  const cut = rest.search(/[;:–—(]|\.\s|\.$|,\s+(?:and|but|so|which|who|as|because|while)\b|\s+(?:but|so that|because|while)\s/);
  let clause = tidy((cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.!?,]+$/, ''));
  // Drop trailing "by letter", "in March", "from April 2027": a rewording does not need them.
  for (let i = 0; i < 3; i++) {
    const trimmed = clause.replace(TRAILING_ADVERBIAL, '');
    if (trimmed === clause) break;
    clause = trimmed;
  }
  return clause;
}

/**
 * Bodies that make decisions in public bodies: "Cabinet", "Full Council",
 * "the ICB board", "system partners", "the Primary Care Commissioning
 * Committee". Up to three words may come in front ("the council's cabinet").
 */
export const DECIDING_BODY_WORD =
  "(?:cabinet|full council|council|board|governing body|committee|sub-committee|executive|ministers?|secretary of state|partners|partner organisations|councillors|elected members|members|trust|icb|ccg|commissioners|nhs england|mayor|leader|leadership team|management team|directors|chief executive|integrated care board|integrated care partnership|partnership|health board|local authority|authority|scrutiny|panel|co-chairs?|chair|steering group|programme board|assembly|forum|cabinet member|portfolio holder)";
export const DECIDING_BODY = `(?:(?:the|our|its|their|both|all|each)\\s+)?(?:[a-z'’-]+\\s+){0,3}?${DECIDING_BODY_WORD}`;

/** Ways of deciding that say how, and so who: "by consensus", "by a vote of members", "unanimously". */
export const DECISION_PROCESS =
  '(?:by (?:consensus|(?:a |majority |simple majority |secret )?(?:vote|ballot)s?|(?:a )?majority(?: vote)?|(?:a )?show of hands|(?:mutual |joint |common )?agreement|those present)|unanimously|jointly)';
