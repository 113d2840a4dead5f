/**
 * hidden-decider: a decision written in the passive with nobody named as
 * deciding it ("a decision will be made", "it has been agreed", "the plan
 * was approved"). A sentence that names the decider ("by the ICB board",
 * "at the council's cabinet meeting") is fine.
 */
import type { AnalysedBlock, BlockAnalysis, Rule } from '../src/engine';
import { DATE_WORD, groupEnd, groupStart, matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';
import { buildRegExp, patternGroup, regexpsOf, wordClassSource } from './lib/slot-pattern';

const ADV = '(?:\\s+(?:then|now|only|also|already|finally|soon|formally|still|ultimately|jointly|probably|likely to))?';
/** Passive auxiliaries: "will be", "has been", "was", "is being". */
const AUX = `(?:(?:will|shall|would|should|must|can|may|could|is to|are to|is going to|are going to)${ADV}\\s+be|(?:has|have|had)${ADV}\\s+been|(?:is|are|was|were)${ADV}(?:\\s+being)?|'s been)`;

/** "A decision will be made", "decisions have been taken", "a final decision is expected". */
const DECISION_MADE = buildRegExp(
  `\\b((?:(?:a|the|any|final|this|that|these|those|formal)\\s+)?(?:final\\s+|formal\\s+)?decisions?\\s+${AUX}\\s*(?:made|taken|reached|expected|due|agreed|confirmed))\\b`,
  'dg',
);
/** "It has been decided", "it was agreed that". */
const IT_WAS = /\b(it\s+(?:(?:has|had|have)\s+(?:now\s+|already\s+|since\s+)?been|was|is|is being|(?:will|would)\s+be)\s+(?:decided|agreed|determined|concluded|resolved|approved))\b/dg;
/** "The plan will be agreed", "the budget has been signed off", "the preferred option was chosen". */
const THING_DECIDED = buildRegExp(
  `\\b((?:(?:the|a|an|this|that|these|those|our|its|their|any)\\s+(?:[a-z'’-]+\\s+){0,2})?[a-z0-9][a-z0-9'’/-]*\\s+${AUX}\\s*(?:agreed|approved|signed off|decided|finalised|finalized|ratified|endorsed|rubber-stamped))\\b`,
  'dg',
);
/**
 * Choosing, in any agentless passive, whatever is chosen: "three options have been shortlisted",
 * "your home has been selected", "the schemes will be prioritised". People chosen are left to
 * NOT_A_DECISION_SUBJECT (a sample of residents "selected at random" is a method, not a decision).
 */
const CHOOSING = '(?:chosen|selected|shortlisted|short-listed|picked|prioritised|prioritized|ranked|earmarked|ruled out|discounted|rejected|preferred)';
const THING_CHOSEN = buildRegExp(
  `\\b((?:(?:the|a|an|this|that|these|those|our|its|their|your|any|two|three|four|five|six|several|some|all)\\s+(?:[a-z'’-]+\\s+){0,2})?[a-z0-9][a-z0-9'’/-]*\\s+${AUX}\\s*${CHOOSING})\\b(?!\\s+(?:at random|randomly|by (?:lot|ballot|random)))`,
  'dg',
);
/**
 * Making the thing that carries the decisions: "an action plan will be drawn up", "priorities
 * will be set", "the criteria have been drafted". Only for things that decide what happens.
 */
const PLAN_MADE = new RegExp(
  `\\b((?:(?:the|a|an|this|that|these|those|our|its|their|any|new|final)\\s+){0,2}(?:[a-z'’-]+\\s+)?(?:action plans?|plans?|priorities|criteria|shortlists?|short-lists?|recommendations|targets|terms of reference|timetables?|budgets?|list of (?:actions|priorities|options)|next steps)\\s+${AUX}\\s*(?:drawn up|drafted|put together|set|fixed|determined|worked up|finalised|finalized))\\b`,
  'dg',
);
const OPTION_CHOSEN = new RegExp(
  `\\b((?:(?:the|a|an|this|that|our|final|new|preferred)\\s+){0,3}(?:option|options|site|location|model|provider|design|venue|proposal|bidder|supplier)\\s+${AUX}\\s*(?:chosen|selected|picked|identified|confirmed))\\b`,
  'dg',
);

/** Words that say who decides (or how), anywhere in the sentence: rules/patterns/hidden-decider.yaml. */
const NAMED_DECIDER_PATTERNS = regexpsOf('hidden-decider', 'named-decider');
const NAMED_DECIDER = { test: (sentence: string) => NAMED_DECIDER_PATTERNS.some((re) => re.test(sentence)) };
/** A people group just before the auxiliary: "the 40 jurors will be selected" chooses people, not a decision. */
const PEOPLE_HEAD = new RegExp(`(?:^|\\s)(?:${wordClassSource('PEOPLE')}|jurors|members|representatives|candidates|nominees)\\s+${AUX}`);
/** Subjects that are people: "staff will be agreed" is not about a decision. */
const NOT_A_DECISION_SUBJECT = /^(?:who|which|that|what|whatever|whichever|and|or|but|nothing|none|patients|residents|people|staff|carers|you|they|we)\b/;

/** "by NHS England", "by Calderford Council": a capitalised name after "by" that is not a month or day. */
function byProperName(sentence: string): boolean {
  for (const m of sentence.matchAll(/\bby\s+(\p{Lu}[\p{L}'’-]*)/gu)) {
    if (!new RegExp(`^${DATE_WORD}$`, 'i').test(m[1]!)) return true;
  }
  return false;
}

/**
 * A milestone line with no verb but a participle: "Brand and key messages signed off",
 * "Business case approved (June)". Plans and tables write decisions this way.
 */
const { re: MILESTONE, id: MILESTONE_ID } = patternGroup('hidden-decider', 'milestone', 'd')[0]!;

const SUGGESTION = 'Say who will decide and when, for example: “The ICB board will decide in March 2027.”';

interface Hit {
  start: number;
  end: number;
  message: string;
  /** The milestone pattern's id, or the hook that found it ("hidden-decider/passive:plan"). */
  patternId: string;
  /** For a milestone line ("Plan approved"): the kind of decision, excused when the document names who makes it. */
  milestone?: string;
}

/** The kind of decision a verb names: "approved", "approval" → approve. */
function decisionType(word: string): string {
  const w = word.toLowerCase();
  if (/^approv/.test(w)) return 'approve';
  if (/^agree/.test(w)) return 'agree';
  if (/^sign/.test(w)) return 'sign off';
  if (/^ratif/.test(w)) return 'ratify';
  if (/^endors/.test(w)) return 'endorse';
  return 'finalise';
}

const DECISION_TYPE_WORD = /\b(approv(?:e|es|ed|ing|al)|agree(?:s|d|ing|ment)?|sign(?:s|ed|ing)?[ -]off|ratif(?:y|ies|ied|ication)|endors(?:e|es|ed|ing|ement)|finalis(?:e|es|ed|ing))\b/g;
const BODY_WORD = new RegExp(`\\b${wordClassSource('DECIDING_MEETING')}\\b`);

/**
 * Kinds of decision whose maker this block names: "For approval by Programme Board", "the Project
 * Board, which will agree any changes", "signed off by the Cabinet".
 */
function decidersNamed(analysis: BlockAnalysis, text: string): string[] {
  const { masked } = analysis;
  const types = new Set<string>();
  for (const m of masked.matchAll(DECISION_TYPE_WORD)) {
    const s = sentenceAt(analysis, m.index!);
    const sentence = s ? masked.slice(s.start, s.end) : masked;
    if (/\b(?:not|no|never)\b/.test(sentence.slice(0, Math.max(0, m.index! - (s?.start ?? 0))).slice(-12))) continue;
    if (NAMED_DECIDER.test(sentence) || BODY_WORD.test(sentence) || byProperName(s ? text.slice(s.start, s.end) : text)) types.add(decisionType(m[1]!));
  }
  // "The Project Board meets monthly and makes decisions on the roll-out plan": a body that decides in general.
  for (const sent of analysis.sentences) {
    const sentence = masked.slice(sent.start, sent.end);
    if (BODY_WORD.test(sentence) && GENERAL_DECIDER.test(sentence) && !/\b(?:not|no|never)\b/.test(sentence)) types.add('*');
  }
  return [...types];
}
const GENERAL_DECIDER_PATTERNS = regexpsOf('hidden-decider', 'general-decider');
const GENERAL_DECIDER = { test: (sentence: string) => GENERAL_DECIDER_PATTERNS.some((re) => re.test(sentence)) };

/** The reading of a block with no hits and no decider named (shared: rules only read it). */
const NOTHING_FOUND: { hits: ReturnType<typeof blockHits>; named: ReturnType<typeof decidersNamed> } = Object.freeze({ hits: [], named: [] });

function blockHits(analysis: BlockAnalysis, text: string): Hit[] {
  const hits: Hit[] = [];
  const { masked } = analysis;
    const flagged: Array<[number, number]> = [];
    const consider = (m: RegExpExecArray, kind: 'decision' | 'it' | 'thing' | 'option' | 'plan') => {
      const start = groupStart(m, 1);
      const end = groupEnd(m, 1);
      if (flagged.some(([s, e]) => start < e && s < end)) return;
      const s = sentenceAt(analysis, start);
      if (!s) return;
      // "No decision has been made", "has not been agreed": an honest "not yet", not a hidden decider.
      if (negatedBefore(masked, s.start, start, 12) || /\bnot\b|\bnever\b/.test(masked.slice(start, end))) return;
      if ((kind === 'thing' || kind === 'plan') && (NOT_A_DECISION_SUBJECT.test(masked.slice(start, end)) || PEOPLE_HEAD.test(masked.slice(start, end)))) return;
      if (NAMED_DECIDER.test(masked.slice(s.start, s.end)) || byProperName(text.slice(s.start, s.end))) return;
      // "How decisions are made", "once it has been agreed": explaining a process, not hiding a decider.
      // "Whichever option is chosen": a choice still to come, whoever makes it.
      if (/\b(?:how|where|why|once|until|before|after|whether|if|when|whichever|whatever|unless)\s+$/.test(masked.slice(Math.max(s.start, start - 11), start))) return;
      flagged.push([start, end]);
      const what = kind === 'it' ? 'This says something was decided' : kind === 'decision' ? 'This mentions a decision' : kind === 'plan' ? 'This says a plan or priorities will be drawn up' : 'This says something is agreed or chosen';
      hits.push({ start, end, message: `${what} but not who decides. Who makes this decision?`, patternId: `hidden-decider/passive:${kind}` });
    };
    // A short line (table cell, list item, milestone) such as "Key messages signed off", or the
    // last item of a short list in a cell: "Press release, key messages agreed".
    if (analysis.wordCount <= 12) {
      let from = 0;
      for (const part of masked.split(/([,;+]|\band\b)/)) {
        const at = from;
        from += part.length;
        if (/^(?:[,;+]|and)$/.test(part) || part.trim().split(/\s+/).length > 8) continue;
        const m = MILESTONE.exec(part);
        if (m && !/\b(?:has|have|had|been|be|was|were|is|are|will|would|to|being|not|no)\b/.test(part) && !/\b(?:by|at|with)\s+(?!(?:the )?(?:end|start|mid)\b)/.test(masked) && !NOT_A_DECISION_SUBJECT.test(part.trimStart())) {
          hits.push({
            start: at + m.indices!.groups!.verb![0],
            end: at + m.indices!.groups!.verb![1],
            message: 'This says something is agreed or signed off but not who decides. Who makes this decision?',
            milestone: decisionType(m.groups!.verb!),
            patternId: MILESTONE_ID,
          });
          return hits;
        }
      }
    }
    for (const m of matchesOf(DECISION_MADE, masked)) consider(m, 'decision');
    for (const m of matchesOf(IT_WAS, masked)) consider(m, 'it');
    for (const m of matchesOf(OPTION_CHOSEN, masked)) consider(m, 'option');
    for (const m of matchesOf(THING_DECIDED, masked)) consider(m, 'thing');
    for (const m of matchesOf(THING_CHOSEN, masked)) consider(m, 'thing');
    for (const m of matchesOf(PLAN_MADE, masked)) consider(m, 'plan');
  
  return hits;
}

export const hiddenDecider: Rule = {
  meta: {
    id: 'hidden-decider',
    title: 'Who decides?',
    barriers: ['lack-of-honesty-and-transparency', 'lack-of-clarity'],
    enablers: ['clear-how-feedback-will-be-used', 'clear-boundaries'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** Agentless passives still written as expressions in this file, by what they say was decided. */
    hooks: ['passive:decision', 'passive:it', 'passive:option', 'passive:thing', 'passive:plan'],
    docs: {
      description:
        'Finds decisions written without saying who makes them: “a decision will be made”, “it has been decided”, “the plan will be agreed”, “the preferred option was chosen”. A sentence that names the decider (“by the ICB board”, “at Full Council”) or the way of deciding (“by consensus”, “by a majority vote”) is not flagged. Choosing in any agentless passive is read whatever is chosen (“three options have been shortlisted”, “your home has been selected”), and so is drawing up the plan that carries the decisions (“an action plan will be drawn up”, “priorities will be set”). People chosen at random, and a choice still to come (“whichever option is chosen”), are left alone. Milestone lines such as “Key messages signed off” are read too, also as the last item of a short list (“Press release, key messages agreed”); a milestone is accepted when the document names elsewhere who makes that kind of decision (“For approval by Programme Board” for “Plan approved”) or a body that makes the project’s decisions (“The Project Board makes decisions on scope”). “By March” is a date, not a decider. “No decision has been made” is left alone.',
      why: 'If people cannot see who decides, they cannot tell whether their views will reach the people who decide, or hold anyone to account. Saying who decides, and when, is part of being open about how feedback will be used.',
      bad: 'A decision will be made in the spring. It has been agreed that the clinic will move.',
      good: 'The ICB board will decide in March 2027, after reading a report of everything people told us. The council’s cabinet agreed in June that the clinic will move.',
      sources: [
        'Gunning principles (R v Brent LBC ex p Gunning, 1985): give enough reasons for any proposal, and show that responses were taken into account',
        'NHS England, “Working in partnership with people and communities: statutory guidance” (2022) — be clear how decisions are made',
        'GOV.UK content design: use the active voice',
      ],
    },
  },
  checkDocument(ctx) {
    const per = ctx.perBlock('hidden-decider', readingOf);
    const named = new Set<string>();
    for (const p of per) for (const n of p.named) named.add(n);
    per.forEach((p, i) => {
      for (const h of p.hits) {
        // A milestone line in a plan whose governance names who approves (or agrees, signs off…) is not hiding the decider.
        if (h.milestone && (named.has(h.milestone) || named.has('*'))) continue;
        ctx.report({ blockId: ctx.blocks[i]!.block.id, start: h.start, end: h.end, message: h.message, suggestions: [SUGGESTION], patternId: h.patternId });
      }
    });
  },
  // A block with no hit and no decider named adds nothing: an edit within such blocks keeps the findings.
  readsOfBlock: (ab, read) => (read('hidden-decider', readingOf) === NOTHING_FOUND ? '' : null),
};

/** One block's hits and deciders named. */
function readingOf(ab: AnalysedBlock) {
  const hits = blockHits(ab.analysis, ab.block.text);
  const named = decidersNamed(ab.analysis, ab.block.text);
  // Most blocks have neither: they share one reading, so the loops below read one object for them.
  return hits.length === 0 && named.length === 0 ? NOTHING_FOUND : { hits, named };
}
