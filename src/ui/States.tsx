/** What the panel says when there is nothing to list, or when a page cannot be checked. */
import type { PanelState } from '../extension/messages';
import { reviewQuestions } from './catalog';

const PROBLEMS: Record<NonNullable<PanelState['problem']>['kind'], { title: string; body: string }> = {
  'browser-page': {
    title: 'This page cannot be checked',
    body: 'Browsers do not let extensions read their own pages, such as settings, new tabs or the extension store. Open the document you want to check in a tab, then press the Doing With button again.',
  },
  unreachable: {
    title: 'We could not reach this page',
    body: 'The browser did not let Doing With read this page. It may still be loading, or it may be a file or a PDF. Try again when it has loaded, or select the text, right-click and choose “Check selected text with Doing With”.',
  },
  'needs-click': {
    title: 'Press the Doing With button to check this page',
    body: 'Your browser lets Doing With read a page only after you press its button in the toolbar (or press Alt+Shift+D). Press it now and the check will start. To have pages on this site checked without pressing the button, turn on automatic checking below.',
  },
  'no-text': {
    title: 'We found no text to check',
    body: 'This page has no paragraphs or headings we can read. If the text is in a picture or a PDF, copy it into a document or a text box and check it there.',
  },
  'google-doc-refused': {
    title: 'Google did not share this document with Doing With',
    body: 'Doing With asks Google for a copy of the document with your own sign-in, and Google said no.',
  },
  'selection-empty': {
    title: 'No text is selected',
    body: 'Select the words you want to check, right-click, and choose “Check selected text with Doing With”.',
  },
};

export function ProblemState({
  problem,
  onRetry,
  onInstead,
}: {
  problem: NonNullable<PanelState['problem']>;
  onRetry: () => void;
  /** Offer another way in: paste the text, or upload the file. */
  onInstead?: (way: 'paste' | 'upload') => void;
}) {
  const p = PROBLEMS[problem.kind];
  const refused = problem.kind === 'google-doc-refused';
  return (
    <section class="notice" aria-labelledby="problem-h">
      <h2 id="problem-h">{p.title}</h2>
      {/* The detail is fetchGoogleDoc's plain message: why, and what to do instead. */}
      <p>{refused && problem.detail ? problem.detail : p.body}</p>
      {refused && onInstead && (
        <p class="instead">
          <button type="button" class="primary" onClick={() => onInstead('paste')}>
            Paste the text
          </button>
          <button type="button" onClick={() => onInstead('upload')}>
            Upload the file
          </button>
        </p>
      )}
      {(problem.kind === 'unreachable' || problem.kind === 'no-text' || refused) && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

export function IdleState({ onCheck }: { onCheck: () => void }) {
  return (
    <section class="notice" aria-labelledby="idle-h">
      <h2 id="idle-h">Check a document</h2>
      <p>
        Doing With looks for barriers to co-production in the words of a page or of the box you are typing in, and shows good practice that helps. Nothing you check
        leaves your browser.
      </p>
      <p>Press the Doing With button in the toolbar (or Alt+Shift+D) to check the page you are on.</p>
      <button type="button" class="primary" onClick={onCheck}>
        Check this page
      </button>
    </section>
  );
}

export function EmptyState() {
  const questions = reviewQuestions(4);
  return (
    <section class="notice" aria-labelledby="empty-h">
      <h2 id="empty-h">No barriers found in what we can check</h2>
      <p>Some barriers cannot be seen in the words alone. Here is what to review by hand:</p>
      {questions.length > 0 && (
        <ul class="questions">
          {questions.map((q) => (
            <li key={q.id}>
              <p class="label">{q.question}</p>
              <p>{q.help}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
