import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

const PEOPLE = '(?:you|people|them|participants|members|everyone|the group|those involved|those who (?:took|take) part|residents|patients|carers|stakeholders|volunteers|the public|partners|families)';

/** Ways plans say how people will be kept updated. */
export const UPDATES: Meaning = {
  headings: [
    /\bkeeping (?:you|people|everyone|participants|members|in touch)\b/,
    /\bupdates\b|\bstaying in touch\b|\breporting back\b|\bfeeding back\b/,
    /\byou said,? we did\b/,
    /\bhow we will keep\b/,
  ],
  phrases: [
    new RegExp(`\\bkeep(?:ing)? ${PEOPLE} (?:\\w+ )?(?:up to date|updated|informed|in the loop|posted|in touch)\\b`),
    /\b(?:regular|monthly|weekly|quarterly|fortnightly|termly|annual) (?:updates?|newsletters?|bulletins?|briefings?|e-?mails?|progress reports?|feedback)\b/,
    /\b(?:we will|we['’]ll|the team will) (?:send|share|give|provide|publish|post|e-?mail|circulate|write) (?:regular |monthly |quarterly |short |an? )?(?:updates?|newsletters?|bulletins?|progress)/,
    // The people between the verb and the update, a bounded gap: "we will send everyone who takes part a short update".
    /\b(?:we will|we['’]ll|the team will) (?:send|give|e-?mail|post) (?:[\w'’-]+ ){1,6}?(?:a|an) (?:short |regular |monthly |quarterly |written |brief )?(?:updates?|newsletters?|bulletins?|summary)\b/,
    /\bupdates? (?:will be|are|is|gets?) (?:sent|shared|published|posted|given|provided|e-?mailed|circulated)\b/,
    /\byou said,? we did\b/,
    new RegExp(`\\b(?:feed|report)(?:ing)? back to ${PEOPLE}\\b|\\bwe will (?:feed|report) back\\b`),
    /\bprogress (?:reports?|updates?)\b/,
    // The people are the subject: "panel members will get a written update after every board meeting".
    new RegExp(`\\b(?:${PEOPLE.slice(3, -1)}|[\\w-]+ members) (?:will |can |each )?(?:get|receive|be sent|be e-?mailed|be given) (?:a |an )?(?:short |written |regular |monthly |quarterly |brief )?(?:updates?|newsletters?|bulletins?|briefings?)\\b`),
    new RegExp(`\\b(?:tell|let) ${PEOPLE} know (?:what|how|about)\\b`),
    // A newsletter or update on a cycle: "our newsletter, which is sent out four times a year".
    /\b(?:newsletters?|bulletins?|updates?|briefings?|e-?news)\b[^.;]{1,60}?\b(?:sent|published|comes? out|goes? out|circulated|e-?mailed|issued)\b[^.;]{1,20}?\b(?:every|each|once a|twice a|(?:two|three|four|six|\d+) times a|monthly|quarterly|weekly|annually)\b/,
    // Notes of each meeting sent round: "minutes of every meeting are shared with members and published on the website".
    /\b(?:notes|minutes|action (?:notes|logs?)|summar(?:y|ies)|records?) (?:of|from) (?:each|every|all|the|our) (?:meetings?|sessions?|workshops?|forums?)\b[^.;]{1,60}?\b(?:are|is|will be|get|gets) (?:\w+ )?(?:shared|sent|circulated|published|e-?mailed|posted)\b/,
  ],
};

const PLAN = "(?:this plan|the plan|our plan|this strategy|the strategy|(?:this|the|our) (?:charter|framework|compact|pledge)|the process|this process|our approach|the approach|how we work|the way we work|(?:these|the|our) terms of reference|the tor|our ways of working|the ways of working|the arrangements|this programme)";
const INVOLVED = "(?:the (?:[\\w-]+ ){0,2}(?:group|panel|forum|board|network|members|partners)|members|participants|everyone involved|the people involved|people who take part|people who (?:have been|are|were) involved|you)";

/**
 * Ways plans say people can give feedback on the process itself. Families:
 *  - an evaluation or feedback step: "feedback on the sessions", evaluation
 *    forms, check-ins, "at the end of each workshop we will ask…";
 *  - asking what works: "what is and isn't working", "what went well and
 *    what to change", "tell us how we are doing";
 *  - the people involved review the plan itself: "the group will review this
 *    plan at every meeting and can change it", "these terms of reference will
 *    be reviewed annually by the panel", "members can change how we work".
 */
export const PROCESS_FEEDBACK: Meaning = {
  headings: [/\bevaluation\b|\bhow we will (?:check|review|evaluate)\b|\bfeedback on (?:the|this) process\b|\breview(?:ing)? (?:this|the) (?:plan|process|strategy|terms of reference)\b/],
  phrases: [
    /\b(?:feedback|views|evaluation) (?:on|about) (?:the|how|our|this|each) (?:process|sessions?|meetings?|workshops?|project|way we)\b/,
    /\bhow (?:it['’]s|it is|things are|we are|we['’]re|the (?:project|process|group|work|sessions?|plan) (?:is|are)) (?:going|working|doing)\b|\bhow the (?:process|project) is (?:going|working) for\b/,
    /\bevaluation (?:forms?|surveys?|questionnaires?)\b|\bfeedback forms?\b/,
    /\bcheck[- ]ins?\b|\bcheck(?:ing)? in (?:with|regularly)\b/,
    /\b(?:ask|asking) (?:people|participants|members|the group|everyone|you) (?:what|how)\b/,
    // The same ask in the passive: "members are asked each year what could be improved about how the group works".
    new RegExp(`\\b(?:${PEOPLE.slice(3, -1)}) (?:are|is|will be|get) (?:also )?(?:regularly |each year |every year |annually )?asked (?:what|how|whether|for (?:their )?(?:views|feedback|comments) on how)\\b`),
    // Inviting views on how the work itself could be better: "we will invite comments on how we can improve".
    /\b(?:invite|inviting|ask for|asking for|welcome|seek|seeking) (?:your |their )?(?:comments|views|feedback|suggestions|ideas) (?:on|about) how (?:we|it|the [\w-]+|our [\w-]+) (?:can|could|should|might) (?:improve|be improved|do (?:it )?better|work better)\b/,
    /\breview (?:how|the process|our approach|what is working)\b|\bevaluate (?:the|our|how|each)\b|\blearn(?:ing)? (?:from|as we go)\b/,
    /\bwhat (?:is|isn['’]t|is not)(?: and (?:is not|isn['’]t))? working\b|\bwhat (?:works|worked|went well|(?:doesn['’]t|didn['’]t|does not|did not) work)\b|\bwhat (?:we (?:could|should|can) (?:do )?(?:better|differently|change)|to (?:change|improve) (?:about|in) (?:the|how|our))\b/,
    new RegExp(`\\b${INVOLVED} (?:will|can|may|are able to|get to) (?:\\w+ )?(?:review|revisit|check|change|amend|update|shape|rewrite) ${PLAN}`),
    // The same review as a noun, with a when: "a review of these terms of reference in March", "an annual review of the plan with members".
    new RegExp(`\\b(?:a|an|the) (?:annual |yearly |regular |six-monthly |mid-point |joint )?review of ${PLAN} (?:in|every|each|after|at|with|by)\\b`),
    new RegExp(`\\b${PLAN} (?:will be|is|are|gets?) (?:\\w+ )?(?:reviewed|revisited|evaluated|checked|updated|changed|amended) (?:by ${INVOLVED}|(?:every|each|once a|twice a) \\w+|(?:annually|yearly|regularly|quarterly|monthly|together))`),
  ],
};

export const missingUpdates: Rule = {
  meta: {
    id: 'missing-updates',
    title: 'Say how people will be kept updated',
    barriers: ['poor-communication', 'not-asking-for-regular-feedback'],
    enablers: ['keeping-people-updated', 'getting-regular-feedback', 'monitoring-the-process'],
    scope: 'document',
    profiles: ['engagement-plan'],
    severity: 'warning',
    docs: {
      description:
        'Checks that an engagement or project plan says how and how often people will be kept updated, and how they can tell you how the process is going: an evaluation step, asking what is and isn’t working, or the people involved reviewing the plan itself (“the group will review this plan at every meeting”, “these terms of reference are reviewed each year by the panel”).',
      why: 'People who hear nothing after taking part assume nothing happened. Regular updates, and asking people how the process feels, keep trust and let you fix problems early.',
      bad: 'We will hold three workshops and then write the final report.',
      good: 'We will send everyone who takes part a short update by e-mail or post every month. At the end of each workshop we will ask what worked and what to change.',
    },
  },
  checkDocument(ctx) {
    const updates = hasMeaning(ctx, UPDATES);
    const processFeedback = hasMeaning(ctx, PROCESS_FEEDBACK);
    if (updates && processFeedback) return;
    const anchorBlockId = anchorFor(ctx, 'updates', [/\bcommunications?\b/, /\b(?:approach|how we will)\b/], 'last-heading') ?? undefined;
    if (!updates) {
      ctx.report({
        message: processFeedback
          ? 'This plan does not say how people will be kept updated, or how often.'
          : 'This plan does not say how people will be kept updated, or how they can tell you how the process is going.',
        suggestions: ['Say how (e-mail, post, meetings), how often, and who sends the updates.'],
        example:
          'We will send everyone who takes part a short update every month, by e-mail or post. At the end of each workshop we will ask what worked and what we should change.',
        anchorBlockId,
      });
      return;
    }
    ctx.report({
      message: 'This plan says how people will be kept updated, but not how they can give feedback on the process itself.',
      suggestions: ['Ask people regularly what is working and what to change, and say how.'],
      example: 'At the end of each session we will ask what worked and what we should change, and share what we did about it.',
      anchorBlockId,
      severity: 'suggestion',
    });
  },
};
