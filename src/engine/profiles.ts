/**
 * Which kinds of document this is. A document can be several (a consultation
 * that lists drop-in events is also a meeting invitation). Each detected
 * profile carries the plain reasons it was detected, so the side panel can
 * say why and the user can override it (config.profiles).
 *
 * Cues are matched per block and cached on the block's analysis (which the
 * linter keeps per block text), so re-detecting after an edit is cheap.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import type { ProfileMatch } from './types';
import { patternGroup, wordClassSource } from '../../rules/lib/slot-pattern';
import { anchorsFor, candidatesIn, mayMatch } from '../../rules/lib/pattern-anchors';
import { ALL_CUE_PATTERNS, CUES, type Cue, type Detected } from './profile-cues';
import { blockSignals, pageSignals, type BlockSignals, type PageSignals } from './profile-signals';
import { entryOf, pageClauses, tenseOf, type ClauseEntry, type PageClauses } from './profile-clauses';

// A clock time: "2pm", "10.30 a.m.", "14:00", "noon".
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday)\b/;

interface BlockCues {
  /** Indexes into CUES of cues this block matched. */
  cues: number[];
  /** Title cues met in passing: strong only in the title zone. */
  weakTitles: number[];
  /** Labelled meeting details on this line: date, time, venue… */
  labels: string[];
  /** A calendar date (day and month), not only a weekday: an occasion. */
  date: boolean;
  /** A clock time. */
  time: boolean;
  /** Names a meeting or event. */
  event: boolean;
  /** Names a newsletter or bulletin (in the title zone, the document is news). */
  news: boolean;
  /** Names the records of meetings: papers, minutes, agendas (in the title zone, the page keeps records). */
  records: boolean;
  /** Names results of something ("Friends and Family Test results"): in the title zone, with a survey named on the page, a report. */
  results: boolean;
  /** Calls itself an invitation ("Invitation – site visit", "Subject: Invitation to our open day"). */
  inviteTitle: boolean;
  /** A short line without a sentence ending: a title or heading. */
  headingLike: boolean;
  /** The only clock time is a deadline's ("until 5pm on …", "by noon on …"). */
  deadlineTime: boolean;
}

const cache = new WeakMap<BlockAnalysis, Map<string, BlockCues>>();
const DEADLINE_TIME = /\b(?:until|by|before|closes?|closing|deadline|no later than|ends?)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight)\b/;
const LABEL_RE = /^\s*(date|time|times|venue|where|when|location|address|place|meeting point|meeting place|start(?:ing)? point)\s*[:–-]\s*\S/;
// "you said, we did" after "we will publish" is a promise, not a report.
const FUTURE = new RegExp(`\\b(?:${wordClassSource('WILL')}|going to)\\b`);
// "plan to publish" and "aim to publish" end in "to publish".
const PROMISE_BEFORE = /\b(?:will|would|to) (?:publish|produce|share|write|send|prepare)\b[^.]{0,40}$/;
const EVENT_RE = patternGroup('profiles', 'meeting-invitation.mentions-an-event');
const CALENDAR_DATE = patternGroup('profiles', 'signals.calendar-date');
// "For a topic to be covered at the AGM, fill in the survey": the way to respond is for the event's agenda.
const FOR_AN_EVENT = patternGroup('profiles', 'signals.for-an-event');
// In the title zone, an invitation's purpose (it adds no score: it only says the document's asks for views belong to the event).
const INVITE_TITLE_RE = /^(?:subject:\s*)?(?:(?:re|fw|fwd):\s*)?(?:an? )?(?:invitation|you(?:'re|’re| are| have been) (?:warmly )?invited)\b(?! to (?:comment|respond|give|share|have your say|tender|quote|bid)\b)/;
const PARTICIPATION_BEFORE = /\b(?:willing|able|chance|opportunit(?:y|ies)|need|confident|free|time|space) to (?:[\w-]+ (?:and|or) )?$/;
const INSTEAD_OF_EVENT = /\b(?:can['’]t|cannot|can not|unable to|not able to) (?:come|attend|get|make it|join us)\b[^.?!]{0,60}[.?!]?\s*$/;
// "Council of Governors meeting papers": a title that names the records of meetings.
const RECORDS_TITLE = patternGroup('profiles', 'signals.records-title');
const RESULTS_TITLE = patternGroup('profiles', 'signals.results-title');
const NEWS_RE = /\b(?:newsletter|bulletin|e-?news|magazine|news round-?up)\b/;

const GLOBAL_CUES = new WeakMap<RegExp, RegExp>();

/** Every match of a cue's pattern, left to right (a global copy of it is made once). */
function* allMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  let global = GLOBAL_CUES.get(pattern);
  if (!global) GLOBAL_CUES.set(pattern, (global = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')));
  global.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text))) {
    yield m;
    if (m[0].length === 0) global.lastIndex++;
  }
}

/** Does a match of a cue at `at` count ('cue'), name a plan only in passing ('weak-title'), or not count? */
function judgeCue(cue: Cue, kind: string, text: string, at: number): 'cue' | 'weak-title' | 'no' {
  const before = text.slice(Math.max(0, at - 60), at);
  // "You just need to be willing to listen and share your views" says what taking part involves, not an ask to respond.
  if (cue.generic && PARTICIPATION_BEFORE.test(before)) return 'no';
  // "Tell people whether we are consulting them": a commitment about consulting, not a consultation.
  if (cue.direct && /\b(?:when|whether|where|why)\s+$/.test(before)) return 'no';
  // "Can't come along? Fill in our survey": a way to respond offered instead of an event belongs to the event.
  // "If you are unable to attend one of these sessions but would like to fill in the form…" too.
  if (cue.profile === 'consultation' && cue.weight === 2 && INSTEAD_OF_EVENT.test(text.slice(Math.max(0, at - 100), at))) return 'no';
  if (cue.profile === 'consultation' && cue.weight === 2 && FOR_AN_EVENT.some((p) => p.re.test(sentenceAt(text, at)))) return 'no';
  // "People gave feedback on forms at the drop-ins": a way to respond told in the past reports an ask that is over.
  if (cue.profile === 'consultation' && cue.direct && !cue.ownTense && !cue.headingOnly && kind !== 'heading' && tenseOf(sentenceAt(text, at)) === 'past') return 'no';
  if (cue.profile === 'report' && (PROMISE_BEFORE.test(before) || FUTURE.test(sentenceAt(text, at).replace(/\bwould like to (?:thank|say thank)/g, '')))) return 'no';
  // A plan's name counts in a heading or as "this … plan"; in passing ("our action plan was…", an agenda item) it is a weak cue.
  if (cue.title && kind !== 'heading' && !/\b(?:this|our new|the new|our updated|the updated|our refreshed)\s+(?:[\w'’‘-]+\s+){0,5}['’‘"“]?$/.test(text.slice(Math.max(0, at - 50), at))) return 'weak-title';
  return 'cue';
}

export function cuesFor(ab: AnalysedBlock): BlockCues {
  const kind = ab.block.kind;
  const key = kind === 'heading' ? 'h' : 'b';
  let byKind = cache.get(ab.analysis);
  const hit = byKind?.get(key);
  if (hit) return hit;
  const text = ab.analysis.masked;
  const headingLike = kind === 'heading' || (kind === 'paragraph' && ab.analysis.words.length <= 12 && !/[.!?]\s*$/.test(text.trim()));
  const cues: number[] = [];
  const weakTitles: number[] = [];
  const trimmed = text.trim();
  // Asked of the block's text, not the trimmed copy: every rule reads that text, so the anchors it
  // holds are found once for all of them. What the trimmed text holds, the whole text holds too.
  const mayHold = candidatesIn(ALL_CUE_PATTERNS, text);
  CUES.forEach((cue, i) => {
    if (cue.headingOnly && !(cue.titleZone ? headingLike : kind === 'heading')) return;
    // The first match may be passed over ("its commitment to involving" before "our new co-production
    // strategy"): every match is tried, and the cue counts if one of them does.
    let weak = false;
    for (let p = 0; p < cue.patterns.length; p++) {
      if (mayHold[cue.first + p] !== 1) continue;
      const pattern = cue.patterns[p]!;
      for (const m of allMatches(pattern.re, trimmed)) {
        if (pattern.unless.some((u) => u.test(sentenceAt(trimmed, m.index)))) continue;
        const verdict = judgeCue(cue, kind, text, m.index);
        if (verdict === 'cue') {
          cues.push(i);
          return;
        }
        if (verdict === 'weak-title') weak = true;
      }
    }
    if (weak) weakTitles.push(i);
  });
  const label = LABEL_RE.exec(text);
  const labels = label ? [label[1]!.replace(/s$/, '').replace(/^(?:where|location|address|place|meeting point|meeting place|start(?:ing)? point)$/, 'venue').replace(/^when$/, 'date')] : [];
  const result: BlockCues = {
    cues,
    weakTitles,
    labels,
    date: CALENDAR_DATE.some((p) => mayMatch(anchorsFor(p.re), text) && p.re.test(text)),
    time: TIME.test(text),
    event: EVENT_RE.some((p) => mayMatch(anchorsFor(p.re), text) && p.re.test(text)) || /\bagenda\b/.test(text),
    news: headingLike && NEWS_RE.test(text),
    records: headingLike && RECORDS_TITLE.some((p) => p.re.test(text.trim())),
    results: headingLike && RESULTS_TITLE.some((p) => p.re.test(text.trim())),
    inviteTitle: headingLike && INVITE_TITLE_RE.test(text.trim()),
    headingLike,
    deadlineTime: DEADLINE_TIME.test(text) && (text.match(new RegExp(TIME.source, 'g')) ?? []).length === 1,
  };
  if (!byKind) cache.set(ab.analysis, (byKind = new Map()));
  byKind.set(key, result);
  return result;
}

const THRESHOLD = 3;
/** A line of a schedule is short: a date and a time, perhaps a place. */
const SCHEDULE_LINE_WORDS = 15;
const OPENING_HOURS = /\b(?:open|opening|opens|closed|closes|closing|hours)\b/;
/**
 * Whether a block is shaped like a line of a schedule (short, not opening hours); with a date and a time
 * it is one. Re-checks compare it too (profile-inputs.ts), as it is read from every block.
 */
export function scheduleLineShape(ab: AnalysedBlock): boolean {
  return ab.analysis.words.length <= SCHEDULE_LINE_WORDS && !OPENING_HOURS.test(ab.analysis.masked);
}
/** Consultation cues that show the page still asks for views, so a count of responses so far does not make it a report. */
const STILL_ASKING = ['views-by-a-date', 'open-until-a-date', 'consultation-period', 'says-a-consultation-is-running', 'how-to-respond', 'people-are-asked', 'reply-slip-by-a-date', 'says-consulting'].map((name) => `consultation.${name}`);
/** Consultation cues that only mention one (no ask, no date, no sign it is under way): in a report they are its subject. */
const MENTIONS_ONLY = ['mentions-consultation', 'mentions-survey', 'describes-proposals'].map((name) => `consultation.${name}`);
/** Below the threshold, a single clear leader with at least this score is read as that kind. */
const NEAREST_KIND = 2;
/** What a standing group's page that asks people to join a group that meets adds to an invitation (with its mention of meetings, enough). */
const JOIN_A_GROUP_THAT_MEETS = 2;
/** A title naming results, on a page that names a survey or consultation: worth a report's title cue. */
const RESULTS_OF_ASKING = 3;
/** Sayings of how an organisation consults in general needed for a page that asks nothing to set out how it consults, and what that adds. */
const CONSULTS_IN_GENERAL_AT_LEAST = 2;
const CONSULTS_IN_GENERAL_WEIGHT = 2;
/** Cues that name a plan in its title: a group's page with one of these is a plan as well as whatever else it is. */
const PLAN_TITLES = ['names-an-engagement-plan', 'names-a-project-plan', 'how-it-involves-people', 'how-we-involve-heading'].map((name) => `engagement-plan.${name}`);
const ORDER: Detected[] = ['consultation', 'engagement-plan', 'meeting-invitation', 'report'];
const REASON = {
  invites: 'invites people to an event',
  books: 'asks people to book a place',
  event: 'mentions a meeting or event',
  planTitle: 'is a project plan',
  titled: 'is titled a consultation',
  heldEvents: 'describes events already held',
};

/**
 * Profiles are scored from cues, but the document's purpose — what its title
 * and opening lines say it is — weighs more than what it mentions in passing:
 *  - a report, newsletter or invitation that closes with "tell us what you
 *    think" is not a consultation; it becomes one only when it also gives a
 *    way to respond (a survey, a reply slip, comments by a date) or calls
 *    itself a consultation;
 *  - a plan, terms of reference, report or newsletter that mentions meetings
 *    is not an invitation unless it invites the reader;
 *  - an event is an occasion with a calendar date and a time ("Tuesday 3 March,
 *    2pm"), not opening hours ("Monday to Friday, 9am to 5pm") or a cycle
 *    ("the second Wednesday of the month, 11am").
 */
/** What detectProfiles reads from each block, in block order: the engine keeps these block by block (see ProfileReadings). */
export interface ProfileReadings {
  cues: readonly BlockCues[];
  signals: readonly BlockSignals[];
  clauses: readonly ClauseEntry[];
}

/** The readings of every block, worked out (or found in each one's cache) here. */
export function readingsOf(blocks: AnalysedBlock[]): ProfileReadings {
  return { cues: blocks.map(cuesFor), signals: blocks.map(blockSignals), clauses: blocks.map(entryOf) };
}

/** What the hand-weighed scorer read from a page: its decision and the scores and signals behind it (profile-features.ts reads them). */
export interface ProfileReading {
  matches: ProfileMatch[];
  /** Scores after the purpose rules capped them, and before. */
  score: Record<Detected, number>;
  raw: Record<Detected, number>;
  purpose: ReadonlySet<Detected | 'news'>;
  titleZone: ReadonlySet<number>;
  datedEvents: number;
  labels: number;
  schedule: boolean;
  page: PageSignals;
  clauses: PageClauses;
  register: { thirdPerson: boolean; toldAsPast: boolean };
}

export function detectProfiles(blocks: AnalysedBlock[], readings: ProfileReadings = readingsOf(blocks)): ProfileMatch[] {
  return readProfiles(blocks, readings).matches;
}

/**
 * What the pass over each block's cues finds: the first half of readProfiles. Below the top
 * (TOP_BLOCKS_READ_IN_FULL, profile-inputs.ts) it reads only each block's kind, cues and schedule
 * shape, so the engine keeps it from one check to the next while an edit leaves those the same,
 * and reads the whole-page counts (signals, clauses) again without it.
 */
export interface CueScan {
  seen: ReadonlySet<number>;
  labels: ReadonlySet<string>;
  datedEvents: number;
  weakPlan: boolean;
  titleZone: ReadonlySet<number>;
  purpose: ReadonlySet<Detected | 'news'>;
  openedWithAccount: boolean;
  openingPlans: ReadonlySet<number>;
  schedule: boolean;
  titleOnlyNamesEvents: boolean;
  /** The title names the records of meetings (papers, minutes, agendas). */
  records: boolean;
  /** The title names results. */
  resultsTitle: boolean;
}

export function scanCues(blocks: AnalysedBlock[], per: readonly BlockCues[]): CueScan {
  const seen = new Set<number>();
  const labels = new Set<string>();
  let datedEvents = 0;
  let weakPlan = false;
  const titleZone = titleBlocks(blocks);
  // The title zone is a few blocks at the top: the blocks below it are not looked up in it.
  const lastTitle = Math.max(-1, ...titleZone);
  const opening = new Set<number>(titleZone);
  const afterTitle = blocks.findIndex((b) => b.index === Math.max(...titleZone)) + 1;
  for (const ab of blocks.slice(afterTitle, afterTitle + 3)) opening.add(ab.index);
  const purpose = new Set<Detected | 'news'>();
  let records = false;
  let resultsTitle = false;
  const titleEvent = [...titleZone].some((i) => per[blocks.findIndex((b) => b.index === i)]?.event === true && blocks.find((b) => b.index === i)!.analysis.words.length <= 12);
  let lastHeading = -1;
  let lastEvent = -10;
  let openedWithAccount = false;
  const pageNamesEvents = per.some((c) => c.event);
  const openingPlans = new Set<number>();
  let scheduleRun = 0;
  let schedule = false;
  /** The only sign of an invitation in the opening is a title that names events ("2013 drop-in events", "Agenda item"). */
  let titleOnlyNamesEvents = false;
  // A lead-in line that names events and gives their time ("The meetings all run from 6pm to 8pm:"):
  // the dated list items under it are its sessions.
  let leadIn = -1;
  for (let n = 0; n < per.length; n++) {
    const c = per[n]!;
    const ab = blocks[n]!;
    const inTitle = ab.index <= lastTitle && titleZone.has(ab.index);
    for (const i of c.cues) {
      const cue = CUES[i]!;
      if (cue.titleZone && !inTitle) continue;
      seen.add(i);
      // A report's cue names the page's purpose on title lines ("Survey results"); in an opening full paragraph
      // ("last year 150 people replied…") it is background to what the page asks now.
      if (inTitle && (cue.title || (cue.profile === 'report' && cue.weight >= 2 && !fullParagraph(ab)) || cue.reason === REASON.titled)) purpose.add(cue.profile);
      if (inTitle && cue.profile === 'consultation' && cue.direct && !cue.generic) purpose.add('consultation');
      if (opening.has(ab.index) && (cue.reason === REASON.invites || cue.reason === REASON.books)) {
        purpose.add('meeting-invitation');
        titleOnlyNamesEvents = false;
      }
      // "We held a number of workshops in March…" as the first thing said: the page reports on events that are over.
      if ((inTitle || n === afterTitle) && cue.reason === REASON.heldEvents) {
        purpose.add('report');
        openedWithAccount = true;
      }
    }
    // A plan named in passing counts as the page's title on title lines (run together or not). A page with no
    // title line opens with a full paragraph: a plan named there ("…a survey that will shape the council's new
    // involvement charter") names the page only when nothing else does (see openingPlans below).
    for (const i of c.weakTitles) {
      if (inTitle && !fullParagraph(ab)) {
        seen.add(i);
        purpose.add('engagement-plan');
      } else {
        if (inTitle) openingPlans.add(i);
        weakPlan = true;
      }
    }
    if (inTitle && c.news) purpose.add('news');
    if (inTitle && c.records) records = true;
    if (inTitle && c.results) resultsTitle = true;
    if (inTitle && c.inviteTitle) {
      purpose.add('meeting-invitation');
      titleOnlyNamesEvents = false;
    }
    // "Dates of our meetings", "Village Plan Drop-In Sessions": the title names the meetings.
    if (inTitle && c.event && c.headingLike) {
      if (!purpose.has('meeting-invitation')) titleOnlyNamesEvents = true;
      purpose.add('meeting-invitation');
    }
    for (const l of c.labels) labels.add(l);
    // An event slot: a date and a time in the block, or across a table row.
    let date = c.date;
    let time = c.time;
    let event = c.event;
    if (ab.block.kind === 'table-cell') {
      for (let k = n - 1; k >= Math.max(0, n - 2) && blocks[k]!.block.kind === 'table-cell'; k--) {
        date ||= per[k]!.date;
        time ||= per[k]!.time;
        event ||= per[k]!.event;
      }
    }
    if (ab.block.kind !== 'list-item') leadIn = c.event && c.time && !c.date ? n : -1;
    else if (leadIn >= 0 && date && !time) {
      time = true;
      event = true;
    }
    // A schedule: two or more short lines in a row that each give a date and a time ("Tuesday 20 May, 11am–12.30pm").
    // Every such list on the labelled pages is a list of meetings or sessions to come, even with no word for them.
    // Opening hours ("Christmas Eve: 8am to 1pm", "Closed: Monday 5 April") are not sessions.
    // The page must name meetings or events somewhere: a list of dates and times alone may be anything.
    const slot = pageNamesEvents && date && time && !c.deadlineTime && scheduleLineShape(ab);
    scheduleRun = slot ? scheduleRun + 1 : 0;
    if (scheduleRun >= 2) {
      schedule = true;
      event = true;
      // The run's first line was passed over for want of an event word: it counts now.
      if (scheduleRun === 2 && lastEvent !== n - 1) datedEvents++;
    }
    // A table row is counted once (its date, time and venue cells follow each other).
    const sameRow = ab.block.kind === 'table-cell' && lastEvent >= n - 2 && blocks.slice(lastEvent, n).every((b) => b.block.kind === 'table-cell');
    // "Replies are accepted until 5pm on Friday 12 March": a deadline's time, not an event's.
    if (date && time && !sameRow && !c.deadlineTime) {
      // Is it an event? The line, the two before it, or the heading above says so.
      // An invitation just above ("Come and talk to us:") makes the dated line an event too.
      if (!event) for (let k = Math.max(0, n - 2); k < n; k++) event ||= per[k]!.event || per[k]!.cues.some((i) => CUES[i]!.reason === REASON.invites);
      if (!event && lastHeading >= 0) event = per[lastHeading]!.event;
      // The title names the event ("Village Plan Drop-In Sessions"): its dated lines are its sessions.
      if (!event) event = titleEvent;
      if (event) {
        datedEvents++;
        lastEvent = n;
      }
    }
    if (ab.block.kind === 'heading') lastHeading = n;
  }
  return { seen, labels, datedEvents, weakPlan, titleZone, purpose, openedWithAccount, openingPlans, schedule, titleOnlyNamesEvents, records, resultsTitle };
}

/** `scan`: scanCues of the same blocks, when the caller kept it (the engine does, while no cue changes). */
export function readProfiles(blocks: AnalysedBlock[], readings: ProfileReadings = readingsOf(blocks), scan: CueScan = scanCues(blocks, readings.cues)): ProfileReading {
  const { seen, labels, datedEvents, weakPlan, titleZone, openedWithAccount, openingPlans, schedule, titleOnlyNamesEvents, records, resultsTitle } = scan;
  // A copy: the scan may be kept for the next check, and a title naming results adds to the purposes below.
  const purpose = new Set(scan.purpose);
  const score: Record<Detected, number> = { consultation: 0, 'engagement-plan': 0, 'meeting-invitation': 0, report: 0 };
  const reasons: Record<Detected, string[]> = { consultation: [], 'engagement-plan': [], 'meeting-invitation': [], report: [] };
  /** The cue groups found, e.g. "report.consultation-closed": later steps ask about cues by name, not by their wording. */
  const found = new Set<string>();
  let specific = 0;
  for (const i of [...seen].sort((a, b) => a - b)) {
    const cue = CUES[i]!;
    found.add(cue.group);
    score[cue.profile] += cue.weight;
    reasons[cue.profile].push(cue.reason);
    if (cue.direct && !cue.generic) specific += cue.weight;
  }
  // "Friends and Family Test results" over a page that names a survey or consultation: results of asking, titled so.
  if (resultsTitle && !purpose.has('report') && (found.has('consultation.mentions-survey') || found.has('consultation.mentions-consultation'))) {
    score.report += RESULTS_OF_ASKING;
    reasons.report.push('is titled as results or a report');
    purpose.add('report');
  }
  // Opening with an account of events that are over is worth a title's cue.
  if (openedWithAccount) score.report += 1;
  const passingPlan = weakPlan && !reasons['engagement-plan'].some((r) => r.startsWith('is '));
  if (passingPlan) {
    score['engagement-plan'] += 1;
    reasons['engagement-plan'].push('mentions a plan or terms of reference');
  }
  if (labels.size >= 2) {
    score['meeting-invitation'] += 3;
    reasons['meeting-invitation'].push(`gives the ${[...labels].join(', ')} of a meeting`);
  } else if (labels.size === 1) {
    score['meeting-invitation'] += 1;
    reasons['meeting-invitation'].push(`gives a ${[...labels][0]} for a meeting`);
  }
  if (datedEvents > 0) {
    score['meeting-invitation'] += 2;
    reasons['meeting-invitation'].push(datedEvents > 1 ? `lists ${datedEvents} events with dates and times` : 'lists an event with a date and time');
  }
  // Whole-page signals (profile-signals.ts): how the page is written, for pages that never name what they are.
  const page = pageSignals(blocks, readings.signals);
  const invitesNow = [...seen].some((i) => CUES[i]!.reason === REASON.invites);
  if (page.reportsBack) {
    score.report += 2;
    reasons.report.push(`tells what people said or what was done, mostly in the past (${page.pastSentences} sentences)`);
  }
  if (page.minutes) {
    score.report += 3;
    reasons.report.push('is laid out as the minutes of a meeting');
  }
  // Clause readings (profile-clauses.ts): what a page that rarely speaks to the reader says it is doing.
  const clauses = pageClauses(blocks, readings.clauses);
  const register = readRegister(clauses);
  if (register.toldAsPast && !page.reportsBack) {
    score.report += CLAUSE_WEIGHT.toldAsPast;
    reasons.report.push(`tells of taking part mostly in the past (${clauses.pastTaking} sentences)`);
  }
  // Not when the page also tells of an event or consultation that is over (profile-signals.ts, eventOver): the two disagree.
  // (The clause readings that need compromise are asked for last: only pages that may use them pay for the parse.)
  if (register.thirdPerson && !register.toldAsPast && page.eventOver === 0 && clauses.seekingNow() > 0) {
    score.consultation += CLAUSE_WEIGHT.seekingNow;
    reasons.consultation.push('says that people’s views are being asked for now');
  }
  if (register.thirdPerson && clauses.futureEvent() > 0) {
    score['meeting-invitation'] += CLAUSE_WEIGHT.futureEvent;
    reasons['meeting-invitation'].push('says an event will be held on a date');
  }
  // Scores before the purpose rules below cap them: a capped kind is never the nearest kind.
  const raw = { ...score };
  const other = purpose.size > 0 && !purpose.has('consultation');
  // A document whose purpose is something else asks for views in passing: it
  // must give a way to respond as well (a plan must do more: it may describe one).
  if (other && specific < (purpose.has('engagement-plan') ? 3 : 2)) score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  // A plan, report or newsletter that mentions meetings must invite the reader to one.
  const invites = [...seen].some((i) => CUES[i]!.reason === REASON.invites);
  // A schedule of dated sessions is an invitation to them whatever the title says.
  if ((purpose.has('engagement-plan') || purpose.has('report') || purpose.has('news')) && !purpose.has('meeting-invitation') && !invites && !schedule)
    score['meeting-invitation'] = Math.min(score['meeting-invitation'], THRESHOLD - 1);
  // A newsletter's "join the group" item recruits members: it invites to a meeting only with a dated event or meeting details.
  if (purpose.has('news') && datedEvents === 0 && labels.size < 2)
    score['meeting-invitation'] = Math.min(score['meeting-invitation'], THRESHOLD - 1);
  // A plan or strategy says how it was written ("64 people took part in workshops") and promises
  // "you said, we did" reports: it is a report only when its title says so.
  if (purpose.has('engagement-plan') && !purpose.has('report')) score.report = Math.min(score.report, THRESHOLD - 1);
  // A letter to patients or residents ("Dear …") that explains a decision may have one "what you told us"
  // section: it reports back in passing, and is a report only when its title says so or it has more than one report cue.
  const letter = blocks.slice(0, 8).some((ab) => /^\s*dear\b/.test(ab.analysis.masked));
  if (letter && !purpose.has('report') && reasons.report.length < 2) score.report = Math.min(score.report, THRESHOLD - 1);
  // A newsletter's "you said, we did" item reports back on one thing among its news: it is a report only when its title says so.
  if (purpose.has('news') && !purpose.has('report')) score.report = Math.min(score.report, THRESHOLD - 1);
  // A newsletter names plans in passing: it is a plan only when its title says so.
  if (purpose.has('news') && !purpose.has('engagement-plan')) score['engagement-plan'] = Math.min(score['engagement-plan'], THRESHOLD - 1);
  // Still asking: a cue that asks the reader now, or a clause that says views are being sought now ("residents are
  // being urged to tell the council…"). Asked last, as it may parse the page.
  // A page that says its consultation has closed keeps a "respond to the consultation" or "comment form" (its respondents,
  // its forms) from the time it was open: only the other asks say it asks again now.
  const closed = found.has('report.consultation-closed');
  const stillAsking = (): boolean => STILL_ASKING.some((g) => found.has(g) && !(closed && g === 'consultation.how-to-respond')) || clauses.seekingNow() > 0;
  // A closed consultation whose outcome is reported ("the consultation is now closed … we have decided") is a report of it.
  // (Unless the page asks again now: "our earlier consultation ran in April … we are now consulting again".)
  if (found.has('report.consultation-closed') && (found.has('report.decided-after-consultation') || score.report >= THRESHOLD + 1) && !stillAsking())
    score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  // So is one that is over ("this closed on 14 March", "a big thank you to all who returned the form") and counts
  // its responses, unless the page still asks for views ("still time to respond by 5 May").
  const over = found.has('report.consultation-closed') || found.has('report.thanks-for-taking-part');
  const counts = found.has('report.how-many-responded') || found.has('report.numbers-of-responses');
  // Saying it has closed and thanking those who took part is enough without a count ("the consultation was held between
  // October and January … thank you to those who responded").
  const closedAndThanked = closed && found.has('report.thanks-for-taking-part');
  if (over && (counts || closedAndThanked) && !stillAsking()) score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  // The time of the page: a consultation that still asks for views now, and asks more than it reports, tells what an
  // earlier round found as background ("last year more than 4,000 residents took part", "our previous consultation ran
  // in April"). It is a report too only when its title says so or its account weighs more than its ask (a page with a
  // whole section on what the early engagement heard); a closed consultation's page asks nothing now.
  if (score.report >= THRESHOLD && score.consultation >= score.report && !purpose.has('report') && stillAsking())
    score.report = Math.min(score.report, THRESHOLD - 1);
  // "The group meets on a quarterly basis" describes how a group works: with no invitation, booking,
  // dated event or meeting details it does not count toward an invitation.
  // A standing group's own page (titled with a patient group, panel or forum) that asks the reader to join a group
  // that meets invites them to its meetings: that is what joining it means. Its aims and membership describe the group
  // to join, not a plan: it is a plan too only when a plan's title names it (terms of reference, an involvement strategy).
  const joinsMeetingGroup =
    found.has('engagement-plan.names-a-standing-group') &&
    found.has('meeting-invitation.asks-to-join-a-group') &&
    (found.has('meeting-invitation.group-meets') || found.has('meeting-invitation.mentions-an-event'));
  if (joinsMeetingGroup) {
    score['meeting-invitation'] += JOIN_A_GROUP_THAT_MEETS;
    raw['meeting-invitation'] += JOIN_A_GROUP_THAT_MEETS;
    reasons['meeting-invitation'].push('is the page of a group that meets, and asks people to join it');
    if (!PLAN_TITLES.some((g) => found.has(g))) score['engagement-plan'] = Math.min(score['engagement-plan'], THRESHOLD - 1);
  }
  if (found.has('meeting-invitation.group-meets') && !joinsMeetingGroup && !invites && datedEvents === 0 && labels.size === 0 && !found.has('meeting-invitation.asks-to-book') && !found.has('meeting-invitation.asks-to-come-along')) {
    score['meeting-invitation'] -= CUES.find((c) => c.group === 'meeting-invitation.group-meets')!.weight;
    raw['meeting-invitation'] = score['meeting-invitation'];
  }
  // A report that only mentions a consultation, a survey or proposals in passing (no cue asks the reader
  // to respond) is a report: "last year 2,000 of you filled in our survey, which led to ten proposals".
  const onlyMentions = [...found].filter((g) => g.startsWith('consultation.')).every((g) => MENTIONS_ONLY.includes(g));
  if (onlyMentions && score.report >= THRESHOLD) score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  // A page titled with the records of meetings (their papers, minutes or agendas) keeps them: it invites to the
  // meetings only when it says so (an invitation, "the public may attend", a booking, dated sessions or meeting details).
  if (
    records && !invites && !found.has('meeting-invitation.public-may-attend') && !found.has('meeting-invitation.asks-to-book') &&
    !schedule && datedEvents === 0 && labels.size < 2
  )
    score['meeting-invitation'] = Math.min(score['meeting-invitation'], NEAREST_KIND - 1);
  // A page that reports back (or is minutes) and no longer asks for views is not a consultation, and
  // the meetings it tells of are over: it invites to one only when it says so.
  // Nor is it read as one when no kind reaches the threshold.
  // A title that only names the consultation ("2017 consultation" over an account of how it went) asks nothing either.
  const asksNothing = [...found].every((g) => !g.startsWith('consultation.') || g === 'consultation.titled' || MENTIONS_ONLY.includes(g));
  if (page.reportsBack || page.minutes || register.toldAsPast) {
    if ((!purpose.has('consultation') || asksNothing) && !stillAsking()) score.consultation = Math.min(score.consultation, NEAREST_KIND - 1);
    // Minutes are titled with the meeting's name ("Resident Forum minutes"): that does not invite anyone. Nor does a
    // title that only names events ("2013 drop-in events") on a page that tells of them in the past.
    if (!invitesNow && (page.minutes || !purpose.has('meeting-invitation') || titleOnlyNamesEvents)) score['meeting-invitation'] = Math.min(score['meeting-invitation'], NEAREST_KIND - 1);
  }
  // A page that tells how the organisation consults in general ("we regularly consult…", "all our consultations are…")
  // and asks nothing of its own (no ask of the reader, no date, no way to respond) sets out how it consults: its
  // mentions of consultations and proposals are its subject, not an ask.
  if (page.consultsInGeneral >= CONSULTS_IN_GENERAL_AT_LEAST && specific === 0 && !stillAsking() && !found.has('consultation.asks-for-views')) {
    score.consultation = Math.min(score.consultation, NEAREST_KIND - 1);
    score['engagement-plan'] += CONSULTS_IN_GENERAL_WEIGHT;
    raw['engagement-plan'] += CONSULTS_IN_GENERAL_WEIGHT;
    reasons['engagement-plan'].push(`says ${page.consultsInGeneral} times how it consults in general, and asks nothing now`);
  }
  // A page mostly about involving people (a group's page, a strategy, terms of reference) that no cue
  // reads as anything else, with no dated event to invite to, sets out how people are involved — unless it tells
  // of taking part in the past: then it reports on involvement ("114 people took part; half said…").
  if (page.aboutInvolvement && !page.reportsBack && !register.toldAsPast && datedEvents === 0 && !invitesNow && ORDER.every((id) => score[id] < THRESHOLD) && !purpose.has('news')) {
    score['engagement-plan'] += 2;
    raw['engagement-plan'] += 2;
    reasons['engagement-plan'].push(`is mostly about involving people (${page.involvement} words such as involvement, panel or members)`);
  }
  // Nothing else names the page: the plan its opening paragraph names is what it is about (it counts in full,
  // in place of the one point it had as a plan named in passing).
  if (openingPlans.size > 0 && ORDER.every((id) => score[id] < THRESHOLD)) {
    const strongest = [...openingPlans].sort((a, b) => CUES[b]!.weight - CUES[a]!.weight)[0]!;
    const add = CUES[strongest]!.weight - (passingPlan ? 1 : 0);
    score['engagement-plan'] += add;
    raw['engagement-plan'] += add;
    reasons['engagement-plan'].push(CUES[strongest]!.reason);
  }
  const matches: ProfileMatch[] = [];
  for (const id of ORDER) {
    if (score[id] >= THRESHOLD) matches.push({ id, reasons: reasons[id], source: 'detected' });
  }
  // No kind reaches the threshold, but one kind clearly leads with a cue of weight 2 or more: published pages
  // (a survey page that never says "consultation", a panel's terms of reference, an event write-up) often give
  // only one sign of what they are. The leader is a better reading than "general", whose checks do not run.
  if (matches.length === 0) {
    const best = Math.max(...ORDER.map((id) => score[id]));
    let leaders = ORDER.filter((id) => score[id] === best);
    // A tie of two is broken by what the title says the page is: its purpose weighs more than what it mentions.
    // (A tie of three or more says the page is unclear: it stays general.)
    if (leaders.length === 2) {
      const titled = leaders.filter((id) => purpose.has(id));
      if (titled.length === 1) leaders = titled;
      // Or by how the page is told: a page told mostly in the past reports.
      else if ((page.reportsBack || register.toldAsPast) && leaders.includes('report')) leaders = ['report'];
    }
    if (best >= NEAREST_KIND && leaders.length === 1 && raw[leaders[0]!] === best) matches.push({ id: leaders[0]!, reasons: reasons[leaders[0]!], source: 'detected' });
  }
  // Still nothing: how the page is written, read only now (as ordinary cues these fire on pages of other kinds).
  if (matches.length === 0) {
    const fallback = fallbackKind(page, clauses);
    if (fallback) matches.push({ ...fallback, source: 'detected' });
  }
  if (matches.length === 0) matches.push({ id: 'general', reasons: ['it does not look like a consultation, plan, meeting invitation or report'], source: 'detected' });
  return { matches, score, raw, purpose, titleZone, datedEvents, labels: labels.size, schedule, page, clauses, register };
}

/**
 * What the clause readings are worth. A page "rarely speaks to the reader" when fewer than
 * THIRD_PERSON_SHARE of its sentences hold "you", "your" or "please" (news stories, accounts): its
 * phrase cues, mostly in the first and second person, say little, so what its clauses say counts.
 * A page "tells of taking part mostly in the past" when at least PAST_AT_LEAST sentences about a
 * consultation, survey, event or views are in the past, twice as many as look ahead, and no clause
 * says views are sought now.
 */
const CLAUSE_WEIGHT = { seekingNow: 3, futureEvent: 2, toldAsPast: 2 } as const;
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
function fallbackKind(page: PageSignals, clauses: PageClauses): { id: Detected; reasons: string[] } | undefined {
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

/**
 * The title zone: the short lines at the top (organisation, title, subtitle,
 * date) before the first full paragraph, list or salutation — at most four
 * blocks, at least one.
 */
/** How far down a title above the text is looked for, and how many short lines above the text it may take. */
const TITLE_LOOK_AHEAD = 10;
const TITLE_LINES_ABOVE_TEXT = 2;

export function titleBlocks(blocks: AnalysedBlock[]): Set<number> {
  const zone = new Set<number>();
  // A page copied from a browser may start with its breadcrumb trail ("Home", "Announcements"): skip it.
  let skip = 0;
  while (skip < Math.min(blocks.length - 1, 6) && blocks[skip]!.block.kind === 'list-item' && blocks[skip]!.analysis.words.length <= 6) skip++;
  if (skip < 2 || blocks[skip]!.block.kind !== 'heading') skip = 0;
  let ended = false;
  for (const ab of blocks.slice(skip, skip + 4)) {
    const paragraph = fullParagraph(ab);
    const salutation = /^\s*dear\b/.test(ab.analysis.masked);
    if (zone.size > 0 && (paragraph || ab.block.kind === 'list-item' || salutation)) {
      ended = true;
      break;
    }
    zone.add(ab.index);
    // A letter pasted from its salutation has no title: what follows "Dear …" is the letter.
    if (salutation || paragraph) {
      ended = true;
      break;
    }
  }
  // A page copied from a browser may open with more short lines than a title has (a site's menu, its display
  // settings): the title is the short line just above the text, so the last short lines before the first full
  // paragraph join the zone too (looked for near the top only: profile-inputs.ts re-reads the top blocks in full).
  if (!ended) {
    const last = blocks.findIndex((ab, k) => k >= skip + 4 && k < TITLE_LOOK_AHEAD && (fullParagraph(ab) || ab.block.kind === 'list-item' || /^\s*dear\b/.test(ab.analysis.masked)));
    if (last > 0) for (const ab of blocks.slice(Math.max(skip + 4, last - TITLE_LINES_ABOVE_TEXT), last)) zone.add(ab.index);
  }
  return zone;
}

/**
 * A full paragraph ends the title zone. Short title lines run together in
 * plain text ("Our co-production strategy 2026–2029 Hollins Vale Council and
 * partners") are long but have no sentence ending: still title lines, up to 30 words.
 */
function fullParagraph(ab: AnalysedBlock): boolean {
  const words = ab.analysis.words.length;
  if (words < 15) return false;
  return words > 30 || /[.!?]["”’)]?(?:\s|$)/.test(ab.analysis.masked);
}

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const next = text.indexOf('. ', at);
  return text.slice(start, next < 0 ? text.length : next);
}
