/**
 * Clause readings for pages that rarely speak to the reader (third-person news about a
 * consultation or a meeting, accounts of what happened). Phrase cues (profile-cues.ts) catch a
 * page's own words for itself, mostly in the first or second person ("have your say", "we are
 * consulting"); a news page says the same thing in the third person and in any word order ("the
 * trust has begun an engagement exercise to hear people's views"). So these read the clause:
 * compromise gives each verb its lemma, its form (tense, progressive, perfect, passive) and its
 * subject; word classes (rules/patterns/vocabulary.yaml) say which verbs ask for views, which nouns
 * name views, organisations, people and occasions of taking part.
 *
 * A sentence is parsed only when a cheap test from rules/patterns/profiles.yaml (signals.clause-*)
 * finds the words a reading needs; the readings are cached with the block's analysis.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import { parse } from '../nlp';
import { patternGroup, wordClassSource } from '../../rules/lib/slot-pattern';
import { anchorsFor, mayMatch } from '../../rules/lib/pattern-anchors';
import { moreWordsThan } from './text';

export interface ClauseSignals {
  /** Sentences of four words or more. */
  sentences: number;
  /** Sentences that speak to the reader: "you", "your", "please". */
  addressing: number;
  /** An organisation seeks views now, or people are being asked for them, told in the third person. */
  seekingNow: number;
  /** Clauses about taking part (a consultation, survey, event, views) told in the past. */
  pastTaking: number;
  /** Clauses about taking part told as now or to come. */
  aheadTaking: number;
  /** An occasion (a meeting, drop-in, exhibition) that will be held on a calendar date, told in the third person. */
  futureEvent: number;
}

const cue = (name: string): RegExp[] => patternGroup('profiles', `signals.${name}`).map((p) => p.re);
const whole = (cls: string): RegExp => new RegExp(`^(?:${wordClassSource(cls)})$`);
const within = (cls: string): RegExp => new RegExp(`\\b(?:${wordClassSource(cls)})\\b`);

const ADDRESSING = within('READER_WORD');
const MAY_SEEK = cue('clause-seeks-views');
const MAY_TAKE_PART = cue('clause-taking-part');
const MAY_BE_EVENT = cue('clause-dated-event');
const SEEK_LEMMA = cue('seek-verb-lemma')[0]!;
const HOLD_LEMMA = cue('hold-verb-lemma')[0]!;
const SOUGHT_NOUN = within('SOUGHT_NOUN');
const VIEWS_ONLY = whole('VIEWS');
const EVENT_NOUN = cue('occasion-noun')[0]!;
const PEOPLE_SUBJECT = new RegExp(`\\b(?:${wordClassSource('PEOPLE_GROUP')}|${wordClassSource('PEOPLE_PRONOUN')}|${wordClassSource('PUBLIC_SUBJECT')})$`);
/** People named anywhere in the clause before a passive: compromise may give "teignbridge" as the subject of "residents across Teignbridge are being asked". */
const PEOPLE_IN_CLAUSE = new RegExp(`\\b(?:${wordClassSource('PEOPLE_GROUP')}|${wordClassSource('PUBLIC_SUBJECT')})\\b`);
/** After a passive of asking, views sought in a verb or a question: "urged to tell the council which services matter", "asked what they would cut". */
const ASKED_TO_SAY = cue('asked-to-say')[0]!;
/** A clause opened by "when", "if", "whenever"… up to the verb: what happens whenever, or on a condition. */
const GENERAL_CLAUSE = /\b(?:when|whenever|if|once|where|wherever|until|unless)\b[^,;:]*$/i;
/** Subjects that are the writer or the reader: the cues of profile-cues.ts read them. */
const FIRST_OR_SECOND = /^(?:we|i|you|us|our|your)$/;

interface VerbJson {
  text: string;
  terms: Array<{ text: string; tags: string[] }>;
  verb?: { infinitive?: string; auxiliary?: string; grammar?: { form?: string; tense?: string; passive?: boolean; progressive?: boolean } };
}

/** The forms compromise gives a verb group, sorted by when they put what they say. */
const LIVE_FORMS = new Set(['present-progressive', 'present-perfect', 'perfect-progressive', 'passive-present', 'simple-present', 'passive-perfect']);

/** The last word of a noun phrase, lower case: "The parish council" → "council". */
const headOf = (phrase: string): string => phrase.toLowerCase().replace(/[^a-z'’\s-]/g, ' ').trim().split(/\s+/).pop() ?? '';

/** A verb group of a parsed sentence; its subject is asked of compromise only when the verb may matter (it is costly). */
interface ParsedVerb {
  json: VerbJson;
  subject: () => string;
  /** The rest of the clause after the verb group. */
  after: string;
  /** The sentence before the verb group. */
  before: string;
}

/** One sentence's verb groups, from one compromise parse. */
function verbsOf(sentence: string): ParsedVerb[] {
  const verbs = parse(sentence).verbs();
  const list = verbs.json({ offset: true }) as Array<VerbJson & { offset: { start: number; length: number } }>;
  return list.map((json, i) => {
    const end = json.offset.start + json.offset.length;
    let subject: string | undefined;
    return {
      json,
      subject: () => (subject ??= (verbs.eq(i) as unknown as { subjects(): { text(): string } }).subjects().text()),
      // The rest of the clause: up to the next clause break.
      after: sentence.slice(end).split(/[;:.!?]|\s[–—-]\s/)[0] ?? '',
      before: sentence.slice(0, json.offset.start),
    };
  });
}

/** Does this verb, with its subject and what follows, say views are being sought now? */
export function seeksViewsNow(v: ParsedVerb): boolean {
  const lemma = (v.json.verb?.infinitive ?? '').toLowerCase();
  if (!SEEK_LEMMA.test(lemma)) return false;
  // "are now being invited": compromise splits the group at the adverb and gives "being invited" no form.
  const beingDone = /^being\s+\S+ed$/i.test(v.json.text.trim());
  const form = beingDone ? 'passive-present' : v.json.verb?.grammar?.form ?? '';
  const passive = v.json.verb?.grammar?.passive || beingDone;
  if (!SOUGHT_NOUN.test(v.after.toLowerCase()) && !/(?:sought|invited|wanted|welcomed)$/i.test(v.json.text.trim()) && !(passive && ASKED_TO_SAY.test(v.after.toLowerCase()))) return false;
  // "When consultations are launched, the group publishes…": a clause of what happens whenever, not now.
  if (GENERAL_CLAUSE.test(v.before)) return false;
  const subject = v.subject().toLowerCase().trim();
  const head = headOf(subject);
  // "Opinions sought on the new car park": a headline's views-noun subject with a bare participle.
  if (VIEWS_ONLY.test(head) && !v.json.verb?.auxiliary && /(?:sought|invited|wanted|welcomed)$/i.test(v.json.text.trim())) return true;
  if (!LIVE_FORMS.has(form) || !subject || FIRST_OR_SECOND.test(head)) return false;
  // "Residents are being asked for their views": people as the subject of a passive.
  // "Comments are now being invited": what is sought as the subject. "Allotment holders are being asked for
  // their opinions": whoever is asked (people, or any plural noun) as the subject, what is sought after the verb.
  if (passive) {
    if (SOUGHT_NOUN.test(head)) return true;
    const after = v.after.toLowerCase();
    const clauseBefore = v.before.toLowerCase().split(/[;:,]/).pop() ?? '';
    const peopleAsked = PEOPLE_SUBJECT.test(subject) || /[a-z]s$/.test(head) || PEOPLE_IN_CLAUSE.test(clauseBefore);
    return peopleAsked && (SOUGHT_NOUN.test(after) || ASKED_TO_SAY.test(after));
  }
  // "The council is seeking views", "the trust has launched an engagement exercise to hear views":
  // an organisation (not people, who are the ones asked) acting now, with what it seeks later in the clause.
  if (PEOPLE_SUBJECT.test(subject) || VIEWS_ONLY.test(head)) return false;
  if (form === 'simple-present' && !/s$/.test(v.json.text.trim())) return false;
  // "The team are holding coffee mornings inviting the public to share their experiences": views sought at
  // an occasion are what the occasion is for (an invitation), not a consultation.
  const after = v.after.toLowerCase();
  const occasion = after.search(EVENT_NOUN);
  return SOUGHT_NOUN.test(after) && (occasion < 0 || occasion > after.search(SOUGHT_NOUN));
}

const PAST = cue('past-form')[0]!;
const LOOKS_AHEAD = cue('looks-ahead')[0]!;
/** Now under way: "is running", "are being asked". */
const UNDER_WAY = /\b(?:is|are|am)\s+(?:now\s+|currently\s+|still\s+)?(?:being\b|[a-z]{3,}ing\b)/;
/**
 * Words after which a past form is a participle, not the past: "will be held", "has taken", "to be sent" — and the
 * same with "have" or "had" run in ("you've completed", "we'd sent"), as "you have completed" is.
 */
const BEFORE_PARTICIPLE = /^(?:be|been|being|is|are|am|will|to|has|have|had|get|gets|got|not|would|shall|can|may|must|should|[a-z]+['’](?:ve|d))$/;
let lexicon: Record<string, string | string[]> | undefined;
/** Does compromise's lexicon know this word as a past form ("took", "held", "sent")? Read directly: no parse. */
function pastInLexicon(word: string): boolean {
  lexicon ??= (parse('') as unknown as { world: { model: { one: { lexicon: Record<string, string | string[]> } } } }).world.model.one.lexicon;
  const tags = lexicon[word];
  return tags === 'PastTense' || (Array.isArray(tags) && tags.includes('PastTense'));
}

/**
 * Is this sentence told in the past ('past'), as now or to come ('ahead'), or mixed? A past form is one
 * compromise's lexicon knows as past ("took", "held", "were") and not after an auxiliary ("will be held"),
 * or a regular past after the one who did it ("residents asked"); now or to come is "will", "can",
 * "please", "is now open", "are being asked".
 */
export function tenseOf(sentence: string): 'past' | 'ahead' | undefined {
  const words = sentence.match(/[a-z'’]+/g) ?? [];
  const past = PAST.test(sentence) || words.some((w, i) => pastInLexicon(w) && !BEFORE_PARTICIPLE.test(words[i - 1] ?? '') && !BEFORE_PARTICIPLE.test(words[i - 2] ?? '') );
  const ahead = LOOKS_AHEAD.test(sentence) || UNDER_WAY.test(sentence);
  if (past && !ahead) return 'past';
  if (ahead && !past) return 'ahead';
  return undefined;
}

/** An occasion that will be held: "a public meeting will be held in the village hall on 3 March", "the council is holding drop-ins on …". */
function heldAhead(v: ParsedVerb): boolean {
  const lemma = (v.json.verb?.infinitive ?? '').toLowerCase();
  const form = v.json.verb?.grammar?.form ?? '';
  const future = v.json.verb?.grammar?.tense === 'FutureTense' || form === 'present-progressive' || form === 'passive-present' || form === 'simple-present';
  if (!future || !HOLD_LEMMA.test(lemma)) return false;
  const subject = v.subject().toLowerCase();
  if (FIRST_OR_SECOND.test(headOf(subject))) return false;
  return EVENT_NOUN.test(subject) || EVENT_NOUN.test(v.after.toLowerCase());
}

/** What a block's sentences show without a parse, and the sentences worth parsing (parsed only when a page needs them). */
interface Entry {
  cheap: Omit<ClauseSignals, 'seekingNow' | 'futureEvent'>;
  /** Both lists only read once made: a block with no such sentence shares one empty list (most blocks). */
  seekSentences: string[];
  eventSentences: string[];
  /** Made at the first parse: most blocks are never parsed. */
  parsed: Map<string, ParsedVerb[]> | undefined;
  seekingNow: number | undefined;
  futureEvent: number | undefined;
}

const NO_SENTENCES: string[] = [];

const cache = new WeakMap<BlockAnalysis, Entry>();

/** One block's clause readings (an object of its own, kept per block text): pageClauses adds them up. */
export type ClauseEntry = Entry;

export function entryOf(ab: AnalysedBlock): Entry {
  const hit = cache.get(ab.analysis);
  if (hit) return hit;
  const { masked } = ab.analysis;
  const text = ab.block.text;
  const cheap = { sentences: 0, addressing: 0, pastTaking: 0, aheadTaking: 0 };
  let seekSentences = NO_SENTENCES;
  let eventSentences = NO_SENTENCES;
  // A pattern whose words the block lacks (pattern-anchors.ts) matches none of its sentences: asked once per block.
  const mayHold = (re: RegExp) => mayMatch(anchorsFor(re), masked);
  const seekers = MAY_SEEK.filter(mayHold);
  const takers = MAY_TAKE_PART.filter(mayHold);
  const mayAddress = mayHold(ADDRESSING);
  const mayBeEvent = MAY_BE_EVENT.every(mayHold);
  for (const s of ab.analysis.sentences) {
    const sm = masked.slice(s.start, s.end);
    const seek = seekers.length > 0 && seekers.some((re) => re.test(sm));
    if (!moreWordsThan(sm.trim(), 3) && !seek) continue;
    cheap.sentences++;
    const addressing = mayAddress && ADDRESSING.test(sm);
    if (addressing) cheap.addressing++;
    if (takers.length > 0 && takers.some((re) => re.test(sm))) {
      const tense = tenseOf(sm);
      if (tense === 'past') cheap.pastTaking++;
      else if (tense === 'ahead') cheap.aheadTaking++;
    }
    if (seek) (seekSentences === NO_SENTENCES ? (seekSentences = []) : seekSentences).push(text.slice(s.start, s.end));
    if (!addressing && mayBeEvent && MAY_BE_EVENT.every((re) => re.test(sm))) (eventSentences === NO_SENTENCES ? (eventSentences = []) : eventSentences).push(text.slice(s.start, s.end));
  }
  const entry: Entry = { cheap, seekSentences, eventSentences, parsed: undefined, seekingNow: undefined, futureEvent: undefined };
  cache.set(ab.analysis, entry);
  return entry;
}

function parsedIn(entry: Entry, sentence: string): ParsedVerb[] {
  const parsed = (entry.parsed ??= new Map());
  let verbs = parsed.get(sentence);
  if (!verbs) parsed.set(sentence, (verbs = verbsOf(sentence)));
  return verbs;
}
const seekingNowOf = (e: Entry): number => (e.seekingNow ??= e.seekSentences.filter((x) => parsedIn(e, x).some(seeksViewsNow)).length);
const futureEventOf = (e: Entry): number => (e.futureEvent ??= e.eventSentences.filter((x) => parsedIn(e, x).some(heldAhead)).length);

/** Every clause reading of one block. */
export function blockClauses(ab: AnalysedBlock): ClauseSignals {
  const e = entryOf(ab);
  return { ...e.cheap, seekingNow: seekingNowOf(e), futureEvent: futureEventOf(e) };
}

/** The clause readings over a page: the counts that need no parse, and the two that do, parsed only when asked for. */
export interface PageClauses extends Omit<ClauseSignals, 'seekingNow' | 'futureEvent'> {
  seekingNow(): number;
  futureEvent(): number;
}

/** `entries`: each block's entryOf, when the caller keeps them already (the engine does, block by block). */
export function pageClauses(blocks: AnalysedBlock[], entries: readonly Entry[] = blocks.map(entryOf)): PageClauses {
  const sum = { sentences: 0, addressing: 0, pastTaking: 0, aheadTaking: 0 };
  for (const { cheap } of entries) {
    sum.sentences += cheap.sentences;
    sum.addressing += cheap.addressing;
    sum.pastTaking += cheap.pastTaking;
    sum.aheadTaking += cheap.aheadTaking;
  }
  let seeking: number | undefined;
  let events: number | undefined;
  return {
    ...sum,
    seekingNow: () => (seeking ??= entries.reduce((n, e) => n + seekingNowOf(e), 0)),
    futureEvent: () => (events ??= entries.reduce((n, e) => n + futureEventOf(e), 0)),
  };
}

/** What the clause readings of one block depend on, as text: two blocks with the same summary read the same (no parse is made). */
export function clauseSummary(ab: AnalysedBlock): string {
  const e = entryOf(ab);
  return JSON.stringify([e.cheap, e.seekSentences, e.eventSentences]);
}
