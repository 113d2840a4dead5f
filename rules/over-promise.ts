/**
 * over-promise: promises no organisation can keep ("we guarantee", "all
 * views will be acted on", "everyone will benefit"). Honest limits — "we
 * cannot guarantee", "we will read every response" — are not flagged.
 */
import type { Rule } from '../src/engine';
import { matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';
import { patternGroup } from './lib/slot-pattern';

const RESPONSES = 'We will read every response and publish what we changed, what we could not change, and why.';
/** The rewording each pattern in rules/patterns/over-promise.yaml suggests, by id. */
const SUGGESTIONS: Record<string, string> = {
  guarantee: 'Say what you will do and what could stop you, for example: “We aim to … and we will tell you if we cannot.”',
  'all-views-acted-on': RESPONSES,
  'views-will-decide': 'Say how views will be used and who decides, for example: “Councillors will read every response before they set the budget in February, and we will publish what changed.”',
  'no-one-left-behind': 'Say who you will reach and how, and how you will find out who is still missing, for example: “We will check who has not taken part and go out to them.”',
  'act-on-all-feedback': RESPONSES,
  'everyone-will-benefit': 'Say who is likely to benefit and how, and be open about anyone who may be worse off.',
  'ensure-all': 'Say what you will do and how you will check it, for example: “We aim to … and we will publish how often we manage it.”',
  'one-hundred-per-cent': 'Say what you will actually do, for example: “We will read every response and explain what we changed.”',
};
const PATTERNS = patternGroup('over-promise', 'promises', 'g').map((p) => ({ id: p.id, re: p.re, suggestion: SUGGESTIONS[p.id.split('/').pop()!]! }));

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
    for (const { id, re, suggestion } of PATTERNS) {
      for (const m of matchesOf(re, masked)) {
        const start = m.index;
        const end = m.index + m[0].length;
        if (seen.some(([s, e]) => start < e && s < end)) continue;
        const s = sentenceAt(ctx.analysis, start);
        if (!s) continue;
        const before = masked.slice(s.start, start);
        if (HONEST_LIMIT.test(before) || negatedBefore(masked, s.start, start, 25)) continue;
        // "We guarantee" is a promise; "a guaranteed income" or "guarantee scheme" describes something else.
        if (/^guarantee/.test(m[0]) && /^\s*(?:income|scheme|period|payment|minimum)\b/.test(masked.slice(end, end + 20))) continue;
        seen.push([start, end]);
        ctx.report({
          start,
          end,
          message: 'This promises more than anyone can be sure of. Say what you can really do, so people know what to expect.',
          suggestions: [suggestion],
          patternId: id,
        });
      }
    }
  },
};
