/**
 * General grammatical features of one sentence for the fitted doing-to scorer
 * (tests/corpus/fitted/doing-to-scorer.ts, weights in tests/corpus/fitted/doing-to-weights.json).
 *
 * Every feature is about grammar or a shared word class, never a wording:
 * who the subject of each verb is (people, the reader, the organisation),
 * the verb's voice, modality, tense and negation as compromise reads them,
 * the class of its lemma (taking part, neutral care or fact, handling people,
 * telling), and the layout the sentence sits in. The words themselves never
 * become features, so the weights cannot learn a list of phrases.
 */
import type { NlpView } from '../../../src/nlp';
import { regexpsOf, wordClassSource } from '../../../rules/lib/slot-pattern';

/** Feature names, in the order of the vector; the weights file keeps the same order. */
export const FEATURES = [
  'people-subject-passive',
  'you-subject-passive',
  'people-subject-obligation',
  'you-subject-obligation',
  'people-subject-future',
  'you-subject-future',
  'people-subject-other',
  'people-done-to',
  'people-ordered',
  'org-subject',
  'org-acts-on-people',
  'passive-no-people-subject',
  'passive-taking-part-verb',
  'passive-neutral-verb',
  'handling-verb',
  'telling-verb',
  'obligation',
  'soft-modal',
  'imperative',
  'negative',
  'all-past',
  'please',
  'condition-first',
  'question',
  'reader-word',
  'people-word',
  'heading',
  'list-item',
  'short',
  'long',
  'rule-fires',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface SentenceLayout {
  heading: boolean;
  listItem: boolean;
}

/** A subject that opens with people, whatever describes them after: "patients wishing to join", "anyone who attends". */
const PEOPLE = new RegExp(`^(?:${wordClassSource('PEOPLE_GROUP')}|${wordClassSource('PUBLIC_SUBJECT')}|${wordClassSource('WIDE_PEOPLE_SUBJECT')}|${wordClassSource('PEOPLE_PRONOUN')}|they|people|everyone)\\b`);
const PEOPLE_ANYWHERE = new RegExp(`\\b(?:${wordClassSource('PEOPLE')}|${wordClassSource('PUBLIC_SUBJECT')})\\b`);
const STAFF = new RegExp(`\\b(?:${wordClassSource('STAFF')})$`);
const ORG = new RegExp(`^(?:${wordClassSource('ORG')}|i|our [a-z]+|the [a-z]+ (?:council|trust|board|team|service|practice|group|authority))$`);
const YOU = /^(?:you|yourself|you all|all of you)$/;
const READER = /\b(?:you|your|yours)\b/;
/** People described by a clause after them ("patients wishing to…", "tenants who receive…"): compromise takes the nearest noun as the subject of the verb that follows. */
const MODIFIED_PEOPLE_OPENER = new RegExp(`^\\s*(?:the\\s+|all\\s+|any\\s+|each\\s+|every\\s+|our\\s+)?(?:${wordClassSource('PEOPLE_GROUP')}|${wordClassSource('PEOPLE_PRONOUN')}|anyone|everyone|people)\\s+(?:who|that|[a-z]+ing)\\b`);
/** People or the reader within a few words after a verb: its object. */
const PEOPLE_AFTER = new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}?(?:you|them|${wordClassSource('PEOPLE_GROUP')})\\b`);

const lemmaTest = (group: string) => {
  const res = regexpsOf('people-passive', group);
  return (lemma: string) => res.some((re) => re.test(lemma));
};
/** Verb classes from rules/patterns/people-passive.yaml: taking part and help; care and neutral facts; handling people. */
const TAKING_PART = lemmaTest('lemmas.with');
const NEUTRAL = lemmaTest('lemmas.neutral');
const HANDLING = lemmaTest('lemmas.judged-elsewhere');
const TELLING = /^(?:tell|inform|notify|advise|instruct|warn|brief)$/;
/** Verbs whose passive with "to" puts an order on the subject ("are required to", "are expected to"). */
const OBLIGING = /^(?:require|expect|oblige|force|mandate|compel|ask|urge|advise|request|instruct|direct|remind)$/;
const OBLIGATION_AUX = /\b(?:must|shall|need to|needs to|have to|has to|having to|ought to)\b/;
const SOFT_MODAL = /\b(?:should|can|could|may|might)\b/;

interface VerbJson {
  text: string;
  verb?: { grammar?: { form?: string; tense?: string; passive?: boolean }; infinitive?: string; auxiliary?: string; negative?: boolean };
}

type Subject = 'people' | 'you' | 'org' | 'other';

function subjectClass(subject: string): Subject {
  const s = subject.toLowerCase().replace(/[^a-z' -]/g, '').trim();
  if (!s) return 'other';
  if (YOU.test(s)) return 'you';
  if (ORG.test(s)) return 'org';
  if (STAFF.test(s) && !PEOPLE.test(s)) return 'other';
  if (PEOPLE.test(s.replace(/^(?:the|all|any|each|every|our|your|some|many|most)\s+/, ''))) return 'people';
  return 'other';
}

/**
 * The features of one sentence as 0/1 numbers, in the order of FEATURES.
 * `parse` is compromise (ctx.nlp in a rule); `ruleFires` says whether the
 * hand-written doing-to rule already reports something in this sentence.
 */
export function sentenceFeatures(parse: (text: string) => NlpView, sentence: string, layout: SentenceLayout, ruleFires: boolean): number[] {
  const f = new Map<FeatureName, number>();
  const on = (name: FeatureName) => f.set(name, 1);
  const lower = sentence.toLowerCase();
  const words = lower.split(/\s+/).filter(Boolean).length;
  const doc = parse(sentence);
  const verbView = doc.verbs();
  const verbs: VerbJson[] = verbView.json() as VerbJson[];
  let past = verbs.length > 0;
  // The first verb with an auxiliary or modal after people described by a clause is theirs.
  let modifiedPeople = MODIFIED_PEOPLE_OPENER.test(lower);
  verbs.forEach((v, i) => {
    const g = v.verb?.grammar ?? {};
    const lemma = (v.verb?.infinitive ?? '').toLowerCase().replace(/^(?:will|shall|must)\s+/, '');
    const aux = (v.verb?.auxiliary ?? '').toLowerCase();
    const vtext = v.text.toLowerCase();
    const subjects = (verbView.eq(i) as unknown as { subjects(): NlpView }).subjects().out('array') as string[];
    let subject = subjectClass(subjects[0] ?? '');
    if (modifiedPeople && aux) {
      if (subject === 'other') subject = 'people';
      modifiedPeople = false;
    }
    const passive = g.passive === true;
    const after = lower.slice(Math.max(0, lower.indexOf(vtext)) + vtext.length);
    const obliged = OBLIGATION_AUX.test(`${aux} ${vtext}`) || (passive && OBLIGING.test(lemma) && /^\s*to\b/.test(after));
    const future = g.tense === 'FutureTense' || /\b(?:will|shall|going to)\b/.test(aux);
    if (g.tense !== 'PastTense') past = false;
    if (v.verb?.negative) on('negative');
    if (g.form === 'imperative') on('imperative');
    if (obliged) on('obligation');
    if (SOFT_MODAL.test(aux)) on('soft-modal');
    if (HANDLING(lemma)) on('handling-verb');
    if (TELLING.test(lemma)) on('telling-verb');
    if (subject === 'people' || subject === 'you') {
      const you = subject === 'you';
      if (passive) on(you ? 'you-subject-passive' : 'people-subject-passive');
      if (obliged) on(you ? 'you-subject-obligation' : 'people-subject-obligation');
      if (future && !passive) on(you ? 'you-subject-future' : 'people-subject-future');
      if (!passive && !obliged && !future) on('people-subject-other');
    } else if (passive) {
      on('passive-no-people-subject');
    }
    // The conjunctions a linear model cannot build itself: people (or the reader) on the receiving end of a verb that is
    // neither taking part nor neutral care, not in the past; and people under an order that is not lifted by a negative.
    const people = subject === 'people' || subject === 'you';
    if (people && passive && !TAKING_PART(lemma) && !NEUTRAL(lemma) && g.tense !== 'PastTense') on('people-done-to');
    if (people && obliged && !v.verb?.negative) on('people-ordered');
    if (passive && TAKING_PART(lemma)) on('passive-taking-part-verb');
    if (passive && NEUTRAL(lemma)) on('passive-neutral-verb');
    if (subject === 'org') {
      on('org-subject');
      if (!passive && (HANDLING(lemma) || TELLING.test(lemma)) && PEOPLE_AFTER.test(after)) on('org-acts-on-people');
    }
  });
  if (past) on('all-past');
  if (/^\s*please\b/.test(lower) || /\bplease\s+(?:do not|don't|ensure|make sure|note)\b/.test(lower)) on('please');
  if (/^\s*(?:if|when|where|unless|once)\b/.test(lower)) on('condition-first');
  if (/\?\s*$/.test(sentence)) on('question');
  if (READER.test(lower)) on('reader-word');
  if (PEOPLE_ANYWHERE.test(lower)) on('people-word');
  if (layout.heading) on('heading');
  if (layout.listItem) on('list-item');
  if (words < 6) on('short');
  if (words > 30) on('long');
  if (ruleFires) on('rule-fires');
  return FEATURES.map((name) => f.get(name) ?? 0);
}
