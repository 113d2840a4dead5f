/**
 * co-production-claim: the document calls its work co-production (or
 * co-design), but the only ways of taking part it describes are ways of
 * asking for views — a survey, comments on a draft, a drop-in — and nothing
 * says people share decisions. Document scope: the claim and the activities
 * are often paragraphs apart. Each block's facts are memoised, so a re-check
 * after an edit only re-reads the edited block.
 */
import type { AnalysedBlock, DocumentContext, Rule } from '../src/engine';
import { anyPattern, groupEnd, groupStart, listAnd, matchesOf, sentenceAt } from './lib/phrasing';
import { buildRegExp, wordClassSource } from './lib/slot-pattern';
import { readMeeting } from './lib/venue';

const CLAIM = /\bco[-‐‑ ]?(?:produc(?:e|ed|es|ing|tion)|design(?:ed|ing|s)?|creat(?:e|ed|es|ing|ion)|develop(?:ed|ing|ment)?)\b/g;
/** "This is not co-production", "rather than co-design": the writer is not claiming it. */
const NOT_CLAIMED = /\b(?:not|isn't|isn’t|rather than|instead of|is not|are not|aren't|aren’t|towards|move to|moving to|learn about|training (?:in|on)|what is|definition of)\s+(?:(?:true|real|genuine|full|yet)\s+)?$/;

/** Ways of asking for views (rules/patterns/co-production-claim.yaml), with the plain name used in the message. */
const ASKING_ACTIVITIES: Array<[{ test: (text: string) => boolean }, string]> = [
  [anyPattern('co-production-claim', 'asking.survey'), 'a survey or questionnaire'],
  [anyPattern('co-production-claim', 'asking.comments-on-draft'), 'comments on a draft'],
  [anyPattern('co-production-claim', 'asking.drop-in'), 'drop-in sessions'],
  [anyPattern('co-production-claim', 'asking.focus-groups'), 'focus groups'],
  [anyPattern('co-production-claim', 'asking.events'), 'events or public meetings'],
  [anyPattern('co-production-claim', 'asking.citizens-panel'), 'a citizens’ panel'],
  [anyPattern('co-production-claim', 'asking.views'), 'asking for views'],
];

/** Signs that people share decisions and power, not just give views. */
const SHARED_DECISION = anyPattern('co-production-claim', 'shared-decision');

/**
 * Co-production claimed of a thing that only carries information or asks for views: "we have
 * co-produced a short survey", "the leaflet will be co-designed with the patient group". Making
 * a survey or leaflet with people is worth doing, but calling it co-production is the claim.
 */
const ARTEFACT = wordClassSource('ASKING_OR_INFORMING_THING');
const CO_VERB = 'co[-‐‑ ]?(?:produc(?:e|ed|es|ing)|design(?:ed|ing|s)?|creat(?:e|ed|es|ing)|writ(?:e|es|ten|ing)|author(?:ed|ing)?|develop(?:ed|ing|s)?)';
const ARTEFACT_ACTIVE = buildRegExp(`\\b(${CO_VERB}\\s+(?:(?:a|an|the|our|this|these|their|its|some|two|three|new)\\s+)?(?:[a-z0-9'’()-]+\\s+){0,3}?${ARTEFACT})\\b`, 'dg');
const ARTEFACT_PASSIVE = buildRegExp(`\\b(${ARTEFACT}(?:\\s+[a-z'’-]+){0,3}?\\s+(?:will|shall|would|has|have|had|is|are|was|were)(?:\\s+(?:be|been|being))?\\s+(?:(?:fully|jointly|also|then)\\s+)?${CO_VERB})\\b`, 'dg');

interface Claim {
  start: number;
  end: number;
  word: string;
  rank: number;
  /** Said as a verb ("was co-produced with", "we will co-design the model"), not naming a thing ("co-design workshop"). */
  verbal: boolean;
}

/** A word that makes "co-design" name a kind of thing rather than say it was done. */
const NAMES_A_THING = anyPattern('co-production-claim', 'names-a-thing');

interface BlockFacts {
  /** The block's strongest claim, as a sentence range. */
  claim: Claim | null;
  /** Every sentence in the block that makes a claim, in order. */
  claims: Claim[];
  /** "co-produced a survey": the claim made of a thing that only asks or informs. */
  artefacts: Array<{ start: number; end: number; thing: string }>;
  activities: string[];
  shared: boolean;
}

/**
 * Where to show the finding: a sentence saying "we co-produced" (a verb: we
 * did it) is the clearest claim, then a mention of "co-production" in running
 * text, then a heading.
 */
function claimRank(kind: string, word: string): number {
  const verb = !/(?:tion|ment)$/.test(word);
  return (kind === 'heading' ? 2 : 0) + (verb ? 0 : 1);
}

function factsFor(ab: AnalysedBlock): BlockFacts {
  const { masked } = ab.analysis;
  let claim: BlockFacts['claim'] = null;
  const claims: Claim[] = [];
  for (const m of matchesOf(CLAIM, masked)) {
    if (NOT_CLAIMED.test(masked.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = sentenceAt(ab.analysis, m.index);
    const rank = claimRank(ab.block.kind, m[0]);
    const verbal = !/(?:tion|ment)$/.test(m[0]) && !NAMES_A_THING.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const here = { start: s?.start ?? m.index, end: s?.end ?? m.index + m[0].length, word: ab.block.text.slice(m.index, m.index + m[0].length), rank, verbal };
    const same = claims.find((c) => c.start === here.start);
    if (!same) claims.push(here);
    else if (here.rank < same.rank || (here.verbal && !same.verbal)) Object.assign(same, { ...here, verbal: here.verbal || same.verbal });
    if (claim && claim.rank <= rank) continue;
    claim = here;
  }
  const activities = ASKING_ACTIVITIES.filter(([re]) => re.test(masked)).map(([, name]) => name);
  const artefacts: BlockFacts['artefacts'] = [];
  for (const re of [ARTEFACT_ACTIVE, ARTEFACT_PASSIVE]) {
    for (const m of matchesOf(re, masked)) {
      if (NOT_CLAIMED.test(masked.slice(Math.max(0, m.index - 40), m.index))) continue;
      const start = groupStart(m, 1);
      const end = groupEnd(m, 1);
      if (artefacts.some((a) => start < a.end && a.start < end)) continue;
      const thing = new RegExp(ARTEFACT).exec(masked.slice(start, end))?.[0] ?? 'this';
      artefacts.push({ start, end, thing });
    }
  }
  const shared = SHARED_DECISION.test(masked);
  // Most blocks claim nothing: they share one reading (kept per block, only read).
  if (!claim && claims.length === 0 && artefacts.length === 0 && activities.length === 0 && !shared) return NO_FACTS;
  return { claim, claims, artefacts, activities, shared };
}

const NO_FACTS: BlockFacts = { claim: null, claims: [], artefacts: [], activities: [], shared: false };

function check(ctx: DocumentContext): void {
  let first: { block: AnalysedBlock; claim: NonNullable<BlockFacts['claim']> } | null = null;
  const activities = new Set<string>();
  const artefacts: Array<{ block: AnalysedBlock; at: BlockFacts['artefacts'][number] }> = [];
  const claims: Array<{ block: AnalysedBlock; claim: Claim }> = [];
  const allFacts = ctx.perBlock('facts', factsFor);
  for (let i = 0; i < ctx.blocks.length; i++) {
    const ab = ctx.blocks[i]!;
    const facts = allFacts[i]!;
    if (facts.shared) return;
    if (facts.claim && (!first || facts.claim.rank < first.claim.rank)) first = { block: ab, claim: facts.claim };
    for (const claim of facts.claims) {
      // Claims said as a verb, in a sentence not already marked for calling a survey or leaflet co-produced.
      if (claim.verbal && !facts.artefacts.some((a) => a.start < claim.end && claim.start < a.end)) claims.push({ block: ab, claim });
    }
    for (const a of facts.activities) activities.add(a);
    for (const at of facts.artefacts) artefacts.push({ block: ab, at });
  }
  if (!first) {
    reportArtefacts(ctx, artefacts, null);
    return;
  }
  // An invitation to one dated event (not a series, not a standing group) is a one-off, whatever it is called.
  if (activities.size === 0 && ctx.profiles.includes('meeting-invitation')) {
    const picture = readMeeting(ctx);
    const dates = new Set(picture.times.map((t) => t.block.block.id));
    if (dates.size === 1 && !picture.recurring) activities.add('a single event');
  }
  if (activities.size === 0) {
    reportArtefacts(ctx, artefacts, null);
    return;
  }
  reportArtefacts(ctx, artefacts, first);
  const found = listAnd([...activities]);
  // One message per claim word in this check, found by the word alone (claimMessage's key is a new string each time).
  const messages = new Map<string, string>();
  const messageFor = (word: string) => {
    let message = messages.get(word);
    if (message === undefined) messages.set(word, (message = claimMessage(word, found)));
    return message;
  };
  const main = first;
  // The strongest claim carries the finding; every other sentence making the claim is marked too, as a reviewer would.
  for (const { block, claim } of [main, ...claims.filter((c) => c.claim !== main.claim && !(c.block === main.block && c.claim.start === main.claim.start))]) {
    ctx.report({
      blockId: block.block.id,
      start: claim.start,
      end: claim.end,
      message: messageFor(claim.word),
      suggestions: [...CLAIM_SUGGESTIONS],
      patternId: 'co-production-claim/claim',
    });
  }
}

const CLAIM_SUGGESTIONS = [
  'Say how people will share decisions: for example, “People with lived experience will co-chair the steering group and decide with us which options go forward.”',
  'Or name it honestly: “We are asking for your views through a survey and drop-in sessions.”',
];

/**
 * The claim's message, made once per claim word and list of activities: a re-check that makes the
 * same report again gives the very same text, which the engine compares at once (a long document
 * can hold a thousand claims).
 */
const CLAIM_MESSAGES = new Map<string, string>();
function claimMessage(claimWord: string, found: string): string {
  const key = `${claimWord}\u0000${found}`;
  let message = CLAIM_MESSAGES.get(key);
  if (message === undefined) {
    if (CLAIM_MESSAGES.size >= 200) CLAIM_MESSAGES.clear();
    const word = claimWord.toLowerCase().replace(/[‐‑ ]/g, '-');
    message = `This calls the work “${word}”, but the only ways of taking part described are ${found}. These ask for people’s views; co-production means people share decisions and power from the start. Either say how people will do that, or call it engagement or consultation.`;
    CLAIM_MESSAGES.set(key, message);
  }
  return message;
}

/** Each "co-produced a survey": reported where it is written, unless it sits inside the document-level finding. */
function reportArtefacts(
  ctx: DocumentContext,
  artefacts: Array<{ block: AnalysedBlock; at: BlockFacts['artefacts'][number] }>,
  main: { block: AnalysedBlock; claim: NonNullable<BlockFacts['claim']> } | null,
): void {
  for (const { block, at } of artefacts) {
    if (main && block === main.block && at.start < main.claim.end && main.claim.start < at.end) continue;
    ctx.report({
      blockId: block.block.id,
      start: at.start,
      end: at.end,
      message: `This calls a ${at.thing.replace(/s$/, '')} “co-produced”. Writing a ${at.thing.replace(/s$/, '')} with people is worth doing, but it is not co-producing the service: people still only answer or read it. Say how people share decisions about the service itself, or say it was “written with” them.`,
      suggestions: [`We wrote the ${at.thing.replace(/s$/, '')} with [who]. [Say how people will also share decisions about the service.]`],
      patternId: 'co-production-claim/co-produced-thing',
    });
  }
}

export const coProductionClaim: Rule = {
  meta: {
    id: 'co-production-claim',
    title: 'Is it really co-production?',
    barriers: ['calling-it-co-production-when-not', 'already-doing-co-production', 'lack-of-understanding-of-co-production'],
    enablers: ['shared-definition-of-co-production', 'doing-with-not-doing-to'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** A claim word with only ways of asking for views in the document (claim); a thing that only asks or informs called co-produced (co-produced-thing). */
    hooks: ['claim', 'co-produced-thing'],
    docs: {
      description:
        'Finds documents that call their work co-production, co-design or co-created, where the only ways of taking part are ways of asking for views (a survey, comments on a draft, a drop-in, focus groups, a one-off event) and nothing shows people sharing decisions (deciding together, equal partners, co-chairs, a shared budget, paid experts by experience, involvement from the start). Each sentence that says the work was or will be co-produced (“designed with…”, a title “co-produced with carers”) is marked; “co-design” naming a kind of meeting or group (“co-design workshop”) is marked only when it is the main claim. “Co-produced” said of a thing that only asks or informs — “we co-produced a short survey”, “the leaflet will be co-designed with the patient group” — is flagged where it is written: that use is itself the claim.',
      why: 'Calling consultation “co-production” undermines trust: people notice when they are asked for views but not given a share in decisions. A clear, shared definition helps everyone know what they are being invited to.',
      bad: 'We have co-produced this strategy with local people. We ran an online survey and two drop-in sessions, and invited comments on the draft.',
      good: 'We are developing this strategy with a group of eight people with lived experience, who are paid for their time. They co-chair the steering group and decide with us which options go forward. Anyone can also give their views through a survey.',
      sources: [
        'Think Local Act Personal, “Ladder of co-production” — consultation and engagement are rungs below co-production',
        'SCIE, “Co-production in social care: what it is and how to do it” (2022)',
        'NHS England, “Working in partnership with people and communities: statutory guidance” (2022)',
      ],
    },
  },
  checkDocument: check,
};
