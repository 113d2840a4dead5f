/**
 * The structural part of doing-to: people as the subject of a passive or of
 * an obligation, whatever the verb ("patients will be assessed", "you will
 * be charged", "tenants are advised to attend"), minus the verbs of taking
 * part, help and care listed in rules/patterns/people-passive.yaml.
 *
 * A cheap regular expression finds "be + participle" (a regular -ed form or
 * a listed irregular one); the participle's possible lemmas are checked
 * against the data, so every inflection of a listed verb is left alone.
 * compromise is asked only when words come between the people and the verb.
 */
import type { BlockContext } from '../../src/engine';
import { AUX_BE, peopleOf } from './people-subject';
import { anyPattern, groupEnd, groupStart, matchesOf, sentenceAt } from './phrasing';
import { notTheSubject } from './not-the-subject';
import { buildRegExp, patternGroup, regexpsOf, wordClassSource } from './slot-pattern';

export interface PeoplePassive {
  start: number;
  end: number;
  /** The people, as written ("Patients", "you"). */
  group: string;
  /** 'passive' (something done to people), 'obligation' (told to do something), or a receiving-end phrase id. */
  kind: 'passive' | 'obligation' | 'receiving-end';
  /** Where what people are asked to do starts, when it is inside the match ("should <attend three meetings>"). */
  restFrom?: number;
  /** The data pattern that matched, when one did ("people-passive/modal-after-modifier/described-people-must"). */
  patternId?: string;
}

const IRREGULAR: Record<string, string> = {
  sent: 'send', kept: 'keep', put: 'put', told: 'tell', held: 'hold', left: 'leave', made: 'make', brought: 'bring', paid: 'pay',
  met: 'meet', found: 'find', heard: 'hear', led: 'lead', fed: 'feed', bought: 'buy', caught: 'catch', taught: 'teach',
  sold: 'sell', lost: 'lose', set: 'set', cut: 'cut', let: 'let', shut: 'shut', read: 'read', seen: 'see', given: 'give',
  taken: 'take', shown: 'show', known: 'know', chosen: 'choose', written: 'write', spoken: 'speak', done: 'do', gone: 'go',
  born: 'bear', borne: 'bear', forgotten: 'forget', hidden: 'hide', driven: 'drive', dealt: 'deal',
};

/** Words ending in -ed that are never participles of a verb done to someone. */
const NOT_PARTICIPLES = new Set(['need', 'red', 'bed', 'shed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'aged', 'speed', 'seed', 'feed', 'weed', 'breed', 'greed', 'deed']);

/** The dictionary forms a participle may come from: "assessed" → assess, "charged" → charge, "carried" → carry. */
export function lemmasOf(participle: string): string[] {
  const w = participle.toLowerCase();
  if (IRREGULAR[w]) return [IRREGULAR[w]!];
  const out = new Set<string>([w]);
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    const base = w.slice(0, -2);
    out.add(base).add(`${base}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
  }
  return [...out];
}

const data = (group: string) => regexpsOf('people-passive', group);
export const LEFT_ALONE = [...data('lemmas.with'), ...data('lemmas.neutral'), ...data('lemmas.judged-elsewhere')];
/** "keep" → what must follow it to count ("kept informed", not "kept updated"). */
export const ONLY_BEFORE = new Map(patternGroup('people-passive', 'only-before').map((p) => [p.id.split('/').pop()!, p.re]));

/** A lemma this pass leaves alone: taking part, care and states, or judged by a named pattern. */
export function leftAlone(lemma: string): boolean {
  return LEFT_ALONE.some((re) => re.test(lemma));
}

const ADVERB = '(?:then|automatically|all|simply|each|routinely|directly|also|now|usually|normally|immediately|quickly|formally|individually|personally|initially|first|regularly|properly|fully|closely|centrally)';
// Regular participles end in -ed; other -en words ("often", "open", "children") are mostly not participles, so
// only the irregular ones listed are read.
const PASSIVE = new RegExp(`\\b${AUX_BE}\\s+(?:${ADVERB}\\s+)?([a-z]+(?:-[a-z]+)?ed|${Object.keys(IRREGULAR).join('|')})\\b`, 'dg');
/**
 * The same structure in the past or perfect: "you have been discharged", "tenants were moved to other homes". The named
 * patterns read only present and future forms, so here their verbs count too, all but taking part, care and states.
 */
const PAST_PASSIVE = new RegExp(`\\b${wordClassSource('AUX_BE_PAST')}\\s+(?:${ADVERB}\\s+)?([a-z]+(?:-[a-z]+)?ed|${Object.keys(IRREGULAR).join('|')})\\b`, 'dg');
/** "to" and a verb after the participle ("urged to clear"), not "to" and a place ("moved to the new ward"). */
const TO_VERB_AFTER = /^\s+to\s+(?!(?:the|a|an|your|their|our|this|that|these|those|its|his|her|any|all|each|every|another|other|one)\b)[a-z]/;
/** Participles that take "to" and a verb ("were told to leave"); after others "to" leads to a place ("were moved to flats"). */
const TAKES_TO_VERB = data('takes-infinitive');
/** "Patients were assessed last year": a simple past with a past time is history. */
const PAST_TIME = data('past-time');
const LEFT_ALONE_IN_PAST = [...data('lemmas.with'), ...data('lemmas.neutral')];
/** "Residents were told the outcome": telling people what was decided after they took part is good practice. */
const REPORTED_BACK = anyPattern('doing-to', 'report-back');
const OBLIGATION = patternGroup('people-passive', 'obligation', 'dg');
export const TAKING_PART = data('taking-part');
const RECEIVING_END = patternGroup('people-passive', 'receiving-end', 'dg');
export const NOT_PEOPLE = data('not-people');
const POLITE_ORDER = patternGroup('people-passive', 'polite-order', 'dg');
const MODAL_OBLIGATION = patternGroup('people-passive', 'modal-obligation', 'dg');
const NOT_AN_ORDER = data('not-an-order');
const MODAL_AFTER_MODIFIER = patternGroup('people-passive', 'modal-after-modifier', 'dg');
/** "Board members must…": people who decide, not people decided for. */
const GOVERNANCE_BEFORE = new RegExp(`\\b(?:${wordClassSource('DECIDING_MEETING')}|scrutiny|trust)\\s+$`);
const PEOPLE_OR_YOU_IN = new RegExp(`\\b(?:${wordClassSource('PEOPLE')}|you)\\b`);
const PEOPLE_OR_YOU = new RegExp(`^(?:${wordClassSource('PEOPLE_GROUP')}|you)$`);
/** Who gives orders rather than takes them: "we must", "the board should", "staff must be aware". */
const GIVES_ORDERS = new RegExp(`^(?:but|and|or|so|then|i|it|this|that|there|which|what|who|${wordClassSource('DECIDING_MEETING')}|${wordClassSource('ORG')})$`);
const POST_MODIFIER_START = data('post-modifier-start');
/** Views or questions later in a polite request: "…read the proposals and tell us what you think". */
const VIEWS_IN_REST = new RegExp(`\\b(?:${wordClassSource('VIEWS_GIVEN')}|questions?|think|thoughts)\\b`);
/** A cheap first test: some people word, or "you", before the verb in its sentence. */
const ANY_PEOPLE = new RegExp(`\\b(?:you|${wordClassSource('PEOPLE_PRONOUN')}|${wordClassSource('PEOPLE')}|${wordClassSource('ONLOOKERS')})\\b`);
/**
 * "If you are admitted…", "when patients are discharged…": a condition, not a plan done to people. A "then" ends the
 * condition as a comma does: "if you have not had a letter then you should attend" is an order.
 */
// "Where" is a condition at the start of a clause ("where patients are admitted, …") and a question after a preposition
// or a verb of knowing ("your views on where people should go"); after a noun it only says which ones ("items of a
// private nature where the public will be excluded"), so it is not read as a condition there.
const WHERE_AS_CONDITION = '(?:^|[,;:(•]|\\b(?:and|or|but|that|on|about|of|to|over|into|for|as|know|decided?|decides|choose|ask(?:ed)?|tell|see|show|consider|understand|explain|says?|said|think))\\s*where';
export const CONDITION_BEFORE = new RegExp(`(?:\\b(?:if|when|whenever|once|unless|until|whether|while|before|after)|${WHERE_AS_CONDITION})\\b(?:(?!\\bthen\\b)[^,;:])*$`);

/** A condition that has its own subject and verb before the people: "if you claim benefit ⟨you must…⟩". */
const CONDITION_THEN_PEOPLE = new RegExp(`\\b(?:if|when|once|unless|where)\\s+(?:you|they|${wordClassSource('PEOPLE_GROUP')})\\s+(?:[a-z'’-]+\\s+){1,12}$`);

/** People right before "who"/"that" and a passive: "those patients that are deemed urgent", "members who are voted off". */
/** "Elected members", "members of the council's committee": members who govern, a few words back. */
const GOVERNANCE_NEAR = new RegExp(`\\b(?:${wordClassSource('DECIDING_MEETING')}|elected)\\b`);
const RELATIVE_PEOPLE = buildRegExp(`\\b(${wordClassSource('PEOPLE_GROUP')})\\s+(?:who|that)\\s+$`, 'd');

/**
 * Staff and governors are not the people a public body does things to. Bare "members" are, when nothing before them
 * names a board or committee: the members of a patient group or a forum ("members will have to be voted in").
 */
export function isStaff(masked: string, start: number, end: number): boolean {
  const words = masked.slice(start, end);
  if (!NOT_PEOPLE.some((re) => re.test(words))) return false;
  // "Any member", "each member", "the applicant": one person of the group counts as the group.
  if (!/^(?:(?:the|our|all|any|each|every|a|new|existing)\s+)?members?$/.test(words)) return true;
  return GOVERNANCE_BEFORE.test(masked.slice(Math.max(0, start - 20), start)) || GOVERNANCE_NEAR.test(masked.slice(Math.max(0, start - 30), start));
}

/**
 * The people who are the subject of a verb at `at`: right before it, at the start of its clause with only a
 * post-modifier between, or heading their own relative clause. Null when the subject is not people, is staff,
 * follows a preposition, or sits in a condition ("if patients are admitted").
 */
export function peopleSubjectAt(ctx: BlockContext, at: number): { start: number; end: number; coordinated: boolean } | null {
  const { masked } = ctx.analysis;
  const s = sentenceAt(ctx.analysis, at);
  if (!s) return null;
  if (!ANY_PEOPLE.test(masked.slice(s.start, at))) return null;
  // "appointments for those patients that are deemed urgent": people are the subject of their own relative clause,
  // whatever comes before them.
  const relative = RELATIVE_PEOPLE.exec(masked.slice(s.start, at));
  if (relative && !isStaff(masked, s.start + groupStart(relative, 1), s.start + groupEnd(relative, 1))) {
    return { start: s.start + groupStart(relative, 1), end: s.start + groupEnd(relative, 1), coordinated: false };
  }
  // peopleOf reads "you" too ("you will be charged").
  const people = peopleOf(ctx, s, at);
  if (!people) return null;
  if (isStaff(masked, people.start, people.end)) return null;
  // "the ideas from local people are published", "the views of residents and carers are considered", "… and how it is
  // managed": the people are not the subject of the verb.
  if (notTheSubject(masked.slice(s.start, people.start), masked.slice(people.start, people.end), masked.slice(people.end, at), masked.slice(at, at + 12))) return null;
  // "Patient feedback will be…", "the patient information leaflet": people as a modifier, not the subject.
  const between = masked.slice(people.end, at).trim();
  // (The data's patterns end at a word boundary, so a leading comma is read past here.)
  const head = between.replace(/^,\s*/, '');
  if (head && !POST_MODIFIER_START.some((re) => re.test(head))) return null;
  if (CONDITION_BEFORE.test(masked.slice(s.start, people.start))) return null;
  return people;
}

/** Every place in the block where people are the subject of a passive or obligation this pass reads. */
export function findPeoplePassives(ctx: BlockContext): PeoplePassive[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: PeoplePassive[] = [];
  const subjectOf = (at: number) => peopleSubjectAt(ctx, at);

  for (const m of matchesOf(PASSIVE, masked)) {
    const word = m[1]!;
    if (NOT_PARTICIPLES.has(word)) continue;
    const end = groupEnd(m, 1);
    const after = masked.slice(end, end + 30);
    const guesses = lemmasOf(word);
    if (guesses.some((l) => leftAlone(l) && !ONLY_BEFORE.has(l))) continue;
    // "are urged to clear…": an obligation, read below with its own exceptions. "Written to" takes "to" itself: what
    // follows says why the letter is sent ("are being written to explain the changes").
    if (TO_VERB_AFTER.test(after) && !guesses.includes('write')) continue;
    // "can be seen": what people are able to have, not something done to them. "May be held", "could be replaced" are
    // still done to people, only not certain.
    if (/^can\b/.test(m[0])) continue;
    const people = subjectOf(m.index);
    if (!people) continue;
    // Only a verb that counts with the word after it ("kept informed") needs its lemma: an irregular
    // participle gives it exactly, and none of a regular one's guesses is left alone (checked above).
    const needs = guesses.map((l) => ONLY_BEFORE.get(l)).find(Boolean);
    if (needs && !needs.test(after)) continue;
    const last = needs ? end + (needs.exec(after)?.[0].length ?? 0) : end;
    out.push({ start: people.start, end: last, group: text.slice(people.start, people.end), kind: 'passive' });
  }

  for (const m of matchesOf(PAST_PASSIVE, masked)) {
    const word = m[1]!;
    if (NOT_PARTICIPLES.has(word)) continue;
    const end = groupEnd(m, 1);
    const after = masked.slice(end, end + 80);
    const guesses = lemmasOf(word);
    if (guesses.some((l) => LEFT_ALONE_IN_PAST.some((re) => re.test(l)) && !ONLY_BEFORE.has(l))) continue;
    // "were told to leave": an order in the past is history of a meeting's rules; orders are read in the present only.
    if ((TAKES_TO_VERB.some((t) => t.test(word)) && TO_VERB_AFTER.test(after)) || REPORTED_BACK.test(after)) continue;
    if (/^(?:was|were)\b/.test(m[0])) {
      const s = sentenceAt(ctx.analysis, m.index);
      if (s && PAST_TIME.some((t) => t.test(masked.slice(s.start, s.end)))) continue;
    }
    const people = subjectOf(m.index);
    if (!people) continue;
    const needs = guesses.map((l) => ONLY_BEFORE.get(l)).find(Boolean);
    if (needs && !needs.test(after)) continue;
    const last = needs ? end + (needs.exec(after)?.[0].length ?? 0) : end;
    out.push({ start: people.start, end: last, group: text.slice(people.start, people.end), kind: 'passive', patternId: 'doing-to/people-passive-past' });
  }

  for (const { re, id } of OBLIGATION) {
    for (const m of matchesOf(re, masked)) {
      const next = m.groups!.next!;
      if (TAKING_PART.some((t) => t.test(next))) continue;
      const people = subjectOf(m.index);
      if (!people) continue;
      out.push({ start: people.start, end: m.indices!.groups!.obligation![1], group: text.slice(people.start, people.end), kind: 'obligation', patternId: id });
    }
  }

  for (const { re, unless, id } of RECEIVING_END) {
    for (const m of matchesOf(re, masked)) {
      const s = sentenceAt(ctx.analysis, m.index);
      if (s && unless.some((u) => u.test(masked.slice(s.start, s.end)))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, group: 'you', kind: 'receiving-end', patternId: id });
    }
  }

  // Orders in polite form: "we would ask that you keep the gate shut", "please ensure bins are out by seven".
  for (const { re, id } of POLITE_ORDER) {
    for (const m of matchesOf(re, masked)) {
      const g = m.indices!.groups!;
      const verbAt = g.verb?.[0] ?? g.verb2?.[0] ?? g.verb3?.[0] ?? m.index;
      // What people are asked to do: the verb itself, or what follows "ensure" ("ensure you contact us").
      const from = g.who ? verbAt : m.index + m[0].length;
      const action = masked.slice(from, from + 40).replace(/^\s*(?:that\s+)?(?:you\s+)?(?:to\s+)?/, '');
      // "Ask residents to have their bins out by seven": a fixed cut-off makes an ask with a plain verb an order.
      if ((isNotAnOrder(action) && !hasDeadline(masked.slice(from, from + 90))) || TAKING_PART.some((t) => t.test(action))) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      // "We ask people to read the plans and send us their views": a request that ends in views is an ask to take part.
      if (s && VIEWS_IN_REST.test(masked.slice(from, s.end))) continue;
      if (!s || CONDITION_BEFORE.test(masked.slice(s.start, m.index))) continue;
      const who = m.groups!.who;
      out.push({ start: m.index, end: m.index + m[0].length, restFrom: from, group: !who || who === 'you' ? 'you' : text.slice(g.who![0], g.who![1]), kind: 'obligation', patternId: id });
    }
  }

  // People told what they must or should do: "members should attend three meetings", "you must tell the practice".
  for (const { re, id } of MODAL_OBLIGATION) {
    for (const m of matchesOf(re, masked)) {
      const g = m.indices!.groups!;
      const who = m.groups!.who!;
      const verb = m.groups!.verb!;
      const action = masked.slice(g.verb![0], g.verb![0] + 30);
      // A prohibition ("are not permitted to speak") is an order whatever the verb; "should speak to us" is an ask.
      const forbids = /\b(?:not|no longer)\b|n['’]t\b/.test(m.groups!.modal!);
      if (verb !== 'be aware' && !forbids && isNotAnOrder(action) && !(/^(?:must|will need to|will have to)$/.test(m.groups!.modal!) && hasDeadline(masked.slice(g.verb![0], g.verb![0] + 90)))) continue;
      if (GOVERNANCE_BEFORE.test(masked.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "No resident will have to move before…": a reassurance, not an order.
      if (/\b(?:no|not|nor)\s+$/.test(masked.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (GIVES_ORDERS.test(who) || NOT_PEOPLE.some((t) => t.test(who) && !/\bmembers?$/.test(who))) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      if (!s) continue;
      // "they" is people only when the sentence starts with people: "If a patient leaves, they must…", not "Libraries… they should".
      if (who === 'they' && !PEOPLE_OR_YOU_IN.test(masked.slice(s.start, s.end).split(/\s+/).slice(0, 4).join(' '))) continue;
      // "If you need to…", "when patients must wait…": a condition, not an order. A condition with its own subject and
      // verb ends where the people are named again: "if you claim benefit you must tell the office" is an order.
      const lead = masked.slice(s.start, m.index);
      if (CONDITION_BEFORE.test(lead) && !CONDITION_THEN_PEOPLE.test(lead)) continue;
      const start = g.who![0];
      const named = PEOPLE_OR_YOU.test(who);
      out.push({ start, end: g.verb![1], restFrom: g.verb![0], group: named ? text.slice(start, g.who![1]) : 'people', kind: 'obligation', patternId: id });
    }
  }

  // The same order when words describing the people come first: "patients wishing to join must apply".
  for (const { re, id } of MODAL_AFTER_MODIFIER) {
    for (const m of matchesOf(re, masked)) {
      const g = m.indices!.groups!;
      // People right before the modal were read above.
      if (PEOPLE_OR_YOU.test(m.groups!.gap!) || /^(?:they|we|i|it)$/.test(m.groups!.gap!)) continue;
      // A prohibition ("will not be permitted to join") is an order whatever the verb.
      if (!/\bnot\b/.test(m.groups!.modal!) && isNotAnOrder(masked.slice(g.verb![0], g.verb![0] + 30)) && !hasDeadline(masked.slice(g.verb![0], g.verb![0] + 90))) continue;
      const at = g.modal![0];
      const people = subjectOf(at);
      if (!people || people.start >= g.gap![0] || GOVERNANCE_BEFORE.test(masked.slice(Math.max(0, people.start - 20), people.start))) continue;
      if (NOT_PEOPLE.some((t) => t.test(masked.slice(people.start, people.end)))) continue;
      out.push({ start: people.start, end: g.verb![1], restFrom: g.verb![0], group: text.slice(people.start, people.end), kind: 'obligation', patternId: id });
    }
  }

  return out;
}

/** After "must", "should" or "will need to": is the action taking part or what people can expect, rather than an order? */
export function isNotAnOrder(action: string): boolean {
  return NOT_AN_ORDER.some((t) => t.test(action));
}

const HARD_DEADLINE = new RegExp(`\\b(?:${wordClassSource('HARD_DEADLINE')})`);
/**
 * "Speakers must register with the clerk by noon the day before": an ask to register or get in touch is an order when
 * it carries a fixed cut-off. Read in the rest of the clause after the verb (up to 90 characters, no new sentence).
 */
export function hasDeadline(rest: string): boolean {
  return HARD_DEADLINE.test(rest.slice(0, 90).split(/[.;!?](?:\s|$)/)[0]!);
}
