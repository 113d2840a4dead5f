import type { AnalysedBlock, Rule } from '../src/engine';
import { amountOf } from './lib/dates';
import { readMeeting } from './lib/venue';
import { patternGroup, regexpsOf, wordClassSource } from './lib/slot-pattern';
import { anyMatch, firstNamedMatch } from './lib/first-match';

// Things people read for a meeting, and papers given out on the day (rules/patterns/papers-in-advance.yaml).
const HAS_PAPERS = regexpsOf('papers-in-advance', 'papers');
const ON_THE_DAY = patternGroup('papers-in-advance', 'on-the-day');
// Sent before: "two weeks before", "five working days before", "in advance", "by 9 January".
const AHEAD =
  /\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s+(?:clear\s+)?(?<work>working\s+)?(?<unit>days?|weeks?|fortnight)\s+(?:before|ahead|in advance|prior)/;
// "In advance", "by Friday 28 February", "read the summary before the workshop": ahead, with no number of days.
const VAGUE_AHEAD = regexpsOf('papers-in-advance', 'sent-ahead');
// Relative days: "the agenda goes out the weekend before", "papers are sent the week before".
const SENT = '(?:sent|send|post|posted|email|emailed|circulated|published|shared|goes out|go out|sent out|comes? out)';
const RELATIVE_AHEAD = new RegExp(String.raw`\b${SENT}\b[^.]{1,80}\bthe (?<unit>day|weekend|week|fortnight|${wordClassSource('WEEKDAY')}) before\b`);
const RELATIVE_DAYS: Record<string, number> = { day: 1, weekend: 2, week: 7, fortnight: 14 };
// Reading matter beyond an agenda: a bare agenda needs no week to read.
const READING = regexpsOf('papers-in-advance', 'reading');
const NO_PAPERS = /\b(?:no papers|nothing to read|no (?:need|reading) to (?:read|prepare))\b/;
const SEND_VERB = /\b(?:sent|send|post|posted|email|emailed|circulated|published|shared|available|share|publish|get|receive)\b/;

interface PaperSignals {
  mentions: boolean;
  onTheDay: { start: number; end: number; patternId: string } | null;
  /** Days ahead when a figure is given; Infinity for "in advance" with no figure. */
  daysAhead: number | null;
  none: boolean;
  /** Something to read beyond the agenda. */
  reading: boolean;
}

const HINT = /paper|agenda|pack|booklet|slides|present|through|document|report|tabled|on the day|advance|before|ahead|prior|read|website|by /;

function signals(ab: AnalysedBlock): PaperSignals {
  const masked = ab.analysis.masked;
  if (!HINT.test(masked)) return { mentions: false, onTheDay: null, daysAhead: null, none: false, reading: false };
  const mentions = anyMatch(HAS_PAPERS, masked);
  let onTheDay: PaperSignals['onTheDay'] = null;
  const found = firstNamedMatch(ON_THE_DAY, masked);
  if (found) {
    const day = found.match;
    // Flag the whole sentence that says it.
    const sentence = ab.analysis.sentences.find((s) => s.start <= day.index && day.index < s.end);
    onTheDay = { ...(sentence ? { start: sentence.start, end: sentence.end } : { start: day.index, end: day.index + day[0].length }), patternId: found.id };
  }
  let daysAhead: number | null = null;
  const ahead = AHEAD.exec(masked);
  if (ahead && SEND_VERB.test(masked)) {
    const n = ahead.groups!.unit!.startsWith('fortnight') ? 2 : (amountOf(ahead.groups!.n!) ?? 1);
    const unit = ahead.groups!.unit!;
    daysAhead = unit.startsWith('day') ? (ahead.groups!.work ? Math.round((n * 7) / 5) : n) : n * 7;
  } else if (anyMatch(VAGUE_AHEAD, masked)) daysAhead = Infinity;
  else {
    const rel = RELATIVE_AHEAD.exec(masked);
    if (rel) daysAhead = RELATIVE_DAYS[rel.groups!.unit!] ?? 2;
  }
  return { mentions, onTheDay, daysAhead, none: NO_PAPERS.test(masked), reading: mentions && anyMatch(READING, masked) };
}

export const papersInAdvance: Rule = {
  meta: {
    id: 'papers-in-advance',
    title: 'Meeting papers not sent in advance',
    barriers: ['not-enough-time', 'not-meeting-needs'],
    enablers: ['space-time-and-opportunity', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['meeting-invitation'],
    severity: 'warning',
    /** Day arithmetic on when papers are sent (days-ahead), and papers mentioned with nothing about when (no-when). */
    hooks: ['days-ahead', 'no-when'],
    docs: {
      description:
        'Where a meeting has papers, an agenda or a presentation, checks that people get them at least a week before, and flags papers handed out on the day. Papers promised by a dated day, or already published with people asked to read them before the session, count as sent ahead; a bare agenda with nothing else to read needs only to go out some days before.',
      why: 'People need time to read, to ask someone to explain, and to get papers in large print, Easy Read or another language. Papers given out on the day mean only those who already know the subject can take part.',
      bad: 'The patient panel meets at the Civic Hall on Tuesday 3 June, 2pm to 4pm. Papers will be handed out on the day.',
      good: 'We will post and email the agenda and papers on Wednesday 26 February, two weeks before the meeting. Tell us if you would like them in large print or Easy Read.',
      sources: ['SCIE co-production guidance: send papers in advance, in accessible formats'],
    },
  },
  checkDocument(ctx) {
    const picture = readMeeting(ctx);
    if (!picture.hasEvent && picture.venues.length === 0) return;
    const papers = ctx.perBlock('papers', signals);
    // The per-block list read in place, no list of pairs made: a re-check of a long page reads every block here.
    const firstWhere = (test: (s: (typeof papers)[number]) => boolean): number => {
      for (let i = 0; i < papers.length; i++) if (test(papers[i]!)) return i;
      return -1;
    };
    const example = 'We will send you the agenda and papers by post and email on [date], at least a week before the meeting. Tell us if you would like them in large print, Easy Read or another format.';
    const onTheDay = firstWhere((s) => s.onTheDay !== null);
    if (onTheDay >= 0) {
      const r = papers[onTheDay]!.onTheDay!;
      ctx.report({
        blockId: ctx.blocks[onTheDay]!.block.id,
        start: r.start,
        end: r.end,
        message: 'Papers given out on the day leave no time to read them, ask questions or get them in another format. Send them at least a week before the meeting.',
        example,
        suggestions: ['Send papers at least a week before, and offer large print and Easy Read.'],
        patternId: r.patternId,
      });
      return;
    }
    const mention = firstWhere((s) => s.mentions);
    if (mention < 0 || firstWhere((s) => s.none) >= 0) return;
    const ahead: number[] = [];
    for (const s of papers) if (s.daysAhead !== null) ahead.push(s.daysAhead);
    if (ahead.some((d) => d >= 7)) return;
    // An agenda alone is short: any day before the meeting gives time to read it.
    if (ahead.length > 0 && firstWhere((s) => s.reading) < 0) return;
    if (ahead.length > 0) {
      const days = Math.max(...ahead);
      const at = firstWhere((s) => s.daysAhead === days);
      ctx.report({
        anchorBlockId: ctx.blocks[at]!.block.id,
        message: `Papers are sent only ${days === 1 ? 'a day' : `${days} days`} before the meeting. Send them at least a week before, so people have time to read them, ask questions and get them in another format.`,
        example,
        suggestions: ['Send papers at least a week before the meeting.'],
        patternId: 'papers-in-advance/days-ahead',
      });
      return;
    }
    ctx.report({
      anchorBlockId: ctx.blocks[mention]!.block.id,
      message: 'This meeting has papers, an agenda or a presentation, but does not say when people will get them. Say that you will send them at least a week before, so people have time to read them and ask for another format.',
      example,
      suggestions: ['Say when papers will be sent, and how (post as well as email).'],
      patternId: 'papers-in-advance/no-when',
    });
  },
};
