import type { AnalysedBlock, Rule } from '../src/engine';
import type { RuleReport } from '../src/engine/types';
import { hasStructure, joinedMarks, wholly } from './lib/doc-shape';
import { patternGroup } from './lib/slot-pattern';
import { firstNamedMatch } from './lib/first-match';

/** Capitals: this many words in a row, with at least two long ones (so a run of acronyms is not shouting). */
const CAPS_MIN_WORDS = 4;
const CAPS_LONG_WORDS = 2;
const ITALIC_MIN_WORDS = 15;
const UNDERLINE_MIN_WORDS = 3;

const CAPS_WORD = /^[\p{Lu}\d][\p{Lu}\d'’&-]*[,.:;!?]?$/u;
/** Pointing by colour only: rules/patterns/shouting-and-styling.yaml. The earliest match wins, the first pattern on a tie. */
const COLOUR_ONLY = patternGroup('shouting-and-styling', 'colour-only', 'i');

/** Runs of words in capitals: [start, end] offsets in the text. */
function capitalRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const re = /\S+/g;
  let run: { start: number; end: number; words: number; long: number } | null = null;
  const close = () => {
    if (run && run.words >= CAPS_MIN_WORDS && run.long >= CAPS_LONG_WORDS) runs.push([run.start, run.end]);
    run = null;
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = m[0];
    const letters = word.replace(/\P{L}/gu, '');
    // "A" and "I" and numbers join a run but do not start one.
    if (CAPS_WORD.test(word) && (letters.length >= 2 || (run && (letters.length === 1 || /\d/.test(word))))) {
      run ??= { start: m.index, end: m.index, words: 0, long: 0 };
      run.end = m.index + word.replace(/[,.:;!?]$/, '').length;
      if (letters.length >= 2) run.words++;
      if (letters.length >= 5) run.long++;
      if (/[.:;!?]$/.test(word)) close();
    } else {
      close();
    }
  }
  close();
  return runs;
}

export const shoutingAndStyling: Rule = {
  meta: {
    id: 'shouting-and-styling',
    title: 'Capitals, italics, underlining and colour',
    barriers: ['poor-communication', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'suggestion',
    /** Styling read from the document's structure: runs of capitals, a paragraph in italics, underlined words that are not a link. */
    hooks: ['capitals', 'italics', 'underline'],
    docs: {
      description:
        'Finds long stretches in capital letters, whole paragraphs in italics, underlined text that is not a link, and instructions that rely on colour (“the changes shown in red”). Capitals, italics and underlining are read only where the document carries its styling (web pages, Word, Google Docs, HTML, Markdown); colour instructions are found in any document.',
      why: 'Capitals and long italics are harder to read, especially for people with dyslexia or low vision, and capitals read as shouting. Underlined words look like links. People who cannot see colour, or who print in black and white, miss anything said only by colour.',
      bad: 'PLEASE DO NOT BRING FOOD INTO THE MEETING ROOM. The changes we propose are shown in red.',
      good: 'Please do not bring food into the meeting room. The changes we propose are in the list below, each marked “new”.',
      sources: [
        'British Dyslexia Association Style Guide 2023: avoid capitals, underlining and italics for emphasis — https://www.bdadyslexia.org.uk/advice/employers/creating-a-dyslexia-friendly-workplace/dyslexia-friendly-style-guide',
        'WCAG 2.2, 1.4.1 Use of Color — https://www.w3.org/WAI/WCAG22/Understanding/use-of-color',
      ],
    },
  },
  checkDocument(ctx) {
    const structured = hasStructure(ctx);
    // Each block's findings are its own (only whether the document carries styling is shared):
    // worked out once per block text, so a re-check reads them back.
    const per = ctx.perBlock(structured ? 'styled' : 'plain', (ab) => blockReports(ab, structured));
    per.forEach((reports, i) => {
      for (const r of reports) ctx.report({ ...r, blockId: ctx.blocks[i]!.block.id });
    });
  },
};

/** One block's findings, without its id (the same text may be at another block). */
function blockReports(ab: AnalysedBlock, structured: boolean): Omit<RuleReport, 'blockId'>[] {
  const reports: Omit<RuleReport, 'blockId'>[] = [];
  const ctx = { report: (r: Omit<RuleReport, 'blockId'>) => reports.push(r) };
  const { block, analysis } = ab;
  const text = block.text;
  const found = firstNamedMatch(COLOUR_ONLY, analysis.masked);
  if (found) {
    const colour = found.match;
    ctx.report({
      start: colour.index,
      end: colour.index + colour[0].length,
      message: 'This points to something by its colour only. People who cannot tell colours apart, use a screen reader or print in black and white will miss it.',
      suggestions: ['Say it in words as well: a label such as “new”, a heading, or a list of what changed.'],
      patternId: found.id,
    });
  }
  // Plain text has no other way to make a heading than capitals: capitals are read only where styling is known.
  if (!structured) return reports;
  for (const [start, end] of capitalRuns(text)) {
    ctx.report({
      start,
      end,
      message: 'Long stretches in capital letters are harder to read and can feel like shouting.',
      suggestions: ['Write it in sentence case. If it matters, say so in words or put it in bold.'],
      patternId: 'shouting-and-styling/capitals',
    });
  }
  const marks = block.structure?.marks;
  if (!marks?.length) return reports;
  if (block.kind !== 'heading' && analysis.wordCount >= ITALIC_MIN_WORDS && wholly(text, marks, 'italic')) {
    ctx.report({
      start: 0,
      end: text.length,
      message: 'This whole paragraph is in italics. Long stretches of italics are harder to read, especially for people with dyslexia.',
      suggestions: ['Use plain text. To make it stand out, put it in a box or start it with a short bold label.'],
      patternId: 'shouting-and-styling/italics',
    });
  }
  for (const m of joinedMarks(text, marks, 'underline')) {
    const words = text.slice(m.start, m.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < UNDERLINE_MIN_WORDS && !(m.start === 0 && m.end === text.length)) continue;
    ctx.report({
      start: m.start,
      end: m.end,
      message: 'These words are underlined but are not a link. People expect underlined words to be links, and underlining makes letters harder to read.',
      suggestions: ['Take the underlining off. Use bold or a heading to make it stand out.'],
      patternId: 'shouting-and-styling/underline',
    });
  }
  return reports;
}
