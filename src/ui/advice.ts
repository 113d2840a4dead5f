/**
 * A rule's suggestions are of two kinds: words to put in place of the flagged ones ("involve"), and
 * advice about what to do ("Split it into two or three shorter sentences."). Only the first kind may
 * be offered to replace or to copy; advice is shown as plain text.
 */
interface Suggesting {
  text: string | null;
  suggestions: string[];
}

/** Replacement words are short and are not sentences or templates ("[who]"). */
export function isReplacement(finding: Suggesting, suggestion: string): boolean {
  const s = suggestion.trim();
  if (!finding.text || !s) return false;
  if (/[.!?:;]$/.test(s) || /[[\]…]/.test(s)) return false;
  return s.split(/\s+/).length <= 8;
}

export function splitSuggestions(finding: Suggesting): { replacements: string[]; advice: string[] } {
  const replacements: string[] = [];
  const advice: string[] = [];
  for (const s of finding.suggestions) (isReplacement(finding, s) ? replacements : advice).push(s);
  return { replacements, advice };
}
