/**
 * Readability (which picks a page's main text) takes time growing much faster
 * than the page: 400 nested elements take seconds, 100,000 took minutes. Real
 * pages are far shallower and smaller than these limits; past them the whole
 * page's text is checked instead, with a note.
 */

/** Deepest nesting Readability is given (real pages are rarely deeper than 60). */
export const MAX_READABILITY_DEPTH = 200;
/** Most elements Readability is given (long articles have a few thousand). */
export const MAX_READABILITY_ELEMENTS = 30_000;

/** Why the page is too big for Readability (words to follow "this page"), or null. */
export function tooComplexForMainText(root: Element): string | null {
  let count = 0;
  // An explicit stack rather than recursion: the page may be nested 100,000 deep.
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH) return `is nested more than ${MAX_READABILITY_DEPTH} elements deep`;
    if (++count > MAX_READABILITY_ELEMENTS) return `has more than ${MAX_READABILITY_ELEMENTS.toLocaleString('en-GB')} elements`;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return null;
}
