/**
 * doing-to: top-down phrasing about people ("residents will be informed",
 * "we will educate patients", "carers are required to attend").
 *
 * Candidates come from precompiled regular expressions over the masked text;
 * compromise is called only to check the few sentences where the people are
 * not right next to the verb ("Residents living near the site will be told")
 * and that a word after "must" really is a verb, and to read the lemma of a
 * participle after a passive auxiliary ("will be onboarded" → onboard) against
 * a class of verbs of handling people.
 */
import type { Rule } from '../src/engine';
import {
  ORG_SUBJECT, PEOPLE_GROUP, WILL, capitalise, clauseAfter, groupEnd, groupStart, matchesOf,
  anyPattern, sentenceAt, tidy,
} from './lib/phrasing';
import { buildRegExp, patternGroup, wordClassSource } from './lib/slot-pattern';
import { AUX_BE, peopleOf } from './lib/people-subject';
import { findPeoplePassives } from './lib/people-passive';
import { findPeopleClauses } from './lib/people-clauses';
import { findPeopleObjects, findRequiredActs } from './lib/people-object';
import { findProhibitions } from './lib/prohibitions';
import { findEnsuredPeople } from './lib/ensure-people';
import { findChangedThings } from './lib/people-things';
import { MESSAGE, groupWords, suggestion, type Kind } from './lib/doing-to-words';
import { handledKind, mayBeHandled } from './lib/handled-people';


const TELL = 'told|informed|notified|advised|instructed|made aware';
const MOVE = 'transferred|moved over|moved|relocated|redeployed|reallocated|allocated|assigned|reassigned|decanted|diverted|redirected|migrated|switched over|switched|transitioned|rehoused|re-housed|re-registered|enrolled|auto-enrolled|signed up';
const ACTIVE_MOVE = 'transfer|transferring|move|moving|relocate|relocating|redeploy|redeploying|allocate|assign|divert|redirect|migrate|migrating|switch|switching|rehouse|rehousing';
const PASSIVE_VERBS = `${TELL}|consulted|educated|re-educated|${MOVE}|selected|picked|offered|(?:expected|required|obliged|made|forced|mandated) to|asked to (?:move|leave|use|pay|sign)|asked for (?:their|your|his|her) (?:views|opinions?|feedback|thoughts|comments)`;

const PASSIVE = new RegExp(`\\b(${PEOPLE_GROUP})\\s+${AUX_BE}\\s+(${PASSIVE_VERBS})\\b`, 'dg');
/** The same verb without the people right before it: the subject may be further back. */
/** "You will be expected to attend": the reader (or "they") put under an obligation. */
const YOU_OBLIGED = new RegExp(`\\b(you|they)\\s+${AUX_BE}\\s+((?:expected|required|obliged|made|forced) to)\\b`, 'dg');
const BARE_PASSIVE = new RegExp(`\\b${AUX_BE}\\s+(${TELL}|consulted|educated|${MOVE}|selected|(?:expected|required|obliged) to|asked to (?:move|leave|use|pay|sign))\\b`, 'dg');
/**
 * "To educate the public about…", "our champions will be educating residents": educating people
 * as an aim, in any form of the verb. Teaching pupils and students is left alone.
 */
const EDUCATE = buildRegExp(`\\b((?:re-?)?educat(?:e|es|ed|ing))\\s+(?!(?:pupils|students|children|learners|trainees|apprentices)\\b)(${PEOPLE_GROUP})\\b`, 'dg');
/** "Your next appointment will be allocated", "your care package will be changed": people's own things decided for them. */
const YOUR_THING = buildRegExp(`\\b((?:your|their)\\s+(?:next\\s+|new\\s+|future\\s+|current\\s+)?(?:appointments?|care(?: package| plan)?|support(?: package| plan)?|treatment|clinic|bed|room|flat|house|home|property|address|street|estate|block|placement|school place|place|package|key ?worker|worker|gp|doctor|consultant|team|provider|day centre|collection day|bin day|service)\\s+(?:${AUX_BE}|(?:has|have)\\s+(?:now\\s+|already\\s+)?been)\\s+(?:${MOVE}|changed|chosen|selected|picked|earmarked|identified|put forward|nominated|decided|cancelled|replaced|reduced|withdrawn))\\b`, 'dg');

const ACTIVE = buildRegExp(
  `\\b(${ORG_SUBJECT}\\s+(?:${WILL}|need to|have to|may need to|might need to|may have to)\\s+(?:also\\s+|then\\s+|now\\s+|need to\\s+|continue to\\s+|be\\s+)?(inform|informing|tell|telling|notify|notifying|educate|educating|re-educate|instruct|instructing|${ACTIVE_MOVE})\\s+(${PEOPLE_GROUP}|you|them))\\b`,
  'dg',
);
/** "We would like to advise patients to stay with the practice": an organisation instructing people (rules/patterns/doing-to.yaml). */
const ORG_INSTRUCTS = patternGroup('doing-to', 'org-instructs', 'dg');
/** "Patients’ education", "education of the public": educating people, said as a noun (rules/patterns/doing-to.yaml). */
const EDUCATE_NOUN = patternGroup('doing-to', 'educate-noun', 'dg');
const TAKING_PART_ACTION = anyPattern('people-passive', 'taking-part');
/** "A letter informing tenants has been sent": people told by letter, named by what the letter does to them. */
const LETTER_TELLS = patternGroup('doing-to', 'letter-tells', 'dg');
/** "Parents have been told the nursery will close": people already told of something settled. */
const TOLD_ALREADY = patternGroup('doing-to', 'told-already', 'dg');
const ROLL_OUT = buildRegExp(`\\b(${ORG_SUBJECT}\\s+${WILL}\\s+(?:then\\s+|now\\s+|be\\s+)?roll(?:ing)?\\s+out\\b([^.;:!?]{1,80}?)\\s+(?:to|across|for)\\s+(${PEOPLE_GROUP}))\\b`, 'dg');
/** "We have decided, in the best interests of patients, that…": a settled decision taken for people (rules/patterns/doing-to.yaml). */
const BEST_INTERESTS = patternGroup('doing-to', 'best-interests', 'dg');
const DECIDE = buildRegExp(`\\b(${ORG_SUBJECT}\\s+${WILL}\\s+(?:then\\s+|now\\s+|also\\s+)?decide)\\s+(?:what|which|how|whether|who|where|when|if|on)\\b`, 'dg');
const MUST = buildRegExp(`\\b(${PEOPLE_GROUP})\\s+must\\s+(?:not\\s+|always\\s+|now\\s+|only\\s+|also\\s+)?([a-z]+)\\b`, 'dg');
const ATTEND = buildRegExp(`\\b((?:make sure|ensure)(?:\\s+that)?\\s+(${PEOPLE_GROUP})\\b(?:\\s+[a-z']+){0,4}?\\s+(?:attend|turn up|come|go|show up))\\b`, 'dg');
/**
 * The same order given to the reader: "please make sure you attend", "ensure you are there".
 * "Make sure you come and say hello" is friendly, so only verbs of being present count.
 */
const YOU_ATTEND = patternGroup('doing-to', 'you-attend', 'dg')[0]!.re;
const UPON = /\b((?:to be|will be|are being|is being|being|are to be|is to be)\s+consulted\s+(?:up)?on)\b/dg;

const PARTICIPLE_WORD = '(?:(?:[a-z]+-)?[a-z]+(?:ed|en)|sent|put|brought|kept|taken|given)';
const HANDLED = new RegExp(`\\b${AUX_BE}\\s+(?:(?:then|automatically|all|simply|each|routinely|directly)\\s+)?(${PARTICIPLE_WORD})\\b`, 'dg');
/** "The leaflet will be … rolled out to all patients", "imposed on residents": a change done to people, in the passive. */
const ROLLED_OUT = new RegExp(`\\b((?:rolled\\s+out|imposed|pushed\\s+out|forced)\\s+(?:to|across|for|on|upon|among)\\s+(${PEOPLE_GROUP}|you|them))\\b`, 'dg');

/** After "told"/"informed": words that show reporting back, which is good practice, not doing to. */
const REPORT_BACK = anyPattern('doing-to', 'report-back');
/** "We will tell you how each proposal would affect you": explaining an open proposal so people can respond. */
const EXPLAINS_PROPOSAL = anyPattern('doing-to', 'explains-proposal');
function isReportBack(after: string): boolean {
  return REPORT_BACK.test(after) || EXPLAINS_PROPOSAL.test(after);
}
/** "offered a choice", "offered support": giving people options is not doing to. */
const GOOD_OFFER = anyPattern('doing-to', 'good-offer');
const INFINITIVE_AFTER_MUST = /^(?:be|have|feel|get|receive|always|never|also)$/;
const SHARED_DECISION = anyPattern('doing-to', 'shared-decision');

/** "will be educated", "to educate": educating still to come, not history. */
const PLANNED_BEFORE = new RegExp(`\\b(?:${WILL}|to|must|should|need to)\\s+(?:be\\s+)?$`);

function kindOfPassive(verb: string): Kind {
  if (/^(?:told|informed|notified|advised|instructed|made aware)/.test(verb)) return 'tell';
  if (verb === 'consulted') return 'consult';
  if (/educated$/.test(verb)) return 'educate';
  if (/^(?:selected|picked)$/.test(verb)) return 'select';
  if (verb === 'offered') return 'offer';
  if (verb.startsWith('asked for')) return 'views';
  if (/ to\b/.test(verb)) return 'oblige';
  return 'move';
}

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  group: string;
  rest: string;
  verb: string;
  /** The data pattern or hook that made the hit ("doing-to/passive", "people-passive/receiving-end/no-action-required"). */
  patternId?: string;
}

/** "Board members must show…" is about people who decide, not people decided for. */
const GOVERNANCE_BEFORE = new RegExp(`\\b(?:${wordClassSource('DECIDING_MEETING')}|scrutiny|trust)\\s+$`);
function isGovernanceGroup(masked: string, start: number): boolean {
  return GOVERNANCE_BEFORE.test(masked.slice(Math.max(0, start - 20), start));
}

function addHit(hits: Hit[], hit: Hit): void {
  if (hits.some((h) => hit.start < h.end && h.start < hit.end)) return;
  hits.push(hit);
}


export const doingTo: Rule = {
  meta: {
    id: 'doing-to',
    title: 'Doing to, not doing with',
    // A finding from a phrase or verb found in code names its kind; people-passive's data patterns give their own id.
    hooks: ['tell', 'consult', 'educate', 'move', 'select', 'oblige', 'views', 'offer', 'must', 'rollout', 'decide', 'attend', 'upon', 'handle', 'issue', 'chosen', 'passive', 'receiving', 'people-passive', 'people-passive-past', 'people-obligation', 'people-receiving-end', 'clause-passive', 'clause-obligation'],
    barriers: ['us-and-them-attitude', 'calling-it-co-production-when-not', 'not-being-genuine'],
    enablers: ['doing-with-not-doing-to'],
    scope: 'sentence',
    profiles: 'all',
    severity: 'warning',
    docs: {
      description:
        'Finds top-down phrasing about people: “residents will be informed”, “patients will be transferred”, “we will educate the public”, “carers are required to attend”, “we will decide what…”. It also reads people handled by a system in any inflection of the verb — carried or placed (“patients will be conveyed”), entered into a system (“will be onboarded”, “re-registered”), issued with things (“residents will be issued with a new bin”) — a change “rolled out to all patients”, and something of theirs chosen for them (“your home has been selected”). Beyond these wordings it reads the structure: a group of people (or “you”) as the subject of any passive (“patients will be assessed”, “you will be kept informed”) or of an obligation (“tenants are advised to attend”), minus verbs of taking part, help and care (invited, involved, supported, paid, seen by a nurse) — the verb classes are data in rules/patterns/people-passive.yaml. It also reads people told what they must or should do (“members should attend three meetings a year”, “you must tell the practice”, “owners should be aware”), permission handed down (“will be allowed to”), the organisation instructing people (“we advise patients to stay with the practice”), people told what they may not do (“the public are not permitted to film”), people already told of something settled (“parents have been told the nursery will close”), a notice handed down (“residents are reminded that…”, “we are writing to formally give notice”), a letter that opens by telling people (“we write to let you know”, “we are writing to inform you”, “we wanted to write to you to tell you”) or says its purpose is to tell them (“the purpose of this letter is to make residents aware”), “no action is required on your part”, and a prohibition that names the people after it (“taking part is not permitted by those observing”). A passive that may happen still counts (“you may then be held in a waiting room”), but not what people can have (“patients can be seen at either surgery”). People may be described before the verb (“patients wishing to join the group will be assessed”, “patients, judged urgent, must be seen the same day”, “anyone who wants to speak must…”), come after “that” (“we have agreed that patients will be moved”), head their own relative clause (“those patients that are deemed urgent”), or be members and representatives of a patient group or forum (“forum representatives are expected to attend”; board and elected members are not). It also reads the same structure by grammar (compromise): words between the auxiliary and the verb (“tenants will all then be moved”, “are strongly urged to”), any tense but the past (“have been withdrawn”), and people nouns compromise knows as people, minus staff and partners. It reads people as the object of the organisation’s doing too (“we will keep all patients informed”, “we increasingly direct patients elsewhere”, “the team will assess you”, or an instruction: “move residents to the new block”), minus verbs of taking part, help, care and contact and what the organisation can do for people (“we can direct you to the right care”), orders stated as a noun for what people do (“attendance at the meetings is mandatory”, “it is compulsory for members to attend”), and rules about what people send or do for the organisation, with no person named (“all applications must be made online”, “paper forms are no longer accepted”, “requests will be subject to review”; not “applications can be made online or by phone”); the structures are data in rules/patterns/people-object.yaml. It reads polite prohibitions (“please do not come to the surgery”; not “please do not hesitate to call”), the organisation making sure people are told or obey (“we will make sure patients are well informed”, “ensure that members keep to the code of conduct”), reminders that hand down rules (“the public are reminded of the following”), and the public at a meeting told what they may not do (“observers are not permitted to speak”, “people can observe but not join in”). People are not read as the subject when they only describe it (“the views of residents and carers are considered”, “the public meeting will be held”) or when another subject stands before the verb (“… and how it is managed”). Asks to take part (“you should get in touch”), what people can expect (“you should receive a letter”) and reassurances (“no tenant will have to move”) are left alone. Clinical care (“will be seen by a nurse”) is not flagged. Promises to report back (“we will tell you what we decided and why”) are not flagged, nor is offering people a choice or support. The same holds in the perfect and the past (“you have been discharged”, “tenants were moved”, but not history with a past date), for something of people’s own changed for them (“your appointment will be moved”, “all appointments will be done by phone”, “we might alter the length of your tenancy”), for duties handed to people (“it is essential you attend”, “you are responsible for telling…”, “it is up to you to…”), for what people will no longer be able to do, for an organisation saying it need not consult them, for a new way of serving people announced as settled (“from March we are moving to a new booking system”), and for news that asks nothing of people (“you do not need to do anything”; not when a choice is left to them). At a meeting it reads the rules put on the public: what their questions or statements must say, with no person named (“any questions must relate to the agenda”; not how to send them), no chance to speak (“there will be no opportunity for the public to address the board”), how long they may speak (“speakers can only speak for three minutes”), being asked to obey (“visitors will be asked on arrival to follow the chair’s instructions”), consent taken from coming (“by attending you agree to being filmed”), and leave to watch but not to take part (“residents may put a question but cannot join in the vote”). People placed or moved, said as a noun (“the placement of households in hotels”), count too. So do rules and refusals on what people send or bring (“other ideas must be submitted by 30 June”, “objections cannot be received after the closing date”, “this meeting must not be filmed”; questions sent ahead of a meeting are left alone), a right denied (“there is no legal right to a permit”), leave to take part only if registered or invited, a usual right suspended (“the public would usually be able to watch, but this is not possible”), one-way letters (“I write to update you”, “all tenants are being written to”, “a letter informing residents has been sent”), the public shut out of a meeting (“the public and press will be excluded from the meeting”), a service handed to another body (“the practice will be transferred to the health board”), a decision taken “in the best interests” of people, and an ask to register or get in touch that carries a fixed cut-off (“speakers must register by noon the day before”, “ask residents to have their bins out by 7am”).',
      why: 'Words like these put people on the receiving end of decisions made elsewhere. Co-production means planning and deciding with people, every step of the way. Past-tense reports (“patients were consulted in 2023”) are left alone because they describe what happened.',
      bad: 'Residents will be informed of the changes. Patients will be transferred to the new unit.',
      good: 'We will talk with residents about the changes, listen to what they say, and tell them what we decide and why. We will plan any move with patients and their families.',
      sources: [
        'NHS England, “Working in partnership with people and communities: statutory guidance” (2022)',
        'Think Local Act Personal, “Ladder of co-production” — informing and educating are the lowest rungs',
        'SCIE, “Co-production in social care: what it is and how to do it” (2022)',
      ],
    },
  },
  checkBlock(ctx) {
    const { masked } = ctx.analysis;
    const text = ctx.block.text;
    const hits: Hit[] = [];

    for (const m of matchesOf(PASSIVE, masked)) {
      const verb = m[2]!;
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 2);
      const rest = clauseAfter(text, end, s?.end ?? text.length);
      const kind = kindOfPassive(verb);
      if (kind === 'tell' && isReportBack(masked.slice(end, end + 80))) continue;
      if (kind === 'offer' && GOOD_OFFER.test(masked.slice(end, end + 40))) continue;
      if (isGovernanceGroup(masked, m.index)) continue;
      const group = groupWords(text.slice(groupStart(m, 1), groupEnd(m, 1)));
      addHit(hits, { start: m.index, end, kind, group, rest, verb: verb.replace(/^.*\bto\s*/, '') });
    }

    for (const m of matchesOf(YOU_OBLIGED, masked)) {
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 2);
      addHit(hits, { start: m.index, end, kind: 'oblige', group: m[1] === 'you' ? 'you' : 'people', rest: clauseAfter(text, end, s?.end ?? text.length), verb: '' });
    }

    for (const m of matchesOf(BARE_PASSIVE, masked)) {
      if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      if (!s) continue;
      const verb = m[1]!;
      const end = groupEnd(m, 1);
      const kind = kindOfPassive(verb);
      if (kind === 'tell' && isReportBack(masked.slice(end, end + 80))) continue;
      const people = peopleOf(ctx, s, m.index);
      if (!people) continue;
      const rest = clauseAfter(text, end, s.end);
      addHit(hits, { start: people.coordinated ? m.index : people.start, end, kind, group: groupWords(text.slice(people.start, people.end)), rest, verb: verb.replace(/^.*\bto\s*/, '') });
    }

    for (const { re, id } of TOLD_ALREADY) {
      for (const m of matchesOf(re, masked)) {
        const s = sentenceAt(ctx.analysis, m.index);
        if (!s) continue;
        const end = m.index + m[0].length;
        if (isReportBack(masked.slice(end, end + 80))) continue;
        const people = peopleOf(ctx, s, m.index);
        if (!people || isGovernanceGroup(masked, people.start)) continue;
        addHit(hits, { start: people.start, end, kind: 'tell', group: groupWords(text.slice(people.start, people.end)), rest: clauseAfter(text, end, s.end), verb: m.groups!.verb!, patternId: id });
      }
    }

    // People carried, processed or issued with things: the verb class is read from the lemma.
    for (const m of matchesOf(HANDLED, masked)) {
      // Cheap check first: most passives ("will be held", "will be published") are not handling verbs.
      if (!mayBeHandled(m[1]!)) continue;
      if (hits.some((h) => m.index < h.end && h.start < groupEnd(m, 1))) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      if (!s) continue;
      const end = groupEnd(m, 1);
      // "Patients can be taken to either hospital" describes what may happen, not a plan done to them.
      if (/^(?:can|could|may|might)\b/.test(masked.slice(m.index, end))) continue;
      const people = peopleOf(ctx, s, m.index);
      if (!people || isGovernanceGroup(masked, people.start)) continue;
      const kind = handledKind(ctx, text.slice(m.index, end), masked.slice(end, end + 40));
      if (!kind) continue;
      if (kind === 'issue' && GOOD_OFFER.test(masked.slice(end, end + 40).replace(/^\s*with\b/, ''))) continue;
      const rest = clauseAfter(text, end, s.end);
      addHit(hits, { start: people.coordinated ? m.index : people.start, end, kind, group: groupWords(text.slice(people.start, people.end)), rest, verb: m[1]! });
    }

    for (const m of matchesOf(ROLLED_OUT, masked)) {
      const s = sentenceAt(ctx.analysis, m.index);
      if (!s) continue;
      // Only a change still to come: "will be … rolled out to", not "was rolled out to".
      const before = masked.slice(s.start, m.index);
      if (!/\b(?:will|shall|would|to|is being|are being|going to)\s+be\b/.test(before) || /\b(?:was|were|has been|have been|had been)\s+(?:[a-z]+\s+){0,2}$/.test(before)) continue;
      addHit(hits, { start: m.index, end: groupEnd(m, 1), kind: 'rollout', group: groupWords(text.slice(groupStart(m, 2), groupEnd(m, 2))), rest: '', verb: '' });
    }

    for (const m of matchesOf(ACTIVE, masked)) {
      const verb = m[2]!;
      const end = groupEnd(m, 1);
      const s = sentenceAt(ctx.analysis, m.index);
      const kind: Kind = /^(?:inform|tell|notify|instruct)/.test(verb) ? 'tell' : /educat/.test(verb) ? 'educate' : 'move';
      if (kind === 'tell' && isReportBack(masked.slice(end, end + 80))) continue;
      const group = groupWords(text.slice(groupStart(m, 3), groupEnd(m, 3)));
      addHit(hits, { start: m.index, end, kind, group, rest: clauseAfter(text, end, s?.end ?? text.length), verb });
    }

    for (const m of matchesOf(EDUCATE, masked)) {
      if (hits.some((h) => m.index >= h.start && m.index < h.end)) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 2);
      // "educated about" in "patients were educated" is history; the passive forms are handled above.
      if (/^educated$/.test(m[1]!) && !PLANNED_BEFORE.test(masked.slice(Math.max(0, m.index - 20), m.index))) continue;
      const group = groupWords(text.slice(groupStart(m, 2), groupEnd(m, 2)));
      addHit(hits, { start: m.index, end, kind: 'educate', group, rest: clauseAfter(text, end, s?.end ?? text.length), verb: m[1]! });
    }

    for (const { re, id } of LETTER_TELLS) {
      for (const m of matchesOf(re, masked)) {
        const end = m.index + m[0].length;
        if (hits.some((h) => m.index < h.end && h.start < end) || isReportBack(masked.slice(end, end + 80))) continue;
        const s = sentenceAt(ctx.analysis, m.index);
        const who = m.groups!.who!;
        addHit(hits, { start: m.index, end, kind: 'tell', group: /you$/i.test(who) ? 'you' : groupWords(text.slice(m.indices!.groups!.who![0], m.indices!.groups!.who![1])), rest: clauseAfter(text, end, s?.end ?? text.length), verb: '', patternId: id });
      }
    }

    for (const { re, id } of EDUCATE_NOUN) {
      for (const m of matchesOf(re, masked)) {
        if (hits.some((h) => m.index < h.end && h.start < m.index + m[0].length)) continue;
        addHit(hits, { start: m.index, end: m.index + m[0].length, kind: 'educate', group: 'people', rest: '', verb: '', patternId: id });
      }
    }

    for (const m of matchesOf(YOUR_THING, masked)) {
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 1);
      const chosen = /(?:chosen|selected|picked|earmarked|identified|put forward|nominated)$/.test(m[1]!);
      const thing = tidy(text.slice(m.index, end)).replace(/^\S+\s+/, '').replace(/\s+(?:will|shall|would|may|might|could|must|should|can|are|is|has|have)\b.*$/i, '');
      addHit(hits, { start: m.index, end, kind: chosen ? 'chosen' : 'move', group: m[0].startsWith('their') ? 'people' : 'you', rest: chosen ? `${m[0].startsWith('their') ? 'their' : 'your'} ${thing}` : clauseAfter(text, end, s?.end ?? text.length), verb: '' });
    }

    for (const { re } of ORG_INSTRUCTS) {
      for (const m of matchesOf(re, masked)) {
        const g = m.indices!.groups!;
        if (TAKING_PART_ACTION.test(masked.slice(g.action![0], g.action![0] + 30))) continue;
        const s = sentenceAt(ctx.analysis, m.index);
        const who = text.slice(g.who![0], g.who![1]);
        addHit(hits, { start: m.index, end: masked.slice(0, g.action![0]).trimEnd().length, kind: 'oblige', group: /^(?:you|them)$/i.test(who) ? (who.toLowerCase() === 'you' ? 'you' : 'people') : groupWords(who), rest: clauseAfter(text, g.action![0], s?.end ?? text.length), verb: '' });
      }
    }

    for (const m of matchesOf(ROLL_OUT, masked)) {
      const thing = tidy(text.slice(groupStart(m, 2), groupEnd(m, 2)));
      addHit(hits, { start: m.index, end: groupEnd(m, 1), kind: 'rollout', group: groupWords(text.slice(groupStart(m, 3), groupEnd(m, 3))), rest: thing, verb: '' });
    }

    for (const m of matchesOf(DECIDE, masked)) {
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 1);
      if (SHARED_DECISION.test(masked.slice(s?.start ?? 0, s?.end ?? masked.length))) continue;
      addHit(hits, { start: m.index, end, kind: 'decide', group: '', rest: clauseAfter(text, end, s?.end ?? text.length), verb: '' });
    }

    for (const { re, id } of BEST_INTERESTS) {
      for (const m of matchesOf(re, masked)) {
        const end = m.index + m[0].length;
        const s = sentenceAt(ctx.analysis, m.index);
        addHit(hits, { start: m.index, end, kind: 'decide', group: '', rest: clauseAfter(text, end, s?.end ?? text.length).replace(/^(?:of|that)\s+/i, ''), verb: '', patternId: id });
      }
    }

    for (const m of matchesOf(MUST, masked)) {
      const verb = m[2]!;
      if (INFINITIVE_AFTER_MUST.test(verb) || isGovernanceGroup(masked, m.index)) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      const end = groupEnd(m, 2);
      // compromise confirms the word after "must" is a verb ("patients must attend", not "patients must-haves").
      const phrase = text.slice(m.index, end);
      if (!ctx.nlp(phrase).has('must #Verb')) continue;
      const group = groupWords(text.slice(groupStart(m, 1), groupEnd(m, 1)));
      const vStart = groupStart(m, 2);
      addHit(hits, { start: m.index, end, kind: 'must', group, rest: clauseAfter(text, end, s?.end ?? text.length), verb: text.slice(masked.lastIndexOf('must', vStart) + 4, end).trim() });
    }

    for (const m of matchesOf(ATTEND, masked)) {
      addHit(hits, { start: m.index, end: groupEnd(m, 1), kind: 'attend', group: groupWords(text.slice(groupStart(m, 2), groupEnd(m, 2))), rest: '', verb: '' });
    }

    for (const m of matchesOf(YOU_ATTEND, masked)) {
      addHit(hits, { start: m.index, end: m.index + m[0].length, kind: 'attend', group: m.groups!.who!.toLowerCase(), rest: '', verb: '' });
    }

    for (const m of matchesOf(UPON, masked)) {
      addHit(hits, { start: m.index, end: groupEnd(m, 1), kind: 'upon', group: '', rest: '', verb: '' });
    }

    // Structure, not wording: people as the subject of any passive or obligation not read above.
    for (const p of findPeoplePassives(ctx)) {
      if (hits.some((h) => p.start < h.end && h.start < p.end)) continue;
      const s = sentenceAt(ctx.analysis, p.start);
      const rest = clauseAfter(text, p.restFrom ?? p.end, s?.end ?? text.length);
      const kind: Kind = p.kind === 'obligation' ? 'oblige' : p.kind === 'receiving-end' ? 'receiving' : 'passive';
      addHit(hits, { start: p.start, end: p.end, kind, group: p.group.toLowerCase() === 'you' ? 'you' : groupWords(p.group), rest, verb: '', patternId: p.patternId ?? `doing-to/people-${p.kind}` });
    }

    // The same structure read by grammar: any people noun compromise knows, any tense but the past, adverbs between.
    for (const c of findPeopleClauses(ctx, (at) => hits.some((h) => at >= h.start && at < h.end))) {
      if (hits.some((h) => c.start < h.end && h.start < c.end)) continue;
      if (c.told && isReportBack(masked.slice(c.end, c.end + 80))) continue;
      const s = sentenceAt(ctx.analysis, c.start);
      const kind: Kind = c.kind === 'clause-obligation' ? 'oblige' : 'passive';
      const verb = kind === 'oblige' ? text.slice(c.restFrom, c.end) : '';
      const rest = clauseAfter(text, c.end, s?.end ?? text.length);
      addHit(hits, { start: c.start, end: c.end, kind, group: c.group.toLowerCase() === 'you' ? 'you' : groupWords(c.group), rest, verb, patternId: `doing-to/${c.kind}` });
    }

    // Something of people's own changed for them: "your appointment will be moved", "appointments must be attended".
    for (const t of findChangedThings(ctx)) {
      addHit(hits, { start: t.start, end: t.end, kind: 'theirs', group: t.whose, rest: t.thing.toLowerCase(), verb: '', patternId: t.patternId });
    }

    // People as the object of the organisation's doing, and orders stated as a noun for what people do.
    for (const o of findPeopleObjects(ctx, (at) => hits.some((h) => at >= h.start && at < h.end))) {
      if (hits.some((h) => o.start < h.end && h.start < o.end)) continue;
      const s = sentenceAt(ctx.analysis, o.start);
      addHit(hits, { start: o.start, end: o.end, kind: 'object', group: o.group.toLowerCase() === 'you' ? 'you' : groupWords(o.group), rest: clauseAfter(text, o.end, s?.end ?? text.length), verb: o.lemma, patternId: o.patternId });
    }
    for (const r of findRequiredActs(ctx)) {
      const s = sentenceAt(ctx.analysis, r.start);
      if (r.people) addHit(hits, { start: r.start, end: r.end, kind: 'oblige', group: groupWords(r.people), rest: clauseAfter(text, r.end, s?.end ?? text.length), verb: text.slice(r.restFrom!, r.end), patternId: r.patternId });
      else addHit(hits, { start: r.start, end: r.end, kind: r.sent ? 'terms' : 'required', group: '', rest: r.sent ? tidy(r.act ?? '').toLowerCase() : capitalise(tidy(r.act ?? '')), verb: '', patternId: r.patternId });
    }

    // "We will make sure patients are well informed", "ensure that members keep to the code": people in the organisation's hands.
    for (const e of findEnsuredPeople(ctx)) {
      const s = sentenceAt(ctx.analysis, e.start);
      const told = e.patternId.endsWith('are-told');
      addHit(hits, { start: e.start, end: e.end, kind: told ? 'tell' : 'oblige', group: groupWords(e.group), rest: clauseAfter(text, e.end, s?.end ?? text.length), verb: told ? '' : 'keep to', patternId: e.patternId });
    }

    // "Please do not come to the surgery": an order not to do something, whatever the verb.
    for (const p of findProhibitions(ctx)) {
      const s = sentenceAt(ctx.analysis, p.start);
      addHit(hits, { start: p.start, end: p.end, kind: 'forbid', group: 'you', rest: clauseAfter(text, p.actFrom, s?.end ?? text.length), verb: '', patternId: p.patternId });
    }

    for (const h of hits) {
      const group = h.group || 'people';
      ctx.report({
        start: h.start,
        end: h.end,
        message: MESSAGE[h.kind],
        suggestions: [capitalise(suggestion(h.kind, group, h.rest, h.verb))],
        patternId: h.patternId ?? `doing-to/${h.kind}`,
      });
    }
  },
};
