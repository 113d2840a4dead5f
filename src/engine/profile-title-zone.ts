import type { AnalysedBlock } from './rule';

/**
 * The title zone: the short lines at the top (organisation, title, subtitle,
 * date) before the first full paragraph, list or salutation — at most four
 * blocks, at least one.
 */
/** How far down a title above the text is looked for, and how many short lines above the text it may take. */
const TITLE_LOOK_AHEAD = 10;
const TITLE_LINES_ABOVE_TEXT = 2;

export function titleBlocks(blocks: AnalysedBlock[]): Set<number> {
  const zone = new Set<number>();
  // A page copied from a browser may start with its breadcrumb trail ("Home", "Announcements"): skip it.
  let skip = 0;
  while (skip < Math.min(blocks.length - 1, 6) && blocks[skip]!.block.kind === 'list-item' && blocks[skip]!.analysis.wordCount <= 6) skip++;
  if (skip < 2 || blocks[skip]!.block.kind !== 'heading') skip = 0;
  let ended = false;
  for (const ab of blocks.slice(skip, skip + 4)) {
    const paragraph = fullParagraph(ab);
    const salutation = /^\s*dear\b/.test(ab.analysis.masked);
    if (zone.size > 0 && (paragraph || ab.block.kind === 'list-item' || salutation)) {
      ended = true;
      break;
    }
    zone.add(ab.index);
    // A letter pasted from its salutation has no title: what follows "Dear …" is the letter.
    if (salutation || paragraph) {
      ended = true;
      break;
    }
  }
  // A page copied from a browser may open with more short lines than a title has (a site's menu, its display
  // settings): the title is the short line just above the text, so the last short lines before the first full
  // paragraph join the zone too (looked for near the top only: profile-inputs.ts re-reads the top blocks in full).
  if (!ended) {
    const last = blocks.findIndex((ab, k) => k >= skip + 4 && k < TITLE_LOOK_AHEAD && (fullParagraph(ab) || ab.block.kind === 'list-item' || /^\s*dear\b/.test(ab.analysis.masked)));
    if (last > 0) for (const ab of blocks.slice(Math.max(skip + 4, last - TITLE_LINES_ABOVE_TEXT), last)) zone.add(ab.index);
  }
  return zone;
}

/**
 * A full paragraph ends the title zone. Short title lines run together in
 * plain text ("Our co-production strategy 2026–2029 Hollins Vale Council and
 * partners") are long but have no sentence ending: still title lines, up to 30 words.
 */
export function fullParagraph(ab: AnalysedBlock): boolean {
  const words = ab.analysis.wordCount;
  if (words < 15) return false;
  return words > 30 || /[.!?]["”’)]?(?:\s|$)/.test(ab.analysis.masked);
}

