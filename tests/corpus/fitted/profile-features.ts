/**
 * A page as a fixed list of numbers, for the fitted model of the kind of document
 * (profile-model.ts). Every feature describes structure or a whole-page reading, never a
 * single wording: per kind, how much cue weight sits in the title zone, in headings and in
 * the body; the hand scorer's own scores and decision (profiles.ts, readProfiles); how the
 * page is told (past tense, speaking to the reader, "we" against "you", questions); and its
 * dates, times and layout. Pure: it reads only the analysed blocks.
 *
 * Counts are log-scaled (log(1 + n)) so one long page does not outweigh the rest; shares are
 * per sentence, per word or per block.
 */
import type { AnalysedBlock } from '../../../src/engine/rule';
import { CUES, type Detected } from '../../../src/engine/profile-cues';
import { cuesFor, type ProfileReading } from '../../../src/engine/profiles';

export const KINDS: readonly Detected[] = ['consultation', 'engagement-plan', 'meeting-invitation', 'report'];

const PER_KIND = ['title-cues', 'heading-cues', 'body-cues', 'distinct-cues', 'hand-raw', 'hand-score', 'hand-decides', 'title-says'] as const;
const PAGE = [
  'news-title', 'log-words', 'heading-share', 'list-share', 'table-share', 'letter',
  'dated-events', 'meeting-labels', 'schedule', 'date-share', 'time-share', 'event-share',
  'reports-back', 'minutes', 'about-involvement', 'involvement-per-word', 'asking-per-word',
  'report-back-per-sentence', 'people-heard', 'event-over', 'seeking-views', 'will-handle',
  'past-share', 'ahead-share', 'addressing-share', 'past-taking', 'ahead-taking', 'third-person',
  'told-as-past', 'seeking-now', 'future-event', 'question-share', 'we-per-word', 'you-per-word',
  'we-against-you', 'first-block-heading',
] as const;

/** The features' names, in the order of the vector (per kind first, then the whole page). */
export const FEATURE_NAMES: readonly string[] = [...KINDS.flatMap((k) => PER_KIND.map((f) => `${k}:${f}`)), ...PAGE];

const WE = /\b(?:we|our|us|ours)\b/g;
const YOU = /\b(?:you|your|yours)\b/g;
const log1 = (n: number): number => Math.log1p(Math.max(0, n));
const share = (n: number, of: number): number => (of > 0 ? n / of : 0);
const countOf = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/** The feature vector of a page, from its analysed blocks and what the hand scorer read from them. */
export function profileFeatures(blocks: AnalysedBlock[], reading: ProfileReading): number[] {
  const zone = { title: new Map<Detected, number>(), heading: new Map<Detected, number>(), body: new Map<Detected, number>() };
  const distinct = new Map<Detected, Set<number>>(KINDS.map((k) => [k, new Set()]));
  let headings = 0, lists = 0, tables = 0, dates = 0, times = 0, events = 0, questions = 0, sentences = 0, we = 0, you = 0;
  for (const ab of blocks) {
    const c = cuesFor(ab);
    const where = reading.titleZone.has(ab.index) ? zone.title : c.headingLike ? zone.heading : zone.body;
    for (const i of c.cues) {
      const cue = CUES[i]!;
      if (cue.titleZone && where !== zone.title) continue;
      where.set(cue.profile, (where.get(cue.profile) ?? 0) + cue.weight);
      distinct.get(cue.profile)!.add(i);
    }
    // A plan named in passing is worth one point wherever it is.
    for (const i of c.weakTitles) where.set(CUES[i]!.profile, (where.get(CUES[i]!.profile) ?? 0) + 1);
    if (ab.block.kind === 'heading') headings++;
    if (ab.block.kind === 'list-item') lists++;
    if (ab.block.kind === 'table-cell') tables++;
    if (c.date) dates++;
    if (c.time) times++;
    if (c.event) events++;
    const text = ab.analysis.masked;
    for (const s of ab.analysis.sentences) {
      if (s.wordEnd - s.wordStart < 3) continue;
      sentences++;
      if (/\?["”’)]?$/.test(s.text.trimEnd())) questions++;
    }
    we += countOf(WE, text);
    you += countOf(YOU, text);
  }
  const { page, clauses, register } = reading;
  const words = Math.max(page.words, 1);
  const decided = new Set(reading.matches.map((m) => m.id));
  const perKind = KINDS.flatMap((k) => [
    log1(zone.title.get(k) ?? 0),
    log1(zone.heading.get(k) ?? 0),
    log1(zone.body.get(k) ?? 0),
    log1(distinct.get(k)!.size),
    log1(reading.raw[k]),
    log1(reading.score[k]),
    decided.has(k) ? 1 : 0,
    reading.purpose.has(k) ? 1 : 0,
  ]);
  const n = Math.max(blocks.length, 1);
  // The parse-based clause readings are asked for only where the hand scorer asks for them (pages that rarely speak to the reader).
  const parsed = register.thirdPerson;
  const pageFeatures = [
    reading.purpose.has('news') ? 1 : 0,
    log1(page.words),
    share(headings, n),
    share(lists, n),
    share(tables, n),
    blocks.slice(0, 8).some((ab) => /^\s*dear\b/.test(ab.analysis.masked)) ? 1 : 0,
    log1(reading.datedEvents),
    reading.labels,
    reading.schedule ? 1 : 0,
    share(dates, n),
    share(times, n),
    share(events, n),
    page.reportsBack ? 1 : 0,
    page.minutes ? 1 : 0,
    page.aboutInvolvement ? 1 : 0,
    (100 * page.involvement) / words,
    (100 * page.asking) / words,
    share(page.reportBack, Math.max(sentences, 1)),
    log1(page.peopleHeard),
    log1(page.eventOver),
    log1(page.seekingViews),
    log1(page.willHandle),
    share(page.pastSentences, Math.max(sentences, 1)),
    share(page.aheadSentences, Math.max(sentences, 1)),
    share(clauses.addressing, clauses.sentences),
    log1(clauses.pastTaking),
    log1(clauses.aheadTaking),
    register.thirdPerson ? 1 : 0,
    register.toldAsPast ? 1 : 0,
    parsed ? log1(clauses.seekingNow()) : 0,
    parsed ? log1(clauses.futureEvent()) : 0,
    share(questions, sentences),
    (100 * we) / words,
    (100 * you) / words,
    share(we, we + you),
    blocks[0]?.block.kind === 'heading' ? 1 : 0,
  ];
  return [...perKind, ...pageFeatures];
}
