import type { Rule } from '../src/engine';
import { anchorFor, findMeaning, hasMeaning, quoteAround, type Meaning } from './lib/sections';

const VIEWS = "(?:views|feedback|responses|comments|answers|ideas|opinions|suggestions|experiences|replies|input|thoughts)";

/**
 * Vague words that turn any statement into a non-answer: "a report will be
 * taken to Cabinet in due course", "results will be shared where possible".
 */
export const VAGUE = /\b(?:in due course|at a later (?:date|stage)|at some (?:point|stage)|in the (?:near )?future|(?:when|where|as) (?:appropriate|possible|necessary|required)|if (?:appropriate|possible|needed)|may be (?:used|considered|published|shared))\b/;

/** A when: a date, month, season or year, "within six weeks", "at its meeting in March". */
export const WHEN = /\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\bmay (?:20\d\d|\d)|\b(?:spring|summer|autumn|winter)\b|\b20\d\d\b|\bwithin (?:\w+ )?(?:\d+|one|two|three|four|six|eight|twelve) (?:days|weeks|months)\b|\b(?:next|this) (?:month|year|week)\b|\b(?:at|in) (?:its|their|the) next (?:\w+ )?meeting\b|\bq[1-4]\b/;

/** The views decide something: "to decide", "before it makes a decision", "choose". */
const DECIDES = /\bdecid|\bdecision|\bchoos|\bagree (?:the|a|which|what|whether)\b|\bapprove\b/;

/**
 * Ways documents say what will happen to people's views. Three families:
 *
 * 1. Concrete on their own — something people will see or be told:
 *    a summary/report/results of the responses published, shared or sent
 *    ("we will publish a summary of responses", "the results will be
 *    published in the spring"); "you said, we did"; "we will write to tell
 *    you what we decided and why"; showing what changed because of views;
 *    views that decide something named ("your views will help us decide
 *    which libraries open on Saturdays"); views passed to a named body
 *    ("every comment is shared with councillors").
 * 2. A report or paper that goes to a decision-maker — concrete only with a
 *    when ("a report will go to the cabinet in March 2027").
 * 3. Weak verbs of consideration — considered, taken into account, read,
 *    looked at — concrete with a when and a decision or decision-maker
 *    ("the board will consider your views at its meeting on 14 July").
 * 4. Weak verbs of influence — help inform, shape, feed into, guide —
 *    concrete only with a decision and a when ("…will inform the strategy,
 *    which the board will decide on in April").
 *
 * Anything vague ("in due course", "where possible") never counts, and a
 * heading such as "What happens next" counts only through what is under it.
 */
const BODIES = '(?:councillors|(?:the )?(?:[\\w-]+ ){0,2}?(?:board|committee|cabinet|council|panel|governing body|trust board|icb board|partnership board|decision-makers?|cabinet member|commissioners|executive|steering group|project board|programme board|leaders?|authority|trustees|inspectors?|examiner|planning inspectorate|secretary of state|elected members))';
const NOT = [/\b(?:have|has) not (?:yet )?decided\b|\bnot sure (?:how|what)\b/, VAGUE];

export const FEEDBACK_USE_CONCRETE: Meaning = {
  phrases: [
    /\bwe will (?:publish|share|produce|write|send|post|circulate|make available|put)(?! (?:the |our )?(?:icb|ccg|board|council|cabinet|committee|commissioners?|trust|governing body|nhs england|councillors|decision-makers?|secretary of state|minister) (?:a|an|the|our)\b) (?:a |the |an |our )?(?:[\w"“”'‘’-]+ ){0,8}?(?:summary|report|results|findings|outcome|feedback report|analysis|what (?:you|people) (?:told|said))/,
    /\b(?:a |the |our )?(?:summary|report|results|findings|outcomes?|analysis)(?: (?:of|on) (?:the |this |all |every )?(?:consultation|responses|engagement|survey|feedback|views|what (?:you|people) (?:told|said)[\w ]{0,20})(?: responses)?)? (?:will be|are|is) (?:published|made (?:public|available)|available (?:on|at|from|online)|posted|put (?:on|online))\b/,
    /\byou said,? we (?:did|will)\b/,
    // A named body publishes: "the Combined Authority will publish a consultation report in spring".
    /\bthe (?:[\w'’-]+ ){0,3}?(?:authority|council|trust|board|icb|partnership|commissioner|mayor|panel|group|team) will publish (?:a |the |an |its )?(?:[\w-]+ ){0,3}?(?:summary|report|results|findings)\b/,
    // Charters and terms of reference speak in the present: "each year we publish a report on what changed",
    // "the group publishes a summary of the advice it gave and what happened".
    /\b(?:we|the (?:[\w-]+ )?(?:group|panel|forum|board|team|council|trust|partnership|network)) (?:publish(?:es)?|produces?|shares?) (?:a |an |the |our |its |their )?(?:[\w-]+ ){0,4}?(?:summary|report|results|findings|account|record) (?:on|of|showing|setting out) (?:what|how)\b[^.;]{1,60}\b(?:changed|did|decided|used|happened|taken into account|acted on)\b/,
    // A document that sets out the comments and how they were answered, published: "a statement setting out the
    // comments received and how they have been addressed will be published".
    /\b(?:statement|report|summary|document|paper|table|log),? (?:setting out|that sets out|which sets out|showing|that shows|explaining|listing|summari[sz]ing) [^.;]{0,60}?\b(?:comments|responses|views|feedback|representations|objections|issues raised)\b[^.;]{1,80}?\bwill be (?:published|produced|made (?:public|available)|posted|sent to (?:everyone|all|those|people|participants))\b/,
    // Produced first, then the contents: "a consultation statement will be produced setting out the main issues raised and how they have been addressed".
    /\b(?:statement|report|summary) will be (?:published|produced) (?:setting out|showing|explaining)\b[^.;]{1,80}?\bhow (?:they|these|each|the (?:comments|issues|responses)) (?:have been|has been|were|was|will be) (?:addressed|answered|taken into account|dealt with|responded to)\b/,
    // Telling people what was done with their advice, in any tense: "the team tells the group what they changed and why".
    /\b(?:tells?|shows?|explains? to|reports? back to|writes? to) (?:you|people|everyone|participants|members|them|the (?:[\w-]+ )?(?:group|panel|forum|members|board)) (?:what|how) (?:they|we|it|he|she|the [\w-]+(?: team)?) (?:did|changed|decided|have done|has done|will do|used|acted on)\b/,
    // Overruling the group only with reasons: "the board can only overrule the panel by explaining why in writing".
    /\b(?:overrule|reject|not (?:follow|accept|take up))\b[^.;]{1,60}\b(?:explain(?:s|ing)?|giv(?:e|es|ing) (?:its |their |the )?reasons?) (?:why )?(?:in writing|publicly)\b/,
    // An involvement group's advice answered: "the commissioning manager must respond in writing to every recommendation",
    // "researchers explain at the next meeting what they did with it", a tracker of recommendations and responses.
    /\b(?:respond|reply|answer)s? (?:in writing |in public |publicly )?to (?:every|each|all|the) (?:of (?:the|its|their) )?(?:[\w'’-]+ )?(?:recommendations?|proposals?|advice|questions?)\b|\btrackers? of (?:recommendations|actions|advice|feedback)\b|\b(?:recommendations?|advice) (?:and|with) (?:the )?(?:responses?|what happened)\b/,
    /\bwhat (?:they|we|you|the (?:\w+ )?(?:team|council|trust|board|researchers?|service)) (?:did|have done|has done|will do|changed|decided) (?:with|about|because of|as a result of) (?:it|them|the (?:group['’]s |panel['’]s |forum['’]s )?(?:advice|feedback|views|comments|recommendations|ideas)|your|their|people['’]s)\b|\bexplain (?:in writing )?(?:why|whenever|when|if) (?:they|we|he|she|it) (?:do|does|did) not (?:follow|accept|take|act on|agree with)\b/,
    /\b(?:summary|report|results|findings|analysis)\b[^.;]{1,60}?\bwill be (?:published|displayed|posted|shown|put) (?:on|in|at|by|online|within)\b/,
    // The account of how views were used: "the report will show how each theme was taken into account".
    /\b(?:report|papers?|recommendations?|summary|decision|minutes)\b[^.;]{1,40}?\bwill (?:show|set out|explain|say|list) (?:[\w-]+ ){0,5}?(?:how|which|what|why|where)\b/,
    // Reporting back to the people who took part.
    /\bwe(?: will|['’]ll) (?:write|e-?mail|send an? (?:update|letter|e-?mail)|report back|feed back|come back) to (?:everyone|all|those|people|participants|residents|patients|families|members)\b(?: (?:who|that) (?:took part|take part|responded|respond|gave|give|left|came|asked))?/,
    /\bwe(?: will|['’]ll) (?:tell|let|write to|e-?mail|contact) (?:you(?: again)?|people|everyone|participants|those who|all (?:those|who)|each)\b[^.;]{1,60}\b(?:know )?(?:what (?:we|was|has been|the)|how (?:we|your|it|the)|why|(?:the|our|its|their|any) (?:final )?(?:outcome|results?|decisions?))/,
    /\b(?:tell|show) (?:you|people|everyone|participants|members|them) what difference (?:their|your|people['’]s|it|the)\b/,
    /\b(?:we(?: will|['’]ll)|(?:every|each|the) (?:[\w-]+ )?(?:project|team|service|group|board|authority|council|trust) will) (?:publish|share|report|show|explain|set out) (?:what (?:we heard|you told us|people (?:told us|said)|we learned|we found|changed|we (?:will|have|are going to) changed?|we did|was decided)|how (?:your|people['’]s|it|this|the|we) )/,
    /\bwhat (?:has )?changed (?:because of|as a result of)\b|\b(?:was|were|has been|have been|will be) changed as a result\b|\bhow (?:it|this|the \w+|your views) (?:has )?changed\b|\bhow (?:each|every|your|the) (?:\w+ ){0,3}(?:was|were|has been|have been) taken into account\b/,
    new RegExp(`\\b(?:your|all|the|these|people['’]s|every|each) ${VIEWS} (?:will|would) help (?:us|the (?:\\w+ )?(?:board|council|committee|cabinet|panel|group)|them) (?:to )?(?:decide|choose|make (?:a|the|our|its|their) (?:final )?decision)\\b`),
    /\b(?:help|helps) (?:us|the (?:\w+ )?(?:board|council|committee|cabinet|panel|group)) (?:to )?(?:decide|choose) (?:which|what|whether|how|where|when|between)\b/,
    new RegExp(`\\b${VIEWS.slice(0, -1)}|comment|response|result|finding)s? (?:will be |is |are )?(?:[\\w-]+ ){0,6}?(?:shared with|passed (?:on )?to|sent to|presented to|given to|reported to) ${BODIES}s?\\b`),
    // Publishing what people said, in any order of words: "we will publish the feedback we receive in our magazine",
    // "every spring we will publish what difference your comments made", "the council will share the responses".
    new RegExp(`\\b(?:we|the (?:[\\w'’-]+ ){0,3}?(?:council|trust|board|icb|authority|team|group|partnership|practice)) will (?:also )?(?:publish|share|report back|feed back)(?: [\\w'’-]+){0,6}? (?:${VIEWS.slice(3, -1)}|what (?:you|people) (?:told|said))\\b`),
    // What people said, published, with words between: "how many people replied, and who, is published each year".
    new RegExp(`\\b(?:${VIEWS.slice(3, -1)})\\b[^.;]{1,60}?\\b(?:are|is|will be) (?:published|reported back|made public)\\b`),
    // A named product that reports the outcome: "a report on the outcome of the survey", a dated "Report on the outcome".
    /\breport (?:on|of) the (?:outcomes?|results|findings)\b/,
    // A decision rule tied to the results: "the new timetable will be introduced next spring if the results show…".
    /\b(?:go ahead|be (?:made|introduced|implemented|confirmed))\b[^.;]{1,40}\bif the (?:results|responses|feedback|consultation)\b/,
  ],
  not: NOT,
};



export const FEEDBACK_USE_REPORT_TO: Meaning = {
  phrases: [
    /\bwe will (?:report|present|take|send) (?:the |a |our |all )?(?:\w+ )?(?:findings|results|responses|report|summary|analysis|what (?:you|people) (?:told|said)(?: us)?|your (?:views|comments|feedback)) to\b/,
    /\b(?:a |the |our )?(?:report|paper|recommendations?|summary|results|findings|analysis)\b[^.;]{1,60}?\bwill (?:go|be (?:taken|presented|submitted|sent|reported|considered)) (?:to|by)\b/,
    // The views themselves go to the decision-maker: "all responses will be reported to the fire authority at its meeting on 24 June".
    new RegExp(`\\b(?:all |every |each |the |your |these )?${VIEWS.slice(0, -1)}|comments? received|responses? received)\\b[^.;]{1,30}?\\bwill (?:then |also |all )?(?:go|be (?:taken|presented|submitted|sent|reported|passed)) to\\b`),
    /\b(?:summary|report|results|findings|analysis)\b[^.;]{1,60}?\bwill be (?:shared|produced|available|sent)\b/,
  ],
  not: NOT,
  needs: [WHEN],
};

// Weak verbs of consideration: concrete with a when and a decision or a named decision-maker
// ("the board will consider your views at its meeting on 14 July").
export const FEEDBACK_USE_CONSIDERED: Meaning = {
  phrases: [
    new RegExp(`\\b(?:${VIEWS.slice(3, -1)}|results|findings) will be (?:carefully )?(?:considered|taken into account|read|looked at|analysed|reviewed|collated|compiled)\\b`),
    new RegExp(`\\b(?:we|the (?:\\w+ )?(?:board|committee|cabinet|council|panel|team|group)|${BODIES}) will (?:use|consider|read|analyse|look at|take into account|listen to|think about|review|carefully consider) (?:all |every |each )?(?:of )?(?:your|the|people['’]s|these|all the|every|each) (?:\\w+ )?(?:${VIEWS.slice(3, -1)}|response|comment|results|report|findings)`),
  ],
  not: NOT,
  needs: [WHEN, new RegExp(`${DECIDES.source}|\\b${BODIES}\\b`)],
};

// Weak verbs of influence (inform, shape, feed into, guide): concrete only with a decision and a when —
// "will help inform the final strategy" says nothing about who decides what.
export const FEEDBACK_USE_WEAK: Meaning = {
  phrases: [
    new RegExp(`\\b(?:your|all|the|these|people['’]s|every|each|any) ${VIEWS} (?:will|are going to|would) (?:(?:help|be used to) )?(?:inform|shape|feed into|be fed into|guide|influence|be used)\\b`),
  ],
  not: NOT,
  needs: [DECIDES, WHEN],
};

/**
 * Saying it in some form, but thinly: views "will help shape the plan", "will be considered before the
 * plan is submitted", "will be used to help us make a decision", "before we make a final decision", or a
 * "What happens next" heading with text under it. The document has the part, so the finding quotes it
 * and names what to add, and is softer than when nothing is said.
 */
export const FEEDBACK_USE_THIN: Meaning = {
  // Headings that name views ("How your views will be used"); a bare "Next steps" may be about anything.
  headings: [/\b(?:how (?:(?:your|we will use|we use) )?(?:views|feedback|comments|responses)(?: will be| are)? used|what (?:we will do|happens|will happen) (?:with|to) (?:your |the )?(?:views|feedback|comments|responses))\b/],
  phrases: [
    new RegExp(`\\b(?:${VIEWS.slice(3, -1)}|voice|results|findings|what (?:you|people) (?:tell|told|say|said)(?: us)?)(?: [\\w'’-]+){0,6}? (?:will|would|can|could|are|is|must|shall) (?:then |also |really |all )?(?:help|be used|inform|shape|influence|feed into|be fed (?:into|back)|guide|make a difference|(?:be )?(?:carefully |conscientiously )?(?:considered|taken into (?:account|consideration)|listened to|analysed|reviewed|read))\\b`),
    /\bbefore (?:any|a|the) (?:final )?decisions? (?:is|are|has been|have been|will be) (?:made|taken|reached)\b/,
    // Principles and plans that promise to report back in general: "we give feedback on the results",
    // "explaining how we will use what we hear", "people can influence the plans".
    /\b(?:give|giving|provide|providing) feedback (?:on|about) (?:the )?(?:results|outcomes?)\b|\b(?:explain|explaining|show|showing|tell|telling)(?: people| you)? how (?:we (?:will|have|are going to) )?(?:use|used|act on|acted on) (?:the )?(?:information|views|feedback|comments|what)\b|\b(?:able to|can|could|chance to|opportunity to) (?:influence|shape) (?:these|the|this|our|future|how) (?:changes|plans?|decisions?|proposals?|services?|strategy)\b/,
    new RegExp(`\\b(?:we|the (?:[\\w'’-]+ ){0,3}?(?:council|trust|board|icb|authority|team|group|panel|committee|cabinet)) will (?:carefully )?(?:consider|take into account|use|listen to|read|look at|analyse|review)(?: [\\w'’-]+){0,3}? (?:${VIEWS.slice(3, -1)})\\b`),
    /\bbefore (?:we|the [\w'’-]+(?: [\w'’-]+)?) (?:make|makes|take|takes|reach|reaches|come to|comes to) (?:a|any|the|our|its) (?:final )?decisions?\b|\bwill (?:then |also )?(?:help (?:to )?)?inform (?:a|the|our|its|any) (?:final )?decisions?\b/,
    // Views wanted for a purpose: "we want your views to shape the new service".
    new RegExp(`\\b(?:${VIEWS.slice(3, -1)}|voice)(?: [\\w'’-]+){0,4}? to (?:help )?(?:shape|inform|influence|guide|decide|improve|plan|develop)\\b`),
    // The purpose of asking, in general: "this survey is to make sure libraries open when people want", "inviting people to help
    // shape our plan", "an important step in drawing up the plan", "all about hearing the views of tenants".
    /\b(?:survey|consultation|questionnaire|conversation|campaign)\b[^.;]{1,80}?\bto (?:help )?(?:shape|make sure|ensure|establish|understand|inform|plan|improve|decide|find out|develop|prioriti[sz]e)\b|\b(?:invit|ask)(?:e|es|ed|ing) (?:people|you|residents|patients|everyone|the public|communities|local people) to help (?:shape|plan|design|decide|develop|improve)\b|\bimportant[’'‘"”“]* step[’'‘"”“]* in\b|\ball about (?:getting|hearing) (?:the )?views\b/,
    // Commitments in a charter and calls to help shape something: "we make sure views are heard and acted on",
    // "show what difference people made", "take these into account before we decide",
    // "tell us what you think and help shape the routes", "have your say on the draft before it is finalised".
    /\b(?:views|feedback|comments|voices?)\b[^.;]{1,20}\b(?:are|is|will be) (?:heard and )?acted (?:up)?on\b|\b(?:demonstrate|show) what (?:impact|difference)\b|\btake (?:these|them|this|your (?:views|comments|feedback)|those) into (?:account|consideration)\b|\bhelp(?:s|ing)? (?:to |us )?shape\b|\bhave (?:their|your|a) say on\b[^.;]{1,40}\bbefore\b/,
    // Sharing the decision, not what people said: "we will share the outcome with all patients".
    /\b(?:we|the [\w'’-]+) will (?:publish|share|announce|tell you|let you know|confirm)(?: [\w'’-]+){0,4}? (?:outcomes?|decisions?|results?)\b/,
    ...(FEEDBACK_USE_REPORT_TO.phrases ?? []),
  ],
  not: [NOT[0]!],
};

/**
 * A decision with a when, anywhere in the document: "with a decision planned to be taken in March",
 * "the board will decide in April". With a thin statement that views go into it, that is concrete.
 */
const DATED_DECISION: Meaning = {
  phrases: [
    /\bdecisions?\b[^.;]{1,50}?\b(?:made|taken|expected|due|planned|reached|announced|likely)\b/,
    /\b(?:will|to|expects? to|plans? to|aims? to) (?:make|take|reach) (?:a|its|the|their|our) (?:final )?decisions?\b/,
    /\b(?:will|expects? to|plans? to|is due to|are due to) decide\b/,
  ],
  needs: [WHEN],
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
        'Checks that a consultation or engagement plan says concretely what will happen to people’s views: a summary or report of responses published or sent, “you said, we did”, telling people what was decided and why, or views going to a named decision-maker with a date. Vague lines (“responses will be considered”, “your feedback will help inform the strategy”, “a report will go to Cabinet in due course”) do not count on their own: when the document says it only in such a general way, the finding quotes that sentence, is softer (a warning, not an error) and names only what is still to add. It says the part is missing only when nothing of the kind is there.',
      why: 'People give their time when they can see it leads somewhere. If a document does not say how views will be used, people stop trusting the process, and the Gunning principles say responses must be conscientiously taken into account.',
      bad: 'Please complete the survey by 9 January. Thank you for your time.',
      good: 'After the consultation closes, we will read every response and publish a summary in March. The council’s cabinet will use it to decide in April. We will write to tell you what we decided and why.',
      sources: ['Gunning principles (R v Brent LBC ex p Gunning, 1985): the product of consultation must be conscientiously taken into account'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, FEEDBACK_USE_CONCRETE) || hasMeaning(ctx, FEEDBACK_USE_REPORT_TO) || hasMeaning(ctx, FEEDBACK_USE_CONSIDERED) || hasMeaning(ctx, FEEDBACK_USE_WEAK)) return;
    const consultation = ctx.profiles.includes('consultation');
    const what = consultation ? 'consultation' : 'plan';
    // Said thinly: a general line about views, or only when the decision will be made ("We expect to decide in April").
    // A sentence is a better quote than a bare heading ("Next steps").
    const thinHits = findMeaning(ctx, FEEDBACK_USE_THIN);
    const thin = thinHits.find((h) => h.via === 'phrase') ?? thinHits[0] ?? findMeaning(ctx, DATED_DECISION)[0];
    if (thin) {
      const ab = ctx.blocks[thin.index]!;
      const said = quoteAround(ab, thin.start);
      // Name only what is still to add: a decision with a date elsewhere in the document counts.
      const dated = hasMeaning(ctx, DATED_DECISION);
      ctx.report({
        blockId: ab.block.id,
        start: said.start,
        end: said.end,
        message: dated
          ? `This says “${said.quote}”, and when the decision will be made, but not how people will hear what was decided and how their views counted. Add that.`
          : `This says “${said.quote}”, but not when the decision will be made or how people will hear what changed because of their views. Add who decides, when, and how you will tell people.`,
        suggestions: ['Say who decides, when, and how you will tell people what changed because of their views.'],
        example:
          'We will read every response and publish a summary on our website in March. The board will use your views when it decides in April, and we will write to everyone who took part to say what we decided and why.',
        severity: consultation ? 'warning' : 'suggestion',
      });
      return;
    }
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
