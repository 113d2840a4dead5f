import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

const VIEWS = "(?:views|feedback|responses|comments|answers|ideas|opinions|suggestions|experiences|replies|input|thoughts)";

/** Ways documents say what will happen to people's views. */
export const FEEDBACK_USE: Meaning = {
  headings: [
    /\bwhat happens (?:next|now|after)\b/,
    /\bnext steps\b/,
    /\bwhat (?:will )?happens? (?:to|with) (?:your|the|people['’]s)\b/,
    /\bafter the (?:consultation|engagement|survey|listening|closing date)\b/,
    /\bhow (?:we will|we['’]ll|will we|we) use\b/,
    new RegExp(`\\bhow (?:your|the|people['’]s) ${VIEWS} will be used\\b`),
    /\byou said,? we (?:did|will)\b/,
    /\bwhat we will do with\b/,
    /\b(?:results|outcomes?|findings) (?:of|from) (?:the|this) (?:consultation|engagement|survey)\b/,
    /\b(?:reporting|feeding) back\b/,
    /\busing what (?:you|people|they) (?:tell|told|say|said)\b/,
    /\bhow (?:the )?decisions? will be made\b/,
  ],
  phrases: [
    /\bwe will (?:publish|share|produce|write|send|post|circulate|make available|put) (?:a |the |an |our )?(?:[\w-]+ ){0,2}(?:summary|report|results|findings|outcome|feedback|response|analysis|what (?:you|people) (?:told|said))/,
    /\b(?:a |the |our )?(?:summary|report|results|findings|outcomes?|analysis) (?:of (?:the |this |all )?(?:consultation|responses|engagement|survey|feedback|views)(?: responses)? )?will be (?:published|shared|made available|available|posted|presented|taken|considered|reported|sent|put)/,
    new RegExp(`\\b(?:your|all|the|these|people['’]s|every|each) ${VIEWS} (?:will|are going to|would) (?:help|be used|inform|shape|feed|be fed|be analysed|be reported|go (?:to|before)|be presented|be shared|influence|guide|be summarised)`),
    // "will be considered" alone says nothing; it counts with who, when or how.
    new RegExp(`\\b${VIEWS} will be (?:carefully )?(?:considered|taken into account|read|looked at) (?:by|when|before|as|in|alongside|and (?:used|will|we))\\b`),
    new RegExp(`\\b(?:we|the (?:board|committee|cabinet|council|panel|team)) will (?:use|consider|read|analyse|look at|take into account|listen to|think about|review|carefully consider) (?:all |every |each )?(?:of )?(?:your|the|people['’]s|these|all the) ${VIEWS}`),
    /\bafter the (?:consultation|engagement|survey|listening exercise)(?: period)? (?:closes|ends|has closed|has ended|is over|finishes),? (?:we|the)\b/,
    /\b(?:a |the )?(?:report|paper|recommendation) will (?:go|be (?:taken|presented|submitted|sent)) to\b/,
    /\byou said,? we did\b/,
    /\bwe will (?:tell|let) (?:you|people|everyone|participants|those who) (?:know )?(?:what|how|the outcome|the results|about the)/,
    /\bwe will (?:feed|report) back\b|\bfeed(?:ing)? back (?:to|on) (?:you|people|participants|those who|everyone|the outcome|what)\b/,
    /\b(?:help|helps|will help) (?:us|the (?:board|council|committee|cabinet)) (?:to )?(?:decide|make (?:a|the|our) (?:final )?decision|shape|design|improve|plan|choose)\b/,
    new RegExp(`\\bwill (?:consider|look at|read|review) (?:the |all |every |each )?(?:results|${VIEWS.slice(3, -1)}) (?:and|before (?:it|they|we)) (?:decide|make|agree|approve|choose)`),
        /\b(?:summary|report|results|findings|outcomes?|analysis)\b[^.;]{0,60}?\bwill (?:be (?:published|produced|shared|presented|made available)|inform|shape|feed into|help (?:us|the))\b/,
    /\bwe will (?:publish|share|report|show|explain|set out) (?:what (?:we heard|you told us|people told us|we learned|changed|we did)|how (?:your|people['’]s|it|this|the) )/,
    /\bwhat (?:has )?changed (?:because of|as a result of)\b|\b(?:was|were|has been|have been|will be) changed as a result\b|\bhow (?:it|this|the \w+|your views) (?:has )?changed\b/,
  ],
  not: [/\b(?:have|has) not (?:yet )?decided\b|\bnot sure (?:how|what)\b/],
};

export const missingFeedbackUse: Rule = {
  meta: {
    id: 'missing-feedback-use',
    title: 'Say how feedback will be used',
    barriers: ['lack-of-honesty-and-transparency', 'not-leading-to-a-result'],
    enablers: ['clear-how-feedback-will-be-used', 'keeping-people-updated'],
    scope: 'document',
    profiles: ['consultation', 'engagement-plan'],
    severity: 'error',
    docs: {
      description:
        'Checks that a consultation or engagement plan says what will happen to people’s views: who will read them, what they will help decide, and when and where the results will be shared.',
      why: 'People give their time when they can see it leads somewhere. If a document does not say how views will be used, people stop trusting the process, and the Gunning principles say responses must be conscientiously taken into account.',
      bad: 'Please complete the survey by 9 January. Thank you for your time.',
      good: 'After the consultation closes, we will read every response and publish a summary in March. The council’s cabinet will use it to decide in April. We will write to tell you what we decided and why.',
      sources: ['Gunning principles (R v Brent LBC ex p Gunning, 1985): the product of consultation must be conscientiously taken into account'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, 'feedback-use', FEEDBACK_USE)) return;
    const consultation = ctx.profiles.includes('consultation');
    const what = consultation ? 'consultation' : 'plan';
    ctx.report({
      message: `This ${what} does not say what will happen to people’s views. Say who will read them, what they will help decide, and when you will share the results.`,
      suggestions: ['Add a short “What happens next” section.'],
      example:
        'After the consultation closes, we will read every response and publish a summary on our website in March. The board will use your views to help it decide in April. We will write to everyone who took part to tell you what we decided and why.',
      anchorBlockId: anchorFor(ctx, 'feedback-use', [/\bhow (?:to|you can) (?:respond|take part|have your say|get involved|give)/, /\bclosing date\b/], 'last-heading') ?? undefined,
      // An engagement plan is less far along than a live consultation: a warning, not an error.
      ...(consultation ? {} : { severity: 'warning' as const }),
    });
  },
};
