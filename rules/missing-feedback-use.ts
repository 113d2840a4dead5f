import type { Rule } from '../src/engine';
import { anchorFor, findMeaning, firstMeaning, hasMeaning, joinMeanings, quoteAround, reportQuoted, type Hit, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { DATA, regexpsOf } from './lib/slot-pattern';
import { headedUnits } from './lib/heading-units';
import { anyMatch } from './lib/first-match';

/**
 * Ways documents say what will happen to people's views, from
 * rules/patterns/missing-feedback-use.yaml. Four levels of saying it:
 *
 * 1. Concrete on their own — something people will see or be told: a summary
 *    or report of the responses published, shared or sent; "you said, we did";
 *    "we will write to tell you what we decided and why"; views that decide
 *    something named; views passed to a named body.
 * 2. A report or paper that goes to a decision-maker — concrete only with a
 *    when ("a report will go to the cabinet in March 2027").
 * 3. Weak verbs of consideration — considered, taken into account, read —
 *    concrete with a when and a decision or decision-maker.
 * 4. Weak verbs of influence — help inform, shape, feed into — concrete only
 *    with a decision and a when.
 *
 * Anything vague ("in due course", "where possible") never counts, and a
 * heading such as "What happens next" counts only through what is under it.
 */
const FILE = 'missing-feedback-use';
const NOT_DECIDED = regexpsOf(FILE, 'not-decided');
const NEVER_COUNTS = [...NOT_DECIDED, ...regexpsOf(FILE, 'vague')];

const withNot = (name: string, not: RegExp[]): Meaning => ({ ...meaningFrom(FILE, name), not });

/**
 * Naming who decides ("a decision by the mayor", "the Trust Board will make the final decision in May")
 * says where views go only in part: thin, not concrete (rules/patterns/missing-scope.yaml).
 */
const WHO_DECIDES = meaningFrom('missing-scope', 'who-decides');

export const FEEDBACK_USE_CONCRETE: Meaning = withNot('concrete', NEVER_COUNTS);
export const FEEDBACK_USE_REPORT_TO: Meaning = withNot('report-to', NEVER_COUNTS);
export const FEEDBACK_USE_CONSIDERED: Meaning = withNot('considered', NEVER_COUNTS);
export const FEEDBACK_USE_WEAK: Meaning = withNot('weak', NEVER_COUNTS);

/**
 * Saying it in some form, but thinly: views "will help shape the plan", "will be considered before the
 * plan is submitted", a "How your views will be used" heading with text under it. Every stronger
 * statement that fails only on a hedge ("in due course") or a missing when or decider is thin too, so
 * the rule never says the part is missing when the document has it in some form.
 */
export const FEEDBACK_USE_THIN: Meaning = joinMeanings(
  withNot('thin', NOT_DECIDED),
  WHO_DECIDES,
  FEEDBACK_USE_CONCRETE,
  FEEDBACK_USE_REPORT_TO,
  FEEDBACK_USE_CONSIDERED,
  FEEDBACK_USE_WEAK,
);

/**
 * A thin use of views made concrete by its own sentence: it names who decides or when ("views will inform new
 * proposals for formal consultation in 2020", "to obtain your views before a decision is made by the trust").
 * A decision said only to be still open ("the council needs to decide") names no use of views, so it stays thin.
 * Only patterns tagged "use-of-views" in the data, where views themselves are put to use; aims of involvement and purposes of asking stay thin.
 */
const ANCHORABLE = new Set(
  Object.values(DATA.files[FILE]!.groups)
    .flat()
    .filter((p) => p.tags?.includes('use-of-views'))
    .map((p) => p.id),
);
const USE_OF_VIEWS = joinMeanings(meaningFrom(FILE, 'thin'), meaningFrom(FILE, 'weak'), meaningFrom(FILE, 'considered'));
const keep = (USE_OF_VIEWS.ids?.phrases ?? []).map((id) => ANCHORABLE.has(id.split('/').pop() ?? ''));
export const FEEDBACK_USE_ANCHORED: Meaning = {
  phrases: (USE_OF_VIEWS.phrases ?? []).filter((_, n) => keep[n]),
  ids: {
    phrases: (USE_OF_VIEWS.ids?.phrases ?? []).filter((_, n) => keep[n]),
    phraseUnless: (USE_OF_VIEWS.ids?.phraseUnless ?? []).filter((_, n) => keep[n]),
  },
  not: [...NEVER_COUNTS, ...regexpsOf(FILE, 'anchored.not')],
  needs: regexpsOf(FILE, 'anchored.needs'),
};

/** Pattern ids of the structural fallback in the thin group: they make the part thin, but quote less well than a specific phrase. */
const STRUCTURAL_FALLBACK = new Set(['views-then-use-verb', 'views-are-used', 'views-do-something', 'use-verb-then-views', 'views-and-use-verb', 'views-led-to-a-result', 'help-us-understand', 'people-at-the-heart', 'views-part-of-a-process', 'people-involved-in-shaping']);

/**
 * The last resort before saying the part is missing: a heading in the topic ("What happens next",
 * "Next steps") with text under it, or a sentence where what people give has a future or purpose verb
 * a few words on ("the answers you give will help"). It never makes the part concrete; it makes the
 * finding the softer one that quotes the line and says what to add.
 */
export const FEEDBACK_USE_TOPIC: Meaning = withNot('topic', NOT_DECIDED);

/**
 * The very last resort (s21-lastresort): whatever people send in, with anything done with it ahead
 * ("every objection will be passed to the panel", "officers will review all submissions"), or the
 * outcome told to people ("we'll let you know the outcome"). Also read across a heading or lead-in
 * and each line under it ("Your feedback will:" / "• help the board choose").
 */
export const FEEDBACK_USE_LAST_RESORT: Meaning = withNot('last-resort', NOT_DECIDED);

/**
 * The broadest reading (s25-sections), tried after every other group: a word for views and a verb of what
 * follows from them in one clause, in either order ("insight … is sought and used to make changes",
 * "integrating feedback"), "this will help" after a sentence about views, or a heading such as "Why your
 * views matter". Read last so that the quotes the narrower groups give stay as they were.
 */
export const FEEDBACK_USE_BROAD: Meaning = withNot('broad', NOT_DECIDED);

interface UnitHit {
  index: number;
  lead: number;
}

/** A heading or lead-in and one of its lines that, read as one clause, say the part in some form. */
function headedUnitHit(ctx: Parameters<NonNullable<Rule['checkDocument']>>[0]): UnitHit | undefined {
  const patterns = [...(FEEDBACK_USE_TOPIC.phrases ?? []), ...(FEEDBACK_USE_LAST_RESORT.phrases ?? [])];
  for (const unit of headedUnits(ctx.blocks)) {
    if (anyMatch(NOT_DECIDED, unit.text)) continue;
    if (anyMatch(patterns, unit.text)) return { index: unit.item, lead: unit.lead };
  }
  return undefined;
}

/** A decision with a when, anywhere in the document: "the board will decide in April". */
const DATED_DECISION: Meaning = meaningFrom(FILE, 'dated-decision');

export const missingFeedbackUse: Rule = {
  meta: {
    id: 'missing-feedback-use',
    title: 'Say how feedback will be used',
    barriers: ['lack-of-honesty-and-transparency', 'not-leading-to-a-result'],
    enablers: ['clear-how-feedback-will-be-used', 'keeping-people-updated'],
    scope: 'document',
    profiles: ['consultation', 'engagement-plan'],
    severity: 'error',
    /** No pattern says what happens to views (absent); a thin line with no pattern id of its own (thin). */
    hooks: ['absent', 'thin'],
    docs: {
      description:
        'Checks that a consultation or engagement plan says concretely what will happen to people’s views: a summary or report of responses published or sent, “you said, we did”, telling people what was decided and why, views read or considered by a named body (“all responses will be considered by the licensing board”), findings passed to named bodies, views weighed before a named step (“before the plan is submitted for examination”) or by a duty in law, results put where people can see them, or views going to a decision-maker with a date. General lines (“responses will be considered”, “your feedback will help shape the plan”, a heading “How your views will be used” with one vague line, “a report will go to Cabinet in due course”, views passed to an unnamed team, or only who decides) do not count on their own: when the document says it only in such a general way, the finding quotes that sentence, is softer (a warning, not an error) and names only what is still to add: who decides, when, and how people will hear the result. It says the part is missing only when nothing of the kind is there.',
      why: 'People give their time when they can see it leads somewhere. If a document does not say how views will be used, people stop trusting the process, and the Gunning principles say responses must be conscientiously taken into account.',
      bad: 'Please complete the survey by 9 January. Thank you for your time.',
      good: 'After the consultation closes, we will read every response and publish a summary in March. The council’s cabinet will use it to decide in April. We will write to tell you what we decided and why.',
      sources: ['Gunning principles (R v Brent LBC ex p Gunning, 1985): the product of consultation must be conscientiously taken into account'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, FEEDBACK_USE_CONCRETE) || hasMeaning(ctx, FEEDBACK_USE_REPORT_TO) || hasMeaning(ctx, FEEDBACK_USE_CONSIDERED) || hasMeaning(ctx, FEEDBACK_USE_WEAK) || hasMeaning(ctx, FEEDBACK_USE_ANCHORED)) return;
    const consultation = ctx.profiles.includes('consultation');
    const what = consultation ? 'consultation' : 'plan';
    // Said thinly: a general line about views, or only when the decision will be made ("We expect to decide in April").
    // A sentence is a better quote than a bare heading ("Next steps").
    const thinHits = findMeaning(ctx, FEEDBACK_USE_THIN);
    // Name only what is still to add: a decision with a date elsewhere in the document counts.
    const dated = hasMeaning(ctx, DATED_DECISION);
    // A specific phrase quotes better than one the structural fallback found ("the voice of patients is at the heart of…").
    const specific = thinHits.filter((h) => h.via === 'phrase' && !STRUCTURAL_FALLBACK.has(h.patternId?.split('/').pop() ?? ''));
    const topic = (): Hit | undefined => {
      const hits = findMeaning(ctx, FEEDBACK_USE_TOPIC);
      return hits.find((h) => h.via === 'phrase') ?? hits[0];
    };
    const lastResort = (): Hit | undefined => firstMeaning(ctx, FEEDBACK_USE_LAST_RESORT);
    const thin = specific[0] ?? thinHits.find((h) => h.via === 'phrase') ?? thinHits[0] ?? firstMeaning(ctx, DATED_DECISION) ?? topic() ?? lastResort();
    // The part said in some form: quote it and name what to add.
    const reportThin = (index: number, at: number, message: (quote: string) => string, patternId: string) => {
      reportQuoted(ctx, index, at, (quote) => ({
        message: message(quote),
        suggestions: ['Say who decides, when, and how you will tell people what changed because of their views.'],
        example:
          'We will read every response and publish a summary on our website in March. The board will use your views when it decides in April, and we will write to everyone who took part to say what we decided and why.',
        severity: consultation ? 'warning' : 'suggestion',
        patternId,
      }));
    };
    if (thin) {
      return reportThin(
        thin.index,
        thin.start,
        (quote) =>
          dated
            ? `This says “${quote}”, and when the decision will be made, but not how people will hear what was decided and how their views counted. Add that.`
            : `This says “${quote}”, but not when the decision will be made or how people will hear what changed because of their views. Add who decides, when, and how you will tell people.`,
        thin.patternId ?? 'missing-feedback-use/thin',
      );
    }
    const unit = headedUnitHit(ctx);
    if (unit) {
      const lead = quoteAround(ctx.blocks[unit.lead]!, 0).quote;
      return reportThin(
        unit.index,
        0,
        (quote) => `Under “${lead}” this says “${quote}”, but not who decides, when, or how people will hear what changed because of their views. Add those.`,
        'missing-feedback-use/thin',
      );
    }
    const broad = findMeaning(ctx, FEEDBACK_USE_BROAD);
    // A sentence quotes better than a bare heading.
    const said = broad.find((h) => h.via === 'phrase') ?? broad[0];
    if (said) {
      return reportThin(
        said.index,
        said.start,
        (quote) => `This says “${quote}”, but not what will be done with people’s views, who decides, or when. Add those, and how you will tell people what changed.`,
        said.patternId ?? 'missing-feedback-use/thin',
      );
    }
    ctx.report({
      message: `This ${what} does not say what will happen to people’s views. Say who will read them, what they will help decide, and when you will share the results.`,
      suggestions: ['Add a short “What happens next” section.'],
      example:
        'After the consultation closes, we will read every response and publish a summary on our website in March. The board will use your views to help it decide in April. We will write to everyone who took part to tell you what we decided and why.',
      anchorBlockId: anchorFor(ctx, 'feedback-use', [/\bhow (?:to|you can) (?:respond|take part|have your say|get involved|give)/, /\bclosing date\b/], 'last-heading') ?? undefined,
      patternId: 'missing-feedback-use/absent',
      // An engagement plan is less far along than a live consultation: a warning, not an error.
      ...(consultation ? {} : { severity: 'warning' as const }),
    });
  },
};
