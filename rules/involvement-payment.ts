import type { DocumentContext, Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

/** Ways documents say people's time and costs will be paid. */
export const PAYMENT: Meaning = {
  headings: [/\b(?:expenses|payment|paying (?:people|you)|reward and recognition|involvement payments?)\b/],
  phrases: [
    /\bexpenses\b/,
    /\b(?:travel|taxi|parking|bus|train|childcare|carer|care|replacement care) (?:costs?|fares?|expenses)\b/,
    /\breimburse(?:d|ment|ments)?\b|\brefund(?:ed)?\b/,
    /\b(?:pay|paying|paid|payment|payments|honorari(?:um|a)|fee|fees)(?: for| to)? (?:people|participants|members|you|them|everyone|experts by experience|volunteers|your time|their time|people['’]s time)\b/,
    /\b(?:people|participants|members|you|they|everyone|experts by experience|panel members) (?:will be|are|get|will get|receive|will receive) (?:paid|a payment|an? honorari(?:um|a)|£)/,
    /\b(?:time|contributions?|involvement) (?:will be|is|are) (?:paid|recognised|rewarded|valued with)\b/,
    /\bhonorari(?:um|a)\b|\bsessional (?:fee|payment)s?\b/,
    /\bvouchers?\b|\bgift cards?\b|\bthank[- ]you (?:payment|voucher|gift)\b/,
    /\binvolvement payments?\b|\breward and recognition\b|\bpayment policy\b/,
    /£\s?\d+(?:\.\d{2})?\s*(?:an|per|a|for (?:the|each|a|your))\s*(?:hour|session|meeting|day|half[- ]day|workshop)\b/,
    /\b(?:cover|covers|meet|meets) (?:your |the |any )?(?:costs?|expenses)\b/,
  ],
  not: [/\b(?:cannot|can['’]t|(?:are |is )?(?:unable|not able) to|will not|won['’]t|do not|don['’]t) (?:pay|reimburse|cover)\b|\bno (?:expenses|payment)\b|\bunpaid\b/],
};

const OBSERVING: Meaning = {
  phrases: [/\b(?:meeting|board|session) (?:held )?in public\b|\bpublic (?:gallery|part of the meeting)\b|\b(?:observe|watch) the (?:meeting|board|proceedings)\b|\blivestream(?:ed)?\b/],
};

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
const PUBLIC_EVENT = /\b(?:webinars?|information (?:and (?:question|q&a) )?(?:sessions?|events?|evenings?)|q ?& ?a sessions?|question and answer sessions?|launch (?:event|evening)|open days?|roadshows?|public (?:information )?meetings?|for anyone (?:who is|who['’]s) interested|online (?:public |information |open )?(?:sessions?|events?)|public sessions?|annual (?:parish|town|village|public) meetings?|(?:parish|town|village) meetings? of|notice is hereby given|(?:members of the public|electors|residents|everyone|anyone) (?:are|is) (?:entitled|welcome|invited) to attend)\b/;
const INVOLVEMENT_ROLE = /\b(?:panel|forum|ppg|patient participation group|reference group|design group|working group|steering group|advisory group|partnership board|focus groups?|workshops?|co-?produc\w*|co-?design\w*|lived experience|experts? by experience|members?(?! of the public)|membership)\b/;
const COMMS_PLAN = /\b(?:communications?|comms|campaign|marketing|publicity) (?:plan|strategy|approach)\b/;
const ENGAGEMENT = /\b(?:engag\w*|involv\w*|participat\w*|co-?produc\w*|co-?design\w*|consult\w*)\b/;

function notAnInvolvementRole(ctx: DocumentContext, plan: boolean): boolean {
  const opening = ctx.blocks.slice(0, OPENING_BLOCKS).map((ab) => ab.analysis.masked).join(' \n ');
  if (plan) return COMMS_PLAN.test(opening) && !ENGAGEMENT.test(opening);
  return PUBLIC_EVENT.test(opening) && !INVOLVEMENT_ROLE.test(opening);
}

/** An invitation to join an ongoing involvement role, anywhere in the document. */
const JOIN_ROLE = /\b(?:join|become a member of|apply to join|sign up to) (?:our|the|a|this) (?:[\w'’-]+ ){0,3}(?:panel|forum|group|board|network|jury|assembly|partnership)\b|\b(?:become|be) (?:a|an) (?:member|representative|volunteer|expert by experience)\b/;

const JOIN_MEANING: Meaning = { phrases: [JOIN_ROLE] };

export const involvementPayment: Rule = {
  meta: {
    id: 'involvement-payment',
    title: 'Pay expenses and value people’s time',
    barriers: ['lack-of-resources', 'not-meeting-needs'],
    enablers: ['valuing-time-and-contributions', 'knowing-people-needs'],
    scope: 'document',
    profiles: ['engagement-plan', 'meeting-invitation'],
    severity: 'warning',
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
      anchorBlockId: anchorFor(ctx, 'payment', plan ? [/\b(?:budget|resources|costs?)\b/, /\b(?:approach|how we will)\b/] : [/\b(?:venue|where|getting there|access)\b/], plan ? 'last-heading' : 'last') ?? undefined,
    });
  },
};
