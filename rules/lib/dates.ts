/**
 * Dates, durations and windows in lower-cased text (use `analysis.masked`).
 * Regular expressions only: they run on every block, so they must be cheap.
 * Offsets are into the text given, which has the same length as block text.
 *
 * Stable API (shared with the meeting rules):
 *   findDates(text)      → DateMention[]  "5 December 2022", "friday 29 september", "29/09/2026", "spring 2027"
 *   findDurations(text)  → Duration[]     "14-week", "six weeks", "two months", "30 days"
 *   findWindows(text, year?) → Window[]   consultation/survey windows, from a duration or a date range
 *   isDeadline(text, mention) → boolean   "closes on …", "by 9 january", "deadline: …"
 *   weeksBetween(a, b)   → number | null  whole-day difference in weeks
 */
import { anyMatch } from './first-match';
import { buildRegExp, regexpsOf, wordClassSource } from './slot-pattern';
import { anchorsFor, mayMatch } from './pattern-anchors';

const DATA_FILE = 'dates';
const anyOf = (group: string) => {
  const patterns = regexpsOf(DATA_FILE, group);
  return { test: (text: string) => anyMatch(patterns, text) };
};

export type DateKind = 'day' | 'month' | 'season' | 'weekday' | 'numeric' | 'quarter' | 'year';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  /** 1–31 when a day of the month is given. */
  day?: number;
  /** 1–12. */
  month?: number;
  year?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named. */
  weekday?: number;
}

export interface Duration {
  start: number;
  end: number;
  text: string;
  /** The length in weeks (days / 7, months × 4.35). */
  weeks: number;
  unit: 'day' | 'week' | 'month';
  amount: number;
}

export interface Window {
  start: number;
  end: number;
  text: string;
  weeks: number;
  /** 'duration': "a 4-week consultation"; 'range': "from 3 march to 26 may". */
  from: 'duration' | 'range';
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
  'twenty-one': 21, thirty: 30,
};

const MONTH = wordClassSource('MONTH');
// "may" and "mar" are words too: after "in", "by" … only a longer month counts.
const LONG_MONTH = `(?:(?!(?:may|mar)\\b)${MONTH})`;
const WEEKDAY = `(?:${wordClassSource('WEEKDAY')}|${wordClassSource('WEEKDAY_SHORT')})`;
const SEASON = wordClassSource('SEASON');
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';

// One pass, longest forms first. Named groups say which parts were found.
const DATE_PATTERNS: { re: RegExp; kind: DateKind }[] = [
  // "friday 29 september 2026", "29th of september", "29 sept, 2026"
  { re: buildRegExp(`\\b(?:(?<wd>${WEEKDAY})\\.?,?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)${ORD}\\s+(?:of\\s+)?(?<m>${MONTH})\\b(?:,?\\s+(?<y>${YEAR})\\b)?`, 'g'), kind: 'day' },
  // "friday, september 29th, 2026"
  { re: buildRegExp(`\\b(?:(?<wd>${WEEKDAY})\\.?,?\\s+)?(?<m>${MONTH})\\.?\\s+(?<d>[0-3]?\\d)${ORD}\\b(?!\\s*(?:am|pm|[:.]\\d))(?:,?\\s+(?<y>${YEAR})\\b)?`, 'g'), kind: 'day' },
  // "29/09/2026", "29.09.26", "29-09-2026"
  { re: /\b(?<d>[0-3]?\d)([/.-])(?<m>[01]?\d)\2(?<y>(?:19|20)?\d{2})\b/g, kind: 'numeric' },
  // "2026-09-29"
  { re: /\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b/g, kind: 'numeric' },
  // "spring 2027", "early 2027", "the end of 2026"
  { re: buildRegExp(`\\b(?<s>${SEASON}|early|mid|late|end of|beginning of|start of)[\\s-]+(?:of\\s+)?(?<y>${YEAR})\\b`, 'g'), kind: 'season' },
  // "q3 2026", "quarter 2 of 2027"
  { re: buildRegExp(`\\b(?:q(?<q>[1-4])|quarter\\s+(?<q2>[1-4]|one|two|three|four))(?:\\s+(?:of\\s+)?(?<y>${YEAR}(?:[/-]\\d{2})?))?\\b`, 'g'), kind: 'quarter' },
  // "march 2027", "may 2027"
  { re: buildRegExp(`\\b(?<m>${MONTH})\\.?,?\\s+(?<y>${YEAR})\\b`, 'g'), kind: 'month' },
  // "in march", "by the end of june", "early september" (not "may": it is a verb too)
  { re: buildRegExp(`\\b(?:in|by|during|from|until|till|before|after|early|mid|late|end of|beginning of|start of|throughout)[\\s-]+(?:the\\s+)?(?:end\\s+of\\s+)?(?<m>${LONG_MONTH})\\b`, 'g'), kind: 'month' },
  // "friday", "on tuesdays"
  { re: buildRegExp(`\\b(?<wd>${WEEKDAY})s?\\b(?!\\s+\\d)`, 'g'), kind: 'weekday' },
];

/** The date patterns' expressions, for the test that their pre-tests never pass over a date. */
export const DATE_EXPRESSIONS: readonly RegExp[] = DATE_PATTERNS.map((p) => p.re);

// A cheap first look: text with none of these holds no date.
const MAYBE_DATE = new RegExp(`\\d|day|${wordClassSource('WEEKDAY_SHORT')}|${MONTH}|${SEASON}`);

// "on May 25", "until May 25": a date, though "may" alone is usually the verb.
const MAY_DATE_LEAD_IN = anyOf('may-date.lead-in');

function overlaps(taken: DateMention[], start: number, end: number): boolean {
  return taken.some((t) => start < t.end && end > t.start);
}

/**
 * The dates of the texts read last: several rules ask about the same block
 * (missing-timeline, access-needs-not-asked, the venue reading,
 * short-consultation-window), so each block is searched once. Frozen, as
 * every caller shares them. The document rules read every block in turn, one
 * rule after another, so the memory holds a long document's blocks (a
 * smaller one was emptied before the next rule came back to the first block).
 */
const recent = new Map<string, readonly DateMention[]>();
const RECENT_LIMIT = 8192;
const NO_DATES: readonly DateMention[] = Object.freeze([]);

/** Every date-like mention, in order, without overlaps. */
export function findDates(text: string): readonly DateMention[] {
  let dates = recent.get(text);
  if (!dates) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    const found = searchDates(text);
    recent.set(text, (dates = found.length ? Object.freeze(found.map((d) => Object.freeze(d))) : NO_DATES));
  }
  return dates;
}

function searchDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (!MAYBE_DATE.test(text)) return found;
  for (const { re, kind } of DATE_PATTERNS) {
    // A pattern whose words the text lacks (a month's name, a season) cannot match it (pattern-anchors.ts).
    if (!mayMatch(anchorsFor(re), text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const g = m.groups ?? {};
      let start = m.index;
      const end = start + m[0].length;
      if (overlaps(found, start, end)) continue;
      const mention: DateMention = { start, end, text: m[0], kind };
      if (g.d) mention.day = Number(g.d);
      if (g.m) mention.month = /^\d+$/.test(g.m) ? Number(g.m) : MONTHS[g.m];
      if (g.y) mention.year = normaliseYear(g.y);
      if (g.wd) mention.weekday = WEEKDAYS[g.wd];
      if (kind === 'day' || kind === 'numeric') {
        if (!mention.day || mention.day > 31 || !mention.month || mention.month > 12) continue;
      }
      // "you may 2 …": "may" before a bare number is usually the verb.
      if (kind === 'day' && g.m === 'may' && !g.wd && !g.y && /^may\s+\d+$/.test(m[0]) && !MAY_DATE_LEAD_IN.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (kind === 'weekday') {
        // "sun" and "sat" are common words; "wed" too. Only full names alone.
        if (g.wd!.length < 6) continue;
      }
      if (kind === 'month' && g.m && !/^\d/.test(g.m)) {
        // Keep only the month (and year) in the range, not "in"/"by".
        const at = m[0].indexOf(g.m);
        if (!g.y) start += at;
        mention.start = start;
        mention.text = text.slice(start, end);
      }
      found.push(mention);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found;
}

function normaliseYear(y: string): number {
  const n = Number(y.slice(0, 4).replace(/\D/g, ''));
  return n < 100 ? 2000 + n : n;
}

const AMOUNT = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-one|thirty)';
const DURATION = new RegExp(`\\b(?<n>${AMOUNT})(?:\\s*\\(\\d{1,3}\\))?[\\s-]*(?<u>weeks?|days?|months?|fortnights?)(?:['’]s?)?\\b`, 'g');

export function amountOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** "14-week", "six weeks", "six (6) weeks", "two months", "30 days", "a fortnight". */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  if (!/week|day|month|fortnight/.test(text)) return out;
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(text))) {
    const amount = amountOf(m.groups!.n!);
    if (amount === undefined || amount === 0) continue;
    const u = m.groups!.u!;
    const unit = u.startsWith('day') ? 'day' : u.startsWith('month') ? 'month' : 'week';
    const weeks = unit === 'day' ? amount / 7 : unit === 'month' ? amount * 4.35 : u.startsWith('fortnight') ? amount * 2 : amount;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], weeks: Math.round(weeks * 10) / 10, unit, amount });
  }
  return out;
}

/** Whole weeks between two dates (day and month needed); null when unknown. */
export function weeksBetween(a: DateMention, b: DateMention, defaultYear = new Date().getUTCFullYear()): number | null {
  if (!a.day || !a.month || !b.day || !b.month) return null;
  const ya = a.year ?? b.year ?? defaultYear;
  let yb = b.year ?? ya;
  const t0 = Date.UTC(ya, a.month - 1, a.day);
  let t1 = Date.UTC(yb, b.month - 1, b.day);
  if (t1 < t0 && b.year === undefined) {
    yb += 1;
    t1 = Date.UTC(yb, b.month - 1, b.day);
  }
  if (t1 < t0) return null;
  const days = Math.round((t1 - t0) / 86_400_000);
  return Math.round((days / 7) * 10) / 10;
}

// Words that make a duration or range the length of a consultation window (rules/patterns/dates.yaml).
const WINDOW_NOUN = anyOf('window.noun');
const WINDOW_RIGHT_AFTER = anyOf('window.right-after');
const RUNS_FOR = anyOf('window.runs-for');
const TO_RESPOND = anyOf('window.to-respond');
const NOT_A_WINDOW = anyOf('window.not-a-window');
// Time gone or left ("two weeks into the survey", "a week left to respond") is not the window's length.
const NOT_A_WINDOW_AFTER = anyOf('window.not-a-window-after');
// "you have six weeks to respond": the people, then "have".
const YOU_HAVE = new RegExp(String.raw`\b${wordClassSource('ADDRESSEES')}\s+(?:will\s+)?have\s+(?:just\s+|only\s+)?$`);
const RANGE = /\b(?:from|between|starts?|starting|opens?|opening|begins?|launch(?:es)?)\b[^.;]{0,60}?\b(?:to|until|till|and|through|–|-|closes?|closing|ends?)\b[^.;]{0,60}/g;

/**
 * Consultation windows: a duration beside window words ("a 4-week
 * consultation", "the survey is open for three weeks") or a date range
 * ("runs from 3 march to 26 may"). Text is one block's masked text.
 */
export function findWindows(text: string, defaultYear?: number): readonly Window[] {
  // Keyed by the year too: without one given, a range's length is counted in this year.
  const year = defaultYear ?? new Date().getUTCFullYear();
  let byText = recentWindows.get(year);
  if (!byText) recentWindows.set(year, (byText = new Map()));
  let windows = byText.get(text);
  if (!windows) {
    if (byText.size >= RECENT_LIMIT) byText.clear();
    const found = searchWindows(text, year);
    byText.set(text, (windows = found.length ? Object.freeze(found.map((w) => Object.freeze(w))) : NO_WINDOWS));
  }
  return windows;
}

/** The windows of the texts read last, per year (missing-timeline and short-consultation-window both read every block's). */
const recentWindows = new Map<number, Map<string, readonly Window[]>>();
const NO_WINDOWS: readonly Window[] = Object.freeze([]);

function searchWindows(text: string, defaultYear: number): Window[] {
  const out: Window[] = [];
  const bare = bareRange(text, defaultYear);
  if (bare) return [bare];
  // Read last, so a window said in words keeps its own reading.
  const adjacent = (): Window[] => {
    const pair = adjacentRange(text, defaultYear);
    return pair ? [pair] : out;
  };
  if (!WINDOW_NOUN.test(text) && !/\bopen\b|\bruns?\b|\bclos|\brespond|\bhave\b/.test(text)) return adjacent();
  for (const sentence of sentenceSpans(text)) {
    const s = text.slice(sentence.start, sentence.end);
    const hasNoun = WINDOW_NOUN.test(s);
    for (const d of findDurations(s)) {
      if (d.unit === 'day' && d.amount < 7) continue;
      const after = s.slice(d.end, d.end + 40);
      const before = s.slice(Math.max(0, d.start - 60), d.start);
      // "a 4-week consultation", "consultation will run for 4 weeks",
      // "you have six weeks to respond".
      const direct = WINDOW_RIGHT_AFTER.test(after);
      const runsFor = RUNS_FOR.test(before) && hasNoun;
      const youHave = YOU_HAVE.test(before) && TO_RESPOND.test(after);
      if (!direct && !runsFor && !youHave) continue;
      if (NOT_A_WINDOW.test(before) || NOT_A_WINDOW_AFTER.test(after)) continue;
      out.push({ start: sentence.start + d.start, end: sentence.start + d.end, text: d.text, weeks: d.weeks, from: 'duration' });
    }
    if (!hasNoun && !/\b(?:runs?|open|opens)\b/.test(s)) continue;
    const dates = findDates(s).filter((m) => m.day && m.month);
    if (dates.length < 2) continue;
    RANGE.lastIndex = 0;
    const m = RANGE.exec(s);
    if (!m) continue;
    const first = dates.find((d) => d.start >= m.index);
    const second = first && dates.find((d) => d.start >= first.end);
    if (!first || !second || second.start > m.index + m[0].length) continue;
    if (out.some((w) => w.start >= sentence.start && w.end <= sentence.end)) continue;
    const weeks = weeksBetween(first, second, defaultYear);
    if (weeks === null) continue;
    out.push({ start: sentence.start + first.start, end: sentence.start + second.end, text: text.slice(sentence.start + first.start, sentence.start + second.end), weeks, from: 'range' });
  }
  return out.length ? out : adjacent();
}

const WINDOW_LABEL = '(?:(?:consultation|engagement|survey|response) period|open|opens|dates?|runs?)';
const DAY_NAME = `(?:${wordClassSource('WEEKDAY')},?\\s*)?`;
/** What may stand around the two dates of a bare range: "Consultation period: [from] … to …." (a full stop may end the line). */
const BARE_RANGE_REST = new RegExp(String.raw`^\s*(?:${WINDOW_LABEL}\s*)?(?:[:–-]\s*)?(?:from\s+)?${DAY_NAME}(?:[-–—→]|->|to|until|till)\s*${DAY_NAME}\.?\s*$`);

/**
 * A line that is only a date range — "12 January 2026 – 6 April 2026" under a
 * consultation's title, "Open: 3 March to 26 May" — is the window itself.
 */
function bareRange(text: string, defaultYear?: number): Window | null {
  if (text.length > 80 || !/\d/.test(text) || !/[–—→-]|\b(?:to|until|till)\b/.test(text)) return null;
  const dates = findDates(text).filter((d) => d.day && d.month);
  if (dates.length !== 2) return null;
  const [a, b] = dates as [DateMention, DateMention];
  const rest = text.slice(0, a.start) + ' ' + text.slice(a.end, b.start) + ' ' + text.slice(b.end);
  if (!BARE_RANGE_REST.test(rest)) return null;
  const weeks = weeksBetween(a, b, defaultYear);
  if (weeks === null || weeks <= 0) return null;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end), weeks, from: 'range' };
}

/** Nothing but a dash, an arrow or "to" between two dates: "28 Jul 2021 08 Sep 2021", "3 March → 26 May". */
const ADJACENT_GAP = /^\s*(?:(?:[-–—→]|->|to|until|till)\s*)?$/;

/**
 * Two full dates side by side, the second later and within a year: the start and end columns
 * of a listing flattened into one line ("Community services 28 Jul 2021 08 Sep 2021"), or a
 * range with an arrow. Whatever else is on the line, the pair is the window.
 */
function adjacentRange(text: string, defaultYear?: number): Window | null {
  const dates = findDates(text).filter((d) => d.day && d.month);
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!;
    const b = dates[i]!;
    if (!ADJACENT_GAP.test(text.slice(a.end, b.start))) continue;
    const weeks = weeksBetween(a, b, defaultYear);
    if (weeks !== null && weeks > 0 && weeks <= 52) return { start: a.start, end: b.end, text: text.slice(a.start, b.end), weeks, from: 'range' };
  }
  return null;
}

const DEADLINE_BEFORE = anyOf('deadline.before');
const DEADLINE_LABEL = anyOf('deadline.label');
const ABOUT_REPLYING = anyOf('deadline.reply');
const OPENING_BEFORE = anyOf('opening.before');

/** Is this date a deadline? "closes on 9 january", "by 9 january", "deadline: 9/1". */
export function isDeadline(text: string, mention: DateMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const clause = before.split(/[.;!?]\s/).pop() ?? before;
  if (DEADLINE_LABEL.test(clause)) return true;
  if (/\bby\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)\s+(?:on\s+)?)?(?:the\s+)?$/.test(clause) || /\b(?:until|till|before|no later than)\s+(?:\S+\s+){0,3}\(?$/.test(clause)) return true;
  return DEADLINE_BEFORE.test(clause) && ABOUT_REPLYING.test(clause);
}

/** Is this date when something opens? "opens on 3 march", "starts 3 march", "from 3 march". */
export function isOpening(text: string, mention: DateMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 50), mention.start);
  const clause = before.split(/[.;!?]\s/).pop() ?? before;
  return OPENING_BEFORE.test(clause);
}

/** Sentence-ish spans split on . ! ? ; and line breaks — enough for windows. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!)))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
