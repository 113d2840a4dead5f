/**
 * Highlight styles, inserted by the background with scripting.insertCSS so
 * that no <style> element is added to the page. Three severities look
 * different in shape as well as colour (wavy, solid, dotted), so colour is
 * never the only cue. The "focus" highlight uses the GOV.UK focus colours.
 */
export const HIGHLIGHT_NAMES = {
  error: 'doing-with-error',
  warning: 'doing-with-warning',
  suggestion: 'doing-with-suggestion',
  focus: 'doing-with-focus',
} as const;

export const SEVERITY_COLOURS = {
  error: '#d4351c',
  warning: '#b35100',
  suggestion: '#1d70b8',
} as const;

export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.error}) { text-decoration: underline wavy ${SEVERITY_COLOURS.error}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.warning}) { text-decoration: underline solid ${SEVERITY_COLOURS.warning}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.suggestion}) { text-decoration: underline dotted ${SEVERITY_COLOURS.suggestion}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: #ffdd00; color: #0b0c0c; }
`;
