/**
 * What the panel shows (the tab's document, or a file / pasted text), and a small "Settings for this
 * check" disclosure holding review mode and, for the tab, the kind of document: they come after the
 * findings in importance, so they stay folded away until asked for.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './views.css';
export type PanelView = 'tab' | 'file';

export function ViewSwitch({ view, reviewing, onView, onReviewing, children }: {
  view: PanelView;
  reviewing: boolean;
  onView: (v: PanelView) => void;
  onReviewing: (on: boolean) => void;
  /** More settings for this check (the kind of document). */
  children?: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <nav class="views" aria-label="What to check">
      <div class="view-buttons">
        <button type="button" aria-pressed={view === 'tab'} onClick={() => onView('tab')}>
          This tab
        </button>
        <button type="button" aria-pressed={view === 'file'} onClick={() => onView('file')}>
          A file or pasted text
        </button>
        <button type="button" class="disclosure" aria-expanded={open} aria-controls="check-settings" onClick={() => setOpen(!open)}>
          Settings for this check{reviewing && <span class="on"> (review mode)</span>}
        </button>
      </div>
      <div id="check-settings" class="check-settings" hidden={!open}>
        <div class="checkbox">
          <input type="checkbox" id="review-mode" checked={reviewing} onChange={(e) => onReviewing(e.currentTarget.checked)} />
          <label for="review-mode">
            Review mode<span class="hint"> Mark each finding, answer the reviewer questions and export the review.</span>
          </label>
        </div>
        {children}
      </div>
    </nav>
  );
}
