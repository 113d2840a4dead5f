import type { AnalysedBlock, Rule } from '../src/engine';
import { EMAIL_ADDRESS } from './lib/phrasing';
import { anchorFor } from './lib/sections';

export interface Route {
  id: string;
  /** Routes of the same mode are one way to take part: a paper form posted back and a letter are both "on paper". */
  mode?: string;
  /** How the route is named in messages. */
  label: string;
  pattern: RegExp;
}

const VIEWS = '(?:views|comments|response|responses|feedback|answers|thoughts|ideas|form|questionnaire|survey)';

/** Ways to take part in a consultation. Tested on lower-case block text. */
export const ROUTES: Route[] = [
  { id: 'online', label: 'an online survey', pattern: /\bonline (?:survey|questionnaire|form|consultation|response)\b|\b(?:survey|questionnaire|form) (?:is )?(?:online|on (?:our|the) website)\b|\b(?:respond|reply|take part|comment|complete (?:it|the survey|the questionnaire)|fill (?:it )?in) online\b|\bcitizen space\b|\bengagement hq\b|\b(?:visit|go to) (?:our|the) (?:website|consultation (?:page|hub)|have your say (?:page|website))\b/ },
  // Paper: a paper copy, a comments form or reply slip to fill in (at reception, in the library, at the back of the leaflet).
  { id: 'paper', label: 'a paper form', pattern: /\bpaper (?:copy|copies|version|versions|form|forms|questionnaire|questionnaires|survey|surveys)\b|\bprinted (?:copy|copies|form|forms|questionnaires?)\b|\bhard cop(?:y|ies)\b|\bon paper\b|\bpre-?paid envelope\b|(?<!\b(?:online|web|electronic|digital|internet) )\b(?:comments?|feedback|response|reply|tear-off) (?:forms?|slips?|cards?)\b|\b(?:enclosed|attached|printed) (?:questionnaire|form|survey|reply slip)s?\b|\b(?:fill in|complete|pick up|collect) (?:a|the) (?:short |enclosed |paper )?(?:form|questionnaire|survey)\b[^.;]{1,30}\b(?:at|from|in) (?:the |any |either |our |your )?(?:reception|library|libraries|surgery|practice|office|estate office|desk|centre|hub|back of)/ },
  { id: 'post', mode: 'paper', label: 'post', pattern: /\bfreepost\b|\bby post\b|\bwrite to (?:us|the|our|:)|\bin writing\b|\bsend (?:us )?a letter\b|\bpost (?:it|your|them|the form|completed)\b|\breturn (?:it|the form|your form|the questionnaire) to\b/ },
  { id: 'phone', label: 'phone', pattern: /\b(?:talk|speak) to us (?:on|by phone)\b|\b(?:call|phone|ring|telephone) (?:us|the (?:team|engagement team|consultation team|helpline)|our (?:team|helpline)|free|on \d|0\d)|\bby (?:phone|telephone)\b|\bover the (?:phone|telephone)\b|\b(?:phone|telephone) (?:line|interview|survey)\b|\bfreephone\b/ },
  { id: 'email', label: 'e-mail', pattern: new RegExp(`\\bby e-?mail\\b|\\be-?mail (?:us|your ${VIEWS}|it|them|the team|your completed)\\b|\\bsend (?:us )?an e-?mail\\b`) },
  { id: 'events', label: 'events', pattern: /\bdrop[- ]in(?:s| sessions?| events?)?\b|\bpublic meetings?\b|(?<!in the )\b(?:community |public |engagement |information |consultation |online |local )?events?\b(?! of)|\bworkshops?\b|\b(?:come to|attend|join|book) (?:a|an|one of (?:our|the)|our) (?:\w+ ){0,2}(?:meetings?|sessions?|events?)\b|\bone-to-one (?:meetings?|conversations?|appointments?)\b|\b(?:holding|hold|running|run|hosting|host) (?:a|an|two|three|four|some|several|our|these) (?:[\w-]+ ){0,2}(?:meetings?|sessions?|events?)\b|\b(?:patient|patients['’]|residents['’]?|tenants['’]?|community|open|village) meetings?\b|\bfocus groups?\b|\broadshows?\b|\blistening (?:sessions?|events?)\b|\b(?:come and )?(?:talk|speak) to us in person\b|\bin person\b|\bstalls?\b|\bconversation caf[eé]s?\b|\bwebinars?\b|\bonline (?:meetings?|sessions?)\b/ },
  // Staff who come to people to hear their views in person: "social workers will visit people at the centres to get their views".
  { id: 'visit', mode: 'events', label: 'a visit', pattern: /\b(?:will (?:also )?(?:be )?visit(?:ing)?|can (?:also )?visit|(?:offer|arrange|book) (?:you |a )?(?:home )?visits?)\b[^.;]{1,60}?\bto (?:obtain|get|hear|gather|collect|ask for|take|listen to|record) (?:their |your |people['’]s |the )?(?:views|feedback|comments|opinions|answers)\b/ },
  { id: 'text', label: 'text message', pattern: /\b(?:text|sms) (?:us|your|the word|\d)|\bby (?:text|sms)\b|\btext messages?\b/ },
  { id: 'bsl', label: 'a BSL video', pattern: /\bbsl (?:video|response)s?\b|\bsign(?:ed)? (?:language )?videos?\b|\bvideo (?:in|using) (?:british sign language|bsl)\b|\b(?:send|submit|record) (?:us )?a video\b|\bvideo relay\b/ },
];

/**
 * A sentence that reports what already happened ("the feedback we received at
 * a drop-in event held in January") names past routes, not ways to respond now.
 */
const PAST = /\b(?:held|received|took place|took part|attended|we had|we ran|last (?:year|month|week|spring|summer|autumn|winter)|earlier this year|in the past|based on)\b/;
const NOW = /\b(?:will|can|could|please|you may|are able|is open|are open|you['’]ll|to (?:respond|take part|comment|give|tell|fill|complete|send|come|join|book))\b/;

/** The text of the block with sentences about the past blanked out. */
function presentText(ab: AnalysedBlock): string {
  const masked = ab.analysis.masked;
  if (!PAST.test(masked)) return masked;
  let out = '';
  let at = 0;
  for (const s of ab.analysis.sentences) {
    const sentence = masked.slice(s.start, s.end);
    out += masked.slice(at, s.start) + (PAST.test(sentence) && !NOW.test(sentence) ? ' '.repeat(sentence.length) : sentence);
    at = s.end;
  }
  return out + masked.slice(at);
}

const SENDS_VIEWS = new RegExp(`\\b(?:send|return|submit|${VIEWS.slice(3, -1)})\\b`);

/**
 * An e-mail address is a way to respond when its sentence is about sending
 * views ("send your comments to…"), not only asking for help ("if you cannot
 * respond online, contact…").
 */
function emailForViews(ab: AnalysedBlock, masked: string): boolean {
  const text = ab.block.text;
  const header = MAIL_HEADER.test(masked);
  const re = new RegExp(EMAIL_ADDRESS, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    // The sender or recipient of an e-mail ("From: Team <team@…> Sent: … Subject: …survey") is not a way to respond.
    if (header && /^(?:from|to|cc|bcc)$/.test(lastHeaderLabel(masked.slice(0, at)) ?? '')) continue;
    const s = ab.analysis.sentences.find((x) => at >= x.start && at < x.end);
    const sentence = s ? masked.slice(s.start, s.end) : masked;
    // "If you have a question about the survey, e-mail…" offers help, not a way to send views.
    if (ASKS_HELP.test(sentence) && !SENDS_OWN_VIEWS.test(sentence)) continue;
    if (SENDS_VIEWS.test(sentence)) return true;
  }
  return false;
}

/** A block that is an e-mail's header: "From: … Sent: … To: … Subject: …". */
const MAIL_HEADER = /^\s*(?:from|to|sent|date)\s*:/;
function lastHeaderLabel(before: string): string | undefined {
  let label: string | undefined;
  for (const m of before.matchAll(/\b(from|to|cc|bcc|sent|date|subject)\s*:/g)) label = m[1];
  return label;
}
/** Sentences about asking something, not about sending views. */
const ASKS_HELP = /\b(?:(?:have|got) (?:a |any )?(?:questions?|quer(?:y|ies)|enquir(?:y|ies))|questions? (?:about|on)|(?:more|further) information|need (?:any )?help|help (?:with|to|filling)|(?:to )?ask (?:us )?(?:a question|for))\b/;
const SENDS_OWN_VIEWS = new RegExp(`\\b(?:send|return|submit|respond|reply) (?:us )?(?:your|the|a|it|them)\\b|\\byour ${VIEWS}\\b`);

const ROUTE_LABEL = /^[\s•*–-]*(?:by |via |on )?(online|on-line|on the web|web|phone|telephone|tel)\s*[:–-]\s*/;
/** A phone number is a route only when its line is about responding, not only a contact detail. */
const RESPOND_WORDS = /\b(?:survey|questionnaire|form|respond|response|views|comments|feedback|have your say|take part|tell us|give)\b/;

/** Which routes a block mentions. An e-mail address in a block about responding counts as e-mail. */
export function routesIn(ab: AnalysedBlock): string[] {
  const masked = presentText(ab);
  const found = ROUTES.filter((r) => r.pattern.test(masked)).map((r) => r.id);
  if (!found.includes('email') && emailForViews(ab, masked)) found.push('email');
  if (!found.includes('online') && /\b(?:https?:\/\/|www\.)/.test(ab.block.text) && /\b(?:survey|questionnaire|respond|have your say|take part|form)\b/.test(masked)) found.push('online');
  // Routes given as labels in a list of ways to respond: "Online: www…", "By phone: 0113 496 0000 – we can fill in the form with you".
  const label = ROUTE_LABEL.exec(masked);
  if (label) {
    if (!found.includes('online') && /^(?:online|on-line|on the web|web)$/.test(label[1]!) && /\b(?:https?:\/\/|www\.)/.test(ab.block.text)) found.push('online');
    if (!found.includes('phone') && /^(?:phone|telephone|tel)$/.test(label[1]!) && /^[\s(+]*\d/.test(masked.slice(label[0].length)) && RESPOND_WORDS.test(masked)) found.push('phone');
  }
  return found;
}

export const singleWayToTakePart: Rule = {
  meta: {
    id: 'single-way-to-take-part',
    title: 'Offer more than one way to take part',
    barriers: ['not-offering-alternatives', 'expecting-everyone-to-come-together', 'not-meeting-needs'],
    enablers: ['space-time-and-opportunity', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    docs: {
      description:
        'Counts the ways people can respond to a consultation: online survey, paper (a paper copy, an enclosed questionnaire, a comments form at reception, a reply slip, or post — one way between them), phone, e-mail (an address counts when its sentence is about sending views, not only asking for help or questions about the survey, and not when it is an e-mail’s sender), events (including a meeting the organisers say they are holding), text message, BSL video. Routes in sentences about the past (“feedback we received at a drop-in held in January”) do not count. Flags a consultation with only one (or none).',
      why: 'Not everyone is online, can get to a meeting or can write. Each extra route lets in people the others leave out.',
      bad: 'Please complete our online survey by 9 January.',
      good: 'You can fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to a drop-in event.',
    },
  },
  checkDocument(ctx) {
    const per = ctx.perBlock(routesIn, routesIn);
    const routes = new Set(per.flat());
    const modes = new Set([...routes].map((id) => ROUTES.find((r) => r.id === id)?.mode ?? id));
    if (modes.size >= 2) return;
    const only = ROUTES.find((r) => routes.has(r.id));
    const others = ROUTES.filter((r) => r.id !== only?.id && ['paper', 'phone', 'events', 'online'].includes(r.id))
      .slice(0, 3)
      .map((r) => r.label);
    ctx.report({
      message: only
        ? `People can only respond in one way: ${only.label}. Offer at least one more, such as ${others.join(', ')}.`
        : `This consultation does not say how people can respond. Give more than one way, such as ${others.join(', ')}.`,
      suggestions: ['Say how to ask for a paper copy, and offer a phone number for people who want to give their views by phone.'],
      example:
        'You can take part in the way that suits you: fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to one of our drop-in events.',
      anchorBlockId: anchorFor(ctx, 'routes', [/\bhow (?:to|you can|can you) (?:respond|take part|have your say|get involved|give (?:us )?your views|comment)\b/, /\bhave your say\b/], 'last-heading') ?? undefined,
    });
  },
};
