/**
 * decision-already-made: in a consultation, words that say the outcome is
 * settled ("has been approved", "will go ahead", "we have decided"). Runs for
 * the consultation profile only: in a report the same words are just news.
 */
import type { AnalysedBlock, Rule } from '../src/engine';
import { WILL, anyPattern, matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';
import { patternGroup } from './lib/slot-pattern';

/** The phrases that sound settled, and the exceptions read around them: rules/patterns/decision-already-made.yaml. */
const PATTERNS = patternGroup('decision-already-made', 'settled', 'dg');
const data = (group: string) => anyPattern('decision-already-made', group);
/** Subjects whose agreeing is an opinion, not a decision: "many people have agreed that…". */
const OPINION_SUBJECT = data('opinion-subject');
/** After an active "approved/agreed": the object is asking people, or an opinion ("agreed with"). */
const ASKING_OBJECT = data('asking-object');
/** The sentence, or the one after it, says the decision is outside the consultation: honest scope, not a decision already made. */
const OUT_OF_SCOPE = data('out-of-scope');
/** A section about what is fixed: "What has already been decided", "What we are not consulting on". */
const SCOPE_HEADING = data('scope-heading');
/** Before "the final plan": a decision still to be made about it, or the consultation feeding into it. */
const FINAL_TO_COME = data('final-to-come');
/** A consultation, survey or event closing on a date is not a service closing. */
const NOT_A_SERVICE = data('not-a-service');
/** Words before the phrase that keep it open: "if the plan goes ahead", "subject to approval". */
const CONDITIONAL = data('conditional');
/** After the phrase: "approved for consultation", "agreed to consult" — the decision to ask is fine. */
const DECISION_TO_ASK = /^\s*(?:for\s+(?:public\s+)?(?:consultation|engagement)|to\s+(?:consult|ask|hold|run|extend|launch|go out to|start|carry out|seek|listen|engage|hear)|that we (?:should|will|would) (?:consult|ask))/;
/** A decision still to come: "we will write to say what we have decided". */
const WILL_BEFORE = new RegExp(`\\b(?:${WILL}|going to)\\b`);
const AFTER_CONDITIONAL = /^[^.]{0,60}\b(?:subject to|if (?:agreed|approved)|at the earliest|following (?:this|the) consultation|after (?:this|the) consultation)/;

/** Decision-already-made phrases in one block, as [start, end, pattern id]. */
function hitsIn(ab: AnalysedBlock): Array<[number, number, string]> {
  const { masked } = ab.analysis;
  const analysis = ab.analysis;
  // A short label line opening the block: "Already decided: the site".
  if (SCOPE_HEADING.test(masked.slice(0, 60)) && /^[^.]{0,60}[:–—-]/.test(masked)) return [];
  const seen: Array<[number, number, string]> = [];
  for (const { id, re } of PATTERNS) {
    for (const m of matchesOf(re, masked)) {
      const hit = m.indices!.groups?.hit ?? [m.index, m.index + m[0].length];
      const start = hit[0];
      const end = hit[1];
      const found = masked.slice(start, end);
      if (seen.some(([s, e]) => start < e && s < end)) continue;
      const s = sentenceAt(analysis, start);
      if (!s) continue;
      const before = masked.slice(s.start, start);
      const after = masked.slice(end, s.end);
      if (negatedBefore(masked, s.start, start, 30)) continue;
      if (CONDITIONAL.test(before)) continue;
      // "We will write to you with … what we have decided": an embedded question about a decision still to come.
      if (/\b(?:what|how|why|which|whatever|when)\s+(?:(?:we|you|they|it|the [a-z]+)\s+)?$/.test(before) && WILL_BEFORE.test(before)) continue;
      if (DECISION_TO_ASK.test(after) || AFTER_CONDITIONAL.test(after)) continue;
      if (/\b(?:close|shut|end|stop|cease|transfer|move|relocate|merge|switch|reduce|be)\b/.test(found) && /^(?:will|is|are)\b/.test(found) && (NOT_A_SERVICE.test(before.slice(-40)) || /\b(?:we|you|i)\s+$/.test(before))) continue;
      // Active "approved/agreed": an opinion ("many people have agreed") or a decision to consult.
      if (/(?:approved|agreed|endorsed|ratified|voted|resolved|decided|chose|signed off)(?:\s+to\s+[a-z]+)?$/.test(found) && !/\bbeen\b/.test(found)) {
        if (OPINION_SUBJECT.test(masked.slice(Math.max(s.start, start - 40), start)) || ASKING_OBJECT.test(masked.slice(found.match(/to\s+[a-z]+$/) ? end - found.match(/to\s+[a-z]+$/)![0].length : end, s.end))) continue;
      }
      // Honest scope: the sentence or the next one says this is not part of the consultation.
      const next = analysis.sentences.find((x) => x.start >= s.end);
      if (OUT_OF_SCOPE.test(masked.slice(s.start, next ? next.end : s.end))) continue;
      // "a decision will be made on the final arrangements", "how your views have shaped the final plan":
      // the final version is still to come, after the consultation.
      if (/^(?:the|our|this|these)\s+final\b/.test(found) && FINAL_TO_COME.test(before)) continue;
      // "The final decision will be made by the board" talks about a decision to come.
      if (/final\s+decision$/.test(found) && (/\b(?:make|makes|making|take|takes|taking|reach|reaches|before|until)\s*$/.test(before) || /^\s+(?:will|is due|is expected|is to|on|about)\b/.test(after))) continue;
      seen.push([start, end, id]);
    }
  }
  return seen.sort((a, b) => a[0] - b[0]);
}

export const decisionAlreadyMade: Rule = {
  meta: {
    id: 'decision-already-made',
    title: 'Decision already made?',
    barriers: ['not-being-genuine', 'lack-of-honesty-and-transparency'],
    enablers: ['clear-and-realistic-influence'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    docs: {
      description:
        'In a consultation, finds words that say the outcome is already settled: “has been approved”, “the final plan”, “will go ahead”, “we have decided”, “signed off”, “will come into effect from”, “the clinic will close on 31 March”, a go-live date (“ahead of go-live in April”). It also reads a named body deciding in the active voice (“Cabinet approved the new model”, “the partners have agreed to merge”). An adverb between the body and its verb (“have reluctantly decided”) does not hide the decision. It does not flag “no decision has been made”, a decision still to be reported (“we will write to say what we have decided”), a “final decision-making business case”, “if the plan goes ahead”, “approved for consultation”, or an honest statement of scope: a decision under a heading such as “What has already been decided”, or one the text says is not part of the consultation.',
      why: 'A consultation must happen while proposals are still open (the first Gunning principle). If the text says the decision is made, people will feel their views cannot change anything, and they may be right. If part is decided, say so plainly and say what people can still influence.',
      bad: 'The new model has been approved and will come into effect from 1 April.',
      good: 'We are proposing a new model. No decision has been made. The ICB board will decide in March, after reading everything people tell us. You can still change how the model works, where services are and what we do first.',
      sources: [
        'Gunning principles (R v Brent LBC ex p Gunning, 1985; R (Moseley) v Haringey LBC, 2014): consult when proposals are at a formative stage',
        'Cabinet Office, “Consultation principles” (2018)',
        'NHS England, “Working in partnership with people and communities: statutory guidance” (2022)',
      ],
    },
  },
  checkDocument(ctx) {
    let heading = '';
    const allHits = ctx.perBlock('hits', hitsIn);
    // Each heading's text (null for other blocks), read in place with the hits: a re-check of a long
    // document reads two lists instead of every block.
    const headings = ctx.perBlock(headingText, headingText);
    for (let i = 0; i < ctx.blocks.length; i++) {
      const headingHere = headings[i];
      if (headingHere !== null) {
        heading = headingHere!;
        continue;
      }
      const hits = allHits[i]!;
      if (hits.length === 0) continue;
      const ab = ctx.blocks[i]!;
      // Under "What has already been decided" a decision is honest scope, not a decision already made.
      if (SCOPE_HEADING.test(heading)) continue;
      for (const [start, end, patternId] of hits) {
        ctx.report({
          blockId: ab.block.id,
          start,
          end,
          message:
            'In a consultation, this sounds as if the decision has already been made. If it has, say so and say what people can still change. If it has not, say that no decision has been made yet.',
          suggestions: [
            'We have not made a decision yet. The board will decide in [month], after reading what people tell us.',
            'This part has been decided: [what]. You can still help shape: [what people can influence].',
          ],
          patternId,
        });
      }
    }
  },
  // A paragraph with no hit adds nothing (a heading's words set the scope of what follows).
  readsOfBlock: (ab, read) => (ab.block.kind !== 'heading' && read('hits', hitsIn).length === 0 ? '' : null),
};

function headingText(ab: AnalysedBlock): string | null {
  return ab.block.kind === 'heading' ? ab.analysis.masked : null;
}
