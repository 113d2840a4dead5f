import type { PanelFinding } from '../extension/messages';

/** The flagged words in their sentence. Page text goes in as text nodes only, never as markup. */
export function FindingContext({ context }: { context: PanelFinding['context'] }) {
  if (!context) return null;
  return (
    <p class="context">
      <span class="visually-hidden">In the text: </span>
      {context.before}
      <mark>{context.match}</mark>
      {context.after}
    </p>
  );
}
