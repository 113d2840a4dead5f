import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, joinMeanings, reportThin, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';

/** Ways documents say what is open to change, what is settled and who decides (rules/patterns/missing-scope.yaml). */
export const SCOPE: Meaning = joinMeanings(meaningFrom('missing-scope', 'scope'), meaningFrom('missing-scope', 'who-decides'));

/**
 * Scope said in two halves: what is already decided ("The cabinet has approved a charge for…")
 * and the specific things people are now asked about, listed ("we want your views on the
 * arrangements, including collection days and how to pay"). A vague ask after a decision
 * ("your views on how the hubs should work") does not say what is open, so it does not count.
 */
export const DECIDED: Meaning = meaningFrom('missing-scope', 'decided');
/** The specific things people are asked about, listed: "views on the arrangements, including collection days and how to pay". */
export const ASKED_LIST: Meaning = meaningFrom('missing-scope', 'asked-list');
/**
 * Scope said in some form, but not fully: the options put to people, what is not yet settled, a
 * deciding body weighing the proposals, who holds the power to decide. The finding quotes it and
 * names what to add, so the rule never says the part is missing when the document touches it.
 */
export const SCOPE_THIN: Meaning = meaningFrom('missing-scope', 'thin');

export const missingScope: Rule = {
  meta: {
    id: 'missing-scope',
    title: 'Say what can and cannot change',
    barriers: ['lack-of-clarity', 'not-being-realistic', 'political-constraints'],
    enablers: ['clear-and-realistic-influence', 'clear-boundaries', 'managing-expectations'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    /** None of the meaning's patterns match anywhere in the document (absent); only a thin.* pattern does, with its own id (thin). */
    hooks: ['absent', 'thin'],
    docs: {
      description:
        'Checks that a consultation says what people can influence, what has already been decided or cannot change (money, law, safety), and who makes the final decision. When the document touches this only in general words (the options people are asked about, “we do not yet know where the clinic will be”, “councillors will consider the final recommendations”, “the budget goes before full council”), the finding quotes that line and is a suggestion naming what to add; it says the part is missing only when nothing of the kind is there.',
      why: 'When people do not know what is open to change, they spend effort on things that cannot move and feel let down later. Being clear about boundaries is part of being honest and realistic.',
      bad: 'We are consulting on the future of day services. Please tell us what you think.',
      good: 'You can help us decide which days the centre opens and what activities it runs. We cannot change the budget, which is set by the council. The council’s cabinet will make the final decision in June.',
      sources: ['Gunning principles: consult while proposals are still at a formative stage, with enough reasons for people to give an intelligent response'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, SCOPE)) return;
    if (hasMeaning(ctx, DECIDED) && hasMeaning(ctx, ASKED_LIST)) return;
    const saidThinly = reportThin(ctx, SCOPE_THIN, 'missing-scope', (quote) => ({
      message: `This says “${quote}”, but not plainly what people can still change and what is already fixed. Say what is open to change, what cannot change, and who makes the final decision.`,
      suggestions: ['Add a short section: “What you can influence” or “What we are asking you about”.'],
      example:
        'You can help us decide which days the centre opens and what activities it offers. We cannot change the overall budget, which the council has already set. The council’s cabinet will make the final decision in June 2027.',
    }));
    if (saidThinly) return;
    ctx.report({
      message:
        'This consultation does not say what people can change. Say what is open to change, what has already been decided or cannot change, and who will make the final decision.',
      suggestions: ['Add a short section: “What you can influence” or “What we are asking you about”.'],
      example:
        'You can help us decide which days the centre opens and what activities it offers. We cannot change the overall budget, which the council has already set. The council’s cabinet will make the final decision in June 2027.',
      patternId: 'missing-scope/absent',
      anchorBlockId:
        anchorFor(ctx, 'scope', [/\b(?:about|background|proposals?|what we are|why we|introduction|overview|summary)\b/], 'first-heading') ?? undefined,
    });
  },
};
