/**
 * decision-already-made: in a consultation, words that say the outcome is
 * settled ("has been approved", "will go ahead", "we have decided"). Runs for
 * the consultation profile only: in a report the same words are just news.
 */
import type { Rule } from '../src/engine';
import { DATE_WORD, groupEnd, groupStart, matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';

const PATTERNS: RegExp[] = [
  // "has been approved", "was signed off", "have already been agreed"
  /\b((?:has|have)\s+(?:now\s+|already\s+|formally\s+)?been\s+(?:approved|agreed|signed off|decided|finalised|finalized|confirmed|given the go-ahead|given the green light)|(?:was|were)\s+(?:formally\s+|already\s+)?(?:approved|signed off|finalised|finalized)|(?:already|now)\s+(?:been\s+)?(?:approved|agreed|decided|signed off))\b/gd,
  // "the final plan", "our final proposals"
  /\b((?:the|our|this|these)\s+final\s+(?:plans?|proposals?|designs?|model|decision|version|scheme|arrangements?))\b/gd,
  // "will go ahead", "is going ahead", "will proceed"
  /\b((?:will|is going to|are going to|shall)\s+(?:now\s+|definitely\s+|still\s+)?(?:go ahead|proceed|be going ahead|be implemented|take place as planned)|(?:is|are)\s+(?:now\s+)?going ahead)\b/gd,
  // "we have decided to", "we have made the decision"
  /\b(we\s+(?:have|'ve|’ve)\s+(?:now\s+|already\s+)?(?:decided|agreed|made the decision|taken the decision|chosen)|we\s+decided)\b/gd,
  // "The practice has decided to close", "routes 14 and 15 will be withdrawn"
  /\b((?:has|have)\s+(?:now\s+|already\s+)?decided(?=\s+(?:to|that)\b)|(?:will|are going to|is going to)\s+(?:now\s+)?be\s+(?:withdrawn|closed|decommissioned|discontinued|scrapped|axed|abolished|shut))\b/gd,
  // "will come into effect from", "will take effect on"
  /\b((?:will|shall)\s+(?:come into|take)\s+effect(?:\s+(?:from|on|in))?)\b/gd,
  // "the decision has been taken", "a decision has been made"
  /\b((?:the|a|this)\s+(?:final\s+)?decision\s+(?:has|had)\s+(?:now\s+|already\s+)?been\s+(?:taken|made|reached))\b/gd,
  // "The clinic will close on 31 March" — a service closing on a date
  new RegExp(`\\b((?:will|is going to|is due to|are due to)\\s+(?:close|shut|end|stop|cease))(?=(?:\\s+(?:permanently|for good))?\\s+(?:on|from|at|in|by)\\s+(?:the\\s+)?${DATE_WORD})`, 'gd'),
];

/** A consultation, survey or event closing on a date is not a service closing. */
const NOT_A_SERVICE = /\b(?:consultation|survey|questionnaire|engagement|period|poll|vote|applications?|responses?|form|deadline|window|booking|registration|nominations|event|meeting|session|listening|exercise|comments?|call for evidence|this|it)\s*$/;
/** Words before the phrase that keep it open: "if the plan goes ahead", "subject to approval". */
const CONDITIONAL = /\b(?:if|whether|unless|should|would|could|might|may|subject to|until|before|once|when|depending|propose|proposes|proposed|proposing|proposals? (?:is|are|would|mean)|it is proposed|if agreed|if approved|at the earliest|only if)\b/;
/** After the phrase: "approved for consultation", "agreed to consult" — the decision to ask is fine. */
const DECISION_TO_ASK = /^\s*(?:for\s+(?:public\s+)?(?:consultation|engagement)|to\s+(?:consult|ask|hold|run|extend|launch|go out to|start|carry out|seek|listen|engage|hear)|that we (?:should|will|would) (?:consult|ask))/;
const AFTER_CONDITIONAL = /^[^.]{0,60}\b(?:subject to|if (?:agreed|approved)|at the earliest|following (?:this|the) consultation|after (?:this|the) consultation)/;

export const decisionAlreadyMade: Rule = {
  meta: {
    id: 'decision-already-made',
    title: 'Decision already made?',
    barriers: ['not-being-genuine', 'lack-of-honesty-and-transparency'],
    enablers: ['clear-and-realistic-influence'],
    scope: 'sentence',
    profiles: ['consultation'],
    severity: 'warning',
    docs: {
      description:
        'In a consultation, finds words that say the outcome is already settled: “has been approved”, “the final plan”, “will go ahead”, “we have decided”, “signed off”, “will come into effect from”, “the clinic will close on 31 March”. It does not flag “no decision has been made”, “if the plan goes ahead”, or “approved for consultation”.',
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
  checkBlock(ctx) {
    const { masked } = ctx.analysis;
    const seen: Array<[number, number]> = [];
    for (const re of PATTERNS) {
      for (const m of matchesOf(re, masked)) {
        const start = groupStart(m, 1);
        const end = groupEnd(m, 1);
        if (seen.some(([s, e]) => start < e && s < end)) continue;
        const s = sentenceAt(ctx.analysis, start);
        if (!s) continue;
        const before = masked.slice(s.start, start);
        const after = masked.slice(end, s.end);
        if (negatedBefore(masked, s.start, start, 30)) continue;
        if (CONDITIONAL.test(before)) continue;
        if (DECISION_TO_ASK.test(after) || AFTER_CONDITIONAL.test(after)) continue;
        if (/\bclose|shut|end|stop|cease/.test(m[1]!) && NOT_A_SERVICE.test(before.slice(-40))) continue;
        // "The final decision will be made by the board" talks about a decision to come.
        if (/final\s+decision$/.test(m[1]!) && (/\b(?:make|makes|making|take|takes|taking|reach|reaches|before|until)\s*$/.test(before) || /^\s+(?:will|is due|is expected|is to|on|about)\b/.test(after))) continue;
        seen.push([start, end]);
        ctx.report({
          start,
          end,
          message:
            'In a consultation, this sounds as if the decision has already been made. If it has, say so and say what people can still change. If it has not, say that no decision has been made yet.',
          suggestions: [
            'We have not made a decision yet. The board will decide in [month], after reading what people tell us.',
            'This part has been decided: [what]. You can still help shape: [what people can influence].',
          ],
        });
      }
    }
  },
};
