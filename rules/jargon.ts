import type { AnalysedBlock, BlockContext, Config, Rule, RuleReport, Term } from '../src/engine';
import type { BlockAnalysis } from '../src/engine/text';
import type { NlpView } from '../src/nlp';
import baseList from './jargon-words.json';
import { inflectPhrase, isVerbLike } from './lib/inflect';
import { findNounStacks } from './lib/noun-stacks';
import { findOfficialPairs } from './lib/official-pairs';
import { findManagementPhrases } from './lib/management-phrases';
import { findBuzzPhrases } from './lib/buzz-phrases';
import { capitalRun, isLinking, isNameRun, isTitleRun } from './lib/names';
import { WordMatcher, insideAny, termKey, termWords, tokenize, type MatchEntry, type WordMatch } from './lib/word-matcher';
import { matchesOf } from './lib/phrasing';
import { patternGroup } from './lib/slot-pattern';
import { moreWordsThan } from '../src/engine/text';
import { unfamiliarWordFindings, unfamiliarWordsIn, type UnfamiliarWord } from './jargon-unfamiliar';
import { insiderNameFindings, insiderNamesIn, insiderReadsOfBlock } from './jargon-insider';

/** One entry of rules/jargon-words.json. */
export interface JargonTerm extends Term {
  /** false: match only the words as written ("key", not "keys"). */
  inflect?: boolean;
  /** Phrases in which the term is fine: "foster carer" for "foster". */
  except?: string[];
  /**
   * Words that show the term is used in its other, everyday or legal sense when
   * they are in the same sentence: "act", "clause" for "provision".
   */
  unlessNear?: string[];
}

/** The sentence around [start, end): from the last sentence end before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('? ', start), text.lastIndexOf('! ', start), text.lastIndexOf('\n', start));
  const ends = ['. ', '? ', '! ', '\n'].map((e) => text.indexOf(e, end)).filter((i) => i >= 0);
  return text.slice(from + 1, ends.length ? Math.min(...ends) : text.length);
}

const nearCache = new WeakMap<readonly string[], RegExp>();
function usedInOtherSense(text: string, m: WordMatch<JargonTerm>): boolean {
  const words = m.value.unlessNear;
  if (!words?.length) return false;
  let re = nearCache.get(words);
  if (!re) {
    const alt = words.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'iu');
    nearCache.set(words, re);
  }
  return re.test(sentenceAround(text, m.start, m.end));
}

export const BASE_JARGON: readonly JargonTerm[] = (baseList as { terms: JargonTerm[] }).terms;

export interface JargonMatchers {
  terms: WordMatcher<JargonTerm>;
  /** Keys of terms the allow list switches off. */
  removed: Set<string>;
  /** Allowed phrases (value null: quiet for every term) and each term's exceptions (value: that term's key). */
  quiet: WordMatcher<string | null>;
  /** Find verb + noun management-speak ("drive improvement") too: part of the base list. */
  buzz: boolean;
  /** Keys of allowed words and phrases, to switch off a management-speak pair ("deliver value"). */
  allowedKeys: Set<string>;
  /** The word list each organisation term came from (its id); base terms are not in it. */
  listOf: Map<JargonTerm, string>;
}

const BUZZ_NOTE = 'Management-speak: say what will actually change, for whom, and how.';

/**
 * An organisation's entry wins over the built-in one for the same term, also
 * when one is written in another form ("care pathways" for the built-in "care
 * pathway", "stakeholder" for "stakeholders"): otherwise the built-in entry
 * could still match first and the team could not change advice it disagrees with.
 */
function dropBaseTermsListedByOrganisation(byKey: Map<string, JargonTerm>, own: Map<string, JargonTerm>): void {
  const whole = (matcher: WordMatcher<unknown>, text: string) =>
    matcher.matchText(text, text.toLowerCase()).filter((m) => m.start === 0 && m.end === text.length);
  const base = new WordMatcher([...byKey.values()].map((t) => ({ term: t.term, value: t, inflect: t.inflect })));
  for (const t of own.values()) for (const m of whole(base, t.term.trim())) byKey.delete(termKey(m.term));
  const mine = new WordMatcher([...own.values()].map((t) => ({ term: t.term, value: t, inflect: t.inflect })));
  for (const [key, t] of [...byKey]) if (whole(mine, t.term.trim()).length) byKey.delete(key);
}

/**
 * The base list plus every enabled organisation list (an organisation's term
 * replaces a base term with the same words), minus the allow list. Allowing
 * "stakeholder" or "stakeholders" removes the term and all its forms; allowing
 * a longer phrase ("care pathway") keeps a term quiet inside that phrase only.
 */
export function buildJargonMatchers(config: Config, useBaseList = true): JargonMatchers {
  const byKey = new Map<string, JargonTerm>();
  if (useBaseList) for (const t of BASE_JARGON) byKey.set(termKey(t.term), t);
  const own = new Map<string, JargonTerm>();
  const listOf = new Map<JargonTerm, string>();
  for (const list of config.wordLists) {
    if (!list.enabled) continue;
    for (const t of list.terms) {
      if (!termKey(t.term)) continue;
      own.set(termKey(t.term), t);
      listOf.set(t, list.id);
    }
  }
  if (own.size && useBaseList) dropBaseTermsListedByOrganisation(byKey, own);
  for (const [key, t] of own) byKey.set(key, t);
  const terms = new WordMatcher([...byKey.values()].map((t) => ({ term: t.term, value: t, inflect: t.inflect })));
  // An allowed word that is a whole term ("stakeholders") switches that term off in every form.
  const removed = new Set<string>();
  for (const allowed of config.allow) {
    const text = allowed.trim();
    const whole = terms.matchText(text, text.toLowerCase()).find((m) => m.start === 0 && m.end === text.length);
    if (whole) removed.add(termKey(whole.term));
  }
  const quiet: MatchEntry<string | null>[] = config.allow.map((term) => ({ term, value: null }));
  for (const [key, t] of byKey) for (const phrase of t.except ?? []) quiet.push({ term: phrase, value: key });
  const allowedKeys = new Set(config.allow.map(termKey));
  return { terms, removed, quiet: new WordMatcher(quiet), buzz: useBaseList, allowedKeys, listOf };
}

function isQuiet(m: WordMatch<JargonTerm>, quiet: WordMatch<string | null>[]): boolean {
  const key = termKey(m.term);
  return insideAny(
    m.start,
    m.end,
    quiet.filter((q) => q.value === null || q.value === key),
  );
}

function quoteList(items: string[]): string {
  const quoted = items.map((s) => `‘${s}’`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Follow the writer's capitals: "Stakeholders" → "People", "LEVERAGE" → "USE". */
function matchCase(alternative: string, flagged: string): string {
  const letters = flagged.replace(/\P{L}/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && !alternative.includes(' '))
    return alternative.toUpperCase();
  if (/^\p{Lu}/u.test(flagged)) return alternative.charAt(0).toUpperCase() + alternative.slice(1);
  return alternative;
}

// "has been utilised" wants "used" as a participle: "has been run", not "has been ran".
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had|having|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

// "Say ‘start’." adds nothing after "Try ‘start’ or ‘begin’."
const NOTE_ONLY_REPEATS = /^Say ‘[^’]+’(?:,? or ‘[^’]+’)?\.$/;

function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'“‘([•*\-–]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

const LINKING = /^(?:of|and|for|the|&)$/i;
// The one or two words just before a match, possessives allowed: [, word before that, word before].
const PREVIOUS_WORDS = /(?:([\p{L}&]+)[’']?s?\s+)?([\p{L}&]+)[’']?s?\s+$/u;

/**
 * "the Children's Commissioner", "Head of Commissioning", "Beacon Homes Group":
 * capitalised words that name a body, a team or a job are a name, and a name is
 * not ours to change, even at the start of a sentence. Capitalised jargon on its
 * own ("the Local Offer", "the Board Assurance Framework", "Commissioning is
 * changing") is still jargon. Other runs of capitals in the middle of a sentence
 * are taken as names ("Health Inequalities Action Plan"); in a heading, where
 * most words have capitals, only when there are capitals on both sides.
 */
// Job titles that are also jargon: "commissioners" buy services, but "the Commissioner" is an office-holder.
const OFFICE_TITLES = new Set(['commissioner', 'navigator', 'champion', 'coordinator', 'co-ordinator', 'practitioner', 'provider']);

/**
 * "The Commissioner, Gareth Lyle, …", "the Commissioner will report", "as Police
 * and Crime Commissioner I…": one capitalised job title, singular, in the middle
 * of a sentence or before a name, names the person who holds that office, not a
 * role in general.
 */
function officeTitle(text: string, m: WordMatch<JargonTerm>): boolean {
  const flagged = text.slice(m.start, m.end);
  if (m.words !== 1 || m.inflection !== 'base' || !OFFICE_TITLES.has(m.term) || !/^\p{Lu}\p{Ll}/u.test(flagged)) return false;
  // "the Commissioner", "as Commissioner", "Police and Crime Commissioner John Dwyer": a capital in the middle of a
  // sentence, or a person's name after it, marks the office; only the lower-case word is the buyer of services.
  return (
    /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) ||
    // A provider is an organisation, not an office: "Provider" with a capital is a contract's defined term.
    (m.term !== 'provider' && (/\b(?:as|our|their|your|my|his|her)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) || !atSentenceStart(text, m.start))) ||
    /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 4))
  );
}

// "the ICB comms team", "the PCN digital leads": an organisation's initials, then the
// team's or job's own lower-case words. The whole is what the team is called.
const TEAM_AFTER = /^(?:\s+\p{Ll}+)?\s+(?:team|teams|lead|leads|officer|officers|manager|managers|unit|hub)\b/u;
const INITIALS_BEFORE = /(?:^|\P{L})\p{Lu}{2,6}[’']?s?\s+$/u;

function teamName(text: string, m: WordMatch<JargonTerm>): boolean {
  return (
    m.words <= 2 &&
    /^\p{Ll}/u.test(text.slice(m.start, m.end)) &&
    INITIALS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    TEAM_AFTER.test(text.slice(m.end, m.end + 30))
  );
}

// "known as the police precept", "what we call a virtual ward": the writer is explaining the word there.
const DEFINED_BEFORE = /\b(?:known as|called|referred to as|which we call|what we call)\s+(?:the\s+|a\s+|an\s+)?[‘'"“]?$/i;

function looksLikeName(text: string, m: WordMatch<JargonTerm>, heading: boolean, found: readonly WordMatch<JargonTerm>[] = []): boolean {
  const flagged = text.slice(m.start, m.end);
  if (officeTitle(text, m)) return true;
  if (teamName(text, m)) return true;
  // In text all in capitals, capitals say nothing about names.
  if (!/^\p{Lu}/u.test(flagged) || !/\p{Ll}/u.test(text)) return false;
  // "Leverage the Trust's portal": a first word followed by "the" is a verb and its object, not part of a name.
  if (atSentenceStart(text, m.start) && /^\s+the\s/i.test(text.slice(m.end, m.end + 5))) return false;
  const run = capitalRun(text, m.start, m.end);
  if (isNameRun(run)) return true;
  if (heading) {
    const before = PREVIOUS_WORDS.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
    const capitalBefore =
      before !== null && (capital(before[2]) || (LINKING.test(before[2]!) && capital(before[1])));
    const capitalAfter = /^[’']?s?\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4));
    return capitalBefore && capitalAfter;
  }
  if (atSentenceStart(text, m.start)) return false;
  // Capitals outside the match make it part of a name, but the first word of a
  // sentence has a capital anyway: "Read the Local Offer" names nothing.
  let from = 0;
  if (run[0] && run[0].start < m.start && atSentenceStart(text, run[0].start)) {
    from = 1;
    while (run[from] && run[from]!.start < m.start && isLinking(run[from]!.word)) from++;
  }
  // Words that are jargon themselves ("Regulation 14 Pre-Submission") make no name of the run,
  // unless the run ends like the title of a document ("Health Inequalities Action Plan").
  const titled = isTitleRun(run);
  const others = run
    .slice(from)
    .filter((w) => (w.start < m.start || w.start >= m.end) && (titled || !found.some((f) => f !== m && w.start >= f.start && w.start < f.end)));
  return others.some((w) => !isLinking(w.word));
}

/**
 * A short line all in capitals ("TERMS OF REFERENCE", "PUBLIC NOTICE") or in title case
 * ("Draft Village Plan (Regulation 14)"): a title, whatever its block kind.
 */
export function titleInCapitals(text: string): boolean {
  const trimmed = text.trim();
  // More than ten words is no title: counted without splitting, as most blocks are long.
  if (moreWordsThan(trimmed, 10)) return false;
  const words = trimmed.split(/\s+/);
  if (/[.!?:]$/.test(trimmed)) return false;
  if (/\p{Lu}.*\p{Lu}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed)) return true;
  const letters = words.filter((w) => /^[(\p{L}]/u.test(w));
  const capitals = letters.filter((w) => /^\(?\p{Lu}/u.test(w));
  return words.length <= 8 && letters.length >= 2 && capitals.length / letters.length >= 0.75;
}

/** "6. Action plan", "• Terms of reference": a block that is only the term is a section or agenda label. */
function labelOnly(text: string, m: WordMatch<JargonTerm>): boolean {
  return /^[\s\d.)(•*\-–]*$/.test(text.slice(0, m.start)) && /^[\s:.]*$/.test(text.slice(m.end));
}

const STACK_NOTE = 'It stacks abstract words together. Say what it means for people, using a verb.';

/** "How our priorities are delivered", "how we will deliver": the verb with nothing real delivered (rules/patterns/jargon.yaml). */
const EMPTY_DELIVERY = patternGroup('jargon', 'empty-delivery', 'dg');
/** "Exercise its functions", "handing back its contract": legal and contract wording (rules/patterns/jargon.yaml). */
const LEGAL_DUTIES = patternGroup('jargon', 'legal-duties', 'dg');
const LEGAL_NOTE = 'This is legal or contract wording. Say in everyday words what the body will do and what it means for people.';
const DELIVERY_NOTE = '‘Deliver’ here names no thing delivered. Say what will be done, by whom, and what people will notice.';

function phraseDetectorFindings(kind: string, text: string, masked: string, listed: Array<{ start: number; end: number }>): RuleReport[] {
  if (kind === 'heading') return [];
  const out: RuleReport[] = [];
  const groups = [
    { patterns: EMPTY_DELIVERY, note: DELIVERY_NOTE, cue: 'deliver' },
    { patterns: LEGAL_DUTIES, note: LEGAL_NOTE, cue: '' },
  ];
  for (const { patterns, note, cue } of groups) {
    if (cue && !masked.includes(cue)) continue;
    for (const { re, id } of patterns) {
      for (const m of matchesOf(re, masked)) {
        const end = m.index + m[0].length;
        if (listed.some((f) => f.start < end && m.index < f.end) || out.some((f) => f.start! < end && m.index < f.end!)) continue;
        out.push({ start: m.index, end, message: `‘${text.slice(m.index, end).replace(/\s+/g, ' ')}’ may be jargon. ${note}`, suggestions: [], severity: 'suggestion', patternId: id });
      }
    }
  }
  return out;
}

/**
 * Noun stacks, outside headings and short label lines, where no listed term already covers
 * the words. They are suggestions: the writer is asked to explain, not to delete.
 */
function nounStackFindings(kind: string, text: string, masked: string, words: number, listed: Array<{ start: number; end: number }>): RuleReport[] {
  if (kind === 'heading' || words < 6 || titleInCapitals(text)) return [];
  const hits = findNounStacks(text, masked);
  const out: RuleReport[] = [];
  for (const h of hits) {
    if (listed.some((m) => m.start < h.end && h.start < m.end)) continue;
    const shown = text.slice(h.start, h.end).replace(/\s+/g, ' ');
    out.push({
      start: h.start,
      end: h.end,
      message: `‘${shown}’ may be jargon. ${STACK_NOTE}`,
      suggestions: [],
      severity: 'suggestion',
      patternId: h.patternId,
    });
  }
  return out;
}

const PAIR_NOTE = 'Two official words together. Say what it means for people: who does what, and what changes.';

/** Official noun pairs (rules/lib/official-pairs.ts) outside headings and titles, where no other finding covers the words. */
function officialPairFindings(kind: string, text: string, masked: string, covered: Array<{ start: number; end: number }>): RuleReport[] {
  if (kind === 'heading' || titleInCapitals(text)) return [];
  return findOfficialPairs(text, masked)
    .filter((h) => !covered.some((m) => m.start < h.end && h.start < m.end))
    .map((h) => ({
      start: h.start,
      end: h.end,
      message: `‘${text.slice(h.start, h.end).replace(/\s+/g, ' ')}’ may be jargon. ${PAIR_NOTE}`,
      suggestions: [],
      severity: 'suggestion' as const,
      patternId: h.patternId,
    }));
}

const PHRASE_NOTE: Record<string, string> = {
  'jargon/management-phrases/verb-and-abstract-object':
    'Each word is common, but together they describe the organisation’s own work in a way a resident cannot picture. Say what will happen, who does it and who it helps.',
  'jargon/management-phrases/institutional-compound':
    'Two everyday words used as the organisation’s own shorthand: a resident may not know what they mean together. Say it in full the first time.',
};

/**
 * Management phrases of common words (rules/lib/management-phrases.ts) outside headings and titles, where no
 * listed term, other finding or allowed word or phrase covers the words. Suggestions: the writer is asked to
 * say it plainly, not told it is wrong.
 */
function managementPhraseFindings(
  kind: string,
  text: string,
  analysis: BlockAnalysis,
  nlp: (text: string) => NlpView,
  covered: ReadonlyArray<{ start: number; end: number }>,
): RuleReport[] {
  if (kind === 'heading' || titleInCapitals(text)) return [];
  return findManagementPhrases(text, analysis, nlp, covered).map((h) => {
    const shown = text.slice(h.start, h.end).replace(/\s+/g, ' ');
    const plainer = h.plainer ? ` You could try ${h.plainer}.` : '';
    return {
      start: h.start,
      end: h.end,
      message: `‘${shown}’ may puzzle readers. ${PHRASE_NOTE[h.patternId] ?? ''}${plainer}`,
      suggestions: [],
      severity: 'suggestion' as const,
      patternId: h.patternId,
    };
  });
}

/**
 * Whether a listed term's match makes a finding where it stands. A heading or a title in capitals
 * ("TERMS OF REFERENCE", "Action plan", "Tamar Estate Regeneration") labels a document, a section
 * or a project: only jargon in its own right (a term at the rule's full severity) is worth a finding
 * there, not everyday officialese. Names, allowed words, another sense of the word and a definition
 * just before it keep the term quiet too.
 */
export function listedTermReported(
  matchers: JargonMatchers,
  text: string,
  m: WordMatch<JargonTerm>,
  where: { heading: boolean; title: boolean; quiet: WordMatch<string | null>[]; found: readonly WordMatch<JargonTerm>[] },
): boolean {
  if ((where.title || labelOnly(text, m)) && m.value.severity === 'suggestion') return false;
  if (matchers.removed.size && matchers.removed.has(termKey(m.term))) return false;
  if (where.quiet.length && isQuiet(m, where.quiet)) return false;
  if (looksLikeName(text, m, where.heading, where.found)) return false;
  if (usedInOtherSense(text, m)) return false;
  return !DEFINED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

export const jargon: Rule = {
  meta: {
    id: 'jargon',
    title: 'Jargon',
    barriers: ['inaccessible-language'],
    enablers: ['check-understanding', 'knowing-people-needs', 'not-hiding-behind-role'],
    scope: 'block',
    profiles: 'all',
    severity: 'warning',
    defaultOptions: { baseList: true, unfamiliarWords: true, managementPhrases: true },
    /**
     * The word matcher over a word list ("word-list:base" for rules/jargon-words.json, "word-list:<id>"
     * for an organisation's list), management-speak pairs (rules/lib/buzz-phrases.ts) and words rare in spoken English
     * ("unfamiliar-word", rules/jargon-unfamiliar.ts). Noun stacks, official pairs, management phrases, insider names and
     * legal references and capitalised names of bodies, plans and papers (rules/jargon-insider.ts, rules/lib/capital-names.ts) carry their pattern's id.
     */
    hooks: ['word-list:base', 'word-list:*', 'management-speak', 'unfamiliar-word'],
    docs: {
      description:
        'Finds jargon and officialese from our list of over 1,000 words and phrases (including sector words from health, care, councils, police and fire, waste, schools, research and finance), and from your organisation’s word lists, in any form (stakeholders, leveraging, capacity-building). Also finds management-speak pairs such as ‘drive improvement’, ‘deliver better value’ or ‘unlock potential’, stacks of abstract nouns such as ‘service quality’ or ‘decision making and governance’, official noun pairs such as ‘operational capacity’ or ‘ambulatory services’ (a management noun after a formal word), ‘deliver’ with nothing delivered (‘how our priorities are delivered’, ‘how we will deliver’), and management phrases made of common words: a management verb with an abstract object (‘allocate our resources’, ‘demonstrate compliance’) or two nouns of institutions in a row (‘engagement period’, ‘care planning’), as suggestions (switch these off with the option managementPhrases: false). Also asks, once per document, for everyday words for a council body or procedure named as if readers know it (‘the Executive’, ‘the Authority’, ‘municipal year’, ‘scrutiny’) and for a numbered legal reference (‘under Regulation 14’, ‘Standing Order 12(3)’). Also asks, once per document, what a name the organisation gives its own body, plan or paper means when the name is made of everyday words with capitals (‘the Work Group’, ‘our Medium Term Financial Strategy’, ‘a Consultation Statement’), unless the page explains it, asks ‘What is …?’ about it, or is about it. Suggests everyday words instead. Everyday officialese (‘approximately’, ‘in accordance with’) is a suggestion; sector jargon the public will not know (‘precept’, ‘pathway’) is a warning. Names of bodies, teams and jobs are left alone, and in headings and titles in capitals only jargon at full severity is found. Also suggests explaining words in no list that are rare in everyday spoken English and shaped like officialese (‘subsistence’, ‘governance’, ‘co-design’), once per document, unless the text explains them; switch this off with the option unfamiliarWords: false.',
      why: 'Jargon tells people this document was not written for them. Words like ‘stakeholder’, ‘pathway’ or ‘system partners’ hide who is doing what, and people who do not know them stay quiet rather than ask. Everyday words let everyone take part as equals.',
      bad: 'Going forward, we will leverage our system partners to co-locate services and empower stakeholders.',
      good: 'From now on, the council, the NHS and local charities will share buildings, so you can get help in one place. You can help decide which services go where.',
      sources: [
        'GOV.UK content design: words to avoid — https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
        'Local Government Association: the LGA banned words list',
        'Plain English Campaign: the A to Z of alternative words',
      ],
    },
  },
  checkBlock(ctx) {
    const matchers = ctx.prepared(() => buildJargonMatchers(ctx.config, ctx.options.baseList !== false));
    const { text } = ctx.block;
    const tokens = tokenize(text, ctx.analysis.masked, ctx.analysis.words);
    const found = matchers.terms.match(tokens);
    // Allowed words and phrases and the terms' exceptions, matched once for the two places that read them.
    let quietMade: WordMatch<string | null>[] | undefined;
    const quietMatches = (): WordMatch<string | null>[] => (quietMade ??= matchers.quiet.size ? matchers.quiet.match(tokens) : []);
    const buzzMatches = new Set<WordMatch<JargonTerm>>();
    if (matchers.buzz) {
      // Verb + noun management-speak, where no listed term already covers the words.
      const listed = found.slice();
      for (const b of findBuzzPhrases(tokens)) {
        if (matchers.allowedKeys.has(termKey(b.term))) continue;
        // A listed word inside the pair ("maximise" in "maximise impact") gives way to the pair;
        // a listed term that runs past it ("menu of options") keeps its place.
        const overlapping = listed.filter((m) => m.start < b.end && b.start < m.end);
        if (overlapping.some((m) => m.start < b.start || m.end > b.end)) continue;
        if (overlapping.length && overlapping.every((m) => m.start === b.start && m.end === b.end)) continue;
        for (const m of overlapping) found.splice(found.indexOf(m), 1);
        const words = b.term.split(' ').length;
        found.push({
          start: b.start,
          end: b.end,
          term: b.term,
          value: { term: b.term, alternatives: b.alternatives, note: BUZZ_NOTE },
          inflection: b.inflection,
          inflectedWord: 0,
          words,
        });
        buzzMatches.add(found.at(-1)!);
      }
      found.sort((a, b) => a.start - b.start);
    }
    // A general detector for wording no list holds: stacks of abstract nouns.
    const stacks = matchers.buzz ? nounStackFindings(ctx.block.kind, text, ctx.analysis.masked, ctx.analysis.wordCount, found) : [];
    for (const g of stacks) ctx.report(g);
    if (matchers.buzz) for (const g of officialPairFindings(ctx.block.kind, text, ctx.analysis.masked, [...found, ...stacks.map((g) => ({ start: g.start!, end: g.end! }))])) {
      stacks.push(g);
      ctx.report(g);
    }
    const detected = matchers.buzz ? phraseDetectorFindings(ctx.block.kind, text, ctx.analysis.masked, [...found, ...stacks.map((g) => ({ start: g.start!, end: g.end! }))]) : [];
    for (const g of detected) ctx.report(g);
    if (matchers.buzz && ctx.options.managementPhrases !== false) {
      // Allowed words and phrases, and every other finding, win over a management phrase.
      const tokensQuiet = quietMatches().filter((q) => q.value === null);
      const covered = [...found, ...tokensQuiet, ...[...stacks, ...detected].map((g) => ({ start: g.start!, end: g.end! }))];
      for (const g of managementPhraseFindings(ctx.block.kind, text, ctx.analysis, ctx.nlp, covered)) ctx.report(g);
    }
    if (!found.length) return;
    const quiet = quietMatches();
    const heading = ctx.block.kind === 'heading';
    const title = heading || titleInCapitals(text);
    for (const m of found) {
      if (!listedTermReported(matchers, text, m, { heading, title, quiet, found })) continue;
      const flagged = text.slice(m.start, m.end);
      const shown = flagged.replace(/\s+/g, ' ');
      const opts = {
        lastWord: m.words > 1 && m.inflectedWord === m.words - 1,
        participle: AUXILIARY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)),
        verb: isVerbLike(termWords(m.term)[m.inflectedWord] ?? ''),
      };
      const suggestions = m.value.alternatives.map((a) => matchCase(inflectPhrase(a, m.inflection, opts), flagged));
      const parts = [`‘${shown}’ may be jargon.`];
      if (suggestions.length) parts.push(`Try ${quoteList(suggestions.slice(0, 3))}.`);
      const note = m.value.note && !NOTE_ONLY_REPEATS.test(m.value.note) ? m.value.note : '';
      parts.push(note || (suggestions.length ? '' : 'Say what you mean in everyday words.'));
      const report: RuleReport = {
        start: m.start,
        end: m.end,
        message: parts.filter(Boolean).join(' '),
        suggestions,
      };
      if (m.value.severity) report.severity = m.value.severity;
      report.patternId = `jargon/${buzzMatches.has(m) ? 'management-speak' : `word-list:${matchers.listOf.get(m.value) ?? 'base'}`}`;
      ctx.report(report);
    }
  },
  /** Unfamiliar words no list holds (rules/jargon-unfamiliar.ts): the first use in the whole document. */
  checkDocument(ctx) {
    const matchers = ctx.prepared(() => buildJargonMatchers(ctx.config, ctx.options.baseList !== false));
    // Insider names and legal references (rules/jargon-insider.ts) come with the base list.
    if (matchers.buzz) for (const r of insiderNameFindings(ctx, matchers)) ctx.report(r);
    if (ctx.options.unfamiliarWords === false) return;
    const perBlock = ctx.perBlock('unfamiliar-words', unfamiliarIn(matchers, ctx.nlp));
    for (const r of unfamiliarWordFindings(ctx.blocks, perBlock)) ctx.report(r);
  },
  // The document pass reads a block's insider names, the names it asks about or may mention, and its unfamiliar words.
  readsOfBlock(ab, read, ctx) {
    const matchers = ctx.prepared(() => buildJargonMatchers(ctx.config, ctx.options.baseList !== false));
    if (matchers.buzz && read('insider-names', insiderNamesIn(matchers)).length > 0) return null;
    if (ctx.options.unfamiliarWords !== false && read('unfamiliar-words', unfamiliarIn(matchers, ctx.nlp)).length > 0) return null;
    // A block with neither still matters when it asks about a name or may mention one (rules/jargon-insider.ts).
    return matchers.buzz ? insiderReadsOfBlock(ab, read) : '';
  },
};

/** A block's words in no list that are rare in everyday spoken English (rules/jargon-unfamiliar.ts). */
function unfamiliarIn(matchers: JargonMatchers, nlp: BlockContext['nlp']) {
  return ({ block, analysis }: AnalysedBlock): UnfamiliarWord[] => {
    // Like everyday officialese from the list, unfamiliar words are suggestions, and headings and titles get none.
    if (block.kind === 'heading' || titleInCapitals(block.text)) return [];
    // Words a list term covers are that term's; allowed words and phrases are never flagged.
    const listed = () => {
      const tokens = tokenize(block.text, analysis.masked, analysis.words);
      const ranges: Array<{ start: number; end: number }> = matchers.terms.match(tokens);
      if (matchers.quiet.size) for (const q of matchers.quiet.match(tokens)) if (q.value === null) ranges.push(q);
      return ranges;
    };
    return unfamiliarWordsIn(block.text, analysis, { listed, nlp });
  };
}
