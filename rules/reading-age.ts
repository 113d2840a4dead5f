import type { Rule } from '../src/engine';

/** Rounded the way it is compared: 9.1 against an aim of 9 is "just over 9", never "about 9". */
function ageWords(age: number, aim: number): string {
  return Math.round(age) <= aim ? `just over ${aim} years` : `about ${Math.round(age)} years`;
}

export const readingAge: Rule = {
  meta: {
    id: 'reading-age',
    title: 'Reading age',
    barriers: ['inaccessible-language'],
    enablers: ['knowing-people-needs'],
    scope: 'document',
    profiles: 'all',
    severity: 'suggestion',
    defaultOptions: { maxAverageSentenceLength: 20, maxReadingAge: 9, easyReadMaxAverageSentenceLength: 15, minWords: 100 },
    hooks: ['reading-age', 'sentence-average'],
    docs: {
      description:
        'Looks at the whole document: the average sentence length and the reading age. Flags an average over 20 words a sentence or a reading age above 9 years. Documents under 100 words are not scored: a few sentences are too few to judge.',
      why: 'Many adults in the UK read at the level of a 9 to 11 year old, and more so when stressed, unwell or reading in a second language. A document that needs a high reading age shuts people out before they start.',
      bad: 'The implementation of the integrated neighbourhood model necessitates the reconfiguration of existing community provision to facilitate improved outcomes for the population.',
      good: 'We want to bring local health and care teams together. This means changing where some services are. We think this will help people get the right care sooner.',
      sources: [
        'GOV.UK: write for a reading age of 9 — https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
        'Plain English Campaign: an average sentence length of 15 to 20 words',
        'Reading age is the Flesch–Kincaid grade plus 5 years.',
      ],
    },
  },
  checkDocument(ctx) {
    const stats = ctx.stats;
    if (stats.words < Number(ctx.options.minWords)) return;
    const maxAverage = Number(
      ctx.config.easyRead ? ctx.options.easyReadMaxAverageSentenceLength : ctx.options.maxAverageSentenceLength,
    );
    const maxAge = Number(ctx.options.maxReadingAge);
    const problems: string[] = [];
    if (stats.averageSentenceLength > maxAverage)
      problems.push(`sentences average ${stats.averageSentenceLength} words (aim for ${maxAverage} or fewer)`);
    if (stats.readingAge > maxAge)
      problems.push(`the reading age is ${ageWords(stats.readingAge, maxAge)} (aim for ${maxAge})`);
    if (!problems.length) return;
    ctx.report({
      message: `This document may be hard to read: ${problems.join(' and ')}.`,
      suggestions: [
        'Use shorter sentences, with one idea in each.',
        'Swap long words for everyday ones: “use” not “utilise”, “help” not “facilitate”.',
      ],
      example: 'We want to hear from you. Tell us what works well and what could be better.',
      // Arithmetic on the whole document: the reading age when it is too high, else the sentence length.
      patternId: stats.readingAge > maxAge ? 'reading-age/reading-age' : 'reading-age/sentence-average',
    });
  },
};
