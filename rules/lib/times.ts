/**
 * Clock times and time ranges in English text, as UK public bodies write
 * them: "10am", "10.30am–2pm", "14:00 to 16:00", "from 6pm", "noon",
 * "half past ten", "6-8pm", "between 10 and 12.30", "all day".
 *
 * Works on lower-cased text of the same length as the original (the
 * analysis' `masked` view), so every offset is an offset in the block text.
 * Times are minutes since midnight. Where the text leaves am/pm open
 * ("2.30", "10-12"), we make the guess a reader would (meetings are rarely
 * at 2.30 in the morning) and say so with `guessed`.
 */
import { regexpsOf } from './slot-pattern';

export type TimeKind = 'range' | 'point' | 'from' | 'until' | 'all-day';

export interface TimeSpan {
  /** Offsets of the whole expression in the text. */
  start: number;
  end: number;
  text: string;
  kind: TimeKind;
  /** Start and end in minutes since midnight, when known. */
  from: number | null;
  to: number | null;
  /** True when am/pm was not written and we inferred it. */
  guessed: boolean;
}

interface Atom {
  start: number;
  end: number;
  /** Hour as written (0–23) and minutes. */
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  /** Written in a way that is clearly a time on its own (am/pm, colon, noon, o'clock). */
  strong: boolean;
  /** 24-hour form (14:00, 09:30, 1400hrs): no am/pm needed. */
  twentyFour: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const meridiem = (name: string) => `(?<${name}>a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)`;

// One pass finds every candidate atom; the alternation order matters (longest first).
const ATOM = new RegExp(
  [
    // 12 noon, midday, midnight
    `(?<noon>(?:\\b12(?:[.:]00)?\\s*)?\\b(?:noon|midday|mid-day|midnight)\\b)`,
    // half past ten, quarter to seven, ten past six, twenty to three
    `(?<past>\\b(?:(?<pAmount>half|quarter|five|ten|twenty|twenty-five) past|(?<pTo>quarter) to) (?<pHour>${HOUR_WORD})\\b(?:\\s*${meridiem('pMer')})?(?:\\s+in the (?<pPart>morning|afternoon|evening))?)`,
    // ten o'clock
    `(?<oclock>\\b(?<oHour>${HOUR_WORD}) o['’]?clock\\b(?:\\s+in the (?<oPart>morning|afternoon|evening))?)`,
    // 10am, 10.30 am, 10:30 p.m.
    `(?<ampm>\\b(?<aHour>\\d{1,2})(?:[.:](?<aMin>\\d{2}))?\\s*${meridiem('aMer')})`,
    // 1400hrs, 0930 hours
    `(?<four>\\b(?<fHour>[01]\\d|2[0-3])(?<fMin>[0-5]\\d)\\s*(?:hrs|hours|h)\\b)`,
    // 14:00, 9:30, 10.30 (dotted ones are checked for context below)
    `(?<clock>(?<![\\d.,£$€])\\b(?<cHour>\\d{1,2})(?<cSep>[.:])(?<cMin>[0-5]\\d)\\b(?![.,]\\d|\\s*(?:%|per ?cent|percent|million|billion|miles|km|kg|metres|litres|pounds|points))(?:\\s*(?:hrs|hours|h)\\b)?)`,
  ].join('|'),
  'g',
);

// A dotted time without am/pm ("10.30") only counts where the words say it is a time.
const TIME_CUE_BEFORE = [...regexpsOf('times', 'time-cue.before'), /[-–—(:]\s*$|^\s*$/];
// "section 10.30", "page 4.12": a numbered part of a document, not a time.
const DOCUMENT_PART_BEFORE = regexpsOf('times', 'document-part.before');
const RANGE_AFTER = /^\s*(?:[-–—]|to|until|till|til)\s*\d/;

function meridiemOf(s: string | undefined): 'am' | 'pm' | null {
  if (!s) return null;
  return s.startsWith('a') ? 'am' : 'pm';
}

function hourOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

function partOfDay(s: string | undefined): 'am' | 'pm' | null {
  if (!s) return null;
  return s === 'morning' ? 'am' : 'pm';
}

function findAtoms(masked: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM.exec(masked))) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.noon) {
      const midnight = g.noon.includes('midnight');
      atoms.push({ start, end, hour: midnight ? 0 : 12, minute: 0, meridiem: midnight ? 'am' : 'pm', strong: true, twentyFour: true });
    } else if (g.past) {
      const amount = g.pAmount ?? g.pTo!;
      const mins = amount === 'half' ? 30 : amount === 'quarter' ? 15 : amount === 'twenty-five' ? 25 : hourOf(amount);
      let hour = hourOf(g.pHour!);
      if (!(hour >= 1 && hour <= 12) || !(mins > 0 && mins < 60)) continue;
      let minute = mins;
      if (g.pTo) {
        hour = hour === 1 ? 12 : hour - 1;
        minute = 60 - mins;
      }
      atoms.push({ start, end, hour, minute, meridiem: meridiemOf(g.pMer) ?? partOfDay(g.pPart), strong: true, twentyFour: false });
    } else if (g.oclock) {
      const hour = hourOf(g.oHour!);
      if (!(hour >= 1 && hour <= 12)) continue;
      atoms.push({ start, end, hour, minute: 0, meridiem: partOfDay(g.oPart), strong: true, twentyFour: false });
    } else if (g.ampm) {
      const hour = Number(g.aHour);
      const minute = g.aMin ? Number(g.aMin) : 0;
      if (hour < 1 || hour > 12 || minute > 59) {
        // "13.00pm" happens: read it as the 24-hour time it is.
        if (hour >= 13 && hour <= 23 && minute <= 59) atoms.push({ start, end, hour, minute, meridiem: null, strong: true, twentyFour: true });
        continue;
      }
      atoms.push({ start, end, hour, minute, meridiem: meridiemOf(g.aMer), strong: true, twentyFour: false });
    } else if (g.four) {
      atoms.push({ start, end, hour: Number(g.fHour), minute: Number(g.fMin), meridiem: null, strong: true, twentyFour: true });
    } else if (g.clock) {
      const hour = Number(g.cHour);
      const sep = g.cSep;
      const minute = Number(g.cMin);
      if (hour > 23) continue;
      const twentyFour = hour >= 13 || hour === 0 || /^0\d/.test(g.cHour!);
      const strong = sep === ':' || /h/.test(m[0]);
      if (!strong) {
        // "10.30" needs a cue: "at 10.30", "10.30 to 12.30", a time label.
        const before = masked.slice(Math.max(0, start - 24), start);
        const lastClause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
        if (!TIME_CUE_BEFORE.some((re) => re.test(lastClause)) && !RANGE_AFTER.test(masked.slice(end, end + 12))) continue;
        if (DOCUMENT_PART_BEFORE.some((re) => re.test(before))) continue;
      }
      atoms.push({ start, end, hour, minute, meridiem: null, strong, twentyFour });
    }
  }
  return atoms;
}

function to24(a: Atom): number {
  if (a.twentyFour || a.meridiem === null) return a.hour * 60 + a.minute;
  const h = a.hour % 12 + (a.meridiem === 'pm' ? 12 : 0);
  return h * 60 + a.minute;
}

/** A lone time with no am/pm: 7–11 is morning, 12 is noon, 1–6 is afternoon or evening. */
function guessAlone(a: Atom): number {
  if (a.twentyFour || a.meridiem) return to24(a);
  const h = a.hour % 12;
  return (a.hour >= 7 && a.hour <= 11 ? a.hour : h === 0 ? 12 : h + 12) * 60 + a.minute;
}

/** The reading of `a` (no am/pm) that falls latest before `end`, else its morning reading. */
function guessBefore(a: Atom, end: number): number {
  const am = (a.hour % 12) * 60 + a.minute;
  const pm = am + 12 * 60;
  if (pm < end) return pm;
  return am;
}

/** The reading of `b` (no am/pm) that falls first after `start`. */
function guessAfter(b: Atom, start: number): number {
  const am = (b.hour % 12) * 60 + b.minute;
  if (am > start) return am;
  return am + 12 * 60;
}

const CONNECTOR = /^\s*(?:[-–—]|to|until|till|til|and|through)\s*/;
// A bare hour before a connector and a full time: the "10" in "10-12pm", "6 to 8pm".
const BARE_HOUR_BEFORE = /(?<![\d.,£$€:])\b(\d{1,2})(?:[.:]([0-5]\d))?\s*(?:[-–—]|to|until|till|til|(and))\s*$/;
const FROM_BEFORE = /\b(?:from|starting at|starts at|start(?:s|ing)? from|doors open at|opens? at|arrive (?:from|at))\s*$|\bfrom\s*$/;
const BETWEEN_BEFORE = /\bbetween\s*$/;
const UNTIL_BEFORE = /\b(?:until|till|til|(?:be\s+)?finish(?:es|ed|ing)? (?:at|by)|(?:be\s+)?(?:over|done) by|ends? (?:at|by)|ending at|closes? at)\s*$/;
const ONWARDS_AFTER = /^\s*(?:onwards|onward|on\b|and after)/;
const TIME_HINT = /\d|noon|midday|mid-day|midnight|clock|past|quarter|day/;
const ALL_DAY = /\b(?:all[- ]day|full[- ]day|whole day|throughout the day|any ?time during the day)\b/g;

/** Every clock time and time range in lower-cased text, in order. */
export function findTimes(masked: string): TimeSpan[] {
  if (!TIME_HINT.test(masked)) return [];
  const atoms = findAtoms(masked);
  const spans: TimeSpan[] = [];
  const make = (start: number, end: number, kind: TimeKind, from: number | null, to: number | null, guessed: boolean): TimeSpan => ({
    start, end, text: masked.slice(start, end), kind, from, to, guessed,
  });
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    const gap = b ? masked.slice(a.end, b.start) : '';
    const before = masked.slice(Math.max(0, a.start - 30), a.start);
    if (b && CONNECTOR.test(gap) && gap.replace(CONNECTOR, '') === '' && (!/and/.test(gap) || BETWEEN_BEFORE.test(before))) {
      // A range: fill in a missing am/pm from the other end.
      let from: number;
      let to: number;
      let guessed = false;
      if (a.meridiem || a.twentyFour) {
        from = to24(a);
        if (b.meridiem || b.twentyFour) to = to24(b);
        else {
          to = guessAfter(b, from);
          guessed = true;
        }
      } else if (b.meridiem || b.twentyFour) {
        to = to24(b);
        from = guessBefore(a, to);
        guessed = true;
      } else {
        from = guessAlone(a);
        to = guessAfter(b, from);
        guessed = true;
      }
      const startAt = BETWEEN_BEFORE.test(before) ? before.search(/between\s*$/) + a.start - before.length : a.start;
      spans.push(make(FROM_BEFORE.test(before) ? startOfCue(masked, a.start, FROM_BEFORE) : startAt, b.end, 'range', from, to, guessed));
      i++;
      continue;
    }
    // "10-12pm", "6 to 8pm": the first end has no atom of its own.
    const bare = BARE_HOUR_BEFORE.exec(masked.slice(Math.max(0, a.start - 14), a.start));
    const lastSpan = spans[spans.length - 1];
    const bareOk = bare && (bare[3] === undefined || BETWEEN_BEFORE.test(masked.slice(Math.max(0, a.start - 40), a.start - (Math.min(14, a.start) - bare.index))));
    if (bare && bareOk && (a.strong || a.meridiem !== null || bare[3] !== undefined) && !(lastSpan && lastSpan.end > a.start - 14)) {
      const hour = Number(bare[1]);
      const minute = bare[2] ? Number(bare[2]) : 0;
      if (hour >= 1 && hour <= 23) {
        const to = to24(a);
        const firstAtom: Atom = { start: 0, end: 0, hour, minute, meridiem: null, strong: false, twentyFour: hour > 12 };
        const from = firstAtom.twentyFour ? hour * 60 + minute : guessBefore(firstAtom, to);
        const start = a.start - (Math.min(14, a.start) - bare.index);
        const pre = masked.slice(Math.max(0, start - 30), start);
        const s = BETWEEN_BEFORE.test(pre) ? start - (pre.length - pre.search(/between\s*$/)) : FROM_BEFORE.test(pre) ? startOfCue(masked, start, FROM_BEFORE) : start;
        spans.push(make(s, a.end, 'range', from, to, !firstAtom.twentyFour));
        continue;
      }
    }
    const minutes = guessAlone(a);
    const guessed = !a.twentyFour && a.meridiem === null && !a.strong;
    if (FROM_BEFORE.test(before) || ONWARDS_AFTER.test(masked.slice(a.end, a.end + 12))) {
      const onwards = ONWARDS_AFTER.exec(masked.slice(a.end, a.end + 12));
      const s = FROM_BEFORE.test(before) ? startOfCue(masked, a.start, FROM_BEFORE) : a.start;
      spans.push(make(s, onwards ? a.end + onwards[0].length : a.end, 'from', minutes, null, guessed));
    } else if (UNTIL_BEFORE.test(before)) {
      spans.push(make(startOfCue(masked, a.start, UNTIL_BEFORE), a.end, 'until', null, minutes, guessed));
    } else {
      spans.push(make(a.start, a.end, 'point', minutes, null, guessed || (!a.twentyFour && a.meridiem === null)));
    }
  }
  ALL_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_DAY.exec(masked))) spans.push(make(m.index, m.index + m[0].length, 'all-day', null, null, false));
  return spans.sort((x, y) => x.start - y.start);
}

function startOfCue(masked: string, at: number, cue: RegExp): number {
  const before = masked.slice(Math.max(0, at - 30), at);
  const m = cue.exec(before);
  return m ? at - before.length + m.index : at;
}

// "about two hours", "90 minutes", "1½ hrs"; not "two hours before".
const HOW_MANY = '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|half an?|one and a half|1½)';
const DURATION = new RegExp(
  String.raw`\b(?:(?:about|around|approximately|up to|roughly)\s+)?${HOW_MANY}\s*(?:(?:-|to)\s*)?(?:hours?|hrs?|minutes|mins)\b(?!\s+(?:before|after|in advance|ahead|notice))`,
);

/** Says how long something lasts ("for two hours", "90 minutes", "(2 hrs)"). */
export function hasDuration(masked: string): boolean {
  return DURATION.test(masked);
}

/** "10am", "2.30pm", "14:00" for minutes since midnight, as UK readers write it. */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (h === 12 && m === 0) return 'midday';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `.${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
