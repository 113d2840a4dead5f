/**
 * Highlight styles, inserted by the background with scripting.insertCSS so
 * that no <style> element is added to the page. Three severities look
 * different in shape as well as colour (wavy, solid, dotted), so colour is
 * never the only cue. Long stretches get a quiet tint instead (see markStyle). The "focus" highlight uses the GOV.UK focus colours.
 */
export const HIGHLIGHT_NAMES = {
  error: 'doing-with-error',
  warning: 'doing-with-warning',
  suggestion: 'doing-with-suggestion',
  sentence: 'doing-with-sentence',
  focus: 'doing-with-focus',
} as const;

/**
 * How a finding is marked in the page: its severity's underline, or — for a long stretch such as a
 * whole long sentence — a quiet tint with no underline, so the word marks inside it stay visible.
 */
export type MarkStyle = 'error' | 'warning' | 'suggestion' | 'sentence';

/** Longer than this many characters (about ten words), a finding is marked quietly. */
export const QUIET_MARK_CHARS = 60;

export function markStyle(severity: 'error' | 'warning' | 'suggestion', length: number): MarkStyle {
  return length > QUIET_MARK_CHARS ? 'sentence' : severity;
}

/**
 * The quiet tint: see-through (the text-box overlay lies over the text) and light enough that text
 * on it keeps its contrast; it sits under any underline.
 */
export const SENTENCE_TINT = 'rgba(29, 112, 184, 0.12)';

export const SEVERITY_COLOURS = {
  error: '#d4351c',
  warning: '#b35100',
  suggestion: '#1d70b8',
} as const;

export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.error}) { text-decoration: underline wavy ${SEVERITY_COLOURS.error}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.warning}) { text-decoration: underline solid ${SEVERITY_COLOURS.warning}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.suggestion}) { text-decoration: underline dotted ${SEVERITY_COLOURS.suggestion}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.sentence}) { background-color: ${SENTENCE_TINT}; }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: #ffdd00; color: #0b0c0c; }
`;
