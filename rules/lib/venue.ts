/**
 * Where a meeting happens, as an invitation says it: a venue line
 * ("Venue: Riverside Community Centre", "held at St Mark's Church Hall",
 * a postcode, a "Venue" column of a table turned into text), or an online
 * meeting (Teams, Zoom, a joining link, hybrid). Also the words that say a
 * block is about an event at all, so that helpline hours and deadlines are
 * not read as meeting times.
 *
 * blockDetails() looks at one block and is memoised per block by the rules;
 * readMeeting() puts the blocks together into the picture of the meeting(s)
 * the document invites people to.
 */
import type { AnalysedBlock, DocumentContext } from '../../src/engine';
import { findDates } from './dates';
import { findTimes, hasDuration, type TimeSpan } from './times';
import { regexpsOf, wordClassSource } from './slot-pattern';
import { anyMatch, firstMatch } from './first-match';

const LETTER_DATE_LINE = /^\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}\s*$/;
const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|closes?(?: on)?|closing date:?|deadline:?)\s+(?:\w+,?\s+)?$/;

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface VenueMention extends Mention {
  /** How we found it: a "Venue:" label, a phrase ("held at"), a postcode. */
  how: 'label' | 'phrase' | 'postcode' | 'table' | 'after-label';
}

export interface BlockDetails {
  /** A physical place. */
  venue: VenueMention | null;
  /** The meeting itself can be joined online or by phone (Teams, Zoom, link, hybrid). */
  online: Mention | null;
  /** The block labels a venue still to be confirmed ("Venue: TBC"). */
  venueToBeConfirmed: boolean;
  /** A heading or label cell that introduces a venue on the next block ("Where:"). */
  venueLabelOnly: boolean;
  /** A label cell naming a table column: "date", "time", "venue"… */
  columnLabel: string | null;
  /** Meeting times, without helpline hours, deadlines or office hours. */
  times: TimeSpan[];
  duration: boolean;
  /** A word naming an event: "drop-in", "meeting", "workshop"… */
  eventWord: string | null;
  /** A formal meeting held on its own timetable (board, committee, AGM). */
  formal: boolean;
  /** Says sessions repeat ("every month", "monthly", "next meeting"). */
  recurring: boolean;
}

const VENUE_LABEL = /^\s*(?:venue|location|where|address|place|meeting (?:place|point|venue)|in person at|in-person venue)s?\s*[:–—-]\s*/;
// Labels that name a meeting place on their own; "Address:" may be a postal address.
const STRONG_LABEL = /^\s*(?:venue|location|where|meeting (?:place|point|venue)|in person at|in-person venue)/;
const POSTAL = /\b(?:write to|freepost|by post|postal address|post (?:it|your|them|this)|send (?:it|your|them|this|the form)|return (?:it|your|the form))\b/;
const LABEL_ALONE = /^\s*(?:venue|location|where|address|place|meeting place)s?\s*(?::\s*)?$/;
const TBC = /^\s*(?:tbc|tba|to be (?:confirmed|announced|arranged)|details to follow)\b/;
const VENUE_NOUN = wordClassSource('VENUE_NOUN');
// "held at the Civic Centre", "join us at Riverside Community Hub".
const VENUE_PHRASE = new RegExp(
  `\\b(?:held|taking place|takes place|take place|will be|meet|meeting|join us|come along|come|see you|venue is|drop in|drop-in|hosted)\\s+(?:at|in)\\s+((?:the\\s+)?(?:[\\w'’&.-]+\\s+){0,5}?${VENUE_NOUN})\\b`,
  'g',
);
const HAS_VENUE_NOUN = new RegExp(`\\b${VENUE_NOUN}\\b`);
const AT_VENUE = new RegExp(`\\b(?:at|in)\\s+((?:the\\s+)?(?:[\\w'’&.-]+\\s+){0,5}?${VENUE_NOUN})\\b`, 'g');
// "in the staff room on the first floor": a plain description, trusted only beside an event word.
const PLAIN_VENUE = new RegExp(String.raw`\b(?:in|at) the ((?:[a-z'’-]+\s+){0,3}?${wordClassSource('ROOM_WORD')})\b`);
// A line that is only a place name: "Fellgate Village Hall", "St Mark's Church Hall, Church Lane".
const NAME_LINE = new RegExp(`^\\s*(?:the\\s+)?(?:[\\w'’&.-]+\\s+){0,5}?${VENUE_NOUN}\\s*(?:,|$)`);
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

const ONLINE_VALUE = /^\s*(?:online|virtual|remote|(?:on |via )?(?:microsoft |ms )?teams|zoom|google meet|webex|video call|by video|by phone)\b/;
/** The meeting itself can be joined online (rules/patterns/venue.yaml). */
const ONLINE_MEETING = regexpsOf('venue', 'online-meeting', 'g');
const ONLINE_HINT = /online|virtual|teams|zoom|video|hybrid|webinar|webcast|stream|dial|link|meet|webex|join/;
const MEETING_LINK = /\b(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.google\.com|webex\.com)\b/i;
const NEGATED = /\b(?:not|no|never|won't|isn't|aren't|cannot|can't|unable to)\s+(?:[\w-]+\s+){0,2}$/;

/** A word naming an event: "drop-in", "meeting", "workshop" (rules/patterns/venue.yaml). */
const EVENT_WORD = regexpsOf('venue', 'event-word');
const FORMAL = /\b(?:board|committee|governing body|council meeting|full council|cabinet|annual general meeting|agm|scrutiny|trust board|board of directors|council of governors|health and wellbeing board|in public)\b/;
const RECURRING = regexpsOf('venue', 'recurring');

// Times that are not when a meeting happens: helpline hours, deadlines, office hours.
const NOT_MEETING_TIME = regexpsOf('venue', 'not-meeting-time');
const COLUMN_LABEL = /^\s*(?:dates?|days?|times?|when|venues?|locations?|where|address|places?|events?|sessions?|areas?|towns?)\s*(?::\s*)?$/;

function mention(text: string, start: number, end: number): Mention {
  return { start, end, text: text.slice(start, end) };
}

function trimName(text: string, start: number, end: number): [number, number] {
  // A venue label's value runs to the end of the sentence or line.
  let e = end;
  const stop = text.slice(start, end).search(/[.;\n](?:\s|$)|\s[–—-]\s/);
  if (stop >= 0) e = start + stop;
  while (e > start && /[\s,:]/.test(text[e - 1]!)) e--;
  return [start, e];
}

export function findVenue(text: string, masked: string): VenueMention | null {
  const label = VENUE_LABEL.exec(masked);
  if (label) {
    const value = masked.slice(label[0].length);
    if (!ONLINE_VALUE.test(value) && !TBC.test(value) && value.trim()) {
      const [s, e] = trimName(text, label[0].length, text.length);
      return { ...mention(text, s, e), how: 'label' };
    }
  }
  // The phrase patterns are costly on long text: try them only where a place word appears.
  if (!HAS_VENUE_NOUN.test(masked)) return postcodeLine(text);
  VENUE_PHRASE.lastIndex = 0;
  const phrase = VENUE_PHRASE.exec(masked);
  if (phrase) {
    const s = phrase.index + phrase[0].length - phrase[1]!.length;
    return { ...mention(text, s, phrase.index + phrase[0].length), how: 'phrase' };
  }
  // "at the Civic Centre": only a proper name (capitals in the original text) counts.
  AT_VENUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_VENUE.exec(masked))) {
    const s = m.index + m[0].length - m[1]!.length;
    const name = text.slice(s, m.index + m[0].length);
    const words = name.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^[\p{Lu}\d&'’.-]/u.test(w))) {
      return { ...mention(text, s, m.index + m[0].length), how: 'phrase' };
    }
  }
  const nameLine = NAME_LINE.exec(masked);
  if (nameLine && /^\s*\p{Lu}/u.test(text) && text.split(/\s+/).length <= 16) {
    const [s, e] = trimName(text, 0, text.length);
    return { ...mention(text, s, e), how: 'phrase' };
  }
  const plain = anyMatch(EVENT_WORD, masked) ? PLAIN_VENUE.exec(masked) : null;
  if (plain) {
    const s = plain.index + plain[0].length - plain[1]!.length;
    return { ...mention(text, s, plain.index + plain[0].length), how: 'phrase' };
  }
  return postcodeLine(text);
}

function postcodeLine(text: string): VenueMention | null {
  const postcode = POSTCODE.exec(text);
  if (!postcode) return null;
  // The address line up to the postcode.
  const lineStart = Math.max(text.lastIndexOf('\n', postcode.index), text.lastIndexOf('. ', postcode.index) + 1, 0);
  return { ...mention(text, lineStart === 0 ? 0 : lineStart + 1, postcode.index + postcode[0].length), how: 'postcode' };
}

/** The meeting itself can be joined online or by phone. */
export function findOnline(text: string, masked: string): Mention | null {
  const label = VENUE_LABEL.exec(masked);
  if (label && ONLINE_VALUE.test(masked.slice(label[0].length))) {
    const [s, e] = trimName(text, label[0].length, text.length);
    return mention(text, s, e);
  }
  if (!ONLINE_HINT.test(masked)) {
    const link = MEETING_LINK.exec(text);
    return link ? mention(text, link.index, link.index + link[0].length) : null;
  }
  // The earliest mention that is not negated ("this is not an online meeting").
  let first: RegExpExecArray | null = null;
  for (const re of ONLINE_MEETING) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked)) && (first === null || m.index < first.index)) {
      if (NEGATED.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
      first = m;
      break;
    }
  }
  if (first) return mention(text, first.index, first.index + first[0].length);
  const link = MEETING_LINK.exec(text);
  return link ? mention(text, link.index, link.index + link[0].length) : null;
}

function meetingTimes(masked: string): TimeSpan[] {
  return findTimes(masked).filter((t) => {
    const sentenceStart = Math.max(masked.lastIndexOf('. ', t.start), masked.lastIndexOf('\n', t.start), -1) + 1;
    return !anyMatch(NOT_MEETING_TIME, masked.slice(sentenceStart, t.start));
  });
}

export function blockDetails(ab: AnalysedBlock): BlockDetails {
  const text = ab.block.text;
  const masked = ab.analysis.masked;
  const venue = findVenue(text, masked);
  const labelValue = VENUE_LABEL.exec(masked);
  return {
    venue,
    online: findOnline(text, masked),
    venueToBeConfirmed: !!labelValue && TBC.test(masked.slice(labelValue[0].length)),
    venueLabelOnly: LABEL_ALONE.test(masked),
    columnLabel: ab.block.kind === 'table-cell' && COLUMN_LABEL.test(masked) ? masked.trim().replace(/:$/, '') : null,
    times: meetingTimes(masked),
    duration: hasDuration(masked),
    eventWord: firstMatch(EVENT_WORD, masked)?.[0] ?? null,
    formal: FORMAL.test(masked) && anyMatch(EVENT_WORD, masked),
    recurring: anyMatch(RECURRING, masked),
  };
}

export interface EventTime {
  block: AnalysedBlock;
  span: TimeSpan;
  /** The same block or its neighbours say how long it lasts. */
  duration: boolean;
}

export interface MeetingPicture {
  /** Physical venues, in document order. */
  venues: { block: AnalysedBlock; venue: VenueMention }[];
  /** Blocks that say the meeting can be joined online. */
  online: { block: AnalysedBlock; mention: Mention }[];
  /** Times of the meeting(s), in document order. */
  times: EventTime[];
  /** Any block names an event (drop-in, meeting, workshop…). */
  hasEvent: boolean;
  /** The first block that names an event, even one with no day or time ("the group meets regularly"). */
  eventMention: AnalysedBlock | null;
  formal: boolean;
  recurring: boolean;
  venueToBeConfirmed: boolean;
  /** The best block to show a whole-meeting finding beside. */
  anchor: AnalysedBlock | null;
  /**
   * When no clock time was read, the first block that names an event and its day in one
   * ("our AGM is on Thursday 27 September"): a dated meeting whose time or place the page
   * leaves out is still a meeting.
   */
  dayBlock: AnalysedBlock | null;
}

/*
 * The picture is shared by the meeting rules for one lint (one blocks array);
 * each block's details come from the engine's per-block index (keyed by
 * blockDetails itself, so every meeting rule shares them), which after an
 * edit recomputes only the changed blocks.
 */
const PICTURES = new WeakMap<object, MeetingPicture>();

const VENUE_COLUMN = /^(?:venues?|locations?|where|address|places?)$/;

/**
 * The meetings a document invites people to. A time counts as a meeting
 * time when its block, a neighbour in the same section, or the section
 * heading names an event or a venue; so a consultation listing drop-in
 * sessions is read like an invitation, and "lines open 9am to 5pm" is not.
 */
/** The first block giving a day ("Tuesday 3 June", "3/6/2026") in a block about the event, a venue, or next to one. */
function eventDayBlock(ctx: DocumentContext, details: readonly BlockDetails[], plain: readonly boolean[], nearby: (i: number) => number[]): AnalysedBlock | null {
  for (let i = 0; i < details.length; i++) {
    if (plain[i]) continue;
    const d = details[i]!;
    if (!d.eventWord && !d.venue && !d.venueLabelOnly && !d.online && d.columnLabel === null) continue;
    for (const j of nearby(i)) {
      if (ctx.memo(ctx.blocks[j]!, 'event-day', () => namesEventDay(ctx.blocks[j]!.analysis.masked))) return ctx.blocks[j]!;
    }
  }
  return null;
}

function namesEventDay(masked: string): boolean {
  // A closing date ("give us your views by Friday 27 March") is not the day of an event.
  // A letter's date line ("16 February 2026") dates the letter, not an event.
  if (LETTER_DATE_LINE.test(masked)) return false;
  return findDates(masked).some((x) => (x.kind === 'day' || x.kind === 'numeric') && !DEADLINE_BEFORE.test(masked.slice(Math.max(0, x.start - 25), x.start)));
}

/** The block asks for something by post: in all of it (POSTAL_ANYWHERE), and before its venue ends (POSTAL_BEFORE_VENUE). */
const POSTAL_ANYWHERE = 1;
const POSTAL_BEFORE_VENUE = 2;
function postalIn(ab: AnalysedBlock, d: BlockDetails): number {
  const masked = ab.analysis.masked;
  // Both are read: cutting the text at the venue's end can make a word boundary the whole text lacks.
  return (POSTAL.test(masked) ? POSTAL_ANYWHERE : 0) | (d.venue && POSTAL.test(masked.slice(0, d.venue.end)) ? POSTAL_BEFORE_VENUE : 0);
}

/**
 * A running-text block whose details name no event, place, time or label: readMeeting passes it over.
 * Headings (they start sections) and table cells (they make up tables) are never passed over.
 */
function saysNothingOfMeetings(ab: AnalysedBlock, d: BlockDetails): boolean {
  const kind = ab.block.kind;
  if (kind === 'heading' || kind === 'table-cell') return false;
  return !d.venue && !d.online && !d.eventWord && !d.formal && !d.recurring && !d.venueToBeConfirmed && !d.venueLabelOnly && d.columnLabel === null && d.times.length === 0;
}

/** The block's venue is labelled as one ("Venue: …"): it is a venue wherever it stands. */
function labelledVenue(ab: AnalysedBlock, d: BlockDetails): boolean {
  return d.venue?.how === 'label' && STRONG_LABEL.test(ab.analysis.masked);
}

export function readMeeting(ctx: DocumentContext): MeetingPicture {
  // The five meeting rules all ask for the same picture in one lint.
  const cached = PICTURES.get(ctx.blocks);
  if (cached) return cached;
  const details = ctx.perBlock(blockDetails, blockDetails);
  const picture: MeetingPicture = {
    venues: [], online: [], times: [], hasEvent: false, eventMention: null, formal: false, recurring: false, venueToBeConfirmed: false, anchor: null, dayBlock: null,
  };
  let headingIndex = -1;
  let tableHeader: string[] = [];
  let tableStart = -1;
  let tableVenue = false;
  // Most blocks say nothing of meetings: they are passed over with one read, so a re-check of a long
  // document costs little here. sectionOf is set for the other blocks only (nearby reads no more).
  const plain = ctx.perBlock(saysNothingOfMeetings, (ab) => saysNothingOfMeetings(ab, details[ab.index]!));
  const surely = ctx.perBlock(labelledVenue, (ab) => labelledVenue(ab, details[ab.index]!));
  const postalAt = ctx.perBlock(postalIn, (ab) => postalIn(ab, details[ab.index]!));
  const sectionOf = new Array<number>(details.length);
  const candidates: { i: number; venue: VenueMention; sure: boolean }[] = [];
  for (let i = 0; i < details.length; i++) {
    // A block after a venue label ("Where:") is read as the venue, so it is not passed over.
    if (plain[i] && (i === 0 || plain[i - 1])) continue;
    const d = details[i]!;
    const ab = ctx.blocks[i]!;
    if (ab.block.kind === 'heading') headingIndex = i;
    sectionOf[i] = headingIndex;
    if (d.eventWord) {
      picture.hasEvent = true;
      picture.eventMention ??= ab;
    }
    if (d.formal) picture.formal = true;
    if (d.recurring) picture.recurring = true;
    if (d.venueToBeConfirmed) picture.venueToBeConfirmed = true;
    if (d.online) picture.online.push({ block: ab, mention: d.online });
    // Tables turned into text: a run of label cells ("Date", "Time", "Venue") names the columns.
    if (ab.block.kind === 'table-cell') {
      const prevCell = i > 0 && ctx.blocks[i - 1]!.block.kind === 'table-cell';
      if (!prevCell) {
        tableHeader = [];
        tableStart = -1;
        tableVenue = false;
      }
      if (d.columnLabel !== null && tableStart < 0) tableHeader.push(d.columnLabel);
      else if (tableHeader.length >= 2) {
        if (tableStart < 0) tableStart = i;
        const column = tableHeader[(i - tableStart) % tableHeader.length]!;
        if (VENUE_COLUMN.test(column) && !d.online && ab.analysis.words.length > 0) {
          candidates.push({ i, venue: d.venue ?? { start: 0, end: ab.block.text.length, text: ab.block.text, how: 'table' }, sure: true });
          tableVenue = true;
          continue;
        }
      }
      if (tableVenue && d.times.length) picture.hasEvent = true;
    }
    if (d.venue) candidates.push({ i, venue: d.venue, sure: surely[i]! });
    else if (i > 0 && details[i - 1]!.venueLabelOnly && !d.online && ab.block.kind !== 'table-cell' && ab.analysis.words.length > 0) {
      const text = ab.block.text;
      candidates.push({ i, venue: { start: 0, end: text.length, text, how: 'after-label' }, sure: true });
    }
  }
  const isEventBlock = (j: number): boolean => {
    const d = details[j];
    return !!d && (!!d.eventWord || !!d.venue || !!d.online || d.venueLabelOnly || d.columnLabel !== null);
  };
  const nearby = (i: number): number[] => {
    const section = sectionOf[i]!;
    // Pasted text turns short lines into headings, so neighbours count across them.
    const near = [i, i - 1, i + 1, i - 2, i + 2].filter((j) => j >= 0 && j < details.length);
    if (section >= 0 && !near.includes(section)) near.push(section);
    return near;
  };
  // Whether a block in nearby(i) passes `test`, read without making the list: asked for every place and time.
  const nearAny = (i: number, test: (j: number) => boolean): boolean => {
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < details.length; j++) if (test(j)) return true;
    const section = sectionOf[i]!;
    return section >= 0 && test(section);
  };
  const withEventOrTime = (j: number): boolean => !!details[j]!.eventWord || details[j]!.times.length > 0 || details[j]!.venueLabelOnly;
  const withDuration = (j: number): boolean => details[j]!.duration;
  // A place counts as a venue when it is labelled as one, or when it sits
  // with an event or its times; a postal address for responses does not.
  for (const c of candidates) {
    const ab = ctx.blocks[c.i]!;
    if (!c.sure) {
      const withEvent = nearAny(c.i, withEventOrTime);
      // Only words before the place in its own block make it a postal address: "we can post the papers to you"
      // after the venue is about sending papers, not where to send responses.
      if (!withEvent) continue;
      if (postalAt[c.i]! & POSTAL_BEFORE_VENUE || (c.i > 0 && postalAt[c.i - 1]! & POSTAL_ANYWHERE)) continue;
    }
    picture.venues.push({ block: ab, venue: c.venue });
  }
  for (let i = 0; i < details.length; i++) {
    if (plain[i]) continue;
    const d = details[i]!;
    if (!d.times.length) continue;
    if (!nearAny(i, isEventBlock)) continue;
    const duration = nearAny(i, withDuration);
    for (const span of d.times) picture.times.push({ block: ctx.blocks[i]!, span, duration });
  }
  // An event with neither a time nor a day ("come to our PPG meeting – details are on the website",
  // a letterhead address) is a mention, not an invitation: nothing to check access, timing or papers of.
  if (picture.times.length === 0) {
    if (!eventDayBlock(ctx, details, plain, nearby)) {
      picture.venues = [];
      picture.hasEvent = false;
    } else {
      // The day must be in the block that names the event: a consultation window dated next to a
      // mention of past workshops is not the day of a meeting.
      picture.dayBlock = eventDayBlock(ctx, details, plain, (i) => (details[i]!.eventWord ? [i] : []));
    }
  }
  picture.anchor = picture.venues[0]?.block ?? picture.times[0]?.block ?? picture.online[0]?.block ?? null;
  PICTURES.set(ctx.blocks, picture);
  return picture;
}
