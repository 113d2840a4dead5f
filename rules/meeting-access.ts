import type { AnalysedBlock, Rule } from '../src/engine';
import { blockDetails, POSTAL, readMeeting, type BlockDetails } from './lib/venue';
import { patternGroup, regexpsOf } from './lib/slot-pattern';
import { anyMatch, firstMatch, firstNamedMatch } from './lib/first-match';
import { findDates } from './lib/dates';

interface AccessNeed {
  id: string;
  /** How the message names what is missing. */
  missing: string;
  /** Ways a document says it (a group in rules/patterns/meeting-access.yaml). */
  patterns: RegExp[];
}

const need = (id: string, missing: string, group = id): AccessNeed => ({ id, missing, patterns: regexpsOf('meeting-access', group) });

// What disabled people and carers need to know before they can decide to come.
const IN_PERSON_NEEDS: AccessNeed[] = [
  need('step-free', 'whether there is step-free access (level entrance, ramp or lift)'),
  need('toilets', 'whether there are accessible toilets'),
  need('hearing-loop', 'whether there is a hearing loop'),
  need('bsl', 'whether a BSL interpreter or live captions can be provided'),
  need('getting-there', 'how to get there: parking, blue badge spaces and public transport'),
];

/**
 * Disability access details (the strict sense of "says something about access"): any one of these, or an
 * offer to arrange what people need, means the document describes access; general parking,
 * transport and directions do not.
 */
const DISABILITY_DETAILS = [
  ...['step-free', 'hearing-loop', 'bsl', 'accessible-parking', 'online-captions'].flatMap((g) => regexpsOf('meeting-access', g)),
  // Toilets count when they are accessible ones; "the toilets are next to the hall" says where, not how accessible.
  ...patternGroup('meeting-access', 'toilets').filter((p) => p.id.endsWith('/accessible-toilets')).map((p) => p.re),
];
/**
 * Parking and buses may be the page's subject ("our plans for the bus network"), not how to reach the meeting:
 * they count only in a block that names the meeting's place, time or event, or in one of the three after it.
 * Directions and maps are always about the place.
 */
const TRAVEL_ONLY = new Set(['parking', 'public-transport']);
const ABOUT_THE_PLACE = patternGroup('meeting-access', 'getting-there').filter((p) => !TRAVEL_ONLY.has(p.id.split('/').pop()!)).map((p) => p.re);
const TRAVEL_WINDOW = 3;

function namesTheMeeting(d: BlockDetails): boolean {
  return d.venue !== null || d.online !== null || d.eventWord !== null || d.formal || d.times.length > 0 || d.venueLabelOnly;
}

/**
 * A postcode, or a street and a town, beside the meeting's place (s27-meet): people can look the place up and plan
 * the journey, as with a map. A start on getting there (thin), read only where the place is named.
 */
const FULL_ADDRESS = regexpsOf('meeting-access', 'full-address');
/**
 * How to get into an online meeting: its link, registering to get it, the browser or device to use (s27-meet).
 * The online form of directions, so a start (thin); read only when the meeting is online.
 */
const ONLINE_GETTING_IN = regexpsOf('meeting-access', 'online-getting-in');

/** A line that starts a way to reach the organiser ("Contact", "Post:", "Address:"): an address there is for writing to. */
const CONTACT_LINE = /^\s*(?:\d+\.\s*)?(?:contact(?: us| details)?|post|postal address|address|write to us|get in touch)\b/;

const ACCESSIBLE_PARKING = need('accessible-parking', 'whether there is parking for disabled people');
/** "Let us know any access requirements when you book", "adjustments can be made" (rules/patterns/meeting-access.yaml). */
const OFFERS = regexpsOf('meeting-access', 'offer-adjustments');

const ONLINE_EXAMPLE =
  'We will switch on live captions, and we can book a BSL interpreter. If you have not used Teams before, call [name] on [phone number] and we will help you join, or you can join by phone.';

const ONLINE_NEEDS: AccessNeed[] = [
  need('captions', 'whether there will be live captions or a BSL interpreter', 'online-captions'),
  need('help-to-join', 'how to get help to join, or how to join by phone instead', 'online-help-to-join'),
];

/**
 * A claim of access with no detail: "the venue is fully accessible", "all venues are accessible",
 * "accessible venue", "DDA compliant". It tells people nothing they can check against their own needs.
 */
const VAGUE_ACCESS = patternGroup('meeting-access', 'vague-access');

function vagueIn(ab: AnalysedBlock): { words: string; patternId: string } | null {
  const found = firstNamedMatch(VAGUE_ACCESS, ab.analysis.masked);
  return found ? { words: ab.block.text.slice(found.match.index, found.match.index + found.match[0].length), patternId: found.id } : null;
}

/**
 * A word that is part of a place's name ("Preston Bus Station", "Station Road",
 * "Riverside Car Park") says where the meeting is, not how to get there.
 */
function partOfName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  return /\p{Lu}[\p{L}'’.-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 30));
}

/** The first place in a block where it says something about one access need. */
function saysNeed(ab: AnalysedBlock, need: AccessNeed): Said | null {
  const masked = ab.analysis.masked;
  const m = firstMatch(need.patterns, masked);
  if (!m) return null;
  // "There is no lift" still tells a disabled person something real; "there is no dial-in option" is no help to join.
  if (need.id === 'help-to-join' && NEGATED_BEFORE.test(masked.slice(Math.max(0, m.index - 40), m.index))) return null;
  if (need.id === 'getting-there' && partOfName(ab.block.text, m.index, m.index + m[0].length)) {
    // Look past names for a real mention ("parking behind Station Road Hall").
    for (const re of need.patterns) {
      const g = new RegExp(re.source, 'g');
      for (const x of masked.matchAll(g)) if (!partOfName(ab.block.text, x.index!, x.index! + x[0].length)) return said(ab, x.index!, x[0].length);
    }
    return null;
  }
  return said(ab, m.index, m[0].length);
}

const NEGATED_BEFORE = /\b(?:not|no|never|without)(?:\s+[\w-]+){0,3}\s+$/;

interface Said {
  block: AnalysedBlock;
  /** The sentence that says it, as written. */
  quote: string;
}

/** The sentence around a match, or the part of it between commas when the sentence is long. */
function said(ab: AnalysedBlock, at: number, length: number): Said {
  const text = ab.block.text;
  const s = ab.analysis.sentences.find((x) => x.start <= at && at < x.end);
  const sentence = s ? text.slice(s.start, s.end).trim() : '';
  if (sentence && sentence.length <= 120) return { block: ab, quote: sentence };
  const from = Math.max(s?.start ?? 0, ...[',', ';', ':', '(', '–'].map((c) => text.lastIndexOf(c, at) + 1));
  const stops = [',', ';', ':', ')', '–', '.'].map((c) => text.indexOf(c, at + length)).filter((i) => i >= 0);
  const to = Math.min(s?.end ?? text.length, ...stops, text.length);
  const clause = text.slice(from, to).trim();
  return { block: ab, quote: clause.length <= 120 ? clause : text.slice(at, at + length) };
}

/**
 * Small hints that access has been thought about, without describing it: "worried about
 * coming? call us", "easier access", "people with mobility issues can join the workshop",
 * or asking what people need (rules/patterns/meeting-access.yaml and access-needs-not-asked.yaml).
 */
// Asks that name a need; "let us know if you would like to observe" is a booking, not an ask about access.
const PLAIN_ASKS = new Set(['let-us-know-if-you-need', 'if-you-need-help-to-take-part']);
const ASKS_NEEDS = patternGroup('access-needs-not-asked', 'ask').filter((p) => !PLAIN_ASKS.has(p.id.split('/').pop()!)).map((p) => p.re);
const HINTS = [...regexpsOf('meeting-access', 'access-hints'), ...ASKS_NEEDS];

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; or ${items[items.length - 1]}`;
}

/** A venue name short enough to put in an example sentence. */
function venueName(text: string): string | null {
  const name = text.split(/,|\s[–—-]\s|\(/)[0]!.trim();
  if (!name || name.length > 60 || !/\p{L}/u.test(name)) return null;
  return name;
}

export const meetingAccess: Rule = {
  meta: {
    id: 'meeting-access',
    title: 'Venue access not described',
    barriers: ['inaccessible-sessions', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'space-time-and-opportunity'],
    scope: 'document',
    profiles: ['meeting-invitation'],
    severity: 'warning',
    /** What the access-need patterns did not find: little said (thin), or named details missing (missing-details). A vague claim carries its pattern's id. */
    hooks: ['thin', 'missing-details'],
    docs: {
      description:
        'Looks at the venue of each meeting or event the document invites people to, and checks that the document says how accessible it is: step-free access, accessible toilets, a hearing loop, a BSL interpreter or captions, and parking and public transport. For an online meeting it looks for captions and help to join. Any one disability access detail, or an offer to arrange what people need ("let us know any access requirements when you book"), is enough; a map, directions, the place’s full address or ordinary parking (online: the joining link) is only a start. When the place could not be picked out but the document says nothing about access anywhere, it still says so.',
      why: 'Disabled people, older people and carers decide whether they can come from what the invitation says. If it says nothing about access, many will assume they cannot get in, or will have to ask and explain themselves first — and will stay away.',
      bad: 'Venue: Riverside Community Centre, Bridge Street. Tuesday 3 June, 10am to 12pm.',
      good: 'Venue: Riverside Community Centre, Bridge Street. There is step-free access, a lift, accessible toilets and a hearing loop. We can book a BSL interpreter. There are two blue badge spaces, and the 12 and 14 buses stop outside.',
      sources: [
        'Social Care Institute for Excellence (SCIE), co-production guidance: accessible meetings and events',
        'Equality Act 2010: reasonable adjustments for disabled people',
      ],
    },
  },
  checkDocument(ctx) {
    const picture = readMeeting(ctx);
    const covered = new Set<string>();
    let vague: string | null = null;
    let vagueId = '';
    // What the document says, in order: the first thing quoted when it says only a little.
    let firstSaid: Said | null = null;
    let hints = 0;
    const vagueness = ctx.perBlock('vague-access', vagueIn);
    const needs = ctx.perBlock('access', (ab) => [
      ...[...IN_PERSON_NEEDS, ACCESSIBLE_PARKING].map((n) => ({
        id: n.id,
        said: saysNeed(ab, n),
        travelOnly: n.id === 'getting-there' && !anyMatch(ABOUT_THE_PLACE, ab.analysis.masked),
      })),
      ...ONLINE_NEEDS.map((n) => ({ id: `online:${n.id}`, said: saysNeed(ab, n), travelOnly: false })),
    ].filter((x) => x.said !== null));
    const details = ctx.perBlock(blockDetails, blockDetails);
    const nearTheMeeting = (i: number) => details.slice(Math.max(0, i - TRAVEL_WINDOW), i + 1).some(namesTheMeeting);
    const hinted = ctx.perBlock('access-hints', (ab) => {
      const m = firstMatch(HINTS, ab.analysis.masked);
      return m ? said(ab, m.index, m[0].length) : null;
    });
    const addresses = ctx.perBlock('full-address', (ab) => {
      const m = firstMatch(FULL_ADDRESS, ab.analysis.masked);
      if (!m) return null;
      // Quote the place with its address when they sit together ("The Old Forge, 12 Station Road, Eastwick").
      const venue = blockDetails(ab).venue;
      const end = m.index + m[0].length;
      if (venue && venue.start < m.index && end - venue.start <= 120) return { block: ab, quote: ab.block.text.slice(venue.start, end).trim() };
      return said(ab, m.index, m[0].length);
    });
    // The address is the meeting's place (a venue the reader kept, or the line after "Venue:"), not one to write to
    // ("Post: The Clerk, …", a "Contact us" section): those are no help in getting to the meeting.
    const venueBlocks = new Set(picture.venues.map((v) => v.block));
    const postal = (i: number) => i >= 0 && (POSTAL.test(ctx.blocks[i]!.analysis.masked) || CONTACT_LINE.test(ctx.blocks[i]!.analysis.masked));
    // A letterhead address ("Main surgery: 2 Station Road …") is a venue to the reader but is not when anything
    // happens: the address must be labelled as the venue, or sit beside the meeting's time or day.
    const byTheEvent = (i: number) =>
      details[i]!.venue?.how === 'label' ||
      details.slice(Math.max(0, i - 1), i + 2).some((d) => d.times.length > 0 || d.venueLabelOnly) ||
      findDates(ctx.blocks[i]!.analysis.masked).some((x) => x.kind === 'day');
    const namesThePlace = (i: number) =>
      (venueBlocks.has(ctx.blocks[i]!) || (i > 0 && details[i - 1]!.venueLabelOnly)) && byTheEvent(i) && !postal(i) && !postal(i - 1);
    const joining = ctx.perBlock('online-getting-in', (ab) => {
      const m = firstMatch(ONLINE_GETTING_IN, ab.analysis.masked);
      return m ? said(ab, m.index, m[0].length) : null;
    });
    let joinSaid: Said | null = null;
    let addressSaid: Said | null = null;
    for (let i = 0; i < ctx.blocks.length; i++) {
      joinSaid ??= joining[i] ?? null;
      if (addresses[i] && !addressSaid && namesThePlace(i)) addressSaid = addresses[i]!;
      if (vagueness[i] && !vague) {
        vague = vagueness[i]!.words;
        vagueId = vagueness[i]!.patternId;
        firstSaid ??= { block: ctx.blocks[i]!, quote: vague };
      }
      for (const n of needs[i]!) {
        if (n.travelOnly && !nearTheMeeting(i)) continue;
        covered.add(n.id);
        firstSaid ??= n.said;
      }
      if (hinted[i]) {
        hints++;
        firstSaid ??= hinted[i]!;
      }
    }
    // A disability access detail, or an offer to arrange what people need: the document says something
    // real about access. Asking for more (every detail) would be a nag that claims too much.
    if (ctx.perBlock('disability-access-detail', (ab) => anyMatch(DISABILITY_DETAILS, ab.analysis.masked)).includes(true)) return;
    if (ctx.perBlock('offers-adjustments', (ab) => anyMatch(OFFERS, ab.analysis.masked)).includes(true)) return;
    let anchor: AnalysedBlock | null;
    let missing: string[];
    let example: string;
    let what: string;
    // Whether the needs to name are those of a room (true) or of an online meeting.
    let inPerson = true;
    if (picture.venues.length > 0) {
      const first = picture.venues[0]!;
      anchor = first.block;
      missing = IN_PERSON_NEEDS.filter((n) => !covered.has(n.id)).map((n) => n.missing);
      const name = venueName(first.venue.text) ?? 'The venue';
      what = picture.venues.length > 1 ? 'where the events are' : 'where the meeting is';
      example = `${name} has step-free access from the street and a lift to all floors. There are accessible toilets and a hearing loop. We can book a BSL interpreter if you ask by [date]. There is blue badge parking by the entrance, and the [number] bus stops outside.`;
    } else if (picture.online.length > 0 && picture.hasEvent) {
      anchor = picture.online[0]!.block;
      inPerson = false;
      missing = ONLINE_NEEDS.filter((n) => !covered.has(`online:${n.id}`)).map((n) => n.missing);
      what = 'that the meeting is online';
      example = ONLINE_EXAMPLE;
    } else if (picture.online.length === 0 && picture.hasEvent && covered.size === 0 && !vague) {
      // A meeting with a date and time whose place we could not pick out ("7.30pm, Cricket Club"), and not a
      // word about access anywhere: still worth saying, beside the meeting's details.
      anchor = picture.anchor ?? picture.times[0]?.block ?? ctx.blocks[0] ?? null;
      if (!anchor) return;
      missing = IN_PERSON_NEEDS.map((n) => n.missing);
      what = picture.times.length ? 'when the meeting is' : 'that there is a meeting';
      example = 'The hall has step-free access from the car park and a lift to all floors. There are accessible toilets and a hearing loop. We can book a BSL interpreter if you ask by [date]. The [number] bus stops outside.';
    } else if (picture.eventMention && (picture.recurring || picture.formal) && covered.size === 0 && !vague) {
      // A page read as an invitation to a standing group or a formal meeting that gives no day or time ("the group meets
      // every few months at the practice", "board meetings are held in public; you can watch online") and not a word
      // about access: people still decide from it whether to come, so a gentle word beside the first mention of the
      // meeting. A hint only ("details about attending are in our guide") is quoted back as a start. Online only when no block names a place: a board that meets in a chamber and streams is still in a room.
      anchor = picture.eventMention;
      inPerson = picture.online.length === 0 || details.some((d) => d.venue !== null);
      missing = (inPerson ? IN_PERSON_NEEDS : ONLINE_NEEDS).map((n) => n.missing);
      what = 'that there is a meeting';
      example = inPerson
        ? 'We meet in the community room, which has step-free access and an accessible toilet. We can arrange a hearing loop or a BSL interpreter if you tell us before the meeting.'
        : ONLINE_EXAMPLE;
    } else return;
    if (missing.length === 0) return;
    // When nothing else is said: the place's full address is a start on getting there, as a map is; online, how to
    // get in (the link, a browser) is that start. Either is quoted back (thin), never taken as access described.
    const start = inPerson ? addressSaid : joinSaid;
    if (!firstSaid && start) {
      hints++;
      firstSaid = start;
    }
    const all = inPerson ? IN_PERSON_NEEDS.length : ONLINE_NEEDS.length;
    // Online, help to join said is enough (captions, a detail, returned above).
    if (!inPerson && missing.length < all) return;
    const suggestions = ['Check the venue yourself, or ask the venue, and describe the access plainly.'];
    // Three states: nothing said about access; a little said (one hint, or a claim with no
    // detail), quoted back with what to add; or enough that only the gaps are named.
    // A claim of access with no detail ("fully accessible") has its own message below.
    const vagueClaim = vague !== null && picture.venues.length > 0 && !covered.has('step-free');
    const saidSomething = firstSaid !== null && (covered.size > 0 || vague !== null || hints > 0);
    const thin = !vagueClaim && saidSomething && (missing.length === all || covered.size + (vague ? 1 : 0) + hints <= 1);
    if (thin) {
      ctx.report({
        message: `This says “${firstSaid!.quote}”, which is a start, but people need more detail to tell whether they can take part. Also say ${listText(missing)}.`,
        anchorBlockId: anchor.block.id,
        example,
        severity: 'suggestion',
        suggestions,
        patternId: 'meeting-access/thin',
      });
      return;
    }
    const message = vagueClaim
      ? `This says “${vague}” but not what that means, so people cannot tell whether it meets their needs. Say ${listText(missing)}.`
      : missing.length === all
        ? `This says ${what} but nothing about access. Say ${listText(missing)}, so that disabled people and carers can tell whether they can take part.`
        : `This says ${what}, but not ${listText(missing)}. People need to know this before they can decide to come.`;
    ctx.report({
      message,
      anchorBlockId: anchor.block.id,
      example,
      severity: 'warning',
      suggestions,
      patternId: vagueClaim ? vagueId : 'meeting-access/missing-details',
    });
  },
};
