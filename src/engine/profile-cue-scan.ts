import type { AnalysedBlock } from './rule';
import { CUES, type Detected } from './profile-cues';
import { scheduleLineShape, type BlockCues } from './profile-block-cues';
import { fullParagraph, titleBlocks } from './profile-title-zone';

/** The plain reasons of the cues that later steps ask about by what they say. */
export const REASON = {
  invites: 'invites people to an event',
  books: 'asks people to book a place',
  event: 'mentions a meeting or event',
  planTitle: 'is a project plan',
  titled: 'is titled a consultation',
  heldEvents: 'describes events already held',
};

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
  const titleEvent = [...titleZone].some((i) => per[blocks.findIndex((b) => b.index === i)]?.event === true && blocks.find((b) => b.index === i)!.analysis.wordCount <= 12);
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

