/** What the panel shows: the tab's document or a file / pasted text; and whether review mode is on. */
import './views.css';
export type PanelView = 'tab' | 'file';

export function ViewSwitch({ view, reviewing, onView, onReviewing }: {
  view: PanelView;
  reviewing: boolean;
  onView: (v: PanelView) => void;
  onReviewing: (on: boolean) => void;
}) {
  return (
    <nav class="views" aria-label="What to check">
      <div class="view-buttons">
        <button type="button" aria-pressed={view === 'tab'} onClick={() => onView('tab')}>
          This tab
        </button>
        <button type="button" aria-pressed={view === 'file'} onClick={() => onView('file')}>
          A file or pasted text
        </button>
      </div>
      <div class="checkbox">
        <input type="checkbox" id="review-mode" checked={reviewing} onChange={(e) => onReviewing(e.currentTarget.checked)} />
        <label for="review-mode">
          Review mode<span class="hint"> Mark each finding, answer the reviewer questions and export the review.</span>
        </label>
      </div>
    </nav>
  );
}
