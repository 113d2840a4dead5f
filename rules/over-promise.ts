/**
 * over-promise: promises no organisation can keep ("we guarantee", "all
 * views will be acted on", "everyone will benefit"). Honest limits — "we
 * cannot guarantee", "we will read every response" — are not flagged.
 */
import type { Rule } from '../src/engine';
import { groupEnd, groupStart, matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';

const FEEDBACK = '(?:views?|comments?|responses?|feedback|suggestions?|ideas?|concerns?|opinions?|requests?|recommendations?|wishes|points? raised|issues? raised)';
const ACTED_ON =
  '(?:acted (?:up)?on|actioned|implemented|taken on board|adopted|included|reflected|addressed|resolved|met|put into practice|make it into|be in the final|agreed to|delivered)';

const RESPONSES = 'We will read every response and publish what we changed, what we could not change, and why.';
const PATTERNS: Array<[RegExp, string]> = [
  // "we guarantee", "guaranteed", "a guarantee that"
  // (with its promise about everyone, when one follows: "we guarantee that no-one will lose access" is one promise)
  [/\b((?:guarantee[ds]?|guaranteeing)(?:\s+(?:that\s+)?(?:everyone|everybody|no one|no-one|nobody|all|every|each)\b[^.;:!?]{1,40}?\b(?:will|shall|is|are|gets?|can)\s+(?:not\s+|never\s+)?[a-z]+)?)\b/dg, 'Say what you will do and what could stop you, for example: “We aim to … and we will tell you if we cannot.”'],
  // "all views will be acted on", "every comment will be taken on board"
  // (words may stand between the feedback and "will": "all feedback received during this consultation will be acted upon")
  [new RegExp(`\\b((?:all|every|each|any)(?:\\s+(?:single|one of (?:the|your|their)))?\\s+(?:of\\s+(?:the|your|their)\\s+)?(?:[a-z]+\\s+)?${FEEDBACK}(?:\\s+[a-z0-9'’-]+){0,7}?\\s+(?:will|shall|is going to|are going to)\\s+(?:all\\s+)?(?:be\\s+)?${ACTED_ON})\\b`, 'dg'), RESPONSES],
  // "Your views will decide how we spend your money": the decider is the organisation, not the responses
  [/\b((?:your|people's|people’s|residents'|residents’|patients'|patients’|the public's|the public’s|local people's|local people’s|community)\s+(?:[a-z]+\s+)?(?:views?|feedback|comments?|responses?|votes?|choices?|say|ideas?)\s+(?:will|shall|are going to|is going to)\s+(?:directly\s+|ultimately\s+)?(?:decide|determine|dictate|choose|set)\b(?![,\s]+(?:together|with|alongside|along with)\b))/dg, 'Say how views will be used and who decides, for example: “Councillors will read every response before they set the budget in February, and we will publish what changed.”'],
  // "no one is left behind", "so that nobody misses out": a promise about everyone
  [/\b((?:no one|no-one|nobody|no person|no patient|no resident|no child|no family|no carer|no community|no voice)\s+(?:is|gets?|will be|will get|feels?|will feel|goes?|will go|misses|will miss)\s+(?:ever\s+)?(?:left behind|left out|missed|missed out|excluded|forgotten|overlooked|unheard|turned away|worse off|out|without))\b/dg, 'Say who you will reach and how, and how you will find out who is still missing, for example: “We will check who has not taken part and go out to them.”'],
  // "we will act on all feedback", "we will take every suggestion on board"
  [new RegExp(`\\b((?:we|the council|the trust|the icb)\\s+(?:will|shall|promise to|commit to)\\s+(?:act on|action|implement|adopt|deliver|include)\\s+(?:all|every|each|everything)(?:\\s+(?:of\\s+)?(?:(?:the|your|their)\\s*)?${FEEDBACK})?)\\b`, 'dg'), RESPONSES],
  // "everyone will benefit", "no one will lose out"
  [/\b((?:everyone|everybody|every single person|no one|no-one|nobody)\s+(?:will|is going to|shall)\s+(?!be welcome|be invited|be able to (?:come|join|take part|have their say|respond|comment)|receive a copy|get a copy)(?:not\s+)?[a-z]+(?:\s+(?:be|have|get|feel|lose|out|worse|left|from))?)\b/dg, 'Say who is likely to benefit and how, and be open about anyone who may be worse off.'],
  // "ensure all patients", "make sure that everyone"
  [/\b((?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?(?:all|every|everyone|everybody|each and every|no one|no-one|nobody)\b(?:\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?[a-z'’]+)?)/dg, 'Say what you will do and how you will check it, for example: “We aim to … and we will publish how often we manage it.”'],
  // "100% satisfied", "one hundred per cent committed"
  [/\b((?:100|one hundred)\s*(?:%|per\s*cent)\s+(?:sure|certain|committed|confident|guaranteed|safe|satisfied|accessible|of (?:your|the|all) (?:views|needs|concerns|suggestions)))/dg, 'Say what you will actually do, for example: “We will read every response and explain what we changed.”'],
];

/** Words before the phrase that make it honest: "we cannot guarantee", "we may not be able to act on every suggestion". */
const HONEST_LIMIT = /\b(?:cannot|can't|can’t|can not|unable|not able|not possible|may not|might not|won't|won’t|impossible|not always|not every|not all|no guarantee|no promise)\b/;

export const overPromise: Rule = {
  meta: {
    id: 'over-promise',
    title: 'Promise you may not keep',
    barriers: ['not-being-realistic'],
    enablers: ['managing-expectations', 'clear-what-is-practical'],
    scope: 'sentence',
    profiles: 'all',
    severity: 'warning',
    docs: {
      description:
        'Finds promises no one can keep: “we guarantee”, “all views will be acted on”, “every comment will be taken on board”, “everyone will benefit”, “ensure all patients…”, “100% committed”. Honest limits such as “we cannot guarantee” or “we will read every response” are not flagged.',
      why: 'When a promise is broken, people stop trusting the process and stop taking part. Saying what you can really do, and what happens to people’s views, manages expectations and builds trust.',
      bad: 'We guarantee that all views will be acted on and everyone will benefit from the new service.',
      good: 'We will read every response. We cannot do everything people ask, but we will publish what we changed, what we could not change, and why.',
      sources: [
        'NHS England, “Working in partnership with people and communities: statutory guidance” (2022) — be clear about what can and cannot change',
        'Gunning principles: responses must be conscientiously taken into account — not that all will be adopted',
        'SCIE, “Co-production in social care: what it is and how to do it” (2022)',
      ],
    },
  },
  checkBlock(ctx) {
    const { masked } = ctx.analysis;
    const seen: Array<[number, number]> = [];
    for (const [re, suggestion] of PATTERNS) {
      for (const m of matchesOf(re, masked)) {
        const start = groupStart(m, 1);
        const end = groupEnd(m, 1);
        if (seen.some(([s, e]) => start < e && s < end)) continue;
        const s = sentenceAt(ctx.analysis, start);
        if (!s) continue;
        const before = masked.slice(s.start, start);
        if (HONEST_LIMIT.test(before) || negatedBefore(masked, s.start, start, 25)) continue;
        // "We guarantee" is a promise; "a guaranteed income" or "guarantee scheme" describes something else.
        if (/^guarantee/.test(m[1]!) && /^\s*(?:income|scheme|period|payment|minimum)\b/.test(masked.slice(end, end + 20))) continue;
        seen.push([start, end]);
        ctx.report({
          start,
          end,
          message: 'This promises more than anyone can be sure of. Say what you can really do, so people know what to expect.',
          suggestions: [suggestion],
        });
      }
    }
  },
};
