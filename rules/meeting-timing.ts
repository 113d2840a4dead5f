import type { Rule } from '../src/engine';
import { findDates } from './lib/dates';
import { formatTime, type TimeSpan } from './lib/times';
import { readMeeting, type EventTime } from './lib/venue';

// Accessible events guidance: between 10am and 3pm suits most carers,
// parents on the school run and people using off-peak bus passes.
const EARLIEST = 10 * 60;
const LATEST = 15 * 60;
const EVENING = 17 * 60;

// Headings of a programme: its times are items inside one meeting, not sessions.
const AGENDA_HEADING = /\b(?:agenda|programme|program|running order|timetable|order of business|timings|schedule for the day)\b/;
// Events people come to once, where a choice of times matters most.
const ENGAGEMENT_EVENT = /\b(?:drop[- ]in|workshops?|focus groups?|listening events?|public meetings?|engagement events?|consultation events?|roadshows?|open (?:days?|evenings?)|exhibitions?|events?)\b/;

interface Slot {
  event: EventTime;
  span: TimeSpan;
  from: number | null;
  to: number | null;
  /** Guessed am/pm: quote the writer's words rather than our reading. */
  guessed: boolean;
}

/** Join "doors open 6.30pm, starts 7pm" and "starts at 10am … finishes by 1pm" within one block. */
function slotsOf(times: EventTime[]): Slot[] {
  const slots: Slot[] = [];
  for (const t of times) {
    const prev = slots[slots.length - 1];
    const sameBlock = prev && prev.event.block === t.block;
    if (sameBlock && prev.to === null && t.span.kind === 'until' && t.span.to !== null) {
      prev.to = t.span.to;
      continue;
    }
    // An arrival time just before the start of the same session.
    if (sameBlock && prev.to === null && prev.from !== null && t.span.from !== null && t.span.from > prev.from && t.span.from - prev.from <= 60) {
      prev.from = t.span.from;
      prev.span = t.span;
      prev.to = t.span.to;
      prev.event = t;
      continue;
    }
    if (sameBlock && prev.from !== null && t.span.from !== null && t.span.from < (prev.from ?? 0) && prev.from - t.span.from <= 45 && t.span.to === null) {
      continue; // "10.30am to 12 noon (tea and coffee from 10.15am)"
    }
    slots.push({ event: t, span: t.span, from: t.span.from, to: t.span.to, guessed: t.span.guessed });
  }
  return slots;
}

/**
 * A time with no end that falls inside another session ("Lunch is at 12.30")
 * or within an hour before its start ("maps on display from 6.30pm") is part
 * of that session, not a session of its own.
 */
function dropSideTimes(slots: Slot[]): Slot[] {
  const inside = (s: Slot, o: Slot): boolean => {
    if (o === s || o.from === null || Math.abs(o.event.block.index - s.event.block.index) > 3) return false;
    if (o.to !== null && s.from! > o.from && s.from! < o.to) return true;
    return s.from! < o.from && o.from - s.from! <= 60;
  };
  // Slots come in block order (readMeeting reads the blocks in turn), so only the slots of the three blocks either
  // side are read, not every slot: a long page lists thousands of times.
  const inOrder = slots.every((s, k) => k === 0 || slots[k - 1]!.event.block.index <= s.event.block.index);
  const indexOf = (k: number) => slots[k]!.event.block.index;
  return slots.filter((s, k) => {
    if (s.to !== null || s.from === null) return true;
    if (!inOrder) return !slots.some((o) => inside(s, o));
    const at = s.event.block.index;
    for (let j = k - 1; j >= 0 && at - indexOf(j) <= 3; j--) if (inside(s, slots[j]!)) return false;
    for (let j = k + 1; j < slots.length && indexOf(j) - at <= 3; j++) if (inside(s, slots[j]!)) return false;
    return true;
  });
}

function say(minutes: number, slot: Slot): string {
  return slot.guessed ? `“${slot.span.text.trim()}”` : formatTime(minutes);
}

/** Each other time named in the message, kept per time read (a block's times are kept while its text stays). */
const OTHER_TIMES = new WeakMap<TimeSpan, { problems: string; text: string }>();
function otherTime(span: TimeSpan, problems: string[]): string {
  const said = problems.join(', ');
  let made = OTHER_TIMES.get(span);
  if (made?.problems !== said) OTHER_TIMES.set(span, (made = { problems: said, text: `“${span.text.trim()}” (${said})` }));
  return made.text;
}

/**
 * The message, the very same text as last time when nothing in it changed: a long page lists thousands of other
 * times, and a re-check's report is then compared at once, not character by character.
 */
let lastMessage: { head: string; others: string[]; text: string } | null = null;
function sameMessage(head: string, others: string[]): string {
  const last = lastMessage;
  if (last && last.head === head && last.others.length === others.length && last.others.every((o, i) => o === others[i])) return last.text;
  const text = head + (others.length ? ` Also check the other ${others.length === 1 ? 'time' : 'times'}: ${others.join('; ')}.` : '');
  lastMessage = { head, others, text };
  return text;
}

export const meetingTiming: Rule = {
  meta: {
    id: 'meeting-timing',
    title: 'Meeting times that shut people out',
    barriers: ['inaccessible-sessions', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'space-time-and-opportunity'],
    scope: 'document',
    profiles: ['meeting-invitation'],
    severity: 'warning',
    /** Time arithmetic on the times read by rules/lib/times.ts: outside 10am to 3pm, no finish time, or the only time offered. */
    hooks: ['time-of-day', 'no-end-time', 'only-time'],
    docs: {
      description:
        'Looks at the times of the meetings and events a document invites people to. Flags a start before 10am, a finish after 3pm, evening-only sessions, a start with no finish time, and a single session with no choice of time.',
      why: 'Times decide who can come. Before 10am and after 3pm clash with caring and the school run; bus passes often start at 9.30am; many older and disabled people will not travel after dark; a meeting with no end time is hard to plan care and transport around. Offering a range of times lets more people take part.',
      bad: 'The meeting is on Tuesday 14 November at 6.30pm.',
      good: 'Choose the session that suits you: Tuesday 14 November, 11am to 1pm, or Thursday 16 November, 6pm to 7.30pm (online).',
      sources: [
        'SCIE co-production guidance: hold meetings at times that suit people, usually between 10am and 3pm',
        'Think Local Act Personal: accessible meetings',
      ],
    },
  },
  checkDocument(ctx) {
    const picture = readMeeting(ctx);
    if (picture.times.length === 0) return;
    // Per block, kept per block text: whether it ends with a colon, and whether it is an agenda's heading.
    const endsWithColon = ctx.perBlock('ends-with-colon', (ab) => /:\s*$/.test(ab.block.text));
    const agendaHeading = ctx.perBlock('agenda-heading', (ab) => AGENDA_HEADING.test(ab.analysis.masked));
    // Under the nearest heading, or line ending with a colon, above: remembered per block, as a long page has
    // thousands of times under a few headings.
    const above = new Map<number, boolean>();
    const agendaAbove = (from: number): boolean => {
      const passed: number[] = [];
      let found = false;
      for (let i = from; i >= 0; i--) {
        const known = above.get(i);
        if (known !== undefined) {
          found = known;
          break;
        }
        passed.push(i);
        if (ctx.blocks[i]!.block.kind === 'heading' || endsWithColon[i]) {
          found = agendaHeading[i]!;
          break;
        }
      }
      for (const i of passed) above.set(i, found);
      return found;
    };
    const inAgenda = (t: EventTime): boolean => {
      const at = t.block.index;
      return ctx.blocks[at]!.block.kind === 'heading' ? agendaHeading[at]! : agendaAbove(at - 1);
    };
    let times = picture.times.filter((t) => !inAgenda(t));
    if (times.length === 0) times = picture.times;
    const slots = dropSideTimes(slotsOf(times).filter((s) => s.span.kind !== 'all-day' || times.length === 1));
    if (slots.length === 0) return;

    // Several dates for one time ("Tuesdays 3, 10 and 17 June, 10am–12pm") are several sessions.
    const dates = new Set<string>();
    for (const s of slots) {
      for (const d of ctx.memo(s.event.block, 'dates', () => findDates(s.event.block.analysis.masked).filter((m) => m.kind === 'day' || m.kind === 'numeric').map((m) => `${m.day}/${m.month}`))) dates.add(d);
    }
    const sessionCount = Math.max(slots.length, dates.size);
    const core = (s: Slot) => s.from !== null && s.from >= EARLIEST && (s.to ?? s.from) <= LATEST;
    // People who have a daytime choice are not shut out by an evening option.
    const choice = sessionCount > 1 && slots.some(core);
    const eveningOnly = slots.every((s) => s.from !== null && s.from >= EVENING);
    const engagement = picture.venues.length + picture.online.length > 0 || picture.hasEvent;
    const singleOffered =
      sessionCount === 1 && !picture.formal && !picture.recurring && engagement &&
      ctx.perBlock('engagement', (ab) => ENGAGEMENT_EVENT.test(ab.analysis.masked)).includes(true);

    // One finding for the document, ranged on the first time with a problem;
    // the other times with problems are named in its message.
    const flagged: { slot: Slot; problems: string[]; reasons: string[]; noEnd: boolean }[] = [];
    for (const s of slots) {
      const problems: string[] = [];
      const reasons: string[] = [];
      if (!choice) {
        if (s.from !== null && s.from >= EVENING && eveningOnly) {
          problems.push(`is in the evening (${s.to !== null ? `${say(s.from, s)} to ${formatTime(s.to)}` : `from ${say(s.from, s)}`}), and there is no daytime session`);
          reasons.push('many older and disabled people, and carers, cannot travel after dark or are too tired by then', 'buses are less frequent in the evening');
        } else {
          if (s.from !== null && s.from < EARLIEST) {
            problems.push(`starts at ${say(s.from, s)}, before 10am`);
            reasons.push('carers and parents may be on the school run', 'bus passes often cannot be used before 9.30am');
          }
          const end = s.to ?? (s.from !== null && s.from >= LATEST ? s.from : null);
          if (end !== null && end > LATEST) {
            problems.push(s.to !== null ? `finishes at ${say(end, s)}, after 3pm` : `starts at ${say(end, s)}, so it runs past 3pm`);
            reasons.push('it clashes with collecting children from school', 'in winter people may have to travel home in the dark');
          }
        }
      }
      const noEnd = s.to === null && s.span.kind !== 'all-day' && s.span.kind !== 'until' && !s.event.duration;
      if (noEnd) {
        problems.push('has no finish time');
        reasons.push('people need to know when it ends to arrange care and transport, and to pace themselves');
      }
      if (problems.length) flagged.push({ slot: s, problems, reasons, noEnd });
    }
    const example = 'Choose the session that suits you: Tuesday 3 June, 10.30am to 12.30pm, or Thursday 5 June, 6pm to 7.30pm (online).';
    const first = flagged[0];
    if (!first) {
      const s = slots[0]!;
      if (!singleOffered) return;
      ctx.report({
        blockId: s.event.block.block.id,
        start: s.span.start,
        end: s.span.end,
        severity: 'suggestion',
        message: 'This is the only time on offer. One date and time will not suit everyone: if you can, offer a second session on a different day or at a different time of day.',
        example,
        suggestions: ['Offer a choice of days and times, including one between 10am and 3pm.'],
        patternId: 'meeting-timing/only-time',
      });
      return;
    }
    const others = flagged.slice(1).map((f) => otherTime(f.slot.span, f.problems));
    const onlyEnd = flagged.every((f) => f.noEnd && f.problems.length === 1);
    const only = sessionCount === 1 ? ' It is also the only time offered.' : '';
    ctx.report({
      blockId: first.slot.event.block.block.id,
      start: first.slot.span.start,
      end: first.slot.span.end,
      message: sameMessage(
        `This ${sessionCount > 1 ? 'session' : 'meeting'} ${first.problems.join(' and ')}. That can shut people out: ${[...new Set(first.reasons)].join('; ')}.${only}`,
        others,
      ),
      example: onlyEnd ? 'The meeting runs from 10.30am to 12.30pm.' : example,
      suggestions: [onlyEnd ? 'Add a finish time.' : 'Hold it between 10am and 3pm, or offer a choice of times that includes one in that window.'],
      patternId: onlyEnd ? 'meeting-timing/no-end-time' : 'meeting-timing/time-of-day',
    });
  },
};
