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
  /**
   * Generic asks ("we want to hear from you", "tell us what you think") close
   * reports, newsletters and invitations as often as consultations: when the
   * document's purpose is something else they do not make it a consultation.
   */
  generic?: boolean;
  /** Only counts in the title zone (the first short lines). */
  titleZone?: boolean;
}

const EVENT = '(?:in person|drop-in|drop in|walkabout|walk-about|walkround|walk-round|estate walk|site visit|workshop|focus group|listening event|public meeting|community meeting|open meeting|open day|coffee morning|roadshow|event|session|meeting|forum|webinar|conversation café|conversation cafe|citizens[\'’]? (?:assembly|assemblie|jury|jurie)|people[\'’]s (?:assembly|assemblie|jury|jurie))';
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday)\b/;
const DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

const CUES: Cue[] = [
  // Consultation: asks the reader for views on proposals, by a closing date.
  { profile: 'consultation', pattern: /\b(?:we are|we're|we will be|we would like to|we want to|we have been asked to) (?:consult|consulting)\b|\bthis (?:is a )?consultation (?:is )?(?:on|about)\b/, reason: 'says it is consulting people', weight: 3, direct: true },
  { profile: 'consultation', pattern: /\b(?:have your say|tell us what you think|tell us your views|give us your views|share your views|let us know what you think|we want (?:to hear )?(?:your views|what you think|from you)|we(?: would|'d|’d) like (?:to hear )?(?:your views|what you think|to hear from you)|your views (?:are|matter)|we are asking for your views|(?:we are )?(?:writing to |want to |would like to )?ask(?:ing)? (?:you )?for your views|we (?:want|would like|'d like|’d like) to know (?:what you think|your views|how you feel)|we are (?:now )?seeking (?:the |your )?views|we would (?:welcome|appreciate|value) (?:your|any) (?:comments|views|feedback|thoughts))\b/, reason: 'asks for people’s views', weight: 3, direct: true, generic: true },
  // Running one, said by the organisation: "we are carrying out a consultation", "we will undertake one last consultation".
  { profile: 'consultation', pattern: /\b(?:we are|we['’]re|we will|we['’]ll|we are going to|we intend to|we plan to) (?:now )?(?:carry(?:ing)? out|undertak(?:e|ing)|conduct(?:ing)?|run(?:ning)?|hold(?:ing)?) (?:a|an|one|our|this)(?: [\w-]+){0,3}? consultation\b/, reason: 'says it is running a consultation', weight: 2, direct: true },
  // A slip or form to send back by a date: "the voting slip is to be returned by 1 July".
  { profile: 'consultation', pattern: /\b(?:voting|reply|response|ballot|comments?) (?:slip|form|paper|card)s?\b[^.]{1,60}?\b(?:returned|sent back|posted back|completed|received|handed in)\b[^.]{1,20}?\bby\b/, reason: 'asks for a reply by a date', weight: 2, direct: true },
  { profile: 'consultation', pattern: /\b(?:this|our) (?:public |formal |statutory |online )?consultation (?:document|closes|runs|will run|is open|opens|period|ends|will close)\b|\bthe consultation (?:is open|is now open|will close)\b/, reason: 'gives a consultation period', weight: 3, direct: true },
  { profile: 'consultation', pattern: /^(?:\S+ ){0,6}(?:public |formal |statutory |tenant |resident |patient |stakeholder )?consultation(?: document| paper| draft| on\b.*| about\b.*| details announced)?(?: \((?:open|closed|now closed|live)\))?$|\b(?:draft|document|proposals?) for (?:public )?consultation\b|^consultation[:–-]/, reason: 'is titled a consultation', weight: 3, direct: true, headingOnly: true, titleZone: true },
  { profile: 'consultation', pattern: /\bconsultation (?:closes|closing date|period|runs|will run)\b/, reason: 'mentions when a consultation runs', weight: 2 },
  { profile: 'consultation', pattern: /\bhow (?:to|you can|can you) (?:respond|reply|take part|have your say|give (?:us )?your views|comment)\b|\b(?:respond(?:ing)?|reply|replying) to (?:this|the|our) (?:consultation|survey|questionnaire|proposals?)\b|\b(?:fill in|complete|take|return) (?:the|our|a|this) (?:online |short |enclosed |attached |paper )?(?:survey|questionnaire|(?:comments?|feedback|response|reply) (?:form|slip|card))\b|\b(?:reply|response|tear-off) slip\b|\b(?:comments?|feedback|response) forms?\b/, reason: 'tells people how to respond', weight: 2, direct: true },
  { profile: 'consultation', pattern: /\bis (?:now )?consulting\b/, reason: 'says a consultation is under way', weight: 2 },
  { profile: 'consultation', pattern: /\b(?:closing date|end date|deadline for (?:responses|comments|views)|closes (?:on|at)|responses (?:must|should) (?:reach|be received))\b/, reason: 'gives a closing date', weight: 1 },
  { profile: 'consultation', pattern: /\bconsult(?:ation|ing|ed)?\b/, reason: 'mentions a consultation', weight: 1 },
  { profile: 'consultation', pattern: /\b(?:questionnaire|survey)\b/, reason: 'mentions a survey or questionnaire', weight: 1 },
  { profile: 'consultation', pattern: /\b(?:proposals?|proposed (?:changes?|options?)|preferred option|options? (?:we are|being) considered|(?:is|are) proposing|we propose)\b/, reason: 'describes proposals', weight: 1 },
  { profile: 'consultation', pattern: /(?<!\b(?:could|were able to|was able to|did|had to) )\b(?:comment|respond|object|make (?:written )?(?:representations|observations)|give (?:us )?(?:your )?views) (?:on|to|about) (?:the|these|this|our) (?:proposals?|proposed|plans?|changes?|draft)\b/, reason: 'asks for comments on proposals', weight: 2, direct: true },
  // A deadline for views: "tell us by 31 March", "send your comments by 4 June", "let us have your views by Friday 9 May".
  { profile: 'consultation', pattern: /\b(?:tell us|(?:send|give|let) us (?:have )?(?:your|any) (?:views|comments|thoughts|feedback)|(?:send|give|submit|return) (?:your|any|all) (?:views|comments|thoughts|feedback|responses?))(?: [^.;]{0,40}?)? (?:by|before|no later than) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/, reason: 'asks for views by a date', weight: 2, direct: true },
  { profile: 'consultation', pattern: /\b(?:objections?|representations|written observations)\b/, reason: 'asks for objections or representations', weight: 1 },
  // News stories and notices speak of the people asked in the third person: "residents are being urged to have
  // a say", "patients are invited to give their views", "people are being given a final chance to have their say".
  { profile: 'consultation', pattern: /\b(?:residents|people|patients|the public|locals|families|carers|parents|tenants|users|members of the public|communities|everyone|service users|passengers|householders|businesses)(?: [\w'’-]+){0,3}? (?:are|is|have been|has been|will be) (?:being |now |also )?(?:urged|asked|invited|encouraged|called on|given (?:a |the |an )?(?:new |final |last |further )?(?:chance|opportunity)) to (?:have (?:a|their) say|give (?:their )?(?:views|feedback|comments|opinions)|share (?:their )?(?:views|thoughts|opinions|feedback)|comment|take part in (?:a|the|an) (?:[\w-]+ ){0,3}?(?:consultation|survey)|respond to|fill in (?:a|the) (?:survey|questionnaire))/, reason: 'says people are being asked for their views', weight: 3, direct: true },
  // "the council wants the public's views", "the council is asking for people's views", "seeking residents' views".
  { profile: 'consultation', pattern: /\b(?:wants?|asking for|seeking|seeks|is seeking|are seeking|to seek|wants to hear|would welcome) (?:the )?(?:public['’]s|people['’]s|residents['’]|patients['’]|local people['’]s|the community['’]s|local|community) (?:views|opinions|feedback|comments|thoughts) (?:on|about) (?:\w+ )?(?:the |these |our |its |their |a )?(?:proposals?|plans?|changes?|options?|draft|future|new|proposed|when|where|which|whether|how (?:the|it|we|they|each) (?:should|could|would|will))\b/, reason: 'asks for people’s views on proposals', weight: 3, direct: true },
  { profile: 'consultation', pattern: /(?:^|[.?!:”"]\s+)what (?:are we|we are|we['’]re|is being|are you being) (?:consulting|asking (?:you )?(?:about|for views) )(?:on|about)?/, reason: 'says what it is consulting on', weight: 3, direct: true },
  // A consultation reported as running: "a ten-week consultation has been launched", "a consultation will start next week".
  { profile: 'consultation', pattern: /(?:^|\b(?:a|the|this|our|new|forthcoming) )(?:[\w-]+ ){0,3}?consultation(?: (?:into|on|about|for|of) [^.;]{1,60}?)? (?:(?:which|that) )?(?:has (?:now )?been launched|has (?:now )?(?:opened|started|begun)|is (?:now )?(?:open|running|under way|underway)|will (?:begin|start|run|open|close)|begins|starts|opens|runs (?:until|from|for))\b|\blaunched (?:a|the|our|its) (?:new )?(?:[\w-]+ ){0,3}?(?:consultation|survey)\b|\b(?:public )?(?:survey|questionnaire) has (?:now )?been launched\b|\b(?:published|out) for (?:public )?(?:comment|consultation)\b/, reason: 'says a consultation is running', weight: 3, direct: true },
  // "I urge residents to take part in the survey", "would like to know what the public think".
  { profile: 'consultation', pattern: /\burges? (?:[\w'’-]+ ){0,6}?to take part in (?:my|the|our|this|a) (?:[\w-]+ )?(?:survey|consultation)\b|\bwould like to know what (?:the public|people|residents|patients|local people|you)\b/, reason: 'asks for people’s views', weight: 3, direct: true },

  // Engagement or project plan, co-production strategy.
  { profile: 'engagement-plan', pattern: /\b(?:communications?(?: and| &) engagement|engagement(?: and| &) communications?|engagement|involvement|participation|stakeholder engagement|public involvement|patient and public involvement|ppi|consultation and engagement|co-?production|co-?design|community engagement|outreach|communications?|comms|campaign|marketing) (?:plan|strategy|framework|approach|programme|charter|compact|pledge|principles|standards|policy)\b/, reason: 'is an engagement, involvement or co-production plan', weight: 3, title: true },
  { profile: 'engagement-plan', pattern: /\bproject (?:initiation document|plan|brief|charter|mandate|outline)\b|\bterms of reference\b|\bdelivery plan\b|\baction plan\b/, reason: 'is a project plan', weight: 3, title: true },
  // How an organisation involves people, in either word order: "Principles of involvement",
  // "Resident Participation Commitments", "a framework for local participation", "Patient Involvement Strategy".
  { profile: 'engagement-plan', pattern: /\b(?:principles|approach|commitments?|framework|charter|strategy|standards|policy|pledges?|promises?) (?:of|for|to|on) (?:[\w'’-]+ ){0,2}?(?:engagement|involvement|participation|co-?production|consultation|engaging|involving)\b|\b(?:engagement|involvement|participation|co-?production|people and communities|patient and public)['’]? (?:[\w'’-]+ ){0,2}?(?:principles|commitments|framework|strategy|charter|policy|standards)\b/, reason: 'sets out how it involves people', weight: 3, title: true },
  { profile: 'engagement-plan', pattern: /^(?:our|the) (?:approach|principles|commitments?|promises?|values)\b/, reason: 'sets out its approach or principles', weight: 2, headingOnly: true },
  { profile: 'engagement-plan', pattern: /^how we (?:involve|engage|work with|listen to|consult)\b/, reason: 'sets out how it involves people', weight: 3, headingOnly: true, titleZone: true, title: true },
  { profile: 'engagement-plan', pattern: /\b(?:(?:statutory|legal) (?:duties|duty|responsibilities)\b[^.]{1,60}\b(?:involve|involvement|consult|engage)|(?:committed to|follow|underpinned by|live by) (?:the |our )?(?:[\w-]+ ){0,5}?principles)\b/, reason: 'names the duties or principles it follows', weight: 2 },
  { profile: 'engagement-plan', pattern: /\b(?:objectives|aims and objectives|purpose of (?:this|the) (?:plan|project|strategy)|scope of (?:the|this) (?:project|plan))\b/, reason: 'sets out objectives', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:milestones?|deliverables?|workstreams?|work ?plan|timescales?|project timeline|key dates|phases? (?:one|two|three|[123]))\b/, reason: 'sets out milestones or phases', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:governance|project board|programme board|steering group|project team|sponsor|senior responsible owner|project lead|roles and responsibilities)\b/, reason: 'describes governance or roles', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:we will (?:engage|involve|recruit|work with|reach|target)|stakeholder (?:mapping|analysis|list)|target (?:audiences?|groups?)|key stakeholders|audiences?\b)/, reason: 'describes who will be involved and how', weight: 1 },
  { profile: 'engagement-plan', pattern: /\b(?:risks? and (?:issues|mitigations?)|risk register|evaluation (?:plan|framework)|how we will (?:measure|evaluate))\b/, reason: 'plans risks or evaluation', weight: 1 },

  // Meeting or event invitation.
  { profile: 'meeting-invitation', pattern: new RegExp(`\\b(?:you are|you're|you’re) (?:warmly |cordially )?(?:invited|welcome) to\\b|\\b(?:would like to|want to|are writing to|are delighted to|are pleased to) invite you\\b|\\binvite you to (?:a|an|our|the|this|join)\\b[^.]{1,30}\\b${EVENT}|\\b(?:would like|want|are inviting|invite) you\\b[^.]{0,60}? to (?:take part in|attend|join|come to) (?:a|an|the|our|this|one of our)\\b[^.]{1,40}?\\b${EVENT}|\\binvitation to\\b|\\bjoin us\\b|\\bjoin (?:our|the|a|an|this|one of our) (?:[\\w-]+ ){0,2}${EVENT}s?\\b|\\bcome (?:and|to) (?:talk|chat|meet|see|tell|share|find out|hear)\\b|\\bcalling all\\b|\\bplease (?:come|join)\\b|\\bwe(?: would|'d|’d) love to see you\\b|\\ball welcome\\b|\\beveryone is welcome\\b`), reason: 'invites people to an event', weight: 3 },
  // Board and committee pages: "the board's meetings are held in public", "anyone is welcome to attend".
  { profile: 'meeting-invitation', pattern: /\b(?:meetings?|board|committee|governing body)\b[^.]{1,40}\b(?:are|is) (?:held|open) (?:in|to the) public\b|\b(?:are|is) (?:all )?(?:very )?(?:welcome|invited|able|entitled) to (?:attend|observe|come|listen)\b|\bjust (?:turn|come|drop) (?:up|along|in)\b|\b(?:members of the public|the public) (?:may|can) (?:attend|observe|come)\b/, reason: 'says the public may attend its meetings', weight: 3 },
  // A group that meets on a cycle: "the group meets at the surgery on the first Tuesday of each month".
  { profile: 'meeting-invitation', pattern: /\b(?:group|forum|panel|board|committee|council|we)\b[^.]{1,40}\bmeets? (?:in|at|on|every|each|monthly|quarterly|bi-monthly)\b/, reason: 'says when and where a group meets', weight: 2 },
  { profile: 'meeting-invitation', pattern: /\bcome (?:along )?to\b|\binvite you to\b|\bif you (?:cannot|can['’]t|can not|are unable to|aren['’]t able to) (?:attend|come|make it|be there)\b/, reason: 'asks people to come along', weight: 1 },
  { profile: 'meeting-invitation', pattern: /\b(?:rsvp|register now|book now|book (?:a|your) (?:free )?(?:place|seat|ticket)|register (?:to attend|for (?:a|the|this|our) (?:place|event|session|meeting))|sign up to (?:attend|come)|let us know if you (?:can|are able to) (?:come|attend))\b/, reason: 'asks people to book a place', weight: 2 },
  { profile: 'meeting-invitation', pattern: new RegExp(`\\b${EVENT}s?\\b`), reason: 'mentions a meeting or event', weight: 1 },
  { profile: 'meeting-invitation', pattern: /\b(?:agenda|papers for the meeting|refreshments will be provided|venue)\b/, reason: 'mentions an agenda or venue', weight: 1 },

  // Report on what people said.
  { profile: 'report', pattern: /\byou said,? we (?:did|have done)\b/, reason: 'reports back what people said', weight: 3 },
  { profile: 'report', pattern: /\bwhat (?:you|people|residents|patients|families|carers) (?:told|said to) us\b|\bwhat we heard\b/, reason: 'reports back what people said', weight: 3, headingOnly: true },
  { profile: 'report', pattern: /\b(?:summary of (?:the )?(?:responses|feedback|findings)|key findings|consultation (?:report|outcome|findings)|engagement (?:report|findings)|annual report|evaluation report|findings)\b/, reason: 'has findings sections', weight: 2, headingOnly: true },
  { profile: 'report', pattern: /\bwe (?:received|heard from|spoke to|talked to|had) (?:over |more than |nearly |almost |around |about )?[\d,]+ (?:responses|people|replies|comments|residents|patients)\b|\b[\d,]+ (?:people|residents|patients|respondents) (?:responded|took part|replied|told us|said)\b|\b\d{1,3}(?:\.\d)?% of (?:respondents|people|those who)\b/, reason: 'reports how many people responded', weight: 3 },
  { profile: 'report', pattern: /\b(?:executive summary|recommendations|methodology|conclusions?)\b/, reason: 'has report sections', weight: 1, headingOnly: true },
  // The outcome of a closed consultation: "we looked at the feedback and have decided…", "the decision was made after … the consultation".
  { profile: 'report', pattern: /\bwe (?:have )?(?:considered|looked at|listened to|analysed) (?:the|your|all the|all) (?:feedback|responses|views|comments)\b|\b(?:decision was (?:taken|made)|(?:have|has) (?:decided|approved|agreed))\b[^.]{1,80}\b(?:after|following|in line with|as a result of|in response to)\b[^.]{1,60}\b(?:consultation|feedback|views|responses)\b|\bconsultation recommendations adopted\b/, reason: 'reports what was decided after a consultation', weight: 3 },
  { profile: 'report', pattern: /\bthe consultation (?:is now closed|has (?:now )?closed|(?:closed|ended) on)\b|\bwe consulted (?:on|with|people|residents|patients)\b/, reason: 'says the consultation has closed', weight: 1 },
  // Numbers of responses reported: "the survey had 1,200 replies", "we gathered 400 comments".
  { profile: 'report', pattern: /\b(?:received|achieved|gathered|collected|got|had|generated|attracted)\b[^.]{0,25}?\b[\d,]{2,} (?:\w+ )?(?:responses|replies|comments|people|residents|patients|completed surveys)\b/, reason: 'reports how many people responded', weight: 2 },
  { profile: 'report', pattern: /\b(?:summary|full|final|engagement|consultation|outcome|findings) report\b/, reason: 'has findings sections', weight: 2, headingOnly: true },
];

interface BlockCues {
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
  /** Calls itself an invitation ("Invitation – site visit", "Subject: Invitation to our open day"). */
  inviteTitle: boolean;
  /** A short line without a sentence ending: a title or heading. */
  headingLike: boolean;
  /** The only clock time is a deadline's ("until 5pm on …", "by noon on …"). */
  deadlineTime: boolean;
}

const cache = new WeakMap<BlockAnalysis, Map<string, BlockCues>>();
const DEADLINE_TIME = /\b(?:until|by|before|closes?|closing|deadline|no later than|ends?)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight)\b/;
const LABEL_RE = /^\s*(date|time|times|venue|where|when|location|address|place|meeting point|meeting place|start(?:ing)? point)\s*[:–-]\s*\S/;
// "you said, we did" after "we will publish" is a promise, not a report.
const FUTURE = /\b(?:will|shall|going to|plan to|would)\b/;
const PROMISE_BEFORE = /\b(?:will|would|to|plan to|aim to) (?:publish|produce|share|write|send|prepare)\b[^.]{0,40}$/;
const EVENT_RE = new RegExp(`\\b${EVENT}s?\\b`);
const CALENDAR_DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}(?:st|nd|rd|th)\b/;
// In the title zone, an invitation's purpose (it adds no score: it only says the document's asks for views belong to the event).
const INVITE_TITLE_RE = /^(?:subject:\s*)?(?:(?:re|fw|fwd):\s*)?(?:an? )?(?:invitation|you(?:'re|’re| are| have been) (?:warmly )?invited)\b(?! to (?:comment|respond|give|share|have your say|tender|quote|bid)\b)/;
const PARTICIPATION_BEFORE = /\b(?:willing|able|chance|opportunit(?:y|ies)|need|confident|free|time|space) to (?:[\w-]+ (?:and|or) )?$/;
const INSTEAD_OF_EVENT = /\b(?:can['’]t|cannot|can not|unable to|not able to) (?:come|attend|get|make it|join us)\b[^.?!]{0,30}[.?!]?\s*$/;
const NEWS_RE = /\b(?:newsletter|bulletin|e-?news|magazine|news round-?up)\b/;
void DATE;

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
  if (cue.profile === 'consultation' && cue.weight === 2 && INSTEAD_OF_EVENT.test(before)) return 'no';
  if (cue.profile === 'report' && (PROMISE_BEFORE.test(before) || FUTURE.test(sentenceAt(text, at)))) return 'no';
  // A plan's name counts in a heading or as "this … plan"; in passing ("our action plan was…", an agenda item) it is a weak cue.
  if (cue.title && kind !== 'heading' && !/\b(?:this|our new|the new|our updated|the updated|our refreshed)\s+(?:[\w'’‘-]+\s+){0,5}['’‘"“]?$/.test(text.slice(Math.max(0, at - 50), at))) return 'weak-title';
  return 'cue';
}

function cuesFor(ab: AnalysedBlock): BlockCues {
  const kind = ab.block.kind;
  const key = kind === 'heading' ? 'h' : 'b';
  let byKind = cache.get(ab.analysis);
  const hit = byKind?.get(key);
  if (hit) return hit;
  const text = ab.analysis.masked;
  const headingLike = kind === 'heading' || (kind === 'paragraph' && ab.analysis.words.length <= 12 && !/[.!?]\s*$/.test(text.trim()));
  const cues: number[] = [];
  const weakTitles: number[] = [];
  const trimmed = text.trim();
  CUES.forEach((cue, i) => {
    if (cue.headingOnly && !(cue.titleZone ? headingLike : kind === 'heading')) return;
    // The first match may be passed over ("its commitment to involving" before "our new co-production
    // strategy"): every match is tried, and the cue counts if one of them does.
    let weak = false;
    for (const m of allMatches(cue.pattern, trimmed)) {
      const verdict = judgeCue(cue, kind, text, m.index);
      if (verdict === 'cue') {
        cues.push(i);
        return;
      }
      if (verdict === 'weak-title') weak = true;
    }
    if (weak) weakTitles.push(i);
  });
  const label = LABEL_RE.exec(text);
  const labels = label ? [label[1]!.replace(/s$/, '').replace(/^(?:where|location|address|place|meeting point|meeting place|start(?:ing)? point)$/, 'venue').replace(/^when$/, 'date')] : [];
  const result: BlockCues = {
    cues,
    weakTitles,
    labels,
    date: CALENDAR_DATE.test(text),
    time: TIME.test(text),
    event: EVENT_RE.test(text) || /\bagenda\b/.test(text),
    news: headingLike && NEWS_RE.test(text),
    inviteTitle: headingLike && INVITE_TITLE_RE.test(text.trim()),
    headingLike,
    deadlineTime: DEADLINE_TIME.test(text) && (text.match(new RegExp(TIME.source, 'g')) ?? []).length === 1,
  };
  if (!byKind) cache.set(ab.analysis, (byKind = new Map()));
  byKind.set(key, result);
  return result;
}

const THRESHOLD = 3;
const ORDER: Detected[] = ['consultation', 'engagement-plan', 'meeting-invitation', 'report'];
const REASON = {
  invites: 'invites people to an event',
  books: 'asks people to book a place',
  event: 'mentions a meeting or event',
  planTitle: 'is a project plan',
  titled: 'is titled a consultation',
};

/**
 * Profiles are scored from cues, but the document's purpose — what its title
 * and opening lines say it is — weighs more than what it mentions in passing:
 *  - a report, newsletter or invitation that closes with "tell us what you
 *    think" is not a consultation; it becomes one only when it also gives a
 *    way to respond (a survey, a reply slip, comments by a date) or calls
 *    itself a consultation;
 *  - a plan, terms of reference, report or newsletter that mentions meetings
 *    is not an invitation unless it invites the reader;
 *  - an event is an occasion with a calendar date and a time ("Tuesday 3 March,
 *    2pm"), not opening hours ("Monday to Friday, 9am to 5pm") or a cycle
 *    ("the second Wednesday of the month, 11am").
 */
export function detectProfiles(blocks: AnalysedBlock[]): ProfileMatch[] {
  const seen = new Set<number>();
  const labels = new Set<string>();
  let datedEvents = 0;
  let weakPlan = false;
  const titleZone = titleBlocks(blocks);
  const opening = new Set<number>(titleZone);
  const afterTitle = blocks.findIndex((b) => b.index === Math.max(...titleZone)) + 1;
  for (const ab of blocks.slice(afterTitle, afterTitle + 3)) opening.add(ab.index);
  const purpose = new Set<Detected | 'news'>();
  const per = blocks.map(cuesFor);
  const titleEvent = [...titleZone].some((i) => per[blocks.findIndex((b) => b.index === i)]?.event === true && blocks.find((b) => b.index === i)!.analysis.words.length <= 12);
  let lastHeading = -1;
  let lastEvent = -10;
  per.forEach((c, n) => {
    const ab = blocks[n]!;
    const inTitle = titleZone.has(ab.index);
    for (const i of c.cues) {
      const cue = CUES[i]!;
      if (cue.titleZone && !inTitle) continue;
      seen.add(i);
      if (inTitle && (cue.title || (cue.profile === 'report' && cue.weight >= 2) || cue.reason === REASON.titled)) purpose.add(cue.profile);
      if (inTitle && cue.profile === 'consultation' && cue.direct && !cue.generic) purpose.add('consultation');
      if (opening.has(ab.index) && (cue.reason === REASON.invites || cue.reason === REASON.books)) purpose.add('meeting-invitation');
    }
    for (const i of c.weakTitles) {
      if (inTitle) {
        seen.add(i);
        purpose.add('engagement-plan');
      } else weakPlan = true;
    }
    if (inTitle && c.news) purpose.add('news');
    if (inTitle && c.inviteTitle) purpose.add('meeting-invitation');
    // "Dates of our meetings", "Village Plan Drop-In Sessions": the title names the meetings.
    if (inTitle && c.event && c.headingLike) purpose.add('meeting-invitation');
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
  });
  const score: Record<Detected, number> = { consultation: 0, 'engagement-plan': 0, 'meeting-invitation': 0, report: 0 };
  const reasons: Record<Detected, string[]> = { consultation: [], 'engagement-plan': [], 'meeting-invitation': [], report: [] };
  let specific = 0;
  for (const i of [...seen].sort((a, b) => a - b)) {
    const cue = CUES[i]!;
    score[cue.profile] += cue.weight;
    reasons[cue.profile].push(cue.reason);
    if (cue.direct && !cue.generic) specific += cue.weight;
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
  if (datedEvents > 0) {
    score['meeting-invitation'] += 2;
    reasons['meeting-invitation'].push(datedEvents > 1 ? `lists ${datedEvents} events with dates and times` : 'lists an event with a date and time');
  }
  const other = purpose.size > 0 && !purpose.has('consultation');
  // A document whose purpose is something else asks for views in passing: it
  // must give a way to respond as well (a plan must do more: it may describe one).
  if (other && specific < (purpose.has('engagement-plan') ? 3 : 2)) score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  // A plan, report or newsletter that mentions meetings must invite the reader to one.
  const invites = [...seen].some((i) => CUES[i]!.reason === REASON.invites);
  if ((purpose.has('engagement-plan') || purpose.has('report') || purpose.has('news')) && !purpose.has('meeting-invitation') && !invites)
    score['meeting-invitation'] = Math.min(score['meeting-invitation'], THRESHOLD - 1);
  // A newsletter's "join the group" item recruits members: it invites to a meeting only with a dated event or meeting details.
  if (purpose.has('news') && datedEvents === 0 && labels.size < 2)
    score['meeting-invitation'] = Math.min(score['meeting-invitation'], THRESHOLD - 1);
  // A plan or strategy says how it was written ("64 people took part in workshops") and promises
  // "you said, we did" reports: it is a report only when its title says so.
  if (purpose.has('engagement-plan') && !purpose.has('report')) score.report = Math.min(score.report, THRESHOLD - 1);
  // A letter to patients or residents ("Dear …") that explains a decision may have one "what you told us"
  // section: it reports back in passing, and is a report only when its title says so or it has more than one report cue.
  const letter = blocks.slice(0, 8).some((ab) => /^\s*dear\b/.test(ab.analysis.masked));
  if (letter && !purpose.has('report') && reasons.report.length < 2) score.report = Math.min(score.report, THRESHOLD - 1);
  // A newsletter's "you said, we did" item reports back on one thing among its news: it is a report only when its title says so.
  if (purpose.has('news') && !purpose.has('report')) score.report = Math.min(score.report, THRESHOLD - 1);
  // A newsletter names plans in passing: it is a plan only when its title says so.
  if (purpose.has('news') && !purpose.has('engagement-plan')) score['engagement-plan'] = Math.min(score['engagement-plan'], THRESHOLD - 1);
  // A closed consultation whose outcome is reported ("the consultation is now closed … we have decided") is a report of it.
  if (reasons.report.includes('says the consultation has closed') && (reasons.report.includes('reports what was decided after a consultation') || score.report >= THRESHOLD + 1))
    score.consultation = Math.min(score.consultation, THRESHOLD - 1);
  const matches: ProfileMatch[] = [];
  for (const id of ORDER) {
    if (score[id] >= THRESHOLD) matches.push({ id, reasons: reasons[id], source: 'detected' });
  }
  if (matches.length === 0) matches.push({ id: 'general', reasons: ['it does not look like a consultation, plan, meeting invitation or report'], source: 'detected' });
  return matches;
}

/**
 * The title zone: the short lines at the top (organisation, title, subtitle,
 * date) before the first full paragraph, list or salutation — at most four
 * blocks, at least one.
 */
function titleBlocks(blocks: AnalysedBlock[]): Set<number> {
  const zone = new Set<number>();
  // A page copied from a browser may start with its breadcrumb trail ("Home", "Announcements"): skip it.
  let skip = 0;
  while (skip < Math.min(blocks.length - 1, 6) && blocks[skip]!.block.kind === 'list-item' && blocks[skip]!.analysis.words.length <= 6) skip++;
  if (skip < 2 || blocks[skip]!.block.kind !== 'heading') skip = 0;
  for (const ab of blocks.slice(skip, skip + 4)) {
    const paragraph = fullParagraph(ab);
    const salutation = /^\s*dear\b/.test(ab.analysis.masked);
    if (zone.size > 0 && (paragraph || ab.block.kind === 'list-item' || salutation)) break;
    zone.add(ab.index);
    // A letter pasted from its salutation has no title: what follows "Dear …" is the letter.
    if (salutation) break;
    if (paragraph) break;
  }
  return zone;
}

/**
 * A full paragraph ends the title zone. Short title lines run together in
 * plain text ("Our co-production strategy 2026–2029 Hollins Vale Council and
 * partners") are long but have no sentence ending: still title lines, up to 30 words.
 */
function fullParagraph(ab: AnalysedBlock): boolean {
  const words = ab.analysis.words.length;
  if (words < 15) return false;
  return words > 30 || /[.!?]["”’)]?(?:\s|$)/.test(ab.analysis.masked);
}

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const next = text.indexOf('. ', at);
  return text.slice(start, next < 0 ? text.length : next);
}
