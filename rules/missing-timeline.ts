import type { AnalysedBlock, Rule } from '../src/engine';
import { findDates, findWindows, isDeadline, isOpening } from './lib/dates';
import { anchorFor, labelOf } from './lib/sections';
import { anyMatch as any, firstMatch } from './lib/first-match';
import { regexpsOf } from './lib/slot-pattern';

/** Where the earliest match of any pattern is, and how long it is. */
function earliest(patterns: readonly RegExp[], text: string): { index: number; length: number } | null {
  const m = firstMatch(patterns, text);
  return m && { index: m.index, length: m[0].length };
}

interface BlockDates {
  /** Dates that place something in time (not a bare weekday). */
  dated: number;
  /** A closing date in this block ("closes on 9 january", "by 9 january", a date range). */
  deadline: boolean;
  opening: boolean;
  /** A window length ("a 12-week consultation"). */
  window: boolean;
  /** The block is (or is labelled) "closing date", "deadline", "key dates"… */
  deadlineLabel: boolean;
  /** Dates that look ahead: not in a sentence about the past ("it was agreed at the Board on 3 December"). */
  ahead: number;
  /** The first date as written ("April 2021"), to quote back to the writer. */
  firstDate: string | null;
  /** Timing without a date ("later this year", "annually"), as written. */
  vague: string | null;
  /** The year a plan runs to ("to 2030", "until 2028"), as written. */
  endYear: string | null;
  /** Any other timing, as written: "Tuesday evening at 7pm", "by Easter", "next month". */
  touch: string | null;
  /** The block says the consultation has closed ("this consultation has now closed"). */
  closed: boolean;
}

const DATA_FILE = 'missing-timeline';
/**
 * Timing that places nothing on a calendar ("later this year", "annually"): a
 * document that only says these has a timeline in some form, so the finding
 * quotes it and asks for dates rather than saying there are none.
 */
const VAGUE_TIMING = regexpsOf(DATA_FILE, 'timing.vague');
/** The label before a page's own date: "Published:", "Last updated". */
const PAGE_DATE_BEFORE = regexpsOf(DATA_FILE, 'page-date-label');
/** A sentence about the past: "was agreed", "took place". */
const PAST = regexpsOf(DATA_FILE, 'past.sentence');
const DEADLINE_HEADING = regexpsOf(DATA_FILE, 'deadline.headings');
const PLAN_END_YEAR = regexpsOf(DATA_FILE, 'plan-end-year');
const CLOSED = regexpsOf(DATA_FILE, 'consultation.closed');
const RESPOND_HEADING = regexpsOf(DATA_FILE, 'respond.headings');
const TIMELINE_HEADING = regexpsOf(DATA_FILE, 'timeline.headings');
/**
 * The last resort (s21-lastresort): timing that is neither a date nor a vague span ("on Tuesday
 * evening at 7pm", "by Easter", "next month"). Quoted back like vague timing, so the rule says the
 * document gives no dates only when nothing in it places anything in time.
 */
const LAST_RESORT_TIMING = regexpsOf(DATA_FILE, 'timing.last-resort');
/** A step timed from the plan's start: "Month 1–3: recruit". */
const RELATIVE_STEP = regexpsOf(DATA_FILE, 'relative-step');

const YEAR_RANGE = /\b(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:(?:19|20)\d{2}|\d{2})\b/;
// A year on its own as a step of a plan: "in 2027", "by 2028", "Year 1 (2026):".
const PLAN_YEAR = /\b(?:in|by|during|from|until|before|after|throughout)\s+(?:19|20)\d{2}\b|\((?:19|20)\d{2}(?:[–-]\d{2,4})?\)/g;


function yearsIn(text: string): number[] {
  if (!/\d{4}/.test(text)) return [];
  PLAN_YEAR.lastIndex = 0;
  return [...text.matchAll(PLAN_YEAR)].map((m) => m.index);
}


export function blockDates(ab: AnalysedBlock): BlockDates {
  const text = ab.analysis.masked;
  // A page's own publication date ("Published: 3 May 2026", "Last updated 01.02.26") is not a step of anything.
  const dates = findDates(text).filter((d) => d.kind !== 'weekday' && !any(PAGE_DATE_BEFORE, text.slice(Math.max(0, d.start - 30), d.start)));
  const windows = findWindows(text);
  const label = ab.block.kind === 'heading' ? text : labelOf(text);
  const vagueMatch = earliest(VAGUE_TIMING, text);
  // A length with no dates ("a six-week consultation") is timing too.
  const duration = windows.find((w) => w.from === 'duration');
  // A period of years ("2026 to 2029", "2027–2030") places a plan in time, without steps.
  const years = YEAR_RANGE.exec(text);
  const vague = vagueMatch ? vagueMatch : duration ? { index: duration.start, length: duration.end - duration.start } : years ? { index: years.index, length: years[0].length } : null;
  const first = dates[0];
  const endYear = earliest(PLAN_END_YEAR, text);
  const touch = earliest(LAST_RESORT_TIMING, text);
  const found: BlockDates = {
    touch: touch ? ab.block.text.slice(touch.index, touch.index + touch.length) : null,
    endYear: endYear ? ab.block.text.slice(endYear.index, endYear.index + endYear.length) : null,
    closed: any(CLOSED, text),
    firstDate: first ? ab.block.text.slice(first.start, first.end) : null,
    vague: vague ? ab.block.text.slice(vague.index, vague.index + vague.length) : null,
    dated: dates.length,
    deadline: dates.some((d) => isDeadline(text, d)) || windows.some((w) => w.from === 'range'),
    opening: dates.some((d) => isOpening(text, d)),
    window: windows.length > 0,
    deadlineLabel: label !== null && any(DEADLINE_HEADING, label),
    // A dated step ("March 2027: recruit the group") is enough alone; a bare year ("by 2028") counts half.
    ahead:
      dates.filter((d) => !any(PAST, sentenceOf(text, d.start))).length * 2 +
      yearsIn(text).filter((at) => !any(PAST, sentenceOf(text, at))).length +
      // Each step timed from the start ("Month 4–20: recruitment") counts like a bare year: a list of them is a schedule.
      RELATIVE_STEP.reduce((n, re) => n + (text.match(new RegExp(re.source, 'g'))?.length ?? 0), 0),
  };
  // Most blocks give no timing at all: they share one reading, so the document-wide loops read one object for them.
  return Object.values(found).some((v) => v !== null && v !== false && v !== 0) ? found : NO_DATES;
}

const NO_DATES: BlockDates = Object.freeze({ touch: null, endYear: null, closed: false, firstDate: null, vague: null, dated: 0, deadline: false, opening: false, window: false, deadlineLabel: false, ahead: 0 });

export const missingTimeline: Rule = {
  meta: {
    id: 'missing-timeline',
    title: 'Give the key dates',
    barriers: ['poor-planning', 'not-enough-time', 'things-change-suddenly'],
    enablers: ['planning-ahead-and-early', 'space-time-and-opportunity', 'clear-about-expectations'],
    scope: 'document',
    profiles: ['consultation', 'engagement-plan'],
    severity: 'error',
    /** Date reading (rules/lib/dates.ts): a consultation without a closing date, a plan without dated steps. */
    hooks: ['no-closing-date', 'no-timeline'],
    docs: {
      description:
        'Checks that a consultation gives its closing date (a bare range such as “12 January – 6 April 2026” under the title counts), and that an engagement or project plan gives dates for its main steps (start, milestones, decision): a date ahead, or more than one year (“in 2027”, “Year 1 (2026)”), or steps timed from the start (“Month 1–3: set up the panel”), not counting dates in sentences about the past (“agreed at the Board on 3 December”). A consultation page that says it has closed needs no closing date when it dates what comes next. When the document gives some timing but not the key date (“April 2021”, a list of event dates, “later this year”, “six times a year”, “our strategy to 2030”, “closes on Friday”), the finding quotes it and is softer; it says there are no dates only when there are none.',
      why: 'People need to know how long they have to take part and when decisions will be made, so they can plan around work, care and health. A plan without dates is hard to hold anyone to.',
      bad: 'Please send us your views soon. We will consider them in due course.',
      good: 'The consultation opens on 3 March 2027 and closes at 5pm on 26 May 2027. The board will decide in July 2027.',
      sources: ['Gunning principles: give adequate time for consideration and response'],
    },
  },
  checkDocument(ctx) {
    const dates = ctx.perBlock(blockDates, blockDates);
    const consultation = ctx.profiles.includes('consultation');
    if (consultation) {
      let deadline = false;
      let opening = false;
      let window = false;
      let underLabel = false;
      // Read from per-block lists, and only until a deadline is found: a re-check reads every block.
      const headings = ctx.perBlock(isHeading, isHeading);
      for (let i = 0; i < dates.length && !deadline; i++) {
        const d = dates[i]!;
        deadline ||= d.deadline || (d.deadlineLabel && d.dated > 0);
        opening ||= d.opening;
        window ||= d.window;
        // "Closing date" as a heading, the date in the next block.
        if (d.deadlineLabel && headings[i]) underLabel = true;
        else if (underLabel && d.dated > 0) deadline = true;
        else if (headings[i]) underLabel = false;
      }
      // "A 12-week consultation from 3 March" fixes the closing date too.
      if (deadline || (opening && window)) return;
      // A page kept after the consultation closed: what comes next is dated, the closing date no longer matters.
      if (dates.some((d) => d.closed) && dates.some((d) => d.dated > 0)) return;
      const said = whatIsSaid(dates) ?? dates.find((d) => d.touch)?.touch ?? null;
      ctx.report({
        message: said
          ? `This consultation mentions “${said}”, but not the date it closes. Give the closing date (and time) so people know how long they have.`
          : 'This consultation gives no dates. Say when it opens and closes, and when the decision will be made.',
        // Some timing is there: a softer finding than none at all.
        ...(said ? { severity: 'warning' as const } : {}),
        suggestions: ['Put the closing date near the start and again where you explain how to respond.'],
        example: 'The consultation opens on 3 March 2027 and closes at 5pm on Wednesday 26 May 2027. The board will make its decision in July 2027.',
        anchorBlockId:
          anchorFor(ctx, 'timeline', [...RESPOND_HEADING, ...DEADLINE_HEADING], 'first-heading') ?? undefined,
        patternId: 'missing-timeline/no-closing-date',
      });
      return;
    }
    // A timeline is a dated step ahead, or more than one year: one "by 2027" in a list of commitments is not a schedule.
    if (dates.reduce((n, d) => n + d.ahead, 0) >= 2) return;
    const said = whatIsSaid(dates) ?? dates.find((d) => d.endYear)?.endYear ?? dates.find((d) => d.touch)?.touch ?? null;
    ctx.report({
      message: said
        ? `This plan mentions “${said}”, but not the dates of its main steps. Add when it starts, the main milestones, and when decisions will be made.`
        : 'This plan gives no dates. Add a timeline: when it starts, the main milestones, and when decisions will be made.',
      ...(said ? { severity: 'suggestion' as const } : {}),
      suggestions: ['A short table of steps and months is enough.'],
      example: 'March 2027: recruit the working group. April to June 2027: four workshops. July 2027: report to the board. September 2027: tell everyone what changed.',
      anchorBlockId: anchorFor(ctx, 'timeline-heading', TIMELINE_HEADING, 'first-heading') ?? undefined,
      patternId: 'missing-timeline/no-timeline',
      ...(said ? {} : { severity: 'warning' as const }),
    });
  },
};

/** The timing the document does give, to quote: its first date, else vague timing ("later this year"). */
function whatIsSaid(dates: readonly BlockDates[]): string | null {
  return dates.find((d) => d.firstDate)?.firstDate ?? dates.find((d) => d.vague)?.vague ?? null;
}

function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const next = text.indexOf('. ', at);
  return text.slice(start, next < 0 ? text.length : next);
}

function isHeading(ab: AnalysedBlock): boolean {
  return ab.block.kind === 'heading';
}
