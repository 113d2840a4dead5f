import type { AnalysedBlock, Rule } from '../src/engine';
import { findDates } from './lib/dates';
import { readMeeting } from './lib/venue';
import { EMAIL_ADDRESS } from './lib/phrasing';

// An invitation asking people what they need: "let us know about any access
// needs", "if you need anything to help you take part", "reasonable adjustments".
const ASK = new RegExp(
  [
    String.raw`\b(?:access(?:ibility)? (?:needs|requirements)|reasonable adjustments?|(?:any )?adjustments? (?:you need|we can make|to help)|(?:additional|particular|specific|support|communication|dietary|mobility|individual|sensory|health)(?:(?:,|\s+or|\s+and)\s+(?:any\s+)?(?:additional|particular|specific|support|communication|dietary|mobility|individual|sensory|health|other))*\s+(?:needs|requirements))\b`,
    String.raw`\b(?:let|tell|contact|email|call|ask|inform)\s+[a-z]+\s+(?:know\s+)?(?:\w+\s+){0,3}?(?:if|whether|what) you (?:need|have|require|would like|use|want)\b(?!\s+(?:to (?:attend|come|book|know)|more information|further information|more details))`,
    String.raw`\bif you (?:need|require|would like|have|use)\s+(?:\w+\s+){0,6}?(?:to (?:help you )?(?:take part|attend|join in|join|come|get there|participate|be involved)|support|help (?:to|with)|an? (?:bsl |sign language |language )?(?:interpreter|hearing loop|support worker|carer|personal assistant|assistance dog|quiet (?:room|space))|large print|easy read|braille|(?:any|other|an alternative) (?:format|adjustments?|support))`,
    String.raw`\b(?:do|does|will) you (?:need|have|require) (?:any )?(?:help|support|adjustments?|anything|an? (?:interpreter|carer|support worker))\b`,
    String.raw`\bneed (?:anything|something)(?: else)? (?:to (?:help you )?(?:take part|attend|join in|join|come|participate)|to help you)\b|\b(?:need|require|would like|want) (?:an? )?(?:[\w-]+ ){0,3}?interpreter\b`,
    String.raw`\bwhat (?:would|will|can) (?:help|make it easier for) you (?:to )?(?:take part|attend|come|join)\b|\bwhat you need (?:to|in order to) (?:take part|attend|join|come)\b`,
    // "If there's anything that would make it easier for you to take part", "anything we can do to help you join in"
    String.raw`\b(?:anything|something|whatever)\s+(?:(?:that|which)\s+)?(?:would|will|could|might|can|we can do to)\s+(?:help|make (?:it|things|the (?:meeting|event|session|day)) (?:easier|possible|better)|support)\b`,
    String.raw`\b(?:help|support|anything|whatever|everything|what) (?:else )?you (?:might |may |will |would )?need (?:to|in order to|so you can) (?:take part|attend|join|come|get there|participate)\b|\bneed (?:any )?(?:help|support|adjustments?) (?:to|so you can|in order to) (?:take part|attend|join|come|get there|participate)\b`,
  ].join('|'),
);
const CONTACT = new RegExp(String.raw`\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+44\s?\d|${EMAIL_ADDRESS}|\b(?:reply to this (?:email|letter)|when you (?:book|register|reply|sign up|apply)|on the booking form|text(?:phone)? \d|freephone|call (?:us|me) on|ring (?:us|me) on)\b`, 'i');
const WHEN = /\b(?:by|before|no later than)\s+(?:\w+\s+){0,2}?(?:\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|\b(?:at least\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|(?:a\s+)?(?:few|couple of|several|number of)|the)\s+(?:clear\s+|working\s+)?(?:days?|weeks?|hours|fortnight)\s+(?:before|in advance|ahead|prior)|\b(?:in advance|beforehand|ahead of (?:the )?(?:meeting|event|session|day)|as soon as (?:you can|possible)|when you (?:book|register|reply|sign up|apply)|on the booking form)\b|\bbefore (?:the|your|each|our) (?:[\w-]+ ){0,2}?(?:day|date|event|meeting|session|visit|workshop|drop-in|walkabout|walk|tour|forum|panel|group)\b|\bbefore you (?:come|arrive|attend|visit|join)\b/;

// Whom to tell, by name or team, with the number given elsewhere in the document:
// "let Tasha know by 15 April", "please let the Patient Experience team know", "contact Amir";
// "let me know" in a letter or email signed by the writer, whose number is in the signature.
const NAMED = /\b(?:let|tell|contact|call|ring|phone|text|email|e-mail|ask|speak to|talk to|get in touch with)\s+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Us|Me)\b)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?|(?:the|our|your)\s+(?:[\p{L}'’&-]+\s+){0,5}?(?:team|office|service|coordinator|co-ordinator|officer|lead|manager|secretary|desk|administrator|organiser|organizer|facilitator|clerk|host))\b|\b(?:let|tell|contact|call|ring|phone|text|email|e-mail)\s+me\b/u;
const PHONE = /\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+44\s?\d|\b(?:tel|telephone|phone|text|call|textphone|freephone)\b[^\n]{1,10}\d{3}/i;

/** Verbs and role words written with a capital ("Contact Jordan", "the Trust Secretary") read as plain words for NAMED. */
const CAPITALISED_WORD = /\b(?:Let|Tell|Contact|Call|Ring|Phone|Text|Email|E-mail|Ask|Speak|Talk|Get|The|Our|Your|Team|Office|Service|Coordinator|Co-ordinator|Officer|Lead|Manager|Secretary|Desk|Administrator|Organiser|Organizer|Facilitator|Clerk|Host)\b/g;
function namedIn(text: string): boolean {
  return NAMED.test(text.replace(CAPITALISED_WORD, (w) => w.toLowerCase()));
}

/** "a British Sign Language (BSL) interpreter": a bracketed short form does not break the ask. */
const BRACKETED = /\s\([^()\n]{1,15}\)/g;

function askIn(ab: AnalysedBlock): { start: number; end: number } | null {
  const masked = ab.analysis.masked;
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
  const m = ASK.exec(plain);
  if (!m) return null;
  const end = m.index + m[0].length;
  return { start: keep[m.index]!, end: (keep[end - 1] ?? masked.length - 1) + 1 };
}

/** Whom and by when: only worked out for an ask and the block after it. */
function detailsIn(ab: AnalysedBlock): { contact: boolean; named: boolean; when: boolean } {
  const masked = ab.analysis.masked;
  const when = WHEN.test(masked) || findDates(masked).some((d) => (d.kind === 'day' || d.kind === 'numeric') && /\b(?:by|before)\s+(?:\w+\s+)?$/.test(masked.slice(Math.max(0, d.start - 20), d.start)));
  return { contact: CONTACT.test(ab.block.text), named: namedIn(ab.block.text), when };
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
    const all = ctx.perBlock(askIn, askIn).map((ask) => ({ ask }));
    let phone: boolean | undefined;
    const hasPhone = (): boolean => (phone ??= ctx.perBlock('phone', (ab) => PHONE.test(ab.block.text)).includes(true));
    const gaps = (i: number): string[] => {
      // Whom and by when may be in the same block or the next one.
      // A contact section straight after the ask ("Get in touch", then the name and number) counts too.
      const ahead = ctx.blocks[i + 1]?.block.kind === 'heading' ? [i + 2, i + 3] : [];
      const near = [i, i + 1, ...ahead].filter((j) => j < all.length).map((j) => ctx.memo(ctx.blocks[j]!, 'details', () => detailsIn(ctx.blocks[j]!)));
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
    all.forEach((s, i) => {
      if (s.ask === null) return;
      const g = gaps(i);
      if (askAt < 0 || g.length < missing.length) {
        askAt = i;
        missing = g;
      }
    });
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
      });
      return;
    }
    if (missing.length === 0) return;
    const ask = all[askAt]!.ask!;
    ctx.report({
      blockId: ctx.blocks[askAt]!.block.id,
      start: ask.start,
      end: ask.end,
      severity: 'suggestion',
      message: `Good: this asks about people’s needs. Also say ${missing.join(', and ')}.`,
      example,
      suggestions: ['Give a named contact, a phone number and a date.'],
    });
  },
};
