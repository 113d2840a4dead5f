import type { AnalysedBlock, Rule } from '../src/engine';
import { hasStructure, runningWords, wholly } from './lib/doc-shape';

const LONG_DOCUMENT_WORDS = 400;
const FAKE_HEADING_MAX_WORDS = 10;
const SENTENCE_HEADING_MIN_WORDS = 7;
const HEADING_MAX_WORDS = 20;

/** A short line in bold only, standing above running text: a heading in looks only. */
function looksLikeHeading(ab: AnalysedBlock, previous: AnalysedBlock | undefined, next: AnalysedBlock | undefined): boolean {
  const { block, analysis } = ab;
  if (block.kind !== 'paragraph' || block.structure?.table) return false;
  const words = analysis.wordCount;
  if (words < 1 || words > FAKE_HEADING_MAX_WORDS) return false;
  const text = block.text;
  // Sentences, labels with their value ("Venue: Town Hall"), lead-ins ("You will need:") and asks are not headings.
  if (/[.!,;:]$/.test(text) || /:\s*\S/.test(text) || !/^[\p{Lu}\d]/u.test(text) || /^please\b/i.test(text)) return false;
  // Dates, times and phone numbers in bold are facts made to stand out.
  if (/\d{1,2}[:.]\d{2}|\b\d{1,2}\s?(?:am|pm)\b|\d{4,}|@/i.test(text)) return false;
  if (!wholly(text, block.structure?.marks, 'bold')) return false;
  // Straight under a heading, a bold line is a byline or a subtitle ("Westbury Council"), not a new part.
  if (previous?.block.kind === 'heading') return false;
  // It stands over something: running text or a list, itself not in bold.
  if (!next || (next.block.kind !== 'paragraph' && next.block.kind !== 'list-item')) return false;
  const nextMarks = next.block.structure?.marks;
  if (next.analysis.wordCount < 4 || wholly(next.block.text, nextMarks, 'bold') || wholly(next.block.text, nextMarks, 'italic')) return false;
  return true;
}

export const headingStructure: Rule = {
  meta: {
    id: 'heading-structure',
    title: 'Headings people can find their way by',
    barriers: ['poor-communication', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** Checks on the document's headings: none in a long text, a skipped level, a long heading, bold text posing as one. */
    hooks: ['no-headings', 'level-jump', 'long-heading', 'bold-not-heading'],
    docs: {
      description:
        `Finds a long document (${LONG_DOCUMENT_WORDS} words or more) with no headings, headings that skip a level (level 2 then level 4), short lines made to look like headings with bold only, and headings that are whole sentences. Only for documents that carry headings: web pages, Word, Google Docs, HTML and Markdown.`,
      why: 'Screen-reader users jump from heading to heading to find the part they need, and everyone scans headings first. Bold text is not a heading to a screen reader, and a document with no headings is one long wall to them.',
      bad: '**What happens next**\n\nWe will read every reply and publish a summary in June.',
      good: '## What happens next\n\nWe will read every reply and publish a summary in June.',
      sources: [
        'WCAG 2.2, 1.3.1 Info and Relationships and 2.4.6 Headings and Labels — https://www.w3.org/WAI/WCAG22/Understanding/headings-and-labels',
        'GOV.UK: making your document accessible (use heading styles) — https://www.gov.uk/guidance/publishing-accessible-documents',
      ],
    },
  },
  checkDocument(ctx) {
    if (!hasStructure(ctx)) return;
    const blocks = ctx.blocks;
    const headings = blocks.filter((ab) => ab.block.kind === 'heading');
    const fake = blocks.filter((ab, i) => looksLikeHeading(ab, blocks[i - 1], blocks[i + 1]));

    const words = runningWords(blocks);
    if (!headings.length && words >= LONG_DOCUMENT_WORDS && blocks[0]) {
      ctx.report({
        anchorBlockId: blocks[0].block.id,
        message: `This document has about ${Math.round(words / 10) * 10} words and no headings. Headings let people find the part they need, and screen-reader users move through a document by them.`,
        suggestions: [
          fake.length
            ? 'Turn the lines in bold that start each part into real headings (Heading 2, Heading 3).'
            : 'Break it into parts with short headings, using the heading styles (Heading 2, Heading 3), not bold text.',
        ],
        patternId: 'heading-structure/no-headings',
      });
    }

    let previous: number | null = null;
    for (const [i, ab] of headings.entries()) {
      const level = ab.block.level ?? 1;
      const { block, analysis } = ab;
      // Straight after a page's title (h1) the heading in between is often outside the part that was
      // read (a contents box, a banner): a jump there is not judged.
      const afterTitle = i === 1 && previous === 1;
      if (previous !== null && level > previous + 1 && !afterTitle) {
        ctx.report({
          blockId: block.id,
          start: 0,
          end: block.text.length,
          message: `This heading jumps from level ${previous} to level ${level}. People using a screen reader may think they missed a part.`,
          suggestions: [`Make it a level ${previous + 1} heading, or add the missing level above it.`],
          patternId: 'heading-structure/level-jump',
        });
      }
      previous = level;
      const count = analysis.wordCount;
      const question = block.text.trim().endsWith('?');
      // Ends like a sentence. (Counting sentences would split "3. Who decides" at the number.)
      const sentence = count >= SENTENCE_HEADING_MIN_WORDS && /[.!]$/.test(block.text.trim());
      if (!question && (sentence || count > HEADING_MAX_WORDS)) {
        ctx.report({
          blockId: block.id,
          start: 0,
          end: block.text.length,
          message: sentence
            ? `This heading is a whole sentence (${count} words). Short headings are quicker to scan and easier to jump between.`
            : `This heading is long (${count} words). Short headings are quicker to scan and easier to jump between.`,
          suggestions: ['Keep the heading to a few words that name the part, and move the sentence into the text below it.'],
          patternId: 'heading-structure/long-heading',
        });
      }
    }

    for (const ab of fake) {
      ctx.report({
        blockId: ab.block.id,
        start: 0,
        end: ab.block.text.length,
        message: 'This line looks like a heading but is only bold text. A screen reader does not treat it as a heading, so people cannot jump to it.',
        suggestions: ['Use a heading style (Heading 2 or Heading 3) for it instead of bold.'],
        patternId: 'heading-structure/bold-not-heading',
      });
    }
  },
};
