import type { AnalysedBlock, Rule } from '../src/engine';
import { findDates } from './lib/dates';
import { readMeeting } from './lib/venue';
import { EMAIL_ADDRESS } from './lib/phrasing';
import { patternGroup, regexpsOf, wordClassSource } from './lib/slot-pattern';
import { anyMatch, firstNamedMatch } from './lib/first-match';

// An invitation asking people what they need to take part: "let us know about any access
// needs", "if you need anything to help you take part", "reasonable adjustments"
// (rules/patterns/access-needs-not-asked.yaml).
const ASK = patternGroup('access-needs-not-asked', 'ask');
const PHONE_NUMBER = String.raw`\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+44\s?\d`;
/** A way to tell: a phone number, an e-mail address, "reply to this email", "on the booking form". Read in the original text. */
const CONTACT = [new RegExp(PHONE_NUMBER), new RegExp(EMAIL_ADDRESS, 'i'), ...regexpsOf('access-needs-not-asked', 'contact-ways', 'i')];
const WHEN = regexpsOf('access-needs-not-asked', 'by-when');

// Whom to tell, by name or team, with the number given elsewhere in the document:
// "let Tasha know by 15 April", "please let the Patient Experience team know", "contact Amir";
// "let me know" in a letter or email signed by the writer, whose number is in the signature.
const CONTACT_VERB = '(?:let|tell|contact|call|ring|phone|text|email|e-mail|ask|speak to|talk to|get in touch with)';
const ROLE = '(?:team|office|service|coordinator|co-ordinator|officer|lead|manager|secretary|desk|administrator|organiser|organizer|facilitator|clerk|host)';
const NAMED = [
  new RegExp(String.raw`\b${CONTACT_VERB}\s+\p{Lu}[\p{Ll}'’-]+`, 'u'),
  new RegExp(String.raw`\b${CONTACT_VERB}\s+(?:the|our|your)\s+(?:[\p{L}'’&-]+\s+){0,5}?${ROLE}\b`, 'u'),
  /\b(?:let|tell|contact|call|ring|phone|text|email|e-mail)\s+me\b/,
];
const PHONE = new RegExp(String.raw`${PHONE_NUMBER}|\b(?:tel|telephone|phone|text|call|textphone|freephone)\b[^\n]{1,10}\d{3}`, 'i');

/**
 * Words written with a capital that are not a name: the verbs and role words ("Contact Jordan",
 * "the Trust Secretary"), and days, months, "Us" and "Me" ("Tell Us by Friday"). They are read in
 * lower case, so that only a real name counts as one.
 */
const NOT_A_NAME = new RegExp(
  [String.raw`\b(?:get|speak|talk|the|our|your|${CONTACT_VERB.slice(3, -1)}|${ROLE.slice(3, -1)})\b`, String.raw`\b(?:${wordClassSource('WEEKDAY')}|${wordClassSource('MONTH')}|us|me)\b`].join('|'),
  'gi',
);
function namedIn(text: string): boolean {
  const plain = text.replace(NOT_A_NAME, (w) => w.toLowerCase());
  return NAMED.some((re) => re.test(plain));
}

/** "a British Sign Language (BSL) interpreter": a bracketed short form does not break the ask. */
const BRACKETED = /\s\([^()\n]{1,15}\)/g;

function askIn(ab: AnalysedBlock): { start: number; end: number; patternId: string } | null {
  const masked = ab.analysis.masked;
  BRACKETED.lastIndex = 0;
  const bracketed = BRACKETED.test(masked);
  // matchAll below starts where the expression's lastIndex is.
  BRACKETED.lastIndex = 0;
  if (!bracketed) {
    // Nothing bracketed: the offsets are the block's own (no map of every character to build).
    const found = firstNamedMatch(ASK, masked);
    if (!found) return null;
    const m = found.match;
    const end = m.index + m[0].length;
    return { start: m.index, end: end === 0 ? masked.length : end, patternId: found.id };
  }
  // Take out bracketed short forms, keeping a map back to the block's offsets.
  const keep: number[] = [];
  let plain = '';
  let last = 0;
  for (const b of masked.matchAll(BRACKETED)) {
    for (let k = last; k < b.index!; k++) keep.push(k);
    plain += masked.slice(last, b.index);
    last = b.index! + b[0].length;
  }
  for (let k = last; k < masked.length; k++) keep.push(k);
  plain += masked.slice(last);
  const found = firstNamedMatch(ASK, plain);
  if (!found) return null;
  const m = found.match;
  const end = m.index + m[0].length;
  return { start: keep[m.index]!, end: (keep[end - 1] ?? masked.length - 1) + 1, patternId: found.id };
}

/** Whom and by when: only worked out for an ask and the block after it. */
function detailsIn(ab: AnalysedBlock): { contact: boolean; named: boolean; when: boolean } {
  const masked = ab.analysis.masked;
  const when = anyMatch(WHEN, masked) || findDates(masked).some((d) => (d.kind === 'day' || d.kind === 'numeric') && /\b(?:by|before)\s+(?:\w+\s+)?$/.test(masked.slice(Math.max(0, d.start - 20), d.start)));
  return { contact: anyMatch(CONTACT, ab.block.text), named: namedIn(ab.block.text), when };
}

export const accessNeedsNotAsked: Rule = {
  meta: {
    id: 'access-needs-not-asked',
    title: 'Does not ask what people need to take part',
    barriers: ['making-assumptions', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: ['meeting-invitation'],
    severity: 'warning',
    /** No ask pattern matches in an invitation to a meeting. */
    hooks: ['absent'],
    docs: {
      description:
        'Checks that an invitation asks people what they need to take part (access needs, reasonable adjustments, dietary needs), and says whom to tell, how, and by when.',
      why: 'Without asking, organisers assume everyone can hear, see, read and move in the same way. Asking in the invitation — with a name, a phone number and a date — lets people say what they need without having to chase it, and gives you time to arrange it.',
      bad: 'Our next meeting is on Thursday 6 March, 6pm to 7.30pm, at the Kingsway Surgery. Please let me know if you are able to attend by replying to this email.',
      good: 'If you need anything to help you take part, such as a BSL interpreter, a hearing loop or papers in large print, please tell Amir Begum on 01632 960 555 or at kingsway.ppg@nhs.net by Friday 28 February.',
      sources: ['Equality Act 2010: the duty to make reasonable adjustments is anticipatory', 'SCIE co-production guidance: ask about access needs before the meeting'],
    },
  },
  checkDocument(ctx) {
    const picture = readMeeting(ctx);
    // Only for a real meeting or event: a place or a time people are invited to.
    if (picture.venues.length === 0 && picture.times.length === 0) return;
    if (!picture.hasEvent && picture.venues.length === 0) return;
    // Read in place: the engine's list of each block's ask (most are null), not a copy of it.
    const asks = ctx.perBlock(askIn, askIn);
    let phone: boolean | undefined;
    const hasPhone = (): boolean => (phone ??= ctx.perBlock('phone', (ab) => PHONE.test(ab.block.text)).includes(true));
    const gaps = (i: number): string[] => {
      // Whom and by when may be in the same block or the next one.
      // A contact section straight after the ask ("Get in touch", then the name and number) counts too.
      const ahead = ctx.blocks[i + 1]?.block.kind === 'heading' ? [i + 2, i + 3] : [];
      const near = [i, i + 1, ...ahead].filter((j) => j < asks.length).map((j) => ctx.memo(ctx.blocks[j]!, 'details', () => detailsIn(ctx.blocks[j]!)));
      const missing: string[] = [];
      // A name or team is enough when the document gives their phone number somewhere (a contact block).
      const reachable = near.some((s) => s.contact) || (near.some((s) => s.named) && hasPhone());
      if (!reachable) missing.push('whom to tell and how (a name, with a phone number as well as an email address)');
      if (!near.some((s) => s.when)) missing.push('by when, so there is time to arrange it');
      return missing;
    };
    // The most complete ask speaks for the document.
    let askAt = -1;
    let missing: string[] = [];
    for (let i = 0; i < asks.length; i++) {
      if (asks[i] === null) continue;
      const g = gaps(i);
      if (askAt < 0 || g.length < missing.length) {
        askAt = i;
        missing = g;
      }
      // A complete ask cannot be bettered: the rest need not be read (a long page may ask many times).
      if (missing.length === 0) break;
    }
    const example =
      'If you need anything to help you take part — such as a BSL interpreter, a hearing loop, large print or a quiet space — please tell [name] on [phone number] or [email address] by [date, at least a week before].';
    if (askAt < 0) {
      const anchor = picture.anchor ?? ctx.blocks[0];
      if (!anchor) return;
      ctx.report({
        message:
          'This does not ask people what they need to take part. Ask about access needs, and say whom to tell, how to reach them (phone as well as email) and by when, so there is time to arrange it.',
        anchorBlockId: anchor.block.id,
        example,
        suggestions: ['Add one sentence inviting people to tell you about access, communication or dietary needs.'],
        patternId: 'access-needs-not-asked/absent',
      });
      return;
    }
    if (missing.length === 0) return;
    const ask = asks[askAt]!;
    ctx.report({
      blockId: ctx.blocks[askAt]!.block.id,
      start: ask.start,
      end: ask.end,
      severity: 'suggestion',
      message: `Good: this asks about people’s needs. Also say ${missing.join(', and ')}.`,
      example,
      suggestions: ['Give a named contact, a phone number and a date.'],
      // The ask that was found; what is missing from it is read by code (contact and date shapes).
      patternId: ask.patternId,
    });
  },
};
