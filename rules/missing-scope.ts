import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

const BODY = '(?:board|committee|cabinet|council|governing body|executive|panel|trust|icb|partnership|councillors|members|secretary of state|minister|commissioner|mayor|authority)';

/** Ways documents say what is open to change, what is settled and who decides. */
export const SCOPE: Meaning = {
  headings: [
    // "What can and cannot change" — not "What is changing", which describes the proposal.
    /\bwhat (?:you |people |we )?(?:can|can['’]t|cannot|can not|could|could not)(?: and (?:can['’]t|cannot|can not|could not))? (?:be )?(?:chang|influenc|decid)/,
    /\bwhat (?:you|people|residents) can (?:and can['’]t |and cannot )?(?:influence|change|shape|help (?:us )?decide|have a say (?:on|about|in))/,
    /\bwhat (?:we are|we['’]re|this consultation is|is) (?:not )?(?:consulting|asking) (?:on|about)\b/,
    /\bwhat (?:is|isn['’]t|is not|are|aren['’]t) (?:being consulted on|up for (?:discussion|debate)|open to (?:change|discussion)|included|covered)\b/,
    /\bscope\b/,
    // The limits of the thing consulted on: "What the plan can and cannot do", "What this strategy can and can't cover".
    /\bwhat (?:the |this |our |a )?(?:[\w-]+ ){0,2}?(?:can|could|will) and (?:can['’]t|cannot|can not|could not|won['’]t|will not) (?:do|chang|cover|includ|decid|influenc|affect)/,
    /\bwhat (?:has|have) (?:already )?been (?:decided|agreed)\b/,
    // What is settled, as a list: "What will not change", "What is not changing", "What stays the same".
    /\bwhat (?:will not|won['’]t|is not|isn['’]t|does not|doesn['’]t|are not|aren['’]t) (?:be )?chang/,
    /\bwhat (?:will )?(?:stays?|remains?) the same\b/,
    /\bwhat (?:we have|we['’]ve) (?:already )?decided\b/,
    /\bwho (?:makes|will make|takes|will take) the (?:final )?decision\b/,
    /\bwho decides\b/,
    /\bhow (?:the )?(?:final )?decisions? will be (?:made|taken)\b/,
    /\bdecision[- ]making\b/,
  ],
  phrases: [
    /\b(?:can['’]t|cannot|can not|could not|will not|won['’]t|is not|isn['’]t|are not|aren['’]t) (?:be )?(?:changed|influenced|part of (?:this|the) consultation|included in (?:this|the) consultation|covered by (?:this|the) consultation|up for (?:discussion|debate|consultation)|open to (?:change|discussion|consultation))\b/,
    /\b(?:you|people) can (?:help (?:us )?)?(?:influence|shape|change|decide)\b/,
    /\byour views (?:can|could|will) (?:influence|shape|change|affect)\b/,
    /\b(?:outside|beyond) (?:the )?scope\b/,
    /\bwe are not (?:consulting|asking (?:for (?:your )?views|you)) (?:on|about)\b/,
    /\bnot (?:up for|open to) (?:discussion|debate|change|consultation)\b/,
    /\b(?:has|have) already been (?:decided|agreed|approved|made|set)\b/,
    // What is settled, said plainly: "some proposals have been signed off and will go ahead regardless of the consultation".
    /\bregardless of (?:the )?(?:outcome|results?|findings) of (?:this|the) (?:consultation|survey|engagement)\b/,
    // What is still open: "nothing has been decided yet about the design", "no decisions have been made".
    /\b(?:nothing|no (?:final )?decisions?) (?:has|have) (?:yet )?been (?:decided|made|agreed|taken)(?: yet)?\b|\bno (?:final )?decisions? (?:will be|is|are) (?:made|taken) (?:until|before)\b/,
    /\b(?:the )?final decision (?:will be|is|rests) (?:made |taken )?(?:by|with)\b/,
    new RegExp(`\\b(?:the |our |the council['’]s |the trust['’]s )?${BODY} (?:will|is to|is going to) (?:make|take) (?:the|a) (?:final )?decision\\b`),
    new RegExp(`\\b(?:the |our )?${BODY} will (?:then )?decide\\b`),
    // Who has the last word: "Full Council will set the budget", "the Panel can veto the proposal".
    new RegExp(`\\b${BODY} (?:will|is to|must|can|may|has the power to) (?:then )?(?:(?:accept|endorse|amend),? (?:or|and) )?(?:set|approve|agree|veto|reject|overturn|sign off) (?:the|this|our|my|his|her|its|their|these|any) (?:final )?(?:budget|proposals?|plans?|scheme|policy|precept|changes?|strategy|closure|decision|recommendations?|options?)\\b`),
    /\b(?:will|to) (?:make|take) the final decision\b/,
    // Who decides, named as the body views go to: "the results will be presented to the Fire Authority in May, when a final decision will be made".
    new RegExp(`\\b(?:presented|reported|submitted|put|taken|go) (?:back )?to (?:the |our )?(?:[\\w'’-]+ ){0,3}?${BODY}\\b[^.;]{1,60}?\\b(?:a |the )?(?:final )?decision (?:will be|is) (?:made|taken)\\b`),
    // Or as the one the views help: "your feedback will help the Commissioner reach a decision".
    new RegExp(`\\b(?:help|inform|support) (?:the |our )?(?:[\\w'’-]+ ){0,3}?${BODY} (?:to )?(?:reach|make|take) (?:a|the|its|her|his|their) (?:final )?decision\\b`),
    // Who has the last word on a plan: "…and, if successful, put to a local referendum".
    /\b(?:put|go|goes) to a (?:local |public |parish |community )?referendum\b/,
    // What is open to change, said of the draft itself: "the plan will be amended where appropriate in light of comments".
    /\b(?:will|may|can) be (?:amended|revised|changed) (?:where (?:appropriate|needed|necessary)|in (?:the )?light of|to reflect|in response to)\b/,
    /\bdecisions? will be (?:made|taken) by\b/,
    /\bwhat (?:we can|we can['’]t|we cannot) (?:change|do)\b/,
    /\b(?:the|these) (?:options|choices|things) (?:you can|we can|people can) (?:comment on|influence|change|choose)\b/,
    // "We cannot change…", "the budget can't change". "Will not change" with a thing as its subject ("the charge
    // will not change") describes the proposal, so it counts only when the consultation or its responses are the subject.
    /\b(?:cannot|can['’]t|can not) (?:decide|change|affect|alter|set|overturn)\b/,
    /\b(?:consultation|survey|engagement|views|responses|feedback|comments|we|you) (?:will not|won['’]t) (?:decide|change|affect|alter|set|overturn)\b/,
    /\b(?:this consultation|this document|it) (?:does not|doesn['’]t|will not|won['’]t) (?:cover|include|look at|ask about)\b/,
  ],
};

const VIEWS = "(?:views|comments|feedback|thoughts|ideas|what you think|what you would like)";

/**
 * Scope said in two halves: what is already decided ("The cabinet has approved a charge for…")
 * and the specific things people are now asked about, listed ("we want your views on the
 * arrangements, including collection days and how to pay"). A vague ask after a decision
 * ("your views on how the hubs should work") does not say what is open, so it does not count.
 */
export const DECIDED: Meaning = {
  phrases: [
    new RegExp(`\\b(?:${BODY}|we) (?:has|have) (?:now |already )?(?:approved|agreed|decided on|confirmed|signed off)\\b(?! to (?:consult|ask|seek|hear|listen|engage|involve|respond|review|look at|consider|explore)\\b)`),
    /\b(?:has|have) (?:now )?been (?:approved|agreed|confirmed|signed off)\b/,
  ],
};
/** The specific things people are asked about, listed: "views on the arrangements, including collection days and how to pay". */
export const ASKED_LIST: Meaning = {
  phrases: [new RegExp(`\\b${VIEWS} (?:on|about|regarding) [^.;:]{3,100}?,? including [^.;]+?(?:, | and | or )[^.;]+`)],
};

export const missingScope: Rule = {
  meta: {
    id: 'missing-scope',
    title: 'Say what can and cannot change',
    barriers: ['lack-of-clarity', 'not-being-realistic', 'political-constraints'],
    enablers: ['clear-and-realistic-influence', 'clear-boundaries', 'managing-expectations'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    docs: {
      description:
        'Checks that a consultation says what people can influence, what has already been decided or cannot change (money, law, safety), and who makes the final decision.',
      why: 'When people do not know what is open to change, they spend effort on things that cannot move and feel let down later. Being clear about boundaries is part of being honest and realistic.',
      bad: 'We are consulting on the future of day services. Please tell us what you think.',
      good: 'You can help us decide which days the centre opens and what activities it runs. We cannot change the budget, which is set by the council. The council’s cabinet will make the final decision in June.',
      sources: ['Gunning principles: consult while proposals are still at a formative stage, with enough reasons for people to give an intelligent response'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, SCOPE)) return;
    if (hasMeaning(ctx, DECIDED) && hasMeaning(ctx, ASKED_LIST)) return;
    ctx.report({
      message:
        'This consultation does not say what people can change. Say what is open to change, what has already been decided or cannot change, and who will make the final decision.',
      suggestions: ['Add a short section: “What you can influence” or “What we are asking you about”.'],
      example:
        'You can help us decide which days the centre opens and what activities it offers. We cannot change the overall budget, which the council has already set. The council’s cabinet will make the final decision in June 2027.',
      anchorBlockId:
        anchorFor(ctx, 'scope', [/\b(?:about|background|proposals?|what we are|why we|introduction|overview|summary)\b/], 'first-heading') ?? undefined,
    });
  },
};
