import type { AnalysedBlock, Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

/** Groups a plan may lean on: people who are already involved. */
const EXISTING = /\b(?:existing|current|usual|established|our) (?:patient |citizens['’]? |people['’]s |readers?['’]? |service user |reference |stakeholder |community |engagement |involvement |members['’]? )?(?:panels?|participation groups?|networks?|members(?:hip)?|forums?|fora|mailing lists?|databases?|contacts|reference groups?|user groups?|ppgs?|volunteers|representatives)\b|\bpatient participation groups?\b|\bppgs?\b|\bhealthwatch\b|\bcitizens['’]? panel\b|\bthe usual (?:people|groups|suspects)\b|\bpeople (?:we already (?:know|work with)|who (?:have )?(?:already|previously) (?:been involved|taken part|helped))\b|\bpeople['’]s panel\b|\bpatient panel\b|\breader panel\b/;

/** Clear statements that a plan will reach wider than the people already involved. */
export const REACH_WIDER: Meaning = {
  headings: [/\breaching\b|\bwho we (?:will|want to|need to) reach\b|\binclusion\b|\bequality(?:,? diversity)?(?: and inclusion)?\b|\boutreach\b|\bseldom[- ]heard\b/],
  phrases: [
    /\bseldom[- ]heard\b|\bless (?:often )?heard\b|\bunder-?represented\b|\bunder-?served\b|\bnot (?:usually|often) (?:heard|involved)\b|\bmarginali[sz]ed\b/,
    /\b(?:do not|don['’]t|rarely|never) (?:usually |normally |often )?(?:take part|get involved|respond|come to|engage|hear from)\b|\b(?:not|aren['’]t) (?:already|yet) involved\b/,
    /\bnew (?:voices|people|members|participants)\b|\bbeyond (?:our |the )?(?:usual|existing|current)\b|\bnot (?:just |only )?(?:rely|relying) on\b|\bnot (?:just|only) (?:the|our) (?:usual|existing|same)\b|\bcannot speak for everyone\b/,
    /\breach (?:out|wider|beyond|further|more (?:people|widely)|new|people who|a wider|a more diverse)\b|\boutreach\b/,
    /\bgo(?:ing)? (?:out )?to (?:where (?:people|they|families) (?:already )?are|(?:the )?places (?:people|families|they) (?:already )?(?:are|use|go))\b|\bwhere (?:people|they|families) (?:already )?(?:are|meet|gather|go)\b/,
  ],
};

/**
 * Signs that only count together (two or more kinds): naming community
 * partners alone may just mean sending them a leaflet.
 */
const REACH_HINTS: Meaning[] = [
  { phrases: [/\bcommunity (?:groups?|organisations?|leaders?|champions?|connectors?|researchers|venues|centres?)\b|\bgrassroots\b/] },
  { phrases: [/\bvoluntary(?:,? community)?(?: and faith)?(?: and social enterprise)? (?:sector|organisations?|groups?)\b|\bvcse\b|\bvcs\b/] },
  { phrases: [/\bfaith (?:groups?|leaders?|communities|organisations?)\b|\bmosques?\b|\bchurch(?:es)?\b|\btemples?\b|\bgurdwaras?\b/] },
  { phrases: [/\b(?:diverse|diversity|representative of|reflects? the (?:local )?(?:population|community|communities))\b|\bprotected characteristics\b|\bequality (?:impact|analysis|monitoring)\b|\bhealth inequalit/] },
  { phrases: [/\b(?:interpreters?|translated|other languages|easy read)\b/] },
  { phrases: [/\b(?:young carers|refugees?|asylum|homeless|travellers?|gypsy|roma|lgbtq?\+?|deaf|learning disabilit(?:y|ies)|ethnic minorit|minority ethnic|black and asian|care leavers|people in (?:the most )?deprived)/] },
];

function existingIn(ab: AnalysedBlock): { start: number; end: number } | null {
  const m = EXISTING.exec(ab.analysis.masked);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export const narrowRecruitment: Rule = {
  meta: {
    id: 'narrow-recruitment',
    title: 'Reach wider than the usual groups',
    barriers: ['relying-on-the-same-people', 'not-wide-enough-representation'],
    enablers: ['not-relying-on-the-same-people', 'not-excluding-challenging-people', 'using-resources-around'],
    scope: 'document',
    profiles: ['engagement-plan'],
    severity: 'warning',
    docs: {
      description:
        'Checks that an engagement or project plan says how it will reach people beyond existing panels and groups — people who are seldom heard or have not taken part before.',
      why: 'Relying on the same people tires them out and leaves whole communities unheard. Reaching wider, often through community organisations people already trust, gives a fuller picture.',
      bad: 'We will send the survey to our patient panel and the PPG.',
      good: 'As well as our patient panel, we will pay three community organisations to hold conversations with people who are seldom heard, including young carers and people who are homeless.',
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, REACH_WIDER)) return;
    const hints = REACH_HINTS.filter((m) => hasMeaning(ctx, m)).length;
    if (hints >= 2) return;
    const existing = ctx.perBlock(existingIn, existingIn);
    const at = existing.findIndex((e) => e !== null);
    const example =
      'As well as our patient panel, we will work with three community organisations to reach people who are seldom heard, such as young carers, people who are homeless and people who speak little English. We will go to places people already use.';
    const suggestions = ['Name the groups you want to reach wider to, and the community organisations that can help.'];
    if (at >= 0) {
      const spot = existing[at]!;
      const ab = ctx.blocks[at]!;
      const words = ab.block.text.slice(spot.start, spot.end);
      ctx.report({
        blockId: ab.block.id,
        start: spot.start,
        end: spot.end,
        message: `This plan relies on people who are already involved (“${words}”). Say how you will reach wider: people who are seldom heard and people who have not taken part before.`,
        suggestions,
        example,
      });
      return;
    }
    ctx.report({
      message: 'This plan does not say how you will reach wider than the people you already work with. Say who is seldom heard in this work and how you will reach them.',
      suggestions,
      example,
      anchorBlockId: anchorFor(ctx, 'reach-wider', [/\b(?:who we will|stakeholders|audiences?|who|approach|how we will)\b/], 'first-heading') ?? undefined,
    });
  },
};
