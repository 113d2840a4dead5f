import type { DocumentContext, Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { regexpsOf } from './lib/slot-pattern';
import { anyMatch } from './lib/first-match';

/** Ways documents say people's time and costs will be paid (rules/patterns/involvement-payment.yaml). */
export const PAYMENT: Meaning = meaningFrom('involvement-payment', 'payment');

/** A formal meeting held in public, which people watch. */
const OBSERVING: Meaning = meaningFrom('involvement-payment', 'observing');

/**
 * Where payment does not apply, judged from the title and opening lines (the
 * document's purpose, not passing mentions):
 *  - a public information event — a webinar, an information or Q&A session,
 *    a launch, an open day — where people listen and ask, not an involvement
 *    role (panel, forum, group, workshop, co-production);
 *  - a communications plan that only tells people (leaflets, posters,
 *    campaigns), with no engagement or involvement in its title.
 */
const OPENING_BLOCKS = 3;
// Also online sessions open to anyone who books, and the formal meetings of a parish or town that its electors may attend
// ("Annual Parish Meeting", "notice is hereby given", "members of the public are welcome to attend").
const PUBLIC_EVENT = regexpsOf('involvement-payment', 'public-event');
const INVOLVEMENT_ROLE = regexpsOf('involvement-payment', 'involvement-role');
const COMMS_PLAN = /\b(?:communications?|comms|campaign|marketing|publicity) (?:plan|strategy|approach)\b/;
const ENGAGEMENT = /\b(?:engag\w*|involv\w*|participat\w*|co-?produc\w*|co-?design\w*|consult\w*)\b/;

function notAnInvolvementRole(ctx: DocumentContext, plan: boolean): boolean {
  const opening = ctx.blocks.slice(0, OPENING_BLOCKS).map((ab) => ab.analysis.masked).join(' \n ');
  if (plan) return COMMS_PLAN.test(opening) && !ENGAGEMENT.test(opening);
  return anyMatch(PUBLIC_EVENT, opening) && !anyMatch(INVOLVEMENT_ROLE, opening);
}

/** An invitation to join an ongoing involvement role, anywhere in the document. */
const JOIN_MEANING: Meaning = meaningFrom('involvement-payment', 'join');

export const involvementPayment: Rule = {
  meta: {
    id: 'involvement-payment',
    title: 'Pay expenses and value people’s time',
    barriers: ['lack-of-resources', 'not-meeting-needs'],
    enablers: ['valuing-time-and-contributions', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['engagement-plan', 'meeting-invitation'],
    severity: 'warning',
    /** No pattern says expenses or time are paid, in a document that asks for people's time. */
    hooks: ['absent'],
    docs: {
      description:
        'Checks that an engagement plan or meeting invitation says people’s expenses will be paid (travel, care, childcare) and, for ongoing involvement, how their time will be paid or recognised. Not for people watching a meeting held in public, a public information event (a webinar, online sessions open to anyone who books, an information or Q&A session, an open day), a parish or town meeting its electors may attend, the drop-ins and public meetings of a consultation (ways for anyone to give views, unless it also asks people to join a panel or group) or a communications plan that only tells people.',
      why: 'Taking part costs people money and time. If costs are not covered, only people who can afford it take part, and people’s expertise is treated as free.',
      bad: 'Please come to our panel meeting at the Town Hall.',
      good: 'We will pay your travel and any care costs. People with lived experience on the group are paid £25 an hour, in line with our involvement payment policy.',
      sources: ['NIHR, “Payment guidance for researchers and professionals” (involvement payments and expenses)', 'NHS England, “Working in partnership with people and communities” (2022)'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, PAYMENT)) return;
    const plan = ctx.profiles.includes('engagement-plan');
    // People watching a formal meeting held in public are observers, not contributors.
    if (!plan && hasMeaning(ctx, OBSERVING)) return;
    // Nothing asks people to give their time in an involvement role.
    if (notAnInvolvementRole(ctx, plan)) return;
    // A consultation's drop-ins and public meetings are ways for anyone to give views, not an involvement role.
    if (!plan && ctx.profiles.includes('consultation') && !hasMeaning(ctx, JOIN_MEANING)) return;
    ctx.report({
      message: plan
        ? 'This plan does not say how people’s expenses and time will be paid. Say what you will pay (travel, care and childcare costs, and a payment or voucher for their time) and how.'
        : 'This invitation does not say whether travel or care costs are paid. Say what expenses you cover and how to claim them.',
      suggestions: plan ? ['Budget for involvement payments and expenses, and say so in the plan.'] : ['Add a line about expenses near the venue details.'],
      example: plan
        ? 'We will pay travel, care and childcare costs for everyone who takes part. People on the working group are paid £25 an hour, in line with our involvement payment policy.'
        : 'We will pay your travel costs and any care or childcare costs. Bring your receipts, or ask us to book a taxi for you.',
      patternId: 'involvement-payment/absent',
      anchorBlockId: anchorFor(ctx, 'payment', plan ? [/\b(?:budget|resources|costs?)\b/, /\b(?:approach|how we will)\b/] : [/\b(?:venue|where|getting there|access)\b/], plan ? 'last-heading' : 'last') ?? undefined,
    });
  },
};
