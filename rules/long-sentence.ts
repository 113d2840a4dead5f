import type { Rule } from '../src/engine';

const GOV_UK_LIMIT = 25;
const EASY_READ_LIMIT = 15;

export const longSentence: Rule = {
  meta: {
    id: 'long-sentence',
    title: 'Long sentence',
    barriers: ['inaccessible-language'],
    enablers: ['check-understanding'],
    scope: 'sentence',
    profiles: 'all',
    severity: 'warning',
    defaultOptions: { maxWords: GOV_UK_LIMIT, easyReadMaxWords: EASY_READ_LIMIT },
    hooks: ['length'],
    docs: {
      description: `Finds sentences longer than ${GOV_UK_LIMIT} words (${EASY_READ_LIMIT} in Easy Read mode).`,
      why: 'Long sentences are harder to follow, especially for people reading in a second language, people with a learning disability and anyone reading on a phone. If people cannot follow the document, they cannot take part.',
      bad: 'Following the engagement period, which will run for eight weeks and include a number of events across the borough, feedback will be analysed by the project team and presented to the board, who will make a final decision on the proposals in the new year.',
      good: 'The engagement period runs for eight weeks. We will hold events across the borough. The project team will then share what you told us with the board. The board will decide in January.',
      sources: [
        'GOV.UK content design: sentences of 25 words or fewer — https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
        'Easy Read guidance: 10 to 15 words a sentence — Mencap, “Make it clear”',
      ],
    },
  },
  checkBlock(ctx) {
    const max = Number(ctx.config.easyRead ? ctx.options.easyReadMaxWords : ctx.options.maxWords);
    if (ctx.block.kind === 'heading') return;
    for (const sentence of ctx.analysis.sentences) {
      const count = sentence.wordEnd - sentence.wordStart;
      if (count <= max) continue;
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence has ${count} words. Try to keep sentences to ${max} words or fewer.`,
        suggestions: ['Split it into two or three shorter sentences, one idea in each.'],
        patternId: 'long-sentence/length',
      });
    }
  },
};
