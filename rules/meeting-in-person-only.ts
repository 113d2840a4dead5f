import type { AnalysedBlock, Rule } from '../src/engine';
import { readMeeting } from './lib/venue';
import { maskedSentence, matchesOf, sentenceAt } from './lib/phrasing';
import { anyMatch } from './lib/first-match';
import { anchorsFor, mayMatch } from './lib/pattern-anchors';
import { patternGroup, regexpsOf } from './lib/slot-pattern';
import { reportQuoted } from './lib/sections';
import { findContactDetails } from './lib/contact-details';

/**
 * Ways to take part without being in the room (rules/patterns/meeting-in-person-only.yaml).
 * Each is a phrase a writer uses when they offer one, not just a word that
 * appears anywhere ("book online" is not a way to take part).
 */
export const ALTERNATIVES = patternGroup('meeting-in-person-only', 'alternatives', 'g');
/** The same sentence has just invited people to the event: what follows is done there, not instead. */
const AT_THE_EVENT_BEFORE = regexpsOf('meeting-in-person-only', 'at-the-event-before');
const NEGATED = /\b(?:not|no|never|won't|will not|isn't|aren't|cannot be|can't be)\s+(?:[\w-]+\s+){0,2}$/;
// Signals that people are expected to be in the room.
const IN_PERSON = /\b(?:in person|in-person|face[- ]to[- ]face|come along|come and (?:join|meet|talk|see|tell|share|chat|find out|have your say)|drop in|drop-in|pop in|pop along|at the venue)\b/;

/**
 * The last resort (s21-lastresort): any other channel the document names (a survey, papers online,
 * comments to the clerk, an e-mail address, a phone number), even when it does not say people can use
 * it instead of coming. Then the finding asks the writer to say so, instead of claiming there is none.
 */
const OTHER_CHANNEL = patternGroup('meeting-in-person-only', 'channel.last-resort');
/**
 * Channels the writer names as a way to give views or to follow the event
 * ("you have the opportunity to comment", "other ways to have your say", the event on a website): another way
 * to take part, so no finding at all (s25-meetings).
 */
const WAY_TO_TAKE_PART = regexpsOf('meeting-in-person-only', 'channel.way-to-take-part');

/** A block names a way to take part that is not for arranging to come. */
function namesWayToTakePart(ab: AnalysedBlock): boolean {
  for (const re of WAY_TO_TAKE_PART) {
    const m = re.exec(ab.analysis.masked);
    if (m && !forComing(ab, m.index)) return true;
  }
  return false;
}
/** A channel for arranging to come ("email to book a place") is no other way to take part. */
const TO_COME = regexpsOf('meeting-in-person-only', 'channel.to-come');

function forComing(ab: AnalysedBlock, at: number): boolean {
  const s = sentenceAt(ab.analysis, at);
  return anyMatch(TO_COME, s ? maskedSentence(ab.analysis, s) : ab.analysis.masked);
}

function otherChannel(ctx: Parameters<NonNullable<Rule['checkDocument']>>[0]): { index: number; at: number; id: string } | null {
  for (const { re, id } of OTHER_CHANNEL) {
    // A block without the words the pattern needs cannot match (pattern-anchors.ts): it is not run there.
    const anchors = anchorsFor(re);
    for (let i = 0; i < ctx.blocks.length; i++) {
      const { masked } = ctx.blocks[i]!.analysis;
      if (!mayMatch(anchors, masked)) continue;
      const m = re.exec(masked);
      if (m && !forComing(ctx.blocks[i]!, m.index)) return { index: i, at: m.index, id };
    }
  }
  for (let i = 0; i < ctx.blocks.length; i++) {
    const { email, phone } = findContactDetails(ctx.blocks[i]!.block.text);
    const spot = email ?? phone;
    if (spot && !forComing(ctx.blocks[i]!, spot.start)) return { index: i, at: spot.start, id: 'meeting-in-person-only/other-channel' };
  }
  return null;
}

function firstAlternative(masked: string): boolean {
  for (const { re } of ALTERNATIVES) {
    // matchesOf skips a pattern whose words the text lacks (worked out from the pattern: no hand-kept hint list).
    for (const m of matchesOf(re, masked)) {
      if (NEGATED.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "We invite you to one of our events … to give us your feedback": views given at the event.
      const before = masked.slice(Math.max(0, m.index - 120), m.index);
      if (AT_THE_EVENT_BEFORE.some((r) => r.test(before))) continue;
      return true;
    }
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
    /** The venue and time reader (rules/lib/venue.ts) finds a meeting in a room, and no pattern finds another way to take part. */
    hooks: ['no-other-way', 'other-channel'],
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
    let saysInPerson = false;
    const allSignals = ctx.perBlock('signals', (ab) => ({
      alternative: firstAlternative(ab.analysis.masked),
      inPerson: IN_PERSON.test(ab.analysis.masked),
    }));
    for (let i = 0; i < ctx.blocks.length; i++) {
      const ab = ctx.blocks[i]!;
      const signals = allSignals[i]!;
      if (signals.alternative) alternative = true;
      if (signals.inPerson) saysInPerson = true;
      if (signals.inPerson && inPersonBlock === null && picture.hasEvent) inPersonBlock = ab.block.id;
    }
    // A meeting with a day and time that is not online is held in a room, even when
    // its place could not be picked out ("Wednesday 11 May, 7.30, Village Pavilion").
    if (inPersonBlock === null && picture.hasEvent && picture.times.length > 0) inPersonBlock = (picture.anchor ?? picture.times[0]!.block).block.id;
    // The same for a meeting with only a day ("our AGM is on Thursday 27 September"): the page
    // leaves out the time and the place, but a dated meeting that is not online is held in a room.
    const dated = picture.dayBlock !== null;
    if (inPersonBlock === null && picture.hasEvent && dated) inPersonBlock = picture.dayBlock!.block.id;
    // A board or committee that meets in public ("members of the public may attend meetings of the Authority"), on a
    // page that gives no date: its meetings are still held in a room, and people who cannot come need another way.
    const formalInPublic = inPersonBlock === null && picture.formal && picture.eventMention !== null;
    if (formalInPublic) inPersonBlock = picture.eventMention!.block.id;
    if (alternative || inPersonBlock === null) return;
    if (ctx.perBlock('way-to-take-part', namesWayToTakePart).includes(true)) return;
    // Without a venue, an invitation still needs a time or a day to be a real event.
    // No venue, no clock time and no day: still in person when the page says so ("meetings are now held face to face").
    if (picture.venues.length === 0 && picture.times.length === 0 && !dated && !saysInPerson && !formalInPublic) return;
    const several = picture.venues.length > 1 || picture.times.length > 1;
    const channel = otherChannel(ctx);
    if (channel) {
      reportQuoted(ctx, channel.index, channel.at, (quote) => ({
        message: `This mentions “${quote}”, but not whether people who cannot come to ${several ? 'the events' : 'the meeting'} can use it to take part. If they can, say so plainly, with how and by when; if not, offer a way: online or by phone, or by sending views in writing.`,
        example: 'Can’t make it? Send us your views by email to [email address] or call [name] on [phone number] by [date]. The slides will be on our website the next day.',
        suggestions: ['Say in one sentence how people who cannot come can still have their say.'],
        severity: 'suggestion',
        patternId: channel.id,
      }));
      return;
    }
    ctx.report({
      message: `The only way to take part is to come to ${several ? 'one of the events' : 'the meeting'} in person. Offer another way too — online or by phone, or by sending views in writing — so that people who cannot get there can still have their say.`,
      anchorBlockId: inPersonBlock,
      example:
        'You can also join online using Microsoft Teams, or by phone. Can’t make it? Send us your views by email to [email address] or call [name] on [phone number] by [date].',
      suggestions: ['Record the meeting, or share notes, for people who cannot come.'],
      patternId: 'meeting-in-person-only/no-other-way',
    });
  },
};
