/**
 * The Markdown parser (micromark) takes time growing with the square or cube
 * of how deeply blocks are nested (100 KB of ">" never finished) and of how
 * many emphasis and link marks one paragraph holds. No document a person
 * writes comes near these limits, so a file past them is read as plain text
 * instead, with a note; this check itself is one pass over the text.
 */

/** Quote marks and list markers opened on one line (nested lists count their indentation too). */
export const MAX_NESTING = 24;
/** Emphasis, link, code and HTML marks in one paragraph. */
export const MAX_MARKS_PER_PARAGRAPH = 2000;

const isSpace = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;
// * _ [ ] < ` !
const MARKS = new Set([42, 95, 91, 93, 60, 96, 33]);

/** How many quote and list containers the start of the line opens. */
function lineNesting(text: string, start: number, end: number): number {
  let depth = 0;
  let spaces = 0;
  let listed = false;
  let i = start;
  while (i < end && depth <= MAX_NESTING) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaces += c === 9 ? 4 : 1;
      i++;
    } else if (c === 62 /* > */) {
      depth++;
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || isSpace(text.charCodeAt(i + 1)))) {
      depth++;
      listed = true;
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && (j + 1 === end || isSpace(text.charCodeAt(j + 1)))) {
        depth++;
        listed = true;
        i = j + 1;
      } else break;
    } else break;
  }
  // Nested lists are written by indenting: about two spaces a level.
  return depth + (listed ? Math.floor(spaces / 2) : 0);
}

/**
 * Why the text is too complex to read as Markdown (words to follow the file
 * name, e.g. "is nested too deeply"), or null when it is fine.
 */
export function markdownTooComplex(text: string): string | null {
  let marks = 0;
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (lineNesting(text, lineStart, i) > MAX_NESTING) return `has quotes or lists nested more than ${MAX_NESTING} deep`;
      if (blank) marks = 0; // a blank line ends a paragraph
      lineStart = i + 1;
      blank = true;
      continue;
    }
    if (!isSpace(c) && c !== 13) blank = false;
    if (MARKS.has(c) && ++marks > MAX_MARKS_PER_PARAGRAPH) return `has more than ${MAX_MARKS_PER_PARAGRAPH} Markdown marks (such as *, _ or [) in one paragraph`;
  }
  return null;
}
