/**
 * decision-already-made: in a consultation, words that say the outcome is
 * settled ("has been approved", "will go ahead", "we have decided"). Runs for
 * the consultation profile only: in a report the same words are just news.
 */
import type { AnalysedBlock, Rule } from '../src/engine';
import { DATE_WORD, DECIDING_BODY, groupEnd, groupStart, matchesOf, negatedBefore, sentenceAt } from './lib/phrasing';

/** Verbs a body uses when it decides: "Cabinet approved", "the partners have agreed to merge". */
const DECIDED_VERB = '(?:approved|agreed|signed off|endorsed|ratified|voted|resolved|decided|chose)';
/** Verbs for a change that is stated as settled when a date follows: "will transfer to … from 1 June". */
const CHANGE_VERB =
  '(?:close|shut|end|stop|cease|transfer|move|relocate|merge|switch|reduce|be (?:closed|transferred|moved|relocated|merged|reduced|replaced|cut|withdrawn|decommissioned|rationalised|rationalized|outsourced|handed over))';

const PATTERNS: RegExp[] = [
  // "has been approved", "was signed off", "have already been agreed"
  /\b((?:has|have)\s+(?:now\s+|already\s+|formally\s+)?been\s+(?:approved|agreed|signed off|decided|finalised|finalized|confirmed|given the go-ahead|given the green light)|(?:was|were)\s+(?:formally\s+|already\s+)?(?:approved|signed off|finalised|finalized)|(?:already|now)\s+(?:been\s+)?(?:approved|agreed|decided|signed off))\b/dg,
  // "the final plan", "our final proposals"
  /\b((?:the|our|this|these)\s+final\s+(?:plans?|proposals?|designs?|model|decision(?![-‐ ]making)|version|scheme|arrangements?))\b(?![-‐])/dg,
  // "will go ahead", "is going ahead", "will proceed"
  /\b((?:will|is going to|are going to|shall)\s+(?:now\s+|definitely\s+|still\s+)?(?:go ahead|proceed|be going ahead|be implemented|take place as planned)|(?:is|are)\s+(?:now\s+)?going ahead)\b/dg,
  // "we have decided to", "we have made the decision"
  /\b(we\s+(?:have|'ve|’ve)\s+(?:now\s+|already\s+)?(?:decided|agreed|made the decision|taken the decision|chosen)|we\s+decided)\b/dg,
  // "The practice has decided to close", "routes 14 and 15 will be withdrawn"
  /\b((?:has|have)\s+(?:now\s+|already\s+|[a-z]+ly\s+)?decided(?=\s+(?:to|that)\b)|(?:will|are going to|is going to)\s+(?:now\s+)?be\s+(?:withdrawn|closed|decommissioned|discontinued|scrapped|axed|abolished|shut))\b/dg,
  // "will come into effect from", "will take effect on"
  /\b((?:will|shall)\s+(?:come into|take)\s+effect(?:\s+(?:from|on|in))?)\b/dg,
  // "the decision has been taken", "a decision has been made"
  /\b((?:the|a|this)\s+(?:final\s+)?decision\s+(?:has|had)\s+(?:now\s+|already\s+)?been\s+(?:taken|made|reached))\b/dg,
  // "The clinic will close on 31 March", "six libraries will transfer to volunteer-led provision from 1 June 2027":
  // a change stated as settled, with the date it happens
  new RegExp(`\\b((?:will|is going to|are going to|is due to|are due to|is set to|are set to)\\s+(?:now\\s+|then\\s+)?${CHANGE_VERB})(?=(?:\\s+(?!(?:if|unless|subject|when|once|after)\\b)[\\w'’-]+){0,6}?\\s+(?:on|from|at|in|by)\\s+(?:the\\s+)?${DATE_WORD})`, 'dg'),
  // "Cabinet approved the new operating model", "system partners have agreed a direction of travel",
  // "the partners of both practices have agreed to merge": a named body deciding, in the active voice
  new RegExp(`\\b((?:${DECIDING_BODY})\\s+(?:(?:has|have)\\s+)?(?:now\\s+|already\\s+|also\\s+|[a-z]+ly\\s+)?${DECIDED_VERB}(?:\\s+to\\s+[a-z]+)?)\\b`, 'dg'),
  /\b((?:has|have)\s+(?:now\s+|already\s+|formally\s+|unanimously\s+|jointly\s+|recently\s+)?(?:approved|agreed|signed off|endorsed|ratified|voted|resolved)(?:\s+to\s+[a-z]+)?)\b/dg,
  // "ahead of go-live in April", "the new system will go live on 1 June": a start date for a change still being consulted on
  new RegExp(`\\b((?:(?:ahead of|before|from|at|until)\\s+)?(?:the\\s+)?go[-‐ ]live(?:\\s+date)?|(?:will|is due to|are due to|is set to|are set to|is going to|are going to)\\s+go\\s+live)(?=\\s+(?:(?:is|was|of)\\s+)?(?:on|from|in|by)?\\s*(?:the\\s+)?${DATE_WORD})(?:\\s+(?:on|from|in|by)\\s+(?:the\\s+)?[a-z0-9]+(?:\\s+\\d{4})?)?`, 'dg'),
  // "Under the new arrangements the service will move to three days": the change presented as settled
  /\b(under the new (?:arrangements?|model|system|scheme|contract|policy|structure|service model|timetable|rules)\b[^.;:!?]{1,80}?\bwill\s+(?:now\s+)?[a-z]+)\b/dg,
];

/** Subjects whose agreeing is an opinion, not a decision: "many people have agreed that…". */
const OPINION_SUBJECT = /\b(?:people|residents|patients|carers|families|you|respondents|many|most|some|everyone|staff|users|members of the public|they|participants)\s+(?:(?:have|has|also|all|strongly|broadly|generally)\s+){0,2}$/;
/** After an active "approved/agreed": the object is asking people, or an opinion ("agreed with"). */
const ASKING_OBJECT = /^\s*(?:with|of|on how|for (?:public )?consultation|to (?:show|host|attend|meet|speak|join|come|visit|present|talk|answer|respond|reply|consider|take account|listen to|report back|chair|take part|walk|give (?:a|us|you)|consult|ask|hold|run|extend|launch|go out|start|carry out|seek|listen|engage|hear|work with|involve|co-produce|share|publish|review|explore|look at|develop options|talk to|find out))\b|^[^.;]{0,50}\b(?:this consultation|consultation (?:document|exercise|process|period)|public consultation|(?:for|to) (?:public )?consult(?:ation)?|engagement (?:plan|exercise))\b/;
/**
 * The sentence, or the one after it, says the decision is outside the consultation:
 * honest scope, not a decision already made. "…and are not part of this consultation."
 */
const OUT_OF_SCOPE =
  /\b(?:not (?:a )?part of (?:this|the|our) (?:consultation|engagement|survey)|(?:are|is) not (?:being |what we are )?consult(?:ed|ing) on|(?:we are|we're) not (?:consulting|asking (?:you|for (?:your )?views)) (?:on|about)|not (?:included|covered) (?:in|by) (?:this|the) (?:consultation|survey)|outside (?:the )?scope|(?:not )?within the scope|for information(?: only)?|cannot be changed (?:by|through|in) this (?:consultation|survey)|not up for (?:discussion|consultation|debate)|not open to (?:consultation|change))\b/;
/** A section about what is fixed: "What has already been decided", "What we are not consulting on". */
const SCOPE_HEADING =
  /\b(?:(?:what|things?)\s+(?:(?:has|have|is|are|we have)\s*)?(?:already\s+)?(?:been\s+)?(?:decided|agreed|fixed|settled)|already (?:decided|agreed)|not (?:a )?part of (?:this|the) consultation|(?:what|things) we (?:are not|aren't|aren’t) (?:consulting|asking) (?:on|about)|what (?:is|isn't|isn’t|is not) (?:being )?consulted on|what (?:can't|can’t|cannot|can not|will not|won't) change|out of scope|outside (?:the )?scope|decisions? (?:already|previously) (?:made|taken)|background to (?:this|the) decision)\b/;


/**
 * Before "the final plan": a decision still to be made about it ("a decision will be made on",
 * "will agree"), or the consultation feeding into it ("how the feedback has influenced").
 */
const FINAL_TO_COME =
  /\b(?:(?:will|shall|would|is to|are to|to)\s+(?:be\s+)?(?:made|taken|decided?|agreed?|considered|consider|reached)\b[^.;]*$|(?:(?:influenc|shap|inform)(?:e|es|ed|ing)|(?:feed|feeds|fed)\s+into|before|ahead of)\s+(?:(?:on|about|over)\s*)?$)/;

/** A consultation, survey or event closing on a date is not a service closing. */
const NOT_A_SERVICE = /\b(?:consultation|survey|questionnaire|engagement|period|poll|vote|applications?|responses?|form|deadline|window|booking|registration|nominations|event|meeting|session|listening|exercise|comments?|call for evidence|this|it)\s*$/;
/** Words before the phrase that keep it open: "if the plan goes ahead", "subject to approval". */
const CONDITIONAL = /\b(?:if|whether|unless|should|would|could|might|may|subject to|until|before|once|when|depending|propose|proposes|proposed|proposing|proposals? (?:is|are|would|mean)|it is proposed|if agreed|if approved|at the earliest|only if)\b/;
/** After the phrase: "approved for consultation", "agreed to consult" — the decision to ask is fine. */
const DECISION_TO_ASK = /^\s*(?:for\s+(?:public\s+)?(?:consultation|engagement)|to\s+(?:consult|ask|hold|run|extend|launch|go out to|start|carry out|seek|listen|engage|hear)|that we (?:should|will|would) (?:consult|ask))/;
const AFTER_CONDITIONAL = /^[^.]{0,60}\b(?:subject to|if (?:agreed|approved)|at the earliest|following (?:this|the) consultation|after (?:this|the) consultation)/;

/** Decision-already-made phrases in one block, as [start, end] ranges. */
function hitsIn(ab: AnalysedBlock): Array<[number, number]> {
  const { masked } = ab.analysis;
  const analysis = ab.analysis;
  // A short label line opening the block: "Already decided: the site".
  if (SCOPE_HEADING.test(masked.slice(0, 60)) && /^[^.]{0,60}[:–—-]/.test(masked)) return [];
  const seen: Array<[number, number]> = [];
  for (const re of PATTERNS) {
    for (const m of matchesOf(re, masked)) {
      const start = groupStart(m, 1);
      const end = groupEnd(m, 1);
      if (seen.some(([s, e]) => start < e && s < end)) continue;
      const s = sentenceAt(analysis, start);
      if (!s) continue;
      const before = masked.slice(s.start, start);
      const after = masked.slice(end, s.end);
      if (negatedBefore(masked, s.start, start, 30)) continue;
      if (CONDITIONAL.test(before)) continue;
      // "We will write to you with … what we have decided": an embedded question about a decision still to come.
      if (/\b(?:what|how|why|which|whatever|when)\s+(?:(?:we|you|they|it|the [a-z]+)\s+)?$/.test(before) && /\b(?:will|shall|'ll|’ll|going to|plan to)\b/.test(before)) continue;
      if (DECISION_TO_ASK.test(after) || AFTER_CONDITIONAL.test(after)) continue;
      if (/\b(?:close|shut|end|stop|cease|transfer|move|relocate|merge|switch|reduce|be)\b/.test(m[1]!) && /^(?:will|is|are)\b/.test(m[1]!) && (NOT_A_SERVICE.test(before.slice(-40)) || /\b(?:we|you|i)\s+$/.test(before))) continue;
      // Active "approved/agreed": an opinion ("many people have agreed") or a decision to consult.
      if (/(?:approved|agreed|endorsed|ratified|voted|resolved|decided|chose|signed off)(?:\s+to\s+[a-z]+)?$/.test(m[1]!) && !/\bbeen\b/.test(m[1]!)) {
        if (OPINION_SUBJECT.test(masked.slice(Math.max(s.start, start - 40), start)) || ASKING_OBJECT.test(masked.slice(m[1]!.match(/to\s+[a-z]+$/) ? end - m[1]!.match(/to\s+[a-z]+$/)![0].length : end, s.end))) continue;
      }
      // Honest scope: the sentence or the next one says this is not part of the consultation.
      const next = analysis.sentences.find((x) => x.start >= s.end);
      if (OUT_OF_SCOPE.test(masked.slice(s.start, next ? next.end : s.end))) continue;
      // "a decision will be made on the final arrangements", "how your views have shaped the final plan":
      // the final version is still to come, after the consultation.
      if (/^(?:the|our|this|these)\s+final\b/.test(m[1]!) && FINAL_TO_COME.test(before)) continue;
      // "The final decision will be made by the board" talks about a decision to come.
      if (/final\s+decision$/.test(m[1]!) && (/\b(?:make|makes|making|take|takes|taking|reach|reaches|before|until)\s*$/.test(before) || /^\s+(?:will|is due|is expected|is to|on|about)\b/.test(after))) continue;
      seen.push([start, end]);
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
    for (let i = 0; i < ctx.blocks.length; i++) {
      const ab = ctx.blocks[i]!;
      if (ab.block.kind === 'heading') {
        heading = ab.analysis.masked;
        continue;
      }
      const hits = allHits[i]!;
      if (hits.length === 0) continue;
      // Under "What has already been decided" a decision is honest scope, not a decision already made.
      if (SCOPE_HEADING.test(heading)) continue;
      for (const [start, end] of hits) {
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
        });
      }
    }
  },
};
