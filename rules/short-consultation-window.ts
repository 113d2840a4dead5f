import type { AnalysedBlock, Rule } from '../src/engine';
import { findDates, findWindows, isDeadline, isOpening, weeksBetween, type DateMention, type Window } from './lib/dates';
import { regexpsOf, wordClassSource } from './lib/slot-pattern';

interface BlockWindows {
  windows: readonly Window[];
  openings: DateMention[];
  deadlines: DateMention[];
  years: number[];
}

const DATA_FILE = 'short-consultation-window';
const [WINDOW_WORDS] = regexpsOf(DATA_FILE, 'window.words') as [RegExp];

function weeksText(weeks: number): string {
  const whole = Math.round(weeks);
  const about = Math.abs(weeks - whole) >= 0.15 ? 'about ' : '';
  return `${about}${whole} week${whole === 1 ? '' : 's'}`;
}

export const shortConsultationWindow: Rule = {
  meta: {
    id: 'short-consultation-window',
    title: 'Allow enough time to respond',
    barriers: ['not-enough-time', 'poor-planning'],
    enablers: ['space-time-and-opportunity', 'planning-ahead-and-early'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    /** Date arithmetic (rules/lib/dates.ts): a stated window (“a 4-week consultation”, “from … to …”), or an opening and a closing date far apart. */
    hooks: ['stated-window', 'dates-apart'],
    defaultOptions: { minWeeks: 6, normWeeks: 12 },
    docs: {
      description:
        'Finds how long a consultation is open — from “a 4-week consultation”, “open for three weeks”, “runs from 3 March to 31 March”, or a letter’s or e-mail’s date (“7 February 2027” in the letter head, “Sent: 04 February 2027 10:12”, “Date of issue: 1 March” or “Published 22 December” anywhere) and its reply-by date (“let us have your comments by 28 February”) — and flags a window under 6 weeks.',
      why: 'People need time to hear about a consultation, read it, talk it over and reply, more so if they need another format or support. Twelve weeks is the usual norm for public consultations; a few weeks shuts many people out.',
      bad: 'This 4-week consultation closes on 31 March.',
      good: 'This 12-week consultation runs from 3 March to 26 May 2027.',
      sources: [
        'Gunning principles: adequate time for consideration and response',
        'Cabinet Office Code of Practice on Consultation (2008): 12 weeks as the standard; current Consultation Principles ask for a proportionate time',
      ],
    },
  },
  checkDocument(ctx) {
    const minWeeks = Number(ctx.options.minWeeks);
    const normWeeks = Number(ctx.options.normWeeks);
    const per = ctx.perBlock(blockWindows, blockWindows);
    // The first year named anywhere, read in place (a re-check of a long document reads every block's list).
    let year: number | undefined;
    for (let i = 0; i < per.length && year === undefined; i++) year = per[i]!.years[0];
    let found = false;
    const report = (blockId: string, start: number, end: number, weeks: number, hook: 'stated-window' | 'dates-apart') => {
      ctx.report({
        blockId,
        start,
        end,
        message: `This consultation is open for ${weeksText(weeks)}. Allow at least ${minWeeks} weeks, and ${normWeeks} weeks where you can: ${normWeeks} weeks is the usual norm, so people have time to hear about it, ask for other formats and reply.`,
        suggestions: [`Extend it to ${normWeeks} weeks.`, 'If time is fixed, explain why and offer extra ways to take part.'],
        example: `This ${normWeeks}-week consultation runs from 3 March to 26 May 2027.`,
        patternId: `short-consultation-window/${hook}`,
      });
    };
    per.forEach((p, i) => {
      const ab = ctx.blocks[i]!;
      // By index: a block's windows may be a frozen list (rules/lib/dates.ts), and a for…of over one makes an iterator.
      for (let k = 0; k < p.windows.length; k++) {
        const w = p.windows[k]!;
        found = true;
        // A range computed without a year may be off by a leap day: fine at this scale.
        const weeks = w.from === 'range' && year !== undefined ? recompute(ab.analysis.masked, w, year) : w.weeks;
        if (weeks < minWeeks) report(ab.block.id, w.start, w.end, weeks, 'stated-window');
      }
    });
    if (found) return;
    // No stated window: an opening date in one place and a closing date in
    // another, or the date the document was issued and its closing date.
    const openings = per.flatMap((p) => p.openings);
    // Unlabelled dates count only in the letter head; a labelled one ("Published 22 December 2025") anywhere.
    const head = new Set(letterHead(ctx.blocks));
    const issued = ctx.perBlock(issuedDate, issuedDate).flatMap((d, i) => (d && (d.labelled || head.has(ctx.blocks[i]!)) ? [d.date] : []));
    const candidates = openings.length ? openings : issued;
    // The consultation closes at its last reply-by date. Other "by" dates in a
    // consultation are earlier asks (book a place, tell us about access needs),
    // so a deadline about responding wins, and the latest one counts.
    const deadlines = per.flatMap((p, i) =>
      p.deadlines.map((mention) => ({ blockId: ctx.blocks[i]!.block.id, mention, aboutReplies: isReplyDeadline(ctx.blocks[i]!.analysis.masked, mention) })),
    );
    const replyDeadlines = deadlines.filter((d) => d.aboutReplies);
    let best: { blockId: string; mention: DateMention; weeks: number } | undefined;
    for (const closing of replyDeadlines.length ? replyDeadlines : deadlines) {
      for (const opening of candidates) {
        if (opening === closing.mention) continue;
        const weeks = weeksBetween(opening, closing.mention, year);
        if (weeks === null || weeks <= 0) continue;
        if (!best || weeks > best.weeks) best = { blockId: closing.blockId, mention: closing.mention, weeks };
      }
    }
    if (best && best.weeks < minWeeks) report(best.blockId, best.mention.start, best.mention.end, best.weeks, 'dates-apart');
  },
};

function blockWindows(ab: AnalysedBlock): BlockWindows {
  const text = ab.analysis.masked;
  const all = findDates(text);
  const dates = all.filter((d) => d.day && d.month);
  const windows = findWindows(text);
  if (all.length === 0 && windows.length === 0) return NO_WINDOWS;
  return {
    windows,
    // Only openings of the consultation itself, not "changes start from 1 June".
    openings: dates.filter((d) => isOpening(text, d) && WINDOW_WORDS.test(text.slice(Math.max(0, d.start - 60), d.start))),
    deadlines: dates.filter((d) => isDeadline(text, d)),
    years: all.flatMap((d) => (d.year ? [d.year] : [])),
  };
}

/** A block with no date and no window (most blocks): they share one reading, so the document-wide loops read one object for them. */
const NO_WINDOWS: BlockWindows = Object.freeze({ windows: [], openings: [], deadlines: [], years: [] });

/**
 * Where a letter or notice says when it was issued: the lines before the
 * salutation ("Dear Resident") — organisation, addresses, references, date —
 * or, with no salutation, the first eight blocks.
 */
function letterHead(blocks: readonly AnalysedBlock[]): AnalysedBlock[] {
  const head = blocks.slice(0, 12);
  const dear = head.findIndex((ab) => /^\s*dear\b/.test(ab.analysis.masked));
  return dear >= 0 ? head.slice(0, dear) : head.slice(0, 8);
}

const [ISSUE_LABEL] = regexpsOf(DATA_FILE, 'issue.label') as [RegExp];

// A clock time after the date, as in an e-mail header ("Sent: 04 February 2026 10:12").
const TRAILING_TIME = /,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$/;

/**
 * A block that is only a full date ("5 December 2022", "Date of issue: 1 March
 * 2027", "Sent: 04 February 2026 10:12"): when a letter, notice or e-mail was issued.
 */
function issuedDate(ab: AnalysedBlock): { date: DateMention; labelled: boolean } | null {
  const text = ab.analysis.masked.trim();
  if (text.length > 60) return headerDate(ab.analysis.masked);
  const [d] = findDates(text);
  if (!d || !d.day || !d.month || !d.year) return null;
  const unlabelled = text.replace(ISSUE_LABEL, '');
  const labelled = unlabelled.length < text.length;
  return unlabelled.replace(TRAILING_TIME, '').length <= d.text.length + 1 ? { date: d, labelled } : null;
}

/**
 * An e-mail header run together in one block ("From: … Sent: 12 January 2026
 * 09:02 To: … Subject: …"): the date after its "Sent:" or "Date:" label.
 */
function headerDate(masked: string): { date: DateMention; labelled: boolean } | null {
  if (!/^\s*(?:from|to|sent|date)\s*:/.test(masked) || !/\b(?:from|subject)\s*:/.test(masked)) return null;
  const label = SENT_LABEL.exec(masked);
  if (!label) return null;
  const at = label.index + label[0].length;
  const [d] = findDates(masked.slice(at, at + 40));
  if (!d || d.start !== 0 || !d.day || !d.month || !d.year) return null;
  return { date: { ...d, start: d.start + at, end: d.end + at }, labelled: true };
}

function recompute(text: string, w: Window, year: number): number {
  const dates = findDates(text.slice(w.start, w.end)).filter((d) => d.day && d.month);
  const a = dates[0];
  const b = dates[dates.length - 1];
  return (a && b && a !== b && weeksBetween(a, b, year)) || w.weeks;
}

// "Sent: Tuesday, 3 March": the date of a letter or e-mail.
const SENT_LABEL = new RegExp(String.raw`\b(?:sent|date)\s*:\s*(?:${wordClassSource('WEEKDAY')},?\s*)?`);
const [REPLY_WORDS] = regexpsOf(DATA_FILE, 'reply.words') as [RegExp];

/** Is this deadline about sending views, rather than booking a place or asking for support? */
function isReplyDeadline(text: string, mention: DateMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 120), mention.start);
  const sentence = before.split(/[.;!?]\s/).pop() ?? before;
  return REPLY_WORDS.test(sentence);
}
