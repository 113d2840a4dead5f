/**
 * The cues in one block (profiles.ts reads them): matched per block and cached on the block's
 * analysis, which the linter keeps per block text, so re-detecting after an edit is cheap.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import { patternGroup, wordClassSource } from '../../rules/lib/slot-pattern';
import { anchorsFor, candidatesIn, mayMatch } from '../../rules/lib/pattern-anchors';
import { ALL_CUE_PATTERNS, CUES, type Cue } from './profile-cues';
import { tenseOf } from './profile-clauses';

// A clock time: "2pm", "10.30 a.m.", "14:00", "noon".
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday)\b/;

export interface BlockCues {
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

/** Each text's cues as a heading and as any other block: two WeakMaps, not a Map a text (a Map costs about 180 bytes). */
const headingCache = new WeakMap<BlockAnalysis, BlockCues>();
const blockCache = new WeakMap<BlockAnalysis, BlockCues>();
/** The lists of a block with no cue, weak title or label: one shared list (only read, never added to), not three of their own. */
const NONE: number[] = [];
const NO_LABELS: string[] = [];
const DEADLINE_TIME = /\b(?:until|by|before|closes?|closing|deadline|no later than|ends?)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight)\b/;
// "The consultation opens at 9am on 2 March and closes at noon on 13 April": the times bound a period to respond in, not an event.
const PERIOD_TIMES = /\b(?:period|consultation|survey|questionnaire|window)\s+(?:[\w'’-]+\s+){0,2}?(?:begins|starts|opens|runs|will (?:begin|start|open|run))\b[^.]{1,60}?\b(?:ends|closes|until|to)\b/;
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
  // (A cue whose words carry their own past, "the consultation closed on 31 May", keeps it beside a future clause:
  // "… closed on 31 May and the council will now prepare a report".)
  if (cue.profile === 'report' && (PROMISE_BEFORE.test(before) || (!cue.ownTense && FUTURE.test(sentenceAt(text, at).replace(/\bwould like to (?:thank|say thank)/g, ''))))) return 'no';
  // A plan's name counts in a heading or as "this … plan"; in passing ("our action plan was…", an agenda item) it is a weak cue.
  // So is a plan still to be made from what people said ("this will form an action plan"): "this" is then what went before.
  if (cue.title && kind !== 'heading' && !/\b(?:this|our new|the new|our updated|the updated|our refreshed)\s+(?:(?!(?:will|would|shall|may|could|can|to|then)\b)[\w'’‘-]+\s+){0,5}['’‘"“]?$/.test(text.slice(Math.max(0, at - 50), at))) return 'weak-title';
  return 'cue';
}

export function cuesFor(ab: AnalysedBlock): BlockCues {
  const kind = ab.block.kind;
  const cache = kind === 'heading' ? headingCache : blockCache;
  const hit = cache.get(ab.analysis);
  if (hit) return hit;
  const text = ab.analysis.masked;
  const headingLike = kind === 'heading' || (kind === 'paragraph' && ab.analysis.wordCount <= 12 && !/[.!?]\s*$/.test(text.trim()));
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
  const labels = label ? [label[1]!.replace(/s$/, '').replace(/^(?:where|location|address|place|meeting point|meeting place|start(?:ing)? point)$/, 'venue').replace(/^when$/, 'date')] : NO_LABELS;
  const result: BlockCues = {
    cues: cues.length > 0 ? cues : NONE,
    weakTitles: weakTitles.length > 0 ? weakTitles : NONE,
    labels,
    date: CALENDAR_DATE.some((p) => mayMatch(anchorsFor(p.re), text) && p.re.test(text)),
    time: TIME.test(text),
    event: EVENT_RE.some((p) => mayMatch(anchorsFor(p.re), text) && p.re.test(text)) || /\bagenda\b/.test(text),
    news: headingLike && NEWS_RE.test(text),
    records: headingLike && RECORDS_TITLE.some((p) => p.re.test(text.trim())),
    results: headingLike && RESULTS_TITLE.some((p) => p.re.test(text.trim())),
    inviteTitle: headingLike && INVITE_TITLE_RE.test(text.trim()),
    headingLike,
    deadlineTime: (DEADLINE_TIME.test(text) && (text.match(new RegExp(TIME.source, 'g')) ?? []).length === 1) || PERIOD_TIMES.test(text),
  };
  cache.set(ab.analysis, result);
  return result;
}


/** A line of a schedule is short: a date and a time, perhaps a place. */
const SCHEDULE_LINE_WORDS = 15;
const OPENING_HOURS = /\b(?:open|opening|opens|closed|closes|closing|hours)\b/;
/**
 * Whether a block is shaped like a line of a schedule (short, not opening hours); with a date and a time
 * it is one. Re-checks compare it too (profile-inputs.ts), as it is read from every block.
 */
export function scheduleLineShape(ab: AnalysedBlock): boolean {
  return ab.analysis.wordCount <= SCHEDULE_LINE_WORDS && !OPENING_HOURS.test(ab.analysis.masked);
}

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const next = text.indexOf('. ', at);
  return text.slice(start, next < 0 ? text.length : next);
}
