import type { Rule } from '../src/engine';
import { readMeeting } from './lib/venue';

// Ways to take part without being in the room. Each is a phrase a writer
// uses when they offer one, not just a word that appears anywhere
// ("book online" is not a way to take part).
export const ALTERNATIVES = new RegExp(
  [
    // written views
    String.raw`(?<!\b(?:come|come along|pop in|drop in|join us) (?:and|to) )\b(?:send|email|e-mail|post|write|give|share|submit|tell|let)\s+(?:us\s+)?(?:your\s+|any\s+|their\s+)?(?:views|comments|thoughts|questions|feedback|ideas|experiences?|opinions?|know (?:your|what you think))\b(?!\s+(?:at|during) the (?:meeting|event|session|workshop|drop-in))`,
    String.raw`\b(?:in writing|written (?:views|comments|questions|submissions?|evidence)|freepost)\b`,
    String.raw`\b(?:views|comments|thoughts|questions|feedback|ideas)\s+(?:\w+\s+){0,3}?by (?:email|e-mail|post|letter|phone|telephone|text)\b`,
    String.raw`\b(?:questions? (?:in advance|beforehand|before the meeting)|submit (?:a )?questions?)\b`,
    // cannot come (not "let me know if you can't make it": sending apologies is not taking part)
    String.raw`\b(?<!\b(?:let [a-z]+ know|tell (?:me|us)|send (?:your )?apologies|apologies)\s+(?:if|whether)\s+you\s+)(?:can['’]t|cannot|can not|unable to|not able to|couldn['’]t|won['’]t be able to)\s+(?:make it|attend|come|join(?: us)?|be there|get there|make (?:the|any|one of the|these) (?:meeting|event|session|date)s?)\b`,
    // surveys and other routes
    String.raw`\b(?:complete|fill in|fill out|take|do|answer|respond to)\s+(?:our|the|a|an|this)\s+(?:short\s+)?(?:online\s+|paper\s+)?(?:survey|questionnaire|feedback form|response form)\b`,
    String.raw`\b(?:online|paper) (?:survey|questionnaire|feedback form|response form)\b|\bhave your say online\b`,
    // a survey that is open now: "the survey is now live", "share the survey link", "the survey closes on…"
    String.raw`\b(?:survey|questionnaire)\s+(?:is\s+)?(?:now\s+)?(?:live|open)\b|\b(?:survey|questionnaire) (?:link|closes|will close)\b`,
    // a comment or response form to send in: "use the comment form", "completed forms can be emailed"
    String.raw`\b(?:use|complete|fill in|fill out|download|return|send (?:us|in)?)\s+(?:the|a|our|this)\s+(?:comment|response|feedback|reply)\s+form\b|\bcompleted (?:comment |response |feedback )?forms?\s+(?:can|should|may|must)\s+be\s+(?:emailed|posted|returned|left|sent|handed in|dropped)`,
    // a paper or online form sent with the letter: "fill in the enclosed form and post it back", "fill it in online",
    // "a prepaid envelope" (not a booking or registration form)
    String.raw`\b(?:complete|fill in|fill out|return)\s+(?:the|this|our|your)\s+(?:enclosed|attached|printed|paper|reply|questionnaire)\s+(?:form|survey|questionnaire|booklet)\b|\b(?:fill (?:it|this|them) (?:in|out)|complete (?:it|this|them)|respond|reply|comment)\s+online\b|\b(?:prepaid|pre-paid|reply-paid|stamped addressed|freepost) envelope\b|\bpost (?:it|this|them|the form) back\b`,
    String.raw`\bcall us (?:on|at)\s+\d[\d\s]{4,14}\d\s*and (?:we(?:'ll|’ll| will)|someone will) (?:fill|complete|take|note|write|record|help you)\b`,
    // phone, one-to-one, home visits
    String.raw`\b(?:phone interview|call us (?:to|and) (?:share|give|tell|talk)|(?:talk|speak|chat) (?:to|with) (?:us|someone|one of (?:us|the team|our team)|a member of (?:the|our) team)(?:\s+(?:one[- ]to[- ]one|in private|privately|individually))? (?:by|on the|over the) (?:phone|telephone)|one[- ]to[- ]one (?:conversation|chat|call|interview|session)s?|home visits?|(?:call|phone|visit) you at home)\b`,
    // other ways to send views: "send us a voice note or message", "text us your thoughts"
    String.raw`\b(?:send|leave)\s+(?:us\s+)?(?:a\s+)?(?:voice (?:note|message|memo)|text(?: message)?|whatsapp(?: message)?|message|video)\b|\btext us\b`,
    // recordings
    String.raw`\b(?:recording (?:will be |is |of the (?:meeting|event|session) will be )?(?:available|published|shared|posted|put online|uploaded)|recorded (?:and|so)|(?:watch|view|listen to) (?:the |a )?recording|watch (?:it |the meeting )?(?:live|online|again|back|later)|catch up (?:online|later)|webcast|livestream(?:ed)?|live[- ]stream(?:ed)?|broadcast|filmed)\b`,
  ].join('|'),
  'g',
);
/** The same sentence has just invited people to the event: what follows is done there, not instead. */
const AT_THE_EVENT_BEFORE = /\b(?:invite you to|come along|come and|come to|join us|attend|at (?:the|our|one of our|these|this) (?:events?|sessions?|meetings?|drop-ins?)|one of (?:our|the|these) (?:events?|sessions?|drop-ins?)|(?:events?|sessions?|meetings?|mornings?|afternoons?|drop-ins?|workshops?|roadshows?|cafés?|cafes?) (?:inviting|for|where|at which))\b[^.!?]{0,80}$/;
const NEGATED = /\b(?:not|no|never|won't|will not|isn't|aren't|cannot be|can't be)\s+(?:[\w-]+\s+){0,2}$/;
// Signals that people are expected to be in the room.
const IN_PERSON = /\b(?:in person|in-person|face[- ]to[- ]face|come along|come and (?:join|meet|talk|see|tell)|drop in|drop-in|pop in|pop along|at the venue)\b/;

const HINT = /fill|envelope|post|online|view|comment|thought|question|feedback|idea|experience|opinion|know|writ|freepost|advance|submit|can|unable|able|couldn|won't|survey|form|say|interview|call|talk|speak|chat|one|home|record|watch|catch|webcast|stream|broadcast|film|voice|message|text/;

function firstAlternative(masked: string): boolean {
  if (!HINT.test(masked)) return false;
  ALTERNATIVES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALTERNATIVES.exec(masked))) {
    if (NEGATED.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "We invite you to one of our events … to give us your feedback": views given at the event.
    if (AT_THE_EVENT_BEFORE.test(masked.slice(Math.max(0, m.index - 120), m.index))) continue;
    return true;
  }
  return false;
}

export const meetingInPersonOnly: Rule = {
  meta: {
    id: 'meeting-in-person-only',
    title: 'The only way to take part is to be there',
    barriers: ['expecting-everyone-to-physically-come-together', 'not-offering-alternatives'],
    enablers: ['space-time-and-opportunity', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['meeting-invitation'],
    severity: 'warning',
    docs: {
      description:
        'Finds invitations to a meeting or event in a venue that offer no other way to take part: no online or phone option, no way to send written views, no recording.',
      why: 'Many people cannot get to a room at a set time: carers, people who work shifts, people who are unwell or disabled, people in rural areas without transport. If the room is the only way in, their views are lost.',
      bad: 'Come along to our listening event at Riverside Community Centre on Tuesday 3 June, 10am to 12pm.',
      good: 'Come along to our listening event at Riverside Community Centre on Tuesday 3 June, 10am to 12pm. You can also join online on Teams. Can’t make it? Send us your views by email or call us on 0113 496 0000.',
      sources: ['SCIE co-production guidance: offer different ways to get involved'],
    },
  },
  checkDocument(ctx) {
    const picture = readMeeting(ctx);
    if (picture.online.length > 0) return;
    let inPersonBlock: string | null = picture.venues[0]?.block.block.id ?? null;
    let alternative = false;
    const allSignals = ctx.perBlock('signals', (ab) => ({
      alternative: firstAlternative(ab.analysis.masked),
      inPerson: IN_PERSON.test(ab.analysis.masked),
    }));
    for (let i = 0; i < ctx.blocks.length; i++) {
      const ab = ctx.blocks[i]!;
      const signals = allSignals[i]!;
      if (signals.alternative) alternative = true;
      if (signals.inPerson && inPersonBlock === null && picture.hasEvent) inPersonBlock = ab.block.id;
    }
    if (alternative || inPersonBlock === null) return;
    // Without a venue, an invitation still needs a time to be a real event.
    if (picture.venues.length === 0 && picture.times.length === 0) return;
    const several = picture.venues.length > 1 || picture.times.length > 1;
    ctx.report({
      message: `The only way to take part is to come to ${several ? 'one of the events' : 'the meeting'} in person. Offer another way too — online or by phone, or by sending views in writing — so that people who cannot get there can still have their say.`,
      anchorBlockId: inPersonBlock,
      example:
        'You can also join online using Microsoft Teams, or by phone. Can’t make it? Send us your views by email to [email address] or call [name] on [phone number] by [date].',
      suggestions: ['Record the meeting, or share notes, for people who cannot come.'],
    });
  },
};
