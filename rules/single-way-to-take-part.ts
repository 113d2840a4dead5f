import type { AnalysedBlock, Rule } from '../src/engine';
import { EMAIL_ADDRESS } from './lib/phrasing';
import { anchorFor, firstMeaning, reportQuoted, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { regexpsOf, wordClassSource } from './lib/slot-pattern';
import { anyMatch } from './lib/first-match';

export interface Route {
  id: string;
  /** Routes of the same mode are one way to take part: a paper form posted back and a letter are both "on paper". */
  mode?: string;
  /** How the route is named in messages. */
  label: string;
  /** The ways a document offers it: a group in rules/patterns/single-way-to-take-part.yaml named as the id. */
  patterns: RegExp[];
}

/** What people send when they respond: their views, or the form itself. */
const VIEWS = `(?:${wordClassSource('VIEWS').slice(3, -1)}|response|form|questionnaire|survey)`;

const route = (id: string, label: string, mode?: string): Route => ({ id, label, ...(mode ? { mode } : {}), patterns: regexpsOf('single-way-to-take-part', id) });

/** Ways to take part in a consultation. Tested on lower-case block text. */
export const ROUTES: Route[] = [
  route('online', 'an online survey'),
  // Paper: a paper copy, a comments form or reply slip to fill in (at reception, in the library, at the back of the leaflet).
  route('paper', 'a paper form'),
  route('post', 'post', 'paper'),
  route('phone', 'phone'),
  route('email', 'e-mail'),
  route('events', 'events'),
  // Staff who come to people to hear their views in person: "social workers will visit people at the centres to get their views".
  route('visit', 'a visit', 'events'),
  route('text', 'text message'),
  route('bsl', 'a BSL video'),
];

/**
 * A sentence that reports what already happened ("the feedback we received at
 * a drop-in event held in January") names past routes, not ways to respond now.
 */
const PAST = regexpsOf('single-way-to-take-part', 'past');
const NOW = /\b(?:will|can|could|please|you may|are able|is open|are open|you['’]ll|to (?:respond|take part|comment|give|tell|fill|complete|send|come|join|book))\b/;

/** The text of the block with sentences about the past blanked out. */
function presentText(ab: AnalysedBlock): string {
  const masked = ab.analysis.masked;
  if (!anyMatch(PAST, masked)) return masked;
  let out = '';
  let at = 0;
  for (const s of ab.analysis.sentences) {
    const sentence = masked.slice(s.start, s.end);
    out += masked.slice(at, s.start) + (anyMatch(PAST, sentence) && !NOW.test(sentence) ? ' '.repeat(sentence.length) : sentence);
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
    if (anyMatch(ASKS_HELP, sentence) && !SENDS_OWN_VIEWS.test(sentence)) continue;
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
const ASKS_HELP = regexpsOf('single-way-to-take-part', 'asks-help');
const SENDS_OWN_VIEWS = new RegExp(`\\b(?:send|return|submit|respond|reply) (?:us )?(?:your|the|a|it|them)\\b|\\byour ${VIEWS}\\b`);

const ROUTE_LABEL = /^[\s•*–-]*(?:by |via |on )?(online|on-line|on the web|web|phone|telephone|tel)\s*[:–-]\s*/;
/** A phone number is a route only when its line is about responding, not only a contact detail. */
const RESPOND_WORDS = /\b(?:survey|questionnaire|form|respond|response|views|comments|feedback|have your say|take part|tell us|give)\b/;

/** Which routes a block mentions. An e-mail address in a block about responding counts as e-mail. */
export function routesIn(ab: AnalysedBlock): string[] {
  const masked = presentText(ab);
  const found = ROUTES.filter((r) => anyMatch(r.patterns, masked)).map((r) => r.id);
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

/** A survey offered with no way named to fill it in (rules/patterns/single-way-to-take-part.yaml, thin). */
export const WAYS_THIN: Meaning = meaningFrom('single-way-to-take-part', 'thin');

/**
 * A heading that promises the ways to respond ("How to comment") with nothing under it but
 * link text: the ways were links, lost from the text. Read only when no way at all is found.
 */
export const WAYS_HEADING: Meaning = meaningFrom('single-way-to-take-part', 'heading-only');

export const singleWayToTakePart: Rule = {
  meta: {
    id: 'single-way-to-take-part',
    title: 'Offer more than one way to take part',
    barriers: ['not-offering-alternatives', 'expecting-everyone-to-come-together', 'not-meeting-needs'],
    enablers: ['space-time-and-opportunity', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    /** Counting the ways to respond that the route patterns find: fewer than two. */
    hooks: ['route-count', 'thin', 'heading-only'],
    docs: {
      description:
        'Counts the ways people can respond to a consultation: online survey, paper (a paper copy, an enclosed questionnaire, a comments form at reception, a reply slip, or post — one way between them), phone, e-mail (an address counts when its sentence is about sending views, not only asking for help or questions about the survey, and not when it is an e-mail’s sender), events (including a meeting the organisers say they are holding), text message, BSL video. Routes in sentences about the past (“feedback we received at a drop-in held in January”) do not count. Flags a consultation with only one (or none). When the only way is a survey with no word on how to fill it in (“take our survey”), the finding quotes it and asks how, rather than saying the consultation does not say how people can respond. With no way found at all, a heading such as “How to comment” (its ways were links, lost from the text) is quoted in the same way.',
      why: 'Not everyone is online, can get to a meeting or can write. Each extra route lets in people the others leave out.',
      bad: 'Please complete our online survey by 9 January.',
      good: 'You can fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to a drop-in event.',
    },
  },
  checkDocument(ctx) {
    const per = ctx.perBlock(routesIn, routesIn);
    // Read in place: most blocks name no route, and a copy of every block's list costs more than the reading.
    const routes = new Set<string>();
    for (let i = 0; i < per.length; i++) for (const id of per[i]!) routes.add(id);
    const modes = new Set([...routes].map((id) => ROUTES.find((r) => r.id === id)?.mode ?? id));
    if (modes.size >= 2) return;
    const only = ROUTES.find((r) => routes.has(r.id));
    const others = ROUTES.filter((r) => r.id !== only?.id && ['paper', 'phone', 'events', 'online'].includes(r.id))
      .slice(0, 3)
      .map((r) => r.label);
    // A survey named with no mode is a way in some form: quote it rather than say there is no way, or only one.
    // Beside an online or paper survey it is most likely that same survey, so it is no second way.
    const surveyAlready = only !== undefined && ['online', 'paper'].includes(only.mode ?? only.id);
    const thin = surveyAlready ? undefined : firstMeaning(ctx, WAYS_THIN);
    const heading = thin || only ? undefined : firstMeaning(ctx, WAYS_HEADING);
    if (heading) {
      reportQuoted(ctx, heading.index, heading.start, (quote) => ({
        message: `This has “${quote}”, but no way to respond is named in the text (a link alone may not be read out or printed). Name each way in words, and give more than one, such as ${others.join(', ')}.`,
        suggestions: ['Under the heading, name each way in words: the web address, a postal address, a phone number.'],
        example:
          'You can take part in the way that suits you: fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to one of our drop-in events.',
        patternId: heading.patternId ?? 'single-way-to-take-part/heading-only',
      }));
      return;
    }
    if (thin) {
      reportQuoted(ctx, thin.index, thin.start, (quote) => ({
        message: only
          ? `People can respond by ${only.label}, and this says “${quote}”, but not how to fill it in. Say how, and offer at least one more way, such as ${others.join(', ')}.`
          : `This says “${quote}”, but not how people can fill it in, or another way to respond. Give more than one way, such as ${others.join(', ')}.`,
        suggestions: ['Say how to ask for a paper copy, and offer a phone number for people who want to give their views by phone.'],
        example:
          'You can take part in the way that suits you: fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to one of our drop-in events.',
        patternId: thin.patternId ?? 'single-way-to-take-part/thin',
      }));
      return;
    }
    ctx.report({
      message: only
        ? `People can only respond in one way: ${only.label}. Offer at least one more, such as ${others.join(', ')}.`
        : `This consultation does not say how people can respond. Give more than one way, such as ${others.join(', ')}.`,
      suggestions: ['Say how to ask for a paper copy, and offer a phone number for people who want to give their views by phone.'],
      example:
        'You can take part in the way that suits you: fill in the survey online, ask for a paper copy with a freepost envelope, call us on 0113 496 0000, or come to one of our drop-in events.',
      patternId: 'single-way-to-take-part/route-count',
      anchorBlockId: anchorFor(ctx, 'routes', [/\bhow (?:to|you can|can you) (?:respond|take part|have your say|get involved|give (?:us )?your views|comment)\b/, /\bhave your say\b/], 'last-heading') ?? undefined,
    });
  },
};
