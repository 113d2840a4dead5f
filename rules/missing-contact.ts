import type { AnalysedBlock, Rule } from '../src/engine';
import { anchorFor, firstMeaning, reportQuoted } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { findContactDetails, type Spot } from './lib/contact-details';
import { anyMatch as any, firstMatch as earliest } from './lib/first-match';
import { regexpsOf } from './lib/slot-pattern';

interface BlockContact {
  email: Spot | null;
  phone: Spot | null;
  /** Contact details or contact words in this block. */
  contact: boolean;
  /** A person's name, a title or a named team/role in this block. */
  name: boolean;
  /** "contact us", "questions?", "get in touch" — a contact section without details. */
  contactWords: boolean;
  /** Offset of a way to reach someone without details ("by writing to the practice manager", "ask at reception"). */
  routeAt: number | null;
}

const DATA_FILE = 'missing-contact';
/** An invitation to get in touch, with no number or address: "contact us", "email us", "get in touch", "use our contact form". */
const CONTACT_INVITE = regexpsOf(DATA_FILE, 'contact.invite');
/** A named team or role: what makes a contact named. */
const TEAM = regexpsOf(DATA_FILE, 'contact.team');
/**
 * Reaching a named role or team by some route, with no number or address: "by
 * writing to the practice manager". The way, then the role or place within 40
 * characters of the same clause.
 */
const ROUTE = regexpsOf(DATA_FILE, 'contact.route-verb').map(
  (way) => new RegExp(`${way.source}[^.;]{1,40}?(?:${[...TEAM, ...regexpsOf(DATA_FILE, 'contact.route-target')].map((p) => p.source).join('|')})`),
);
const TITLE_NAME = regexpsOf(DATA_FILE, 'contact.title-name');
const PHONE_WORDS = regexpsOf(DATA_FILE, 'contact.phone-words');
const CONTACT_WORDS = regexpsOf(DATA_FILE, 'contact.words');
// Capitalised words that start sentences or name days, months and places, not people (read one word at a time).
const NOT_NAMES = regexpsOf(DATA_FILE, 'contact.not-a-name', 'i');
const CONTACT_HEADING = regexpsOf(DATA_FILE, 'contact.headings');


/**
 * The last resort (s21-lastresort): any way to reach a person, team or organisation, or a contact
 * section, in rules/patterns/missing-contact.yaml (last-resort.*). Only these, and what code finds
 * below, stand between a document and "does not say who to contact".
 */
const LAST_RESORT = meaningFrom(DATA_FILE, 'last-resort');
/**
 * A way to send views and nothing else (s27-contact): an online survey, a web form, "by post". The
 * labelling guide calls only a web form or website a thin contact, so the finding quotes it and asks
 * for a person or team to ask, rather than saying there is no contact.
 */
const REPLY_ROUTE = meaningFrom(DATA_FILE, 'reply-route');
// A UK postcode ("LS1 1UR") beside a word of sending: a postal address to write to, not a venue's.
// The postcode stays in code: it reads capital letters, and pattern data is matched without case.
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b/;
const POSTAL = regexpsOf(DATA_FILE, 'contact.postal-words', 'i');
// An address written to fool robots: "j.smith [at] example.org", "info at example dot org".
const SPELT_EMAIL = /\b[\w.-]+\s*(?:\[at\]|\(at\))\s*[\w-]+|\b[\w.-]+ at [\w-]+ dot [a-z]{2,}/i;
// Also spaced round the "@", or "at" before a public domain ("j.smith at example.gov.uk").
const SPACED_EMAIL = /\b[\w.-]+ @ [\w-]+\.[a-z]{2,}|\b[\w.-]+ at [\w-]+(?:\.[\w-]+)*\.(?:gov|nhs|org|co|ac|com|net)\b/i;
// A protected address as the stored page spelt it, with a non-breaking space: "[email&#160;protected]".
const PROTECTED_EMAIL = /\[email(?:&#160;|&nbsp;|\u00a0)protected\]/i;
// A web address that is a contact page ("www.example.gov.uk/contact-us"): the stored page kept the link, not the details.
const CONTACT_PAGE = /\b(?:https?:\/\/|www\.)\S*contact\S*/i;
// A contact verb whose address was a link the stored page lost, so the next line's first word follows it
// ("…or email" / "The authority does not…", "email our team on" / "Once you're ready…"): the verb, up to
// "us"/"our team" and "on"/"at", then a capitalised word that starts sentences. It reads capital letters, so it is code.
const LOST_ADDRESS = /\b(?:e-?mail|contact|call|phone|ring|write to)(?:\s+(?:us|our\s+[\w-]+|the\s+[\w-]+\s+team))?(?:\s+(?:on|at|via))?\s+(?=(?:The|Once|If|Please|We|You|Our|For|This|It|All|Any|When|To|In)\s)/;
// A contact verb before a person's name, mid-sentence or "Contact Helen": "please contact Helen", "speak to Sam Patel".
const VERB_THEN_NAME = /\b(?:[Cc]ontact(?:ing)?|write to|speak (?:to|with)|talk (?:to|with)|e-?mail|call|phone|ring|get in touch with)\s+([A-Z][a-z]+)\b(?!\s+[A-Z][a-z]+s\b)/g;
// A way to reach a team named in capitals, whose last word says it is a team (s27-contact): "contact
// Member Services in advance", "tell the Planning Team". Capitals make it a name, not "our services";
// the lower-case team words (contact.team) do not take a plural, so "Services" needs this reading.
const VERB_THEN_TEAM =
  /\b(?:[Cc]ontact(?:ing)?|e-?mail(?:ing)?|write to|speak to|talk to|call|ring|tell|ask|notify)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Services?|Team|Office|Officer|Unit|Department|Desk)\b/;

/** Where the document touches contact in a way the other checks do not read: the block, and where in it. */
function lastResortContact(ctx: Parameters<NonNullable<Rule['checkDocument']>>[0]): { index: number; at: number; what: string } | null {
  const hit = firstMeaning(ctx, LAST_RESORT);
  if (hit) return { index: hit.index, at: hit.start, what: hit.patternId ?? 'missing-contact/last-resort' };
  for (let i = 0; i < ctx.blocks.length; i++) {
    const text = ctx.blocks[i]!.block.text;
    const postcode = POSTCODE.exec(text);
    const code = (postcode && any(POSTAL, text) ? postcode : null) ?? SPELT_EMAIL.exec(text) ?? SPACED_EMAIL.exec(text) ?? PROTECTED_EMAIL.exec(text) ?? CONTACT_PAGE.exec(text) ?? LOST_ADDRESS.exec(text) ?? VERB_THEN_TEAM.exec(text);
    if (code) return { index: i, at: code.index, what: 'missing-contact/last-resort' };
    for (const m of text.matchAll(VERB_THEN_NAME)) if (!any(NOT_NAMES, m[1]!)) return { index: i, at: m.index, what: 'missing-contact/last-resort' };
  }
  return null;
}

const PERSON = /\b(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?\b/;

function hasPersonName(text: string): boolean {
  const re = new RegExp(PERSON.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = m[0].split(/\s+/);
    if (!words.some((w) => any(NOT_NAMES, w))) return true;
  }
  return false;
}

export function blockContact(ab: AnalysedBlock): BlockContact {
  const text = ab.block.text;
  const masked = ab.analysis.masked;
  const { email, phone } = findContactDetails(text);
  const details = email !== null || phone !== null || any(PHONE_WORDS, masked);
  const contactWords = any(CONTACT_WORDS, masked);
  const name = hasPersonName(text) || any(TITLE_NAME, masked) || any(TEAM, masked);
  const route = earliest(ROUTE, masked) ?? earliest(CONTACT_INVITE, masked);
  return { email, phone, contact: details || contactWords, name, contactWords, routeAt: route ? route.index : null };
}

export const missingContact: Rule = {
  meta: {
    id: 'missing-contact',
    title: 'Give a named contact with a phone number',
    barriers: ['poor-communication'],
    enablers: ['keeping-people-updated', 'listening-to-each-other', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['consultation', 'meeting-invitation'],
    severity: 'warning',
    /** Contact details read by code (phone and e-mail shapes, names): a number with no name, an address with no number, a way to reach someone (route verb + target patterns) with no details, nothing. */
    hooks: ['no-name', 'no-phone', 'route-only', 'last-resort', 'reply-route', 'absent'],
    docs: {
      description:
        'Checks that a consultation or meeting invitation names someone people can contact (a person or a team), with a phone number as well as an e-mail address. When the document gives only part of this (an e-mail address, a phone number with no name, or a route such as “write to the practice manager”, “email the Trust Secretary”, “send all questions via email”, “call the surgery” or a Freepost address, with no number or address to use), the finding quotes what is there and says what to add. A way to send views and nothing else (an online survey, a web form) gets the same kind of finding, asking for a person or team to ask. It says there is no contact only when there is no way to reach anyone.',
      why: 'People have questions, need another format or need help to take part. Not everyone uses e-mail, and a named person feels more open than an inbox.',
      bad: 'Questions? Email engagement@example.nhs.uk.',
      good: 'If you have questions, contact Priya Shah in the engagement team: call 0113 496 0000 or email engagement@example.nhs.uk.',
    },
  },
  checkDocument(ctx) {
    const per = ctx.perBlock(blockContact, blockContact);
    const emailAt = per.findIndex((p) => p.email !== null);
    const hasPhone = per.some((p) => p.phone !== null);
    // A name counts when it is beside contact details: same block or close by (tables split rows into cells).
    const named = per.some((p, i) => p.contact && per.slice(Math.max(0, i - 2), i + 3).some((q) => q.name));
    const exampleSentence =
      'If you have any questions, contact Priya Shah in the engagement team. Call 0113 496 0000 (Monday to Friday, 9am to 5pm) or email engagement@example.nhs.uk.';
    if (hasPhone) {
      if (named) return;
      ctx.report({
        message: 'There is a phone number but no name. Say who people will speak to: a person or a team.',
        suggestions: ['Add the name of a person or team beside the phone number.'],
        example: exampleSentence,
        anchorBlockId: ctx.blocks[per.findIndex((p) => p.phone !== null)]!.block.id,
        severity: 'suggestion',
        patternId: 'missing-contact/no-name',
      });
      return;
    }
    if (emailAt >= 0) {
      const spot = per[emailAt]!.email!;
      ctx.report({
        blockId: ctx.blocks[emailAt]!.block.id,
        start: spot.start,
        end: spot.end,
        message: `There is an e-mail address but no phone number. Add a phone number${named ? '' : ' and a named contact'}, so people who do not use e-mail can ask questions too.`,
        suggestions: ['Add a phone number, and the hours it is answered.'],
        example: exampleSentence,
        patternId: 'missing-contact/no-phone',
      });
      return;
    }
    // A way to reach someone is there, only without a number or address: say what it is and what to add.
    const routeAt = per.findIndex((p) => p.routeAt !== null);
    if (routeAt >= 0) {
      reportQuoted(ctx, routeAt, per[routeAt]!.routeAt!, (quote) => ({
        message: `This says “${quote}”, but not a phone number or e-mail address to use. Add both, with a named person or team.`,
        suggestions: ['Add a phone number and an e-mail address beside the name.'],
        example: exampleSentence,
        patternId: 'missing-contact/route-only',
      }));
      return;
    }
    // The last resort: any other way to reach someone (a postal address, a contact section, "ask the practice").
    const touch = lastResortContact(ctx);
    if (touch) {
      reportQuoted(ctx, touch.index, touch.at, (quote) => ({
        message: `This says “${quote}”, but not a phone number or e-mail address to use. Add both, with the name of a person or team people can ask.`,
        suggestions: ['Add a phone number and an e-mail address beside the name.'],
        example: exampleSentence,
        patternId: touch.what,
      }));
      return;
    }
    const reply = firstMeaning(ctx, REPLY_ROUTE);
    if (reply) {
      reportQuoted(ctx, reply.index, reply.start, (quote) => ({
        message: `This says how to send views (“${quote}”), but not a person or team to ask questions. Add a named contact with a phone number and an e-mail address.`,
        suggestions: ['Add a “Contact us” section with a name, a phone number and an e-mail address.'],
        example: exampleSentence,
        patternId: reply.patternId ?? 'missing-contact/reply-route',
      }));
      return;
    }
    ctx.report({
      message: 'This document does not say who to contact with questions. Add a named contact with a phone number and an e-mail address.',
      suggestions: ['Add a “Contact us” section at the end.'],
      example: exampleSentence,
      anchorBlockId: anchorFor(ctx, 'contact', CONTACT_HEADING, 'last') ?? undefined,
      patternId: 'missing-contact/absent',
    });
  },
};
