/**
 * Which kinds of document this is. A document can be several (a consultation
 * that lists drop-in events is also a meeting invitation). Each detected
 * profile carries the plain reasons it was detected, so the side panel can
 * say why and the user can override it (config.profiles).
 *
 * Cues are matched per block and cached on the block's analysis (which the
 * linter keeps per block text), so re-detecting after an edit is cheap.
 */
import type { AnalysedBlock } from './rule';
import type { BlockAnalysis } from './text';
import type { ProfileId, ProfileMatch } from './types';

type Detected = Exclude<ProfileId, 'general'>;

interface Cue {
  profile: Detected;
  pattern: RegExp;
  reason: string;
  /** 3 = enough on its own; 1–2 need other cues. */
  weight: number;
  /** Only counts in a heading or a short label-like line. */
  headingOnly?: boolean;
  /** "Direct" cues speak to the reader: a consultation asks them to respond. */
  direct?: boolean;
  /** Title cues name the kind of document. */
  title?: boolean;
}

const EVENT = '(?:in person|drop-in|drop in|workshop|focus group|listening event|public meeting|community meeting|open meeting|open day|coffee morning|roadshow|event|session|meeting|forum|webinar|conversation café|conversation cafe)';
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday)\b/;
const DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

const CUES: Cue[] = [
  // Consultation: asks the reader for views on proposals, by a closing date.
  { profile: 'consultation', pattern: /\b(?:we are|we're|we will be|we would like to|we want to|we have been asked to) (?:consult|consulting)\b|\bthis (?:is a )?consultation (?:is )?(?:on|about)\b/, reason: 'says it is consulting people', weight: 3, direct: true },
  { profile: 'consultation', pattern: /\b(?:have your say|tell us what you think|tell us your views|give us your views|share your views|let us know what you think|we want (?:to hear )?(?:your views|what you think|from you)|we(?: would|'d|’d) like (?:to hear )?(?:your views|what you think|to hear from you)|we want to hear (?:from you|your views|what you think)|your views (?:are|matter)|we are asking for your views|we are seeking (?:your )?views)\b/, reason: 'asks for people’s views', weight: 3, direct: true },
  { profile: 'consultation', pattern: /\b(?:this|our) (?:public |formal |statutory |online )?consultation (?:document|closes|runs|will run|is open|opens|period|ends|will close)\b|\bthe consultation (?:is open|is now open|will close)\b/, reason: 'gives a consultation period', weight: 3, direct: true },
  { profile: 'consultation', pattern: /\bconsultation (?:closes|closing date|period|runs|will run)\b/, reason: 'mentions when a consultation runs', weight: 2 },
  { profile: 'consultation', pattern: /\bhow (?:to|you can|can you) (?:respond|reply|take part|have your say|give (?:us )?your views|comment)\b|\b(?:respond(?:ing)?|reply|replying) to (?:this|the|our) (?:consultation|survey|questionnaire|proposals?)\b|\b(?:fill in|complete|take) (?:the|our) (?:online )?(?:survey|questionnaire)\b/, reason: 'tells people how to respond', weight: 2, direct: true },
  { profile: 'consultation', pattern: /\bis (?:now )?consulting\b/, reason: 'says a consultation is under way', weight: 2 },
  { profile: 'consultation', pattern: /\b(?:closing date|deadline for (?:responses|comments|views)|closes (?:on|at)|responses (?:must|should) (?:reach|be received))\b/, reason: 'gives a closing date', weight: 1 },
  { profile: 'consultation', pattern: /\bconsult(?:ation|ing|ed)?\b/, reason: 'mentions a consultation', weight: 1 },
  { profile: 'consultation', pattern: /\b(?:questionnaire|survey)\b/, reason: 'mentions a survey or questionnaire', weight: 1 },
  { profile: 'consultation', pattern: /\b(?:proposals?|proposed (?:changes?|options?)|preferred option|options? (?:we are|being) considered|(?:is|are) proposing|we propose)\b/, reason: 'describes proposals', weight: 1 },
  { profile: 'consultation', pattern: /(?<!\b(?:could|were able to|was able to|did|had to) )\b(?:comment|respond|object|make (?:written )?(?:representations|observations)|give (?:us )?(?:your )?views) (?:on|to|about) (?:the|these|this|our) (?:proposals?|proposed|plans?|changes?|draft)\b/, reason: 'asks for comments on proposals', weight: 2, direct: true },
  { profile: 'consultation', pattern: /\b(?:objections?|representations|written observations)\b/, reason: 'asks for objections or representations', weight: 1 },

  // Engagement or project plan, co-production strategy.
  { profile: 'engagement-plan', pattern: /\b(?:communications?(?: and| &) engagement|engagement(?: and| &) communications?|engagement|involvement|participation|stakeholder engagement|public involvement|patient and public involvement|ppi|consultation and engagement|co-?production|co-?design|community engagement|outreach) (?:plan|strategy|framework|approach|programme)\b/, reason: 'is an engagement, involvement or co-production plan', weight: 3, title: true },
  { profile: 'engagement-plan', pattern: /\bproject (?:initiation document|plan|brief|charter|mandate|outline)\b|\bterms of reference\b|\bdelivery plan\b|\baction plan\b/, reason: 'is a project plan', weight: 3, title: true },
  { profile: 'engagement-plan', pattern: /\b(?:objectives|aims and objectives|purpose of (?:this|the) (?:plan|project|strategy)|scope of (?:the|this) (?:project|plan))\b/, reason: 'sets out objectives', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:milestones?|deliverables?|workstreams?|work ?plan|timescales?|project timeline|key dates|phases? (?:one|two|three|1|2|3))\b/, reason: 'sets out milestones or phases', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:governance|project board|programme board|steering group|project team|sponsor|senior responsible owner|project lead|roles and responsibilities)\b/, reason: 'describes governance or roles', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:we will (?:engage|involve|recruit|work with|reach|target)|stakeholder (?:mapping|analysis|list)|target (?:audiences?|groups?)|key stakeholders|audiences?\b)/, reason: 'describes who will be involved and how', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:risks? and (?:issues|mitigations?)|risk register|evaluation (?:plan|framework)|how we will (?:measure|evaluate))\b/, reason: 'plans risks or evaluation', weight: 1 },

  // Meeting or event invitation.
  { profile: 'meeting-invitation', pattern: new RegExp(`\\b(?:you are|you're|you’re) (?:warmly |cordially )?(?:invited|welcome) to\\b|\\b(?:would like to|want to|are writing to|are delighted to|are pleased to) invite you\\b|\\binvite you to (?:a|an|our|the|this|join)\\b[^.]{0,30}\\b${EVENT}|\\binvitation to\\b|\\bjoin us\\b|\\bplease (?:come|join)\\b|\\bwe(?: would|'d|’d) love to see you\\b|\\ball welcome\\b|\\beveryone is welcome\\b`), reason: 'invites people to an event', weight: 3 },
  { profile: 'meeting-invitation', pattern: /\bcome (?:along )?to\b|\binvite you to\b/, reason: 'asks people to come along', weight: 1 },
  { profile: 'meeting-invitation', pattern: /\b(?:rsvp|book (?:a|your) (?:free )?place|register (?:to attend|for (?:a|the|this|our) (?:place|event|session|meeting))|sign up to (?:attend|come)|let us know if you (?:can|are able to) (?:come|attend))\b/, reason: 'asks people to book a place', weight: 2 },
  { profile: 'meeting-invitation', pattern: new RegExp(`\\b${EVENT}s?\\b`), reason: 'mentions a meeting or event', weight: 1 },
  { profile: 'meeting-invitation', pattern: /\b(?:agenda|papers for the meeting|refreshments will be provided|venue)\b/, reason: 'mentions an agenda or venue', weight: 1 },

  // Report on what people said.
  { profile: 'report', pattern: /\byou said,? we (?:did|have done)\b/, reason: 'reports back what people said', weight: 3 },
  { profile: 'report', pattern: /\bwhat (?:you|people|residents|patients|families|carers) (?:told|said to) us\b|\bwhat we heard\b/, reason: 'reports back what people said', weight: 3, headingOnly: true },
  { profile: 'report', pattern: /\b(?:summary of (?:the )?(?:responses|feedback|findings)|key findings|consultation (?:report|outcome|findings)|engagement (?:report|findings)|annual report|evaluation report|findings)\b/, reason: 'has findings sections', weight: 2, headingOnly: true },
  { profile: 'report', pattern: /\bwe (?:received|heard from|spoke to|talked to|had) (?:over |more than |nearly |almost |around |about )?[\d,]+ (?:responses|people|replies|comments|residents|patients)\b|\b[\d,]+ (?:people|residents|patients|respondents) (?:responded|took part|replied|told us|said)\b|\b\d{1,3}(?:\.\d)?% of (?:respondents|people|those who)\b/, reason: 'reports how many people responded', weight: 3 },
  { profile: 'report', pattern: /\b(?:executive summary|recommendations|methodology|conclusions?)\b/, reason: 'has report sections', weight: 1, headingOnly: true },
];

interface BlockCues {
  /** Indexes into CUES of cues this block matched. */
  cues: number[];
  /** Title cues met in passing: strong only in the title zone. */
  weakTitles: number[];
  /** Labelled meeting details on this line: date, time, venue… */
  labels: string[];
  /** A date and a time in the same block: an event slot, when the document talks about events. */
  datedEvent: boolean;
}

const cache = new WeakMap<BlockAnalysis, Map<string, BlockCues>>();
const LABEL_RE = /^\s*(date|time|times|venue|where|when|location|address|place)\s*[:–-]\s*\S/;
// "you said, we did" after "we will publish" is a promise, not a report.
const FUTURE = /\b(?:will|shall|going to|plan to|would)\b/;
const PROMISE_BEFORE = /\b(?:will|would|to|plan to|aim to) (?:publish|produce|share|write|send|prepare)\b[^.]{0,40}$/;

function cuesFor(ab: AnalysedBlock): BlockCues {
  const kind = ab.block.kind;
  const key = kind === 'heading' ? 'h' : 'b';
  let byKind = cache.get(ab.analysis);
  const hit = byKind?.get(key);
  if (hit) return hit;
  const text = ab.analysis.masked;
  const headingLike = kind === 'heading';
  const cues: number[] = [];
  const weakTitles: number[] = [];
  CUES.forEach((cue, i) => {
    if (cue.headingOnly && !headingLike) return;
    const m = cue.pattern.exec(text);
    if (!m) return;
    if (cue.profile === 'report' && (PROMISE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || FUTURE.test(sentenceAt(text, m.index)))) return;
    // A plan's name counts in a heading or as "this/our … plan"; in passing (an agenda item) it is a weak cue.
    if (cue.title && kind !== 'heading' && !/\b(?:this|our)\s+(?:[\w-]+\s+){0,5}$/.test(text.slice(Math.max(0, m.index - 50), m.index))) {
      weakTitles.push(i);
      return;
    }
    cues.push(i);
  });
  const label = LABEL_RE.exec(text);
  const labels = label ? [label[1]!.replace(/s$/, '').replace(/^(?:where|location|address|place)$/, 'venue').replace(/^when$/, 'date')] : [];
  const datedEvent = TIME.test(text) && DATE.test(text);
  const result: BlockCues = { cues, weakTitles, labels, datedEvent };
  if (!byKind) cache.set(ab.analysis, (byKind = new Map()));
  byKind.set(key, result);
  return result;
}

const THRESHOLD = 3;
const ORDER: Detected[] = ['consultation', 'engagement-plan', 'meeting-invitation', 'report'];

export function detectProfiles(blocks: AnalysedBlock[]): ProfileMatch[] {
  const seen = new Set<number>();
  const labels = new Set<string>();
  let datedEvents = 0;
  let titlePlan = false;
  let weakPlan = false;
  const titleZone = titleBlocks(blocks);
  for (const ab of blocks) {
    const c = cuesFor(ab);
    for (const i of c.cues) {
      seen.add(i);
      if (CUES[i]!.title && titleZone.has(ab.index)) titlePlan = true;
    }
    for (const i of c.weakTitles) {
      if (titleZone.has(ab.index)) {
        seen.add(i);
        titlePlan = true;
      } else weakPlan = true;
    }
    for (const l of c.labels) labels.add(l);
    if (c.datedEvent) datedEvents++;
  }
  const score: Record<Detected, number> = { consultation: 0, 'engagement-plan': 0, 'meeting-invitation': 0, report: 0 };
  const reasons: Record<Detected, string[]> = { consultation: [], 'engagement-plan': [], 'meeting-invitation': [], report: [] };
  let direct = 0;
  for (const i of [...seen].sort((a, b) => a - b)) {
    const cue = CUES[i]!;
    score[cue.profile] += cue.weight;
    reasons[cue.profile].push(cue.reason);
    if (cue.direct) direct += cue.weight;
  }
  if (weakPlan && !reasons['engagement-plan'].some((r) => r.startsWith('is '))) {
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
  const eventCue = CUES.findIndex((c) => c.reason === 'mentions a meeting or event');
  if (datedEvents > 0 && seen.has(eventCue)) {
    score['meeting-invitation'] += 2;
    reasons['meeting-invitation'].push(datedEvents > 1 ? `lists ${datedEvents} events with dates and times` : 'lists an event with a date and time');
  }
  // A plan or an invitation that mentions a consultation in passing is not
  // itself a consultation document: then it must ask the reader for views.
  const invited = [...seen].some((i) => CUES[i]!.reason === 'invites people to an event');
  if ((titlePlan || invited) && direct < 3) score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  const matches: ProfileMatch[] = [];
  for (const id of ORDER) {
    if (score[id] >= THRESHOLD) matches.push({ id, reasons: reasons[id], source: 'detected' });
  }
  if (matches.length === 0) matches.push({ id: 'general', reasons: ['it does not look like a consultation, plan, meeting invitation or report'], source: 'detected' });
  return matches;
}

/** The title zone: the first heading and anything before it, or the first two blocks. */
function titleBlocks(blocks: AnalysedBlock[]): Set<number> {
  const zone = new Set<number>();
  for (const ab of blocks.slice(0, 4)) {
    zone.add(ab.index);
    if (ab.block.kind === 'heading') break;
  }
  return zone;
}

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const next = text.indexOf('. ', at);
  return text.slice(start, next < 0 ? text.length : next);
}
