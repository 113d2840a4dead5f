/**
 * Which kinds of document this is. A document can be several (a consultation
 * that lists drop-in events is also a meeting invitation). Each detected
 * profile carries the plain reasons it was detected, so the side panel can
 * say why and the user can override it (config.profiles).
 *
 * Cues are matched per block and cached on the block's analysis (which the
 * linter keeps per block text), so re-detecting after an edit is cheap
 * (profile-block-cues.ts); the pass over them is profile-cue-scan.ts, the
 * title zone profile-title-zone.ts, the last reading before "general"
 * profile-fallback.ts. What is left here is the scoring.
 */
import type { AnalysedBlock } from './rule';
import type { ProfileMatch } from './types';
import { CUES, type Detected } from './profile-cues';
import { blockSignals, pageSignals, type BlockSignals, type PageSignals } from './profile-signals';
import { entryOf, pageClauses, type ClauseEntry, type PageClauses } from './profile-clauses';
import { cuesFor, type BlockCues } from './profile-block-cues';
import { REASON, scanCues, type CueScan } from './profile-cue-scan';
import { CLAUSE_WEIGHT, fallbackKind, readRegister } from './profile-fallback';

// The parts of the reading live in modules of their own; these are read from here by the engine and tools.
export { cuesFor, scheduleLineShape, type BlockCues } from './profile-block-cues';
export { scanCues, type CueScan } from './profile-cue-scan';
export { readRegister } from './profile-fallback';
export { titleBlocks } from './profile-title-zone';

const THRESHOLD = 3;
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
/** Asks that a page setting out how it consults makes too (how to respond, "our consultation document"). */
const HOW_IT_CONSULTS = ['how-to-respond', 'consultation-period'].map((name) => `consultation.${name}`);
/** Consultation cues that give a date to respond by. */
const DATED_ASKS = ['views-by-a-date', 'open-until-a-date', 'reply-slip-by-a-date', 'closing-date'].map((name) => `consultation.${name}`);
/** Cues that name a plan in its title: a group's page with one of these is a plan as well as whatever else it is. */
const PLAN_TITLES = ['names-an-engagement-plan', 'names-a-project-plan', 'how-it-involves-people', 'how-we-involve-heading'].map((name) => `engagement-plan.${name}`);
const ORDER: Detected[] = ['consultation', 'engagement-plan', 'meeting-invitation', 'report'];

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
  // So does a page with such sayings and no date at all to respond by or come to (no closing date, no dated event), even
  // where its sentences also say how to respond ("anyone can respond to our consultation documents").
  // (No cue says a consultation runs now either; telling how to respond, and of "our consultation documents", is part of
  // saying how it consults.)
  const noDateToAct = !DATED_ASKS.some((g) => found.has(g)) && datedEvents === 0 && !schedule && !STILL_ASKING.some((g) => !HOW_IT_CONSULTS.includes(g) && found.has(g)) && clauses.seekingNow() === 0;
  const asksNothingNow = specific === 0 && !stillAsking() && !found.has('consultation.asks-for-views');
  if (page.consultsInGeneral >= CONSULTS_IN_GENERAL_AT_LEAST && (asksNothingNow || noDateToAct)) {
    // With nothing to respond to now, that is what the page is: enough on its own.
    const add = asksNothingNow ? CONSULTS_IN_GENERAL_WEIGHT : THRESHOLD;
    score.consultation = Math.min(score.consultation, NEAREST_KIND - 1);
    score['engagement-plan'] += add;
    raw['engagement-plan'] += add;
    reasons['engagement-plan'].push(`says ${page.consultsInGeneral} times how it consults in general, and asks nothing now`);
    // Its "the public may attend our meetings" is one more standing way to take part, told as a rule: it invites to a
    // meeting only when it asks the reader to come (an invitation, "come along", a booking) or gives a date, a schedule
    // or a meeting's details.
    const asksToCome = invites || found.has('meeting-invitation.asks-to-book') || found.has('meeting-invitation.asks-to-come-along');
    if (!asksToCome && datedEvents === 0 && !schedule && labels.size < 2) score['meeting-invitation'] = Math.min(score['meeting-invitation'], THRESHOLD - 1);
  } else if (page.consultsInGeneral >= CONSULTS_IN_GENERAL_AT_LEAST && score.consultation >= THRESHOLD && !purpose.has('news')) {
    // A consultations page that says how the organisation consults as a rule ("we aim to consult on all our services…")
    // and then asks about one thing now with a date is both: it sets out how it consults, and it consults.
    score['engagement-plan'] += THRESHOLD;
    raw['engagement-plan'] += THRESHOLD;
    reasons['engagement-plan'].push(`says ${page.consultsInGeneral} times how it consults in general`);
  }
  // A page mostly about involving people (a group's page, a strategy, terms of reference) that no cue
  // reads as anything else, with no dated event to invite to, sets out how people are involved — unless it tells
  // of taking part in the past: then it reports on involvement ("114 people took part; half said…").
  // (Not when the title names meetings: "Public questions at board meetings" — its words about members and the public are
  // about those meetings.)
  if (page.aboutInvolvement && !page.reportsBack && !register.toldAsPast && datedEvents === 0 && !invitesNow && ORDER.every((id) => score[id] < THRESHOLD) && !purpose.has('news') && !purpose.has('meeting-invitation')) {
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

