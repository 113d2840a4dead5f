import type { AnalysedBlock, Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { patternGroup } from './lib/slot-pattern';
import { firstNamedMatch } from './lib/first-match';

/** Groups a plan may lean on: people who are already involved (rules/patterns/narrow-recruitment.yaml). */
const EXISTING = patternGroup('narrow-recruitment', 'existing');

/** Clear statements that a plan will reach wider than the people already involved. */
export const REACH_WIDER: Meaning = meaningFrom('narrow-recruitment', 'reach-wider');

/**
 * Signs that only count together (two or more kinds): naming community
 * partners alone may just mean sending them a leaflet.
 */
const REACH_HINTS: Meaning[] = ['community', 'vcse', 'faith', 'diversity', 'languages', 'seldom-heard-groups'].map((name) => meaningFrom('narrow-recruitment', name));

function existingIn(ab: AnalysedBlock): { start: number; end: number; patternId: string } | null {
  const found = firstNamedMatch(EXISTING, ab.analysis.masked);
  return found ? { start: found.match.index, end: found.match.index + found.match[0].length, patternId: found.id } : null;
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
    /** No pattern for reaching wider, and no mention of the groups already involved. */
    hooks: ['absent'],
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
        patternId: spot.patternId,
      });
      return;
    }
    ctx.report({
      message: 'This plan does not say how you will reach wider than the people you already work with. Say who is seldom heard in this work and how you will reach them.',
      suggestions,
      example,
      patternId: 'narrow-recruitment/absent',
      anchorBlockId: anchorFor(ctx, 'reach-wider', [/\b(?:who we will|stakeholders|audiences?|who|approach|how we will)\b/], 'first-heading') ?? undefined,
    });
  },
};
